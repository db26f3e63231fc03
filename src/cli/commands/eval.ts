import { evaluateConll, formatReport } from '../../index.js';
import { choice, parseArgs, UsageError } from '../args.js';
import { readInput, write } from '../io.js';

const FORMATS = ['text', 'json'] as const;

const HELP = `Usage: arabic-entities eval FILE [options]

Scores the analyzer against a token-per-line CoNLL file (\`token TAG\`, tag in the last column, a blank
line between sentences; tags O, B-/I- with PERS or PER, ORG, LOC, MISC). Each sentence's tokens are
joined by single spaces and analyzed; a mention tags every token it overlaps. Chunks are compared
with conlleval conventions (an I- tag after O or after another type starts a chunk): exact-span
precision, recall and F1 per type, micro-averaged over PERS/ORG/LOC, an overlap score, and the most
frequent misses and false positives. FILE may be - for standard input. Malformed lines are reported
with their line numbers and left out. The run time goes to standard error.

Options:
  --format F    text (default: tables) or json (the whole report)
  --limit N     only the first N sentences, for quick runs
  --top N       how many misses and false positives to list (default 20)
  --window W    analyze W consecutive sentences together (default 1: each alone), or 'document': each
                -DOCSTART- document at once; a name found in full then helps its later short mentions
  --help        this help`;

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number (got '${value}')`);
  return Number(value);
}

export async function runEval(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help'], ['format', 'limit', 'top', 'window']);
  if (args.flags.has('help')) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const format = choice('format', args.values.get('format'), FORMATS, 'text');
  const limit = count('limit', args.values.get('limit'));
  const top = count('top', args.values.get('top'));
  const windowArg = args.values.get('window');
  if (windowArg !== undefined && windowArg !== 'document' && !/^[1-9]\d*$/.test(windowArg)) {
    throw new UsageError(`--window must be a whole number of 1 or more, or 'document' (got '${windowArg}')`);
  }
  const window = windowArg === undefined || windowArg === 'document' ? windowArg : Number(windowArg);
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'eval needs a CoNLL FILE' : `eval takes one FILE (got ${args.positionals.length})`);
  }
  const started = performance.now();
  const source = readInput(args.positionals[0]);
  const report = evaluateConll(source, { ...(limit === undefined ? {} : { limit }), ...(top === undefined ? {} : { top }), ...(window === undefined ? {} : { window }) });
  const seconds = (performance.now() - started) / 1000;
  await write(process.stdout, format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  process.stderr.write(`eval: ${report.sentences} sentences, ${report.tokens} tokens in ${seconds.toFixed(2)} s\n`);
  return 0;
}
