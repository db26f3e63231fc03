// The family named after a family noun: عائلة المعلوف, أسرة برلسكوني, عشيرة البكارة — the name is a
// PERSON mention, as the corpora mark it (the family noun stays outside).
import type { Token } from '../../schema.js';
import { readingKey } from '../../segment/finish-tokens.js';
import { keyedSetOf } from '../common/words.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { NameContext } from './name-chain.js';
import { definiteSurnameAt } from './name-words.js';
import { plausibleName, possessed } from './name-words.js';
import { brokenPluralShape, lastLetter } from './word-shapes.js';
import { FAMILY, GIVEN, wordIs } from './word-classes.js';

/** Nouns of a family or a clan, singular, normalized through the document's keyer. */
const FAMILY_NOUNS = keyedSetOf(['عائلة', 'أسرة', 'عشيرة']);

/** «Ruling», normalized: after a family's name it makes the family a dynasty (أسرة تانغ الحاكمة). */
const RULING = new Set(['الحاكمه']);

/** A preposition with its pronoun, normalized: what follows a participle (المجني عليه, المتوفى عنها). */
const PREPOSITION_PRONOUNS = new Set(['عليه', 'عليها', 'عليهم', 'عنه', 'عنها', 'عنهم', 'له', 'لها', 'لهم', 'منه', 'منها', 'فيه', 'فيها', 'به', 'بها']);

/** The word after a family noun, when it names the family: a listed family name, or an unlisted one. */
function familyName(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || t.clitics?.suffix !== undefined) return false;
  if (wordIs(ctx.people, t, FAMILY) || ctx.people.familyWords.has(t.norm)) return !ctx.nisba.has(t.norm);
  // عائلة ثرية, أسرة مسلمة, عائلة مالكها, عائلة الزعيم: an adjective, a noun with its pronoun, a role.
  // أسرة نزحت: a feminine past verb agreeing with the family noun.
  if (lastLetter(ctx.text, t) === 0x0629 /* ة */ || possessed(ctx, t.norm) || ctx.people.titles.startsWith(t.norm) || (t.norm.endsWith('ت') && ctx.people.pastVerbs.has(t.norm.slice(0, -1)))) return false;
  // عائلة تعيش, عائلة حواسيب: a feminine imperfect agreeing with the noun, a broken plural.
  if (!t.norm.startsWith('ال') && (t.norm.charCodeAt(0) === 0x062a /* ت */ || brokenPluralShape(t.norm))) return false;
  // أسرة المجني عليه: a participle and its preposition, not a family.
  if (PREPOSITION_PRONOUNS.has(tokens[j + 1]?.norm ?? '')) return false;
  return t.norm.startsWith('ال') ? definiteSurnameAt(ctx, tokens, j) : plausibleName(ctx, tokens, j) && !wordIs(ctx.people, t, GIVEN);
}

export function findFamilies(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const nouns = FAMILY_NOUNS(context.key);
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // Written with ة and no pronoun: وأسره عدوه is a verb (he captured him), أسرتها her family.
    if (t.kind !== 'word' || t.clitics?.suffix !== undefined || lastLetter(context.text, t) !== 0x0629 || !nouns.has(t.clitics ? readingKey(t.clitics) : t.norm)) continue;
    const s = context.sentences[t.sentence]!;
    if (s.skip || i + 1 >= s.tokenEnd || !familyName(ctx, tokens, i + 1)) continue;
    // أسرة تانغ الحاكمة: a ruling house is a dynasty, a state, named with its noun.
    const start = t.clitics?.prefixes.length ? t.clitics.baseStart : t.start;
    if (i + 2 < s.tokenEnd && RULING.has(tokens[i + 2]!.norm)) out.push({ type: 'ORGANIZATION', start, end: tokens[i + 1]!.end, rule: 'dynasty' });
    else out.push({ type: 'PERSON', start: tokens[i + 1]!.start, end: tokens[i + 1]!.end, rule: 'family' });
  }
  return out;
}
