// Maghrebi usage gives the first name the article (الحبيب بورقيبة, الطاهر بن جلون, الحبيب الغرسلي): where
// such a name opens, and where it ends.

import type { Sentence, Token } from '../../schema.js';
import { patronymicWithArticle } from './chain-guards.js';
import { formIn, NO_PREFIXES } from '../lexicon/token-forms.js';
import { readingKey } from '../../segment/finish-tokens.js';
import { titleAt } from './context.js';
import { readName, type NameContext } from './name-chain.js';
import { definiteSurnameAt } from './name-words.js';
import { lastLetter } from './word-shapes.js';
import { wawOrLam } from './name-edges.js';
import { FAMILY, wordIs } from './word-classes.js';

/**
 * Is the word before token i a listed given name with the article, standing as the first name (الحبيب
 * بورقيبة, الباجي قائد السبسي)? Not after a role or title, whose epithet it would be (الأستاذ الفاضل محمد);
 * not a name the lists also hold as a word (الطاهر: the pure), whose article is the word's.
 */
export function definiteFirstName(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (i - 1 < sentence.tokenStart) return false;
  const before = tokens[i - 1]!;
  // (Not a place spelled so: زار الرياض توني دوغلاس is the city, then the man.)
  if (before.clitics?.prefixes.length || !patronymicWithArticle(ctx, before.norm) || titleAt(ctx, tokens, i - 1, sentence) || ctx.isPlace(i - 1)) return false;
  if (i - 2 < sentence.tokenStart) return true;
  // الجناح الأيمن يحيى عمر: after a definite noun the word is its adjective (a nisba there, الرئيس
  // التونسي الحبيب بورقيبة, describes the man).
  const noun = tokens[i - 2]!;
  if (noun.kind === 'word' && !noun.clitics?.prefixes.length && noun.norm.startsWith('ال') && !ctx.nisba.has(noun.norm) && !ctx.people.verbs.has(noun.norm) && !ctx.people.pastVerbs.has(noun.norm)) return false;
  return titleAt(ctx, tokens, i - 2, sentence) === undefined;
}

/**
 * Where a Maghrebi name that gives the first name the article ends (الحبيب الغرسلي, الطاهر الجندوبي): a
 * listed given name with ال, then an unlisted definite surname, or a name listed in that written form
 * (definite-given.json) and any surname; -1 when token i opens none. Not after a
 * definite noun, whose adjectives those would be (الشعب العربي الأصيل), unless the noun is a title.
 */
export function definiteGivenName(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): number {
  const t = tokens[i]!;
  if (i + 1 >= sentence.tokenEnd || t.kind !== 'word' || !(t.clitics?.prefixes ?? NO_PREFIXES).every(wawOrLam)) return -1;
  const k = t.clitics?.prefixes.length ? readingKey(t.clitics) : t.norm;
  // الطاهر بوزيدي, الطيب صالح, الطاهر بن جلون: a name listed in this written form takes any surname.
  const listed = ctx.people.definiteGiven.has(k);
  // الهند is a place, not ال + هند. العمران (urbanism) is listed as a family name that is a word too:
  // with the article it is the word (العمران الحضري), not عمران given the article.
  if (!(listed || patronymicWithArticle(ctx, k)) || (!listed && (ctx.people.common.has(k) || ctx.people.familyWords.has(k))) || ctx.nisba.has(k) || ctx.isPlace(i)) return -1;
  // (readName decides whether a first letter ب or ف is the surname's own: بوزيدي, فرحات.)
  // الملك الحسين طيب الله ثراه: a blessing after the name is no surname.
  const blessing = listed && ctx.people.blessings.startsWith(tokens[i + 1]!.norm) && ctx.people.blessings.match(tokens, i + 1, sentence.tokenEnd);
  const bareSurname = listed && !blessing && !tokens[i + 1]!.norm.startsWith('ال') && tokens[i + 1]!.clitics?.prefixes[0] !== 'و' ? readName(ctx, tokens, i + 1, sentence, true) : undefined;
  let end = bareSurname !== undefined && bareSurname.start === tokens[i + 1]!.start ? bareSurname.end : -1;
  // كتب الطيب صالح رواية: the surname is the word after the given name; a noun of a work after it is the
  // verb's object (read from the surname, the chain would take it where a surname stands).
  if (end > i + 2 && formIn(tokens[i + 2]!, ctx.works)) end = i + 2;
  // Otherwise the family name is definite, of nisba shape (الغرسلي, الجندوبي); another definite word is an
  // adjective (سيدي الهواري العتيق).
  // … or a listed one with the article (الطاهر العياري).
  const next = tokens[i + 1]!;
  if (end < 0 && ((definiteSurnameAt(ctx, tokens, i + 1) && next.norm.endsWith('ي')) || (listed && !next.clitics?.prefixes.length && next.norm.startsWith('ال') && wordIs(ctx.people, next, FAMILY)))) end = i + 2;
  // الوزير الصديق الورفلي: after a title a listed name takes a nisba of tribe or town too.
  const titled = titledBefore(ctx, tokens, i, sentence);
  if (end < 0 && listed && titled && nisbaSurname(ctx, tokens[i + 1]!)) end = i + 2;
  // الوزير الليبي المكلف الطاهر الباعور ،: … and any definite word no list holds where the name ends.
  if (end < 0 && listed && titled && unlistedDefinite(ctx, tokens[i + 1]!) && nameClosesAt(tokens, i + 2, sentence)) end = i + 2;
  if (end < 0) return -1;
  if (i > sentence.tokenStart && !titled) {
    const before = tokens[i - 1]!;
    const b = before.clitics?.prefixes.length ? readingKey(before.clitics) : before.norm;
    // والحرم الرضوي الشريف: adjectives of a definite noun, unless they cannot agree with it (للفلاحة الحبيب:
    // a masculine word after a feminine noun); هيئة المكتوم الخيرية: the name of a body.
    const agrees = !(lastLetter(ctx.text, before) === 0x0629 /* ة */ && lastLetter(ctx.text, t) !== 0x0629);
    const definiteNoun = before.kind === 'word' && b.startsWith('ال') && !ctx.people.verbs.has(b) && !ctx.people.pastVerbs.has(b) && agrees;
    // (A verb before it is the sentence's: ولد الطيب صالح عام 1929.)
    const verb = ctx.people.verbs.has(b) || ctx.people.pastVerbs.has(b) || ctx.people.innerConnectors.has(b);
    if (definiteNoun || (ctx.notName(i - 1) && !ctx.isPlace(i - 1) && !verb)) return -1;
    // نحتت في الصخر الوردي: a given name with the article that no list gives so (a patronymic's form)
    // after a preposition is a noun and its adjective; a name so opened follows a given name or a verb.
    if (!listed && ctx.stop.has(b)) return -1;
  }
  return end;
}

