// Transliterated names whose first letters the clitic splitter reads as proclitics (بيرند, فلوبير).
import type { Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { possessed } from './name-words.js';
import { derivedVerbalNoun, imperfectShape, withoutPronoun } from './word-shapes.js';
import { COMMON, wordIs } from './word-classes.js';

/**
 * Are the proclitics the splitter found on an unlisted word probably the name's own first letters
 * (بيرند, فلوبير: ف + ل + وبير means nothing)? Only ل ب ف ك, never و or the article, and no reading
 * leaves a word the lexicons know.
 */
export function letterNotProclitic(ctx: NameContext, t: Token): boolean {
  if (wordIs(ctx.people, t, COMMON)) return false;
  for (const c of [t.clitics, ...(t.alternatives ?? [])]) {
    if (c === undefined) continue;
    // A pronoun suffix (خارجيتها, باسمها) or a derived verbal noun (باستثناء) says the word is a phrase.
    if (c.article || c.suffix !== undefined || c.prefixes.some((p) => !SURNAME_LETTERS.has(p))) return false;
    const stem = c.stem;
    // بإشراكها: a derived verbal noun with its pronoun too.
    if (derivedVerbalNoun(stem) || derivedVerbalNoun(withoutPronoun(stem)) || possessed(ctx, stem)) return false;
    // ليفاوض, لتعلن: ل before an imperfect verb says why (to negotiate), far more often than a name begins so.
    if (c.prefixes.includes('ل') && imperfectShape(stem)) return false;
    if (stem.length < 3 || ctx.stop.has(stem) || ctx.people.common.has(stem) || ctx.people.verbs.has(stem) || ctx.people.given.has(stem) || ctx.nisba.has(stem) || ctx.people.common.has('ال' + stem)) return false;
    // بهدفي رونالدو: a listed noun's dual in construct (two goals of), written with ي.
    if (stem.length >= 4 && stem.endsWith('ي') && ctx.people.common.has(stem.slice(0, -1))) return false;
  }
  return true;
}

/** Proclitic letters a transliterated name may begin with. */
export const SURNAME_LETTERS = new Set(['ل', 'ب', 'ف', 'ك']);

/**
 * Is the و on an unlisted word the first letter of a transliterated name (وانغاري, ويلسون, والتر), not
 * the conjunction? Only where a name must stand, as the subject opening an encyclopedia definition, and
 * when the word after و is no word the lexicons know (ومحمد, وكان are the conjunction).
 */
export function waIsLetter(ctx: NameContext, t: Token): boolean {
  const c = t.clitics;
  if (c === undefined || c.article || c.suffix !== undefined || c.prefixes.length !== 1 || c.prefixes[0] !== 'و') return false;
  const stem = c.stem;
  return stem.length >= 3 && !ctx.stop.has(stem) && !ctx.people.common.has(stem) && !ctx.people.verbs.has(stem) && !ctx.people.pastVerbs.has(stem) && !ctx.people.given.has(stem) && !ctx.people.family.has(stem) && !ctx.nisba.has(stem);
}

/**
 * Is the ف, ب or ك and article the splitter found on an unlisted word the name's own letters (فالديس
 * دومبروفسكيس, بالتازار غارسون, كالديرون …)? Only right after a cue, when what the article leaves is no
 * word of the lists, the word is no place, and an unlisted surname without the article follows.
 */
export function articleLetters(ctx: NameContext, tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const c = t.clitics;
  if (c === undefined || !c.article || c.suffix !== undefined || c.prefixes.length !== 1 || !ARTICLE_LETTERS.has(c.prefixes[0]!)) return false;
  const stem = c.stem;
  if (stem.length < 3 || derivedVerbalNoun(stem) || ctx.stop.has(stem) || ctx.people.common.has(stem) || ctx.people.common.has('ال' + stem) || ctx.people.given.has(stem) || ctx.nisba.has('ال' + stem) || ctx.isPlace(i)) return false;
  const next = tokens[i + 1];
  return next !== undefined && i + 1 < end && next.kind === 'word' && !next.clitics?.prefixes.length && !next.norm.startsWith('ال') && !wordIs(ctx.people, next, COMMON) && !ctx.stop.has(next.norm) && !ctx.isPlace(i + 1);
}

/** Letters before the article that a transliterated name may begin with (فال, بال, كال). */
const ARTICLE_LETTERS = new Set(['ف', 'ب', 'ك']);
