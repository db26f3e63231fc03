import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { NameContext } from './name-chain.js';
import { knownName } from './name-words.js';
import { OPENING_QUOTES } from '../common/quotes.js';
import { lastLetter, withoutPronoun } from './word-shapes.js';
import { organizationLexicon } from '../organization/lexicon.js';
import { dualTriggerSet } from '../location/place-words.js';
import { COMMON, wordIs } from './word-classes.js';
import lifeVerbs from './data/life-verbs.json';

/** Cardinal numbers a counted noun follows (ثمانية عشر ناديا, ثلاثة أبناء). */
const COUNTS = keyedSetOf(['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'مئة', 'مائة', 'ألف', 'آلاف']);

/** The verbs of a life (ولد, توفي, نشأ …), keyed. */
const LIFE_VERBS = keyedSetOf(lifeVerbs.words);

/** Relative pronouns, normalized: a verb opens the clause after them. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'ما']);

/**
 * Is a listed name standing alone at token i a word of the sentence instead? Many listed names are
 * also nouns and adjectives, and the word before tells:
 * - after a number, a counted noun (ثمانية عشر ناديا, 12 ناديا);
 * - in -تي before a place, the dual of a noun in ة (ولايتي الخرطوم وكسلا);
 * - with the article after a definite noun, its adjective (تنوعه النباتي الفريد, والسلوك الحسن);
 * - behind a proclitic letter where the whole word is a word (ليس واردا: no و + اردا), or after a
 *   relative pronoun, where the clause's verb stands (ما لحنه: no ل + حنه; الذي سلمه: no سلمة).
 * Behind a verb or a preposition a name stays a name (قال غازي, مع الفريد), and after an indefinite noun
 * it is the noun's genitive (أتباع موسى, إدارة بوش), though the adjectives طن متري and حقل غازي look the same.
 */
export function loneNameIsWord(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, key: (s: string) => string): boolean {
  const t = tokens[i]!;
  // في ولايتي الخرطوم وكسلا: the dual of a noun in ة before a place (two states), not the surname ولايتي
  // (whatever the splitter made of its first letter).
  // (And a dual place noun before any definite word: من ولايتي الجزيرة وسنار; ولايتي is a surname too.)
  // (… or before two words joined by و, the pair it counts: ولايتي صباح وساراواك.)
  const pair = i + 2 < sentence.tokenEnd && tokens[i + 2]!.clitics?.prefixes[0] === 'و';
  if (t.norm.endsWith('تي') && i + 1 < sentence.tokenEnd && (ctx.isPlace(i + 1) || (dualTriggerSet(key).has(t.norm) && (tokens[i + 1]!.norm.startsWith('ال') || pair)))) return true;
  // مقري وزارة الخارجية: so is the dual of a listed noun before a body or a definite noun (two headquarters).
  const next = i + 1 < sentence.tokenEnd ? tokens[i + 1]! : undefined;
  if (t.norm.endsWith('ي') && ctx.people.common.has(t.norm.slice(0, -1)) && next !== undefined && next.kind === 'word' && (next.norm.startsWith('ال') || wordIs(ctx.people, next, COMMON) || ctx.isPlace(i + 1))) return true;
  // وأدرج بيتان من قصيدته: the dual of a listed noun before من (two of …) is that noun, not the surname (Pétain).
  if (t.norm.length >= 5 && t.norm.endsWith('ان') && ctx.people.common.has(t.norm.slice(0, -2)) && next !== undefined && next.norm === 'من') return true;
  // وعزت وزارة الكهرباء ذلك إلى: opening a clause right before a body's head, a lone name is the verb whose
  // subject the body is; a man's name would be followed by his verb, not by a body.
  const opensClause = i === sentence.tokenStart || t.clitics?.prefixes[0] === 'و' || tokens[i - 1]!.kind === 'punct';
  if (opensClause && next !== undefined && next.kind === 'word' && !next.clitics?.prefixes.length && organizationLexicon(key).heads.has(next.norm)) return true;
  // ليس واردا: a name read behind a proclitic letter where the whole word, or its accusative, is a word.
  if (t.clitics?.prefixes.length && (wordIs(ctx.people, t, COMMON) || (t.norm.endsWith('ا') && ctx.people.common.has(t.norm.slice(0, -1))))) return true;
  if (i <= sentence.tokenStart) return false;
  const before = tokens[i - 1]!;
  // ما لحنه, الذي لحنه ووزعه, الذي سلمه رسالة: after a relative pronoun a word is the clause's verb, not
  // ل + a name nor a name spelled like it (سلمة).
  if (RELATIVES.has(before.norm)) return true;
  // جمهورا وفيا: a whole word in -ا after an indefinite accusative noun is its adjective, whatever name
  // reads behind its first letter (و + فيا).
  if (t.clitics?.prefixes.length && t.norm.endsWith('ا') && before.kind === 'word' && indefiniteAccusative(ctx, before)) return true;
  // قصيدته « بلقيس »: a name in quotes right after a noun of a work, with its pronoun too, is the work's title.
  if (before.kind === 'punct' && OPENING_QUOTES.has(before.norm) && i - 2 >= sentence.tokenStart && workNoun(ctx, tokens[i - 2]!)) return true;
  if (t.clitics?.prefixes.length || before.kind === 'punct') return false;
  if (before.kind === 'number' || COUNTS(key).has(before.norm)) return true;
  if (before.kind !== 'word') return false;
  // ولد في رندة, ولد عباس بن فرناس في رندة: after a verb of a life (and its subject) and في, a lone name
  // is the town (no one is born «in» a man).
  if (before.norm === 'في' && lifeVerbBefore(tokens, i - 1, sentence, LIFE_VERBS(key))) return true;
  // بأول سباق ليلي: a name in -ي that is a listed noun's nisba (ليل: night), right after an indefinite
  // listed noun, is that noun's adjective.
  if (t.norm.endsWith('ي') && ctx.people.common.has(t.norm.slice(0, -1)) && !before.norm.startsWith('ال') && !before.clitics?.article && before.clitics?.suffix === undefined && lastLetter(ctx.text, before) !== 0x0647 /* ه */ && ctx.people.common.has(bareKey(before))) return true;
  // والسلوك الحسن: the noun before may carry و or a preposition; what it is decides.
  const b = bareKey(before);
  // هاتف آيفون, أجهزة آيفون: after a noun of products, a lone name is the product or its maker (هاتف is a
  // verb too, «he phoned», so this is asked first).
  if (organizationLexicon(key).productNouns.has(b)) return true;
  if (ctx.people.verbs.has(b) || ctx.people.pastVerbs.has(b) || ctx.stop.has(b) || ctx.people.titles.startsWith(b)) return false;
  // بتزوير معد سلفا: the accusative of a listed noun, alone, is an adverb of the sentence (in advance), not
  // the name it spells (Silva).
  // (So is the accusative of a body's head: أسس دارا للنشر, a house, not Dara.)
  if (t.norm.length >= 4 && t.norm.endsWith('ا') && (ctx.people.common.has(t.norm.slice(0, -1)) || organizationLexicon(key).heads.has(t.norm.slice(0, -1)))) return true;
  // نموذجا فريدا, عقارا آيلا: an indefinite accusative after an accusative noun is its adjective.
  if (t.norm.endsWith('ا') && indefiniteAccusative(ctx, before)) return true;
  // مهرجان خطابي مؤيد للسلام: a lone name after an indefinite nisba and before ل and a definite noun is a
  // participle describing the noun (supporting peace): a man's nisba before his name has the article.
  const lamDefinite = next !== undefined && next.clitics?.prefixes.length === 1 && next.clitics.prefixes[0] === 'ل' && next.clitics.article;
  if (lamDefinite && !b.startsWith('ال') && b.length >= 4 && b.endsWith('ي') && before.clitics?.suffix === undefined) return true;
  return t.norm.startsWith('ال') && b.startsWith('ال') && b.length > 3;
}

/** The most words of the subject between a verb of a life and في (ولد المفكر محمد عابد الجابري في). */
const MAX_SUBJECT = 5;

/** Is there a verb of a life before the في at fi, right before it or before its subject's words? */
function lifeVerbBefore(tokens: readonly Token[], fi: number, sentence: Sentence, verbs: ReadonlySet<string>): boolean {
  for (let k = fi - 1; k >= sentence.tokenStart && fi - 1 - k <= MAX_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (verbs.has(bareKey(t))) return true;
  }
  return false;
}

/** An indefinite accusative noun in -ا (نموذجا, جمهورا) that is no name, behind its proclitics. */
function indefiniteAccusative(ctx: NameContext, before: Token): boolean {
  const b = bareKey(before);
  return b.endsWith('ا') && !b.startsWith('ال') && b.length >= 4 && !knownName(ctx, before) && !ctx.people.ambiguous.has(b);
}

/** A noun of a work (قصيدة, رواية, فيلم), bare, behind its proclitics, or with its pronoun (قصيدته, روايتها). */
function workNoun(ctx: NameContext, t: Token): boolean {
  if (t.kind !== 'word') return false;
  const stem = t.clitics?.suffix !== undefined ? t.clitics.stem : withoutPronoun(bareKey(t));
  return ctx.works.has(bareKey(t)) || ctx.works.has(stem);
}
