// الضفة الغربية لنهر دجلة: the listed West Bank is a river's bank when ل and a river follow it. The bank of
// the Jordan keeps the name (الضفة الغربية لنهر الأردن is the West Bank itself).
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';

/** The two banks, keyed. */
const BANKS = keyedSetOf(['الضفة الغربية', 'الضفة الشرقية']);
/** The river noun, keyed; the Jordan, keyed. */
const RIVER = keyedSetOf(['نهر', 'النهر']);
const JORDAN = keyedSetOf(['الأردن']);

/** Is the listed place from i to end a bank of the river named after it behind ل (لنهر دجلة, للنهر)? */
export function riverBank(tokens: readonly Token[], i: number, end: number, sentence: Sentence, key: (s: string) => string): boolean {
  if (end !== i + 2 || end >= sentence.tokenEnd || !BANKS(key).has(`${bareKey(tokens[i]!)} ${tokens[i + 1]!.norm}`)) return false;
  const next = tokens[end]!;
  if (next.clitics?.prefixes.length !== 1 || next.clitics.prefixes[0] !== 'ل' || !RIVER(key).has(bareKey(next))) return false;
  return !(end + 1 < sentence.tokenEnd && JORDAN(key).has(tokens[end + 1]!.norm));
}
