// Words that open a person name only where something around them says so: a listed name shaped like a
// verb (يسري), a place that is also a given name (جورجيا), a compound given name (علي رضا); and where
// the name may end (nameEndsHere). The opening reader (name-opening.ts) asks these.
import type { Sentence, Token } from '../../schema.js';
import { compoundAt } from './compound.js';
import type { NameContext } from './name-chain.js';
import { COMPLEMENTIZERS, knownName, plausibleName } from './name-words.js';
import { imperfectInitial } from './word-shapes.js';
import { AMBIGUOUS, wordIs } from './word-classes.js';

/** Does nothing of a name follow token j: the end of the sentence, a mark, or إن / أن? */
export function nameEndsHere(tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j];
  return t === undefined || j >= sentence.tokenEnd || t.kind === 'punct' || COMPLEMENTIZERS.has(t.norm);
}

/**
 * يسري فودة, المخرج يسري نصر الله: a listed name that is also a word and opens like an imperfect verb
 * (يسري: 'applies') is the name after a cue, or before a listed name (القانون يسري على الجميع is the verb).
 */
export function listedImperfectName(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, unknownFirst: boolean): boolean {
  const t = tokens[i]!;
  if (!wordIs(ctx.people, t, AMBIGUOUS) || !imperfectInitial(t.norm) || t.clitics?.prefixes.length) return false;
  return unknownFirst || (i + 1 < sentence.tokenEnd && (knownName(ctx, tokens[i + 1]) || compoundAt(ctx, tokens, i + 1, sentence, tokens[i + 1]!.norm) > 0));
}

/**
 * A place that is also a listed given name (جورجيا, صوفيا) opens a name before a listed surname without
 * the article (جورجيا ميلوني); before a definite one it is the place of that man (سوريا الأسد).
 */
export function placeAsGivenName(ctx: NameContext, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return wordIs(ctx.people, tokens[i]!, AMBIGUOUS) && ctx.placeLength(i) === 1 && next !== undefined && !next.clitics?.prefixes.length && !next.norm.startsWith('ال') && knownName(ctx, next);
}

/** Does a compound given name open at i (علي رضا), with a title before it or a bare name word after it? */
export function compoundWithName(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, unknownFirst: boolean): boolean {
  const c = compoundAt(ctx, tokens, i, sentence, tokens[i]!.norm);
  if (c === 0) return false;
  const next = tokens[i + c];
  if (unknownFirst) return true;
  if (next === undefined || i + c >= sentence.tokenEnd) return false;
  // A listed name as written (ولايتي, though the splitter reads و + a stem), or a bare name-shaped word.
  return knownName(ctx, next) || (!next.clitics?.prefixes.length && !next.norm.startsWith('ال') && plausibleName(ctx, tokens, i + c));
}
