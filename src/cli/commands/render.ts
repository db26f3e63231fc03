import { analyze, exportHtml } from '../../index.js';
import { parseArgs } from '../args.js';
import { readInput, write } from '../io.js';

const HELP = `Usage: arabic-entities render [FILE|-] [options] > page.html

Writes a self-contained HTML page (no network): the text right to left with every mention highlighted
by type, values with their resolution, and the entity graph beside it. The short form of
'analyze FILE --format html'. Reads standard input when FILE is - or absent.

Options:
  --id ID        document id (also the page title unless --title is given)
  --title T      page title
  --help         this help`;

export async function runRender(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help'], ['id', 'title']);
  if (args.flags.has('help')) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const id = args.values.get('id');
  const title = args.values.get('title');
  const doc = analyze(readInput(args.positionals[0]), id === undefined ? {} : { id });
  await write(process.stdout, exportHtml(doc, title === undefined ? {} : { title }));
  return 0;
}
