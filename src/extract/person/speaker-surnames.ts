// A speaker of two words where one of them is unlisted and shaped like a noun: a given name and a family
// name read together before the statement (وقالت منى الرجبي إن, وقال سعيد دروزة إن, وقالت ساجدة الريشاوي إن,
// وقالت حياة سندي إن).
import type { Sentence, Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { plausibleName, possessed, statementAfter } from './name-words.js';
import { lastLetter } from './word-shapes.js';
import { AMBIGUOUS, GIVEN, wordIs } from './word-classes.js';

/**
 * وقالت منى الرجبي إن: a listed given name that is a word too (منى, سهام) and an unlisted definite word
 * after it, of a family name's shape: no common word, nisba, title or place.
 */
export function definiteSurnameAfterGiven(ctx: NameContext, tokens: readonly Token[], k: number): boolean {
  const first = tokens[k]!;
  if (first.clitics?.prefixes.length || !wordIs(ctx.people, first, AMBIGUOUS | GIVEN)) return false;
  return definiteSurnameShape(ctx, tokens, k + 1);
}

/** Token j as an unlisted definite family name: no common word, nisba, title or place, not written with ة. */
function definiteSurnameShape(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || !n.startsWith('ال') || n.length < 5 || lastLetter(ctx.text, t) === 0x0629 /* ة */) return false;
  if (ctx.people.common.has(n) || ctx.people.common.has(n.slice(2)) || ctx.nisba.has(n) || ctx.people.titles.startsWith(n) || ctx.isPlace(j)) return false;
  return plausibleName(ctx, tokens, j);
}

/**
 * وقال سعيد دروزة إن, وقال سعيد دروزة ، الرئيس التنفيذي: a listed given name, also one that is a word
 * (سعيد), and an unlisted word written with ة, then the statement or a comma: a Levantine family name
 * of that shape. Not a listed noun (وقال محمد صراحة إن) or a place.
 */
export function taaSurnameAfterGiven(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k + 2 >= sentence.tokenEnd) return false;
  const first = tokens[k]!;
  const t = tokens[k + 1]!;
  const { people } = ctx;
  if (first.kind !== 'word' || first.clitics?.prefixes.length || !wordIs(people, first, AMBIGUOUS | GIVEN)) return false;
  const n = t.norm;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || n.startsWith('ال') || n.length < 4 || lastLetter(ctx.text, t) !== 0x0629 /* ة */) return false;
  const next = tokens[k + 2]!.norm;
  if (!statementAfter(tokens, k + 1) && next !== '،' && next !== ',') return false;
  return !people.common.has(n.slice(0, -1)) && !possessed(ctx, n) && !people.titles.startsWith(n) && !ctx.isPlace(k + 1) && plausibleName(ctx, tokens, k + 1);
}

/**
 * وقالت ساجدة الريشاوي إن: an unlisted word written with ة (a woman's name shaped like a participle or a
 * noun: ساجدة, نادرة, مشيرة) and an unlisted definite family name, then the statement. A noun in construct
 * before its genitive (وقالت رئيسة الوزراء, مجلة الإيكونوميست, وزيرة الخارجية) is a listed noun, title or
 * head, or its genitive is a listed word: neither reads here.
 */
export function taaGivenBeforeSurname(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k + 2 >= sentence.tokenEnd || !statementAfter(tokens, k + 1)) return false;
  const first = tokens[k]!;
  const n = first.norm;
  if (first.kind !== 'word' || first.clitics?.prefixes.length || n.startsWith('ال') || n.length < 4 || lastLetter(ctx.text, first) !== 0x0629 /* ة */) return false;
  if (ctx.people.common.has(n) || possessed(ctx, n) || ctx.people.titles.startsWith(n) || ctx.isPlace(k) || !plausibleName(ctx, tokens, k)) return false;
  return definiteSurnameShape(ctx, tokens, k + 1);
}

/**
 * وقالت حياة سندي إن: a listed name that is a word too (حياة, نجاة, كريم) and an unlisted bare word of a
 * name's shape, then the statement: two words between the verb and what it reports are the speaker.
 */
export function ambiguousGivenBeforeSurname(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k + 2 >= sentence.tokenEnd || !statementAfter(tokens, k + 1)) return false;
  const first = tokens[k]!;
  const t = tokens[k + 1]!;
  const n = t.norm;
  if (first.kind !== 'word' || first.clitics?.prefixes.length || !wordIs(ctx.people, first, AMBIGUOUS)) return false;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || n.startsWith('ال') || n.length < 3 || lastLetter(ctx.text, t) === 0x0629 /* ة */ || n.endsWith('ه')) return false;
  return !ctx.people.common.has(n) && !possessed(ctx, n) && !ctx.people.titles.startsWith(n) && !ctx.isPlace(k + 1) && plausibleName(ctx, tokens, k + 1);
}
