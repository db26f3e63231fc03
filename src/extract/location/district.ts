// Egypt's districts (مراكز): «قرية ميت رهينة التابعة لمركز البدرشين بمحافظة الجيزة», «بمركز منوف
// محافظة المنوفية». مركز is also a head of organizations (مركز الأبحاث); the administrative frame around
// it (a governorate after it, التابعة before it) says it is the district.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';
import { PLACE_NAME_OPENERS } from './trigger-name.js';

/** The district noun and the frame words, keyed through the document's normalization. */
const DISTRICT = keyedSetOf(['مركز']);
const GOVERNORATE = keyedSetOf(['محافظة', 'المحافظة']);
const ATTACHED_TO = keyedSetOf(['التابعة', 'التابع']);

/**
 * Is token i the district noun مركز before a one-word district name, in an administrative frame? The
 * name is token i + 1, a bare word; التابعة comes before مركز, or a governorate follows a name without
 * the article, with في or not (بمركز منوف محافظة المنوفية: مركز الأورام بمحافظة الدقهلية is an oncology centre).
 */
export function districtAt(tokens: readonly Token[], i: number, s: Sentence, key: (entry: string) => string): boolean {
  if (i + 1 >= s.tokenEnd || !DISTRICT(key).has(bareKey(tokens[i]!))) return false;
  const name = tokens[i + 1]!;
  // The name is read as written: بسيون is no ب + a word here. و opens a new phrase.
  if (name.kind !== 'word' || name.script !== 'arabic' || name.clitics?.prefixes[0] === 'و') return false;
  if (i > s.tokenStart && ATTACHED_TO(key).has(bareKey(tokens[i - 1]!))) return true;
  // بمركز زفتى في محافظة الغربية: في may stand before the governorate.
  const end = districtNameEnd(tokens, i, s);
  const at = end < s.tokenEnd && tokens[end]!.norm === 'في' ? end + 1 : end;
  const after = at < s.tokenEnd ? tokens[at] : undefined;
  return after !== undefined && GOVERNORATE(key).has(bareKey(after)) && !name.norm.startsWith('ال');
}

/**
 * Where the district's name after مركز at i ends: one word, or two when the first opens village and town
 * names (ميت غمر, منية النصر, كفر صقر).
 */
export function districtNameEnd(tokens: readonly Token[], i: number, s: Sentence): number {
  const second = tokens[i + 2];
  const two = PLACE_NAME_OPENERS.has(tokens[i + 1]!.norm) && second !== undefined && i + 2 < s.tokenEnd && second.kind === 'word' && !second.clitics?.prefixes.length;
  return two ? i + 3 : i + 2;
}