/**
 * Does a title stand right before token i, or a title and its nisba (الرئيس التونسي الحبيب بورقيبة,
 * الوزير الليبي الصديق الورفلي), which describes the man the title names, or an indefinite title and the
 * place it governs?
 */
function titledBefore(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (i - 1 < sentence.tokenStart) return false;
  if (titleAt(ctx, tokens, i - 1, sentence) !== undefined) return true;
  const before = tokens[i - 1]!;
  if (before.clitics?.prefixes.length || i - 2 < sentence.tokenStart) return false;
  // … or the one-word place the title governs (والي الخرطوم الطاهر إبراهيم الخير, محافظ البصرة).
  const governedPlace = ctx.placeLength(i - 1) === 1 && tokens[i - 2]!.kind === 'word' && !tokens[i - 2]!.norm.startsWith('ال');
  if (governedPlace) return titleAt(ctx, tokens, i - 2, sentence) !== undefined;
  // (Two adjectives too: نظيره الليبي المكلف الطاهر الباعور.)
  for (let k = i - 1; k >= sentence.tokenStart && i - k <= 2; k--) {
    const w = tokens[k]!;
    if (w.clitics?.prefixes.length || !(ctx.nisba.has(w.norm) || TITLE_ADJECTIVES.has(w.norm)) || k - 1 < sentence.tokenStart) return false;
    if (titleAt(ctx, tokens, k - 1, sentence) !== undefined || ctx.people.possessedTitles.has(tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/**
 * Adjectives a title takes that no nation gives (المبعوث الأممي الأخضر الإبراهيمي, الرئيس الراحل, المبعوث
 * الخاص): like a nisba they describe the man the title names. Normalized.
 */
const TITLE_ADJECTIVES = new Set(['الاممي', 'الدولي', 'الخاص', 'السابق', 'الاسبق', 'الراحل', 'المكلف']);

/** A bare definite word that no list holds as a word, nisba, title or place (الباعور). */
function unlistedDefinite(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  return t.kind === 'word' && !t.clitics?.prefixes.length && n.startsWith('ال') && n.length >= 5 && !ctx.people.common.has(n) && !ctx.people.common.has(n.slice(2)) && !ctx.nisba.has(n) && !ctx.stop.has(n) && !ctx.people.titles.startsWith(n) && !ctx.people.verbs.has(n);
}

/** Words after which a name has ended, normalized: the statement, قد, and the prepositions that leave it. */
const NAME_CLOSERS = new Set(['ان', 'قد', 'في', 'من', 'الي', 'مع', 'عن', 'علي', 'خلال']);

/** Does a name end before token j: a mark, the sentence's end, a closing word, or a word behind و? */
function nameClosesAt(tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j];
  return t === undefined || j >= sentence.tokenEnd || t.kind === 'punct' || NAME_CLOSERS.has(t.norm) || t.clitics?.prefixes[0] === 'و';
}

/** A bare definite nisba (الورفلي, المصري): a family name after a listed first name a title announces. */
function nisbaSurname(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  return t.kind === 'word' && !t.clitics?.prefixes.length && n.startsWith('ال') && n.endsWith('ي') && n.length >= 5 && !ctx.people.common.has(n) && !ctx.people.common.has(n.slice(2)) && !ctx.people.ordinals.has(n) && !ctx.stop.has(n);
}
