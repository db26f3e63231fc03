import { analyze, EXPORT_FORMATS, exportDocument, type AnalyzeOptions } from '../../index.js';
import { UsageError, choice, parseArgs, type ParsedArgs } from '../args.js';
import { readInput, write } from '../io.js';
import { STREAM_FLAGS, STREAM_HELP, STREAM_VALUES, rejectStreamFlags, runJsonlCommand } from '../stream/command.js';


const HELP = `Usage: arabic-entities analyze [FILE|-] [options]
       arabic-entities analyze --jsonl [FILE|GLOB|-]... [options]

Finds the people, organizations, places, amounts, percentages, numbers and dates of an Arabic text.
Reads standard input when FILE is - or absent.

Options:
  --format F     json (default: the whole document, indented), jsonl (the document on one line),
                 table (one row per mention), conll (token-per-line BIO, PERS/ORG/LOC/MISC),
                 brat (standoff .ann for the input file as .txt), html (a self-contained page:
                 the text highlighted, the entity graph beside it), dot (Graphviz of the entity graph)
  --jsonl        input is JSON Lines {"id": "...", "text": "..."}; one document per output line, same
                 order, constant memory; a bad line gives {"id": ..., "error": "..."} and the run goes on;
                 reads every FILE or GLOB (*, ?, **) given, in order, or standard input
${STREAM_HELP}
  --no-tokens    leave the token list out of the output
  --id ID        document id to put in the output (single-document mode)
  --help         this help`;

export async function runAnalyze(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help', 'jsonl', 'no-tokens', ...STREAM_FLAGS], ['format', 'id', ...STREAM_VALUES]);
  if (args.flags.has('help')) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const options: AnalyzeOptions = { tokens: !args.flags.has('no-tokens') };
  if (args.flags.has('jsonl')) return runJsonl(args, options);
  rejectStreamFlags(args);
  const format = choice('format', args.values.get('format'), EXPORT_FORMATS, 'json');
  const id = args.values.get('id');
  const doc = analyze(readInput(args.positionals[0]), id === undefined ? options : { ...options, id });
  await write(process.stdout, exportDocument(doc, format));
  return 0;
}

async function runJsonl(args: ParsedArgs, options: AnalyzeOptions): Promise<number> {
  // JSON Lines in means one JSON document per line out; another format would be silently ignored.
  const format = args.values.get('format');
  if (format !== undefined && format !== 'jsonl') {
    throw new UsageError(`--jsonl writes one JSON document per line; --format ${format} is not available with it`);
  }
  if (args.values.has('id')) throw new UsageError('--id names a single document; with --jsonl each line carries its own "id"');
  return runJsonlCommand(args, options);
}
