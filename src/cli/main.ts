import { UsageError } from './args.js';
import { runAnalyze } from './commands/analyze.js';
import { runEval } from './commands/eval.js';
import { runNormalize } from './commands/normalize.js';
import { runRender } from './commands/render.js';

const USAGE = `Usage: arabic-entities <command> [options]

Commands:
  analyze [FILE|-]      find entities and values; --format json|jsonl|table|conll|brat|html|dot,
                        --jsonl for JSON Lines input
  render [FILE|-]       a self-contained HTML page of the analysis (= analyze --format html)
  normalize [FILE|-]    print the normalized text
  eval FILE             score against a token-per-line CoNLL file (PER/ORG/LOC)

Run 'arabic-entities <command> --help' for a command's options.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  analyze: runAnalyze,
  normalize: runNormalize,
  eval: runEval,
  render: runRender,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`arabic-entities: unknown command '${command}'\n\n${USAGE}\n`);
    return 2;
  }
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`arabic-entities: ${message}${usage ? "\nRun with --help for usage." : ''}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
