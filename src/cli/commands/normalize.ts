import { normalize } from '../../index.js';
import { parseArgs } from '../args.js';
import { readInput } from '../io.js';

const HELP = `Usage: arabic-entities normalize [FILE|-]

Prints the text with every default fold applied (diacritics, tatweel, alef variants, ى→ي, ة→ه,
digits, presentation forms, controls, spaces). Reads standard input when FILE is - or absent.`;

export async function runNormalize(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help'], []);
  if (args.flags.has('help')) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  process.stdout.write(normalize(readInput(args.positionals[0])).text);
  return 0;
}
