// Unquoted titles of works after a work's noun and its country's adjective (الفيلم السعودي نورة, الفيلم
// المصري عائشة لا تستطيع الطيران): the words name the work, not the person or the place they spell.
// Without the adjective the words after the noun are as often its maker (فيلم محمد رمضان الجديد), so
// only the adjective's phrase is read here; quoted titles are work-titles.ts's.
import type { Token } from '../../schema.js';
import { placeLexicon } from '../location/lexicon.js';
import { bareKey } from '../lexicon/token-forms.js';
import { NISBA_WORD, passGates } from '../lexicon/pass-gates.js';
import type { ExtractContext } from '../types.js';
import { functionWordSet } from './words.js';
import { lastLetter } from '../person/word-shapes.js';

/** ة, written last on a feminine noun or adjective. */
const TAA_MARBUTA = 0x0629;

/** A title read here has at most this many words. */
const MAX_WORDS = 4;

/** Sets out[k] = 1 for the words of a title after a work's noun (in `works`) and a country's adjective. */
export function markUnquotedWorkTitles(context: Pick<ExtractContext, 'text' | 'tokens' | 'key' | 'wordIds' | 'sentences'>, works: ReadonlySet<string>, out: Uint8Array): void {
  const { tokens } = context;
  const { nisba } = placeLexicon(context.key);
  const stop = functionWordSet(context.key);
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i + 2 < s.tokenEnd; i++) {
      // The adjective first: its gate bit settles most tokens (the noun's key may build a string).
      if ((gates[i + 1]! & NISBA_WORD) === 0) continue;
      const adjective = tokens[i + 1]!;
      if (!adjective.norm.startsWith('ال') || !nisba.has(adjective.norm)) continue;
      const t = tokens[i]!;
      if (t.kind !== 'word' || !works.has(bareKey(t))) continue;
      // The adjective agrees with the noun (الرواية المصرية, الفيلم السعودي); one that does not describes
      // the name after it (وتقاسم الجائزة البريطاني ستانلي ويتنغهام: the Briton).
      if ((lastLetter(context.text, t) === TAA_MARBUTA) !== (lastLetter(context.text, adjective) === TAA_MARBUTA)) continue;
      let k = i + 2;
      while (k < s.tokenEnd && k - (i + 2) < MAX_WORDS && titleWord(tokens[k]!, stop)) k++;
      out.fill(1, i + 2, k);
      i = k - 1;
    }
  }
}

/** A word of an unquoted title: a word, no function word, not behind a proclitic (للمخرج, بطولة ends it). */
function titleWord(t: Token, stop: ReadonlySet<string>): boolean {
  return t.kind === 'word' && !t.clitics?.prefixes.length && !stop.has(t.norm) && !t.norm.startsWith('ال');
}
