// A ruler named by his regnal name after his title: الخليفة العباسي المأمون, السلطان المملوكي الظاهر
// بيبرس, الملك الكامل. The regnal names are adjectives too (the victorious, the just), so they count
// only after a ruler's title, where the role skip would otherwise pass over them as part of the title.
import type { Sentence, Token } from '../../schema.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { bareKey } from '../lexicon/token-forms.js';
import regnal from './data/regnal-names.json';
import { letterNotProclitic } from './initial-letters.js';
import { readName, type NameContext } from './name-chain.js';
import { knownName, plausibleName } from './name-words.js';
import { throneEndingEnd } from './throne-names.js';
import { accusative } from './word-shapes.js';

const regnalLexicon = perKeyer((key) => ({ titles: new Set(regnal.titles.map(key)), names: new Set(regnal.names.map(key)), beforeName: new Set(regnal.beforeName.map(key)) }));

/** اسم, the noun of naming, normalized: اسمه الكامل is «his full name». */
const NAME_NOUN = 'اسم';

/**
 * Where a person's name that starts at token k begins with the regnal name right before it (يعد الظاهر
 * بيبرس, ابنه الأشرف خليل, والعادل سيف الدين): the original offset of the regnal name (after a و), or -1.
 * Not after a definite word with no proclitic, whose adjective the word would be (القائد المظفر محمد).
 */
export function regnalBefore(tokens: readonly Token[], k: number, sentence: Sentence, key: (s: string) => string): number {
  if (k <= sentence.tokenStart) return -1;
  const r = tokens[k - 1]!;
  const prefixes = r.clitics?.prefixes ?? [];
  if (prefixes.length > 1 || (prefixes.length === 1 && prefixes[0] !== 'و')) return -1;
  if (!regnalLexicon(key).beforeName.has(bareKey(r))) return -1;
  const before = k - 1 > sentence.tokenStart ? tokens[k - 2]! : undefined;
  if (prefixes.length === 0 && before !== undefined && before.kind === 'word' && !before.clitics?.prefixes.length && before.norm.startsWith('ال')) return -1;
  // اسمه الكامل إدسون أرانتس: his full name.
  if (before !== undefined && bareKey(before).startsWith(NAME_NOUN)) return -1;
  return prefixes.length ? r.clitics!.baseStart : r.start;
}

/** العباسي, الأيوبي, المملوكي: a bare definite word in ي, the nisba of a dynasty between title and name. */
function dynastyNisba(t: Token): boolean {
  return !t.clitics?.prefixes.length && t.norm.startsWith('ال') && t.norm.endsWith('ي') && t.norm.length >= 5;
}

/**
 * The regnal name after a ruler's title that ends at token `title` (a nisba such as
 * العباسي may stand between, up to `k`, where the role skip stopped): its first token and the index
 * after it, with the given name written after a regnal name (الظاهر بيبرس, المنصور قلاوون). Undefined
 * when the title is no ruler's or no regnal name stands there.
 */
export function regnalNameAt(ctx: NameContext, tokens: readonly Token[], title: number, k: number, sentence: Sentence, key: (s: string) => string): { first: number; end: number } | undefined {
  const lexicon = regnalLexicon(key);
  // زوجها السلطان الصالح نجم الدين أيوب: the ruler's title may follow another cue the role skip stepped over.
  while (title < k && !lexicon.titles.has(bareKey(tokens[title - 1]!))) title++;
  if (!lexicon.titles.has(bareKey(tokens[title - 1]!))) return undefined;
  // السلطان الأيوبي الكامل محمد: the role skip may stop at a dynasty's nisba it reads as a family name.
  const last = k < sentence.tokenEnd && dynastyNisba(tokens[k]!) ? k + 1 : k;
  for (let r = title; r <= last && r < sentence.tokenEnd; r++) {
    const t = tokens[r]!;
    if (t.clitics?.prefixes.length || !lexicon.names.has(t.norm)) continue;
    // الخليفة الرابع المعز لدين الله, الخليفة العزيز بالله: the phrase that ties the name to God goes with it.
    const throne = throneEndingEnd(tokens, r + 1, sentence, key, ctx.people.ordinals);
    if (throne > r + 1) return { first: r, end: throne };
    const next = tokens[r + 1];
    // A name after it, listed or bare (no article, no proclitic but letters of its own: بيبرس is no ب + يبرس).
    // Not a past verb of the sentence (المأمون ازدهرت, الناصر قالوا): unlisted, it may not end in ت or وا.
    // Nor an accusative (المستنصر محبا للعلم: fond of knowledge).
    const bare = next !== undefined && !next.norm.startsWith('ال') && !next.norm.endsWith('ت') && !next.norm.endsWith('وا') && !accusative(next.norm) && (!next.clitics?.prefixes.length || letterNotProclitic(ctx, next));
    // … and the whole chain a listed name opens (الناصر محمد بن قلاوون, الصالح نجم الدين أيوب); after an
    // unlisted one (الظاهر بيبرس المغول) the next word is the sentence's.
    const chain = next !== undefined && r + 1 < sentence.tokenEnd && (bare || knownName(ctx, next)) ? readName(ctx, tokens, r + 1, sentence, true) : undefined;
    const whole = chain !== undefined && chain.start === next!.start && chain.known > 0;
    const named = whole || (next !== undefined && r + 1 < sentence.tokenEnd && (knownName(ctx, next) || (bare && plausibleName(ctx, tokens, r + 1))));
    return { first: r, end: whole ? Math.max(chain.end, r + 2) : named ? r + 2 : r + 1 };
  }
  return undefined;
}
