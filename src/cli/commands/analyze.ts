import { analyze, type AnalyzeOptions } from '../../index.js';
import { toTable } from '../../graph/exporters/table.js';
import { choice, parseArgs } from '../args.js';
import { inputLines, readInput, write } from '../io.js';
import { analyzeLine } from '../jsonl.js';

const FORMATS = ['json', 'table', 'jsonl'] as const;

const HELP = `Usage: arabic-entities analyze [FILE|-] [options]

Finds the people, organizations, places, amounts, percentages, numbers and dates of an Arabic text.
Reads standard input when FILE is - or absent.

Options:
  --format F     json (default: the whole document, indented), table (one row per mention),
                 jsonl (the document on one line)
  --jsonl        input is JSON Lines {"id": "...", "text": "..."}; one document per output line, same
                 order, constant memory; a bad line gives {"id": ..., "error": "..."} and the run goes on
  --no-tokens    leave the token list out of the output
  --id ID        document id to put in the output (single-document mode)
  --help         this help`;

export async function runAnalyze(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help', 'jsonl', 'no-tokens'], ['format', 'id']);
  if (args.flags.has('help')) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const options: AnalyzeOptions = { tokens: !args.flags.has('no-tokens') };
  if (args.flags.has('jsonl')) return runJsonl(args.positionals[0], options);
  const format = choice('format', args.values.get('format'), FORMATS, 'json');
  const id = args.values.get('id');
  const doc = analyze(readInput(args.positionals[0]), id === undefined ? options : { ...options, id });
  const out = format === 'table' ? toTable(doc) : format === 'jsonl' ? JSON.stringify(doc) + '\n' : JSON.stringify(doc, null, 2) + '\n';
  await write(process.stdout, out);
  return 0;
}

async function runJsonl(path: string | undefined, options: AnalyzeOptions): Promise<number> {
  let lineNumber = 0;
  let read = 0;
  for await (const line of inputLines(path)) {
    lineNumber++;
    if (line.trim() === '') continue;
    read++;
    const result = analyzeLine(line, lineNumber, options);
    await write(process.stdout, result.output + '\n');
  }
  if (read === 0) {
    process.stderr.write('arabic-entities: no input lines were read\n');
    return 1;
  }
  return 0;
}
