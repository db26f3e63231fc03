// Family names that the lists know as words, read by their shape or by where they stand: a nisba after a
// given name that is a word too (أشرف الجبري), a common noun before the statement (خالد شمال أن).
import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import { compoundAt } from './compound.js';
import type { NameContext } from './name-chain.js';
import { fuulVerbalNoun } from './chain-guards.js';
import { derivedVerbalNoun, imperfectShape, lastLetter } from './word-shapes.js';
import { afterSpeakerToken, definiteSurnameAt, functionWordToken, possessed, statementAfter } from './name-words.js';
import { AMBIGUOUS, wordIs } from './word-classes.js';

/**
 * A family name by its shape after a given name that is also a word (أشرف الجبري, إيمان الشنقيطي): a
 * definite nisba in -ي of three letters or more that the lists know neither as a word nor as the
 * adjective of one (not الشعبي from شعب, not الثاني), and no country's adjective.
 */
export function nisbaSurnameAt(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const n = tokens[j]!.norm;
  if (n.length < 6 || !n.endsWith('ي') || n.endsWith('وي') || !definiteSurnameAt(ctx, tokens, j)) return false;
  const stem = n.slice(2, -1);
  // الماضي, القاضي: a participle of the pattern فاعل from a root in ي; المباني, الأراضي: a broken plural
  // of the patterns مفاعل and أفاعل.
  if ((stem.length === 3 && stem.charCodeAt(1) === 0x0627) || (stem.length === 4 && stem.charCodeAt(2) === 0x0627 && (stem[0] === 'م' || stem[0] === 'ا'))) return false;
  const { common, ordinals } = ctx.people;
  return !common.has(stem) && !common.has(`ال${stem}`) && !common.has(`${stem}ه`) && !ordinals.has(n) && !ctx.notName(j);
}

/**
 * خالد شمال أن: right after a given name, a bare common noun with إن or أن after it is the
 * family name, since the statement opens there; a time word (أمس, مساء) or a word of the setting is the
 * sentence, as are verbs, function words and accusatives. A role without its article is one too (عادل
 * إمام إن: إمام is the imam and, spelled so, never the preposition أمام).
 */
export function commonSurnameBeforeStatement(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || n.startsWith('ال') || n.length < 3 || n.endsWith('ا')) return false;
  // … a common noun or a role: a role right before إن has no complement, so it is no role.
  if (!(ctx.people.common.has(n) || ctx.people.titles.startsWith(n) || ctx.people.titles.startsWith(`ال${n}`)) || afterSpeakerToken(ctx, t) || ctx.people.verbs.has(n) || functionWordToken(ctx, t) || hasTanween(ctx.text, t) || ctx.isPlace(j)) return false;
  return statementAfter(tokens, j);
}

/**
 * أشرف القدرة أن, محمد الحكيم إن: right after a listed given name, a definite common noun with the
 * statement after it is the family name: the noun has nothing to do between the name and إن. Not a day
 * (محمد الثلاثاء إن), a word of the setting, a country's adjective, a title, a verb or a place.
 */
export function definiteSurnameBeforeStatement(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || !n.startsWith('ال') || n.length < 5 || !statementAfter(tokens, j)) return false;
  if (!(ctx.people.common.has(n) || ctx.people.common.has(n.slice(2))) || ctx.people.dayWords.has(n) || ctx.people.afterSpeaker.has(n) || ctx.nisba.has(n) || ctx.people.titles.startsWith(n) || ctx.people.verbs.has(n) || ctx.isPlace(j)) return false;
  return !ctx.people.ordinals.has(n);
}

/**
 * الوزير مصطفى بايتاس ،, محافظ البنك صلاح الدين طالب ،, أمينه العام مصطفى ياحي ،: after a title and a
 * listed given name, the next word is the family name where a comma, a full stop or the statement follows
 * it, whatever its shape: a first letter the splitter reads as a proclitic, the shape of an imperfect or
 * of a common noun. Not a function word, a verb, a place, a word of the setting (مساء, أمس), a role or a
 * word with tanween or in the accusative (وفدا).
 */
export function surnameBeforeMark(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  // Not a word behind و (علي ورجاله: and his men), nor one of four letters in ا, the pattern of an
  // elative or a plural (أوفيد أشهر ،: the best known).
  if (t.kind !== 'word' || t.script !== 'arabic' || n.startsWith('ال') || n.length < 3 || n.endsWith('ا') || j + 1 >= sentence.tokenEnd) return false;
  // Nor a participle in ة (الرضا مباشرة ،: directly).
  if (andWord(ctx, t) || (n.length === 4 && n.startsWith('ا')) || (n.length >= 5 && n.startsWith('م') && lastLetter(ctx.text, t) === 0x0629)) return false;
  // أسعد عبد الأمير العيداني: a word that opens a listed compound with the next (عبد الأمير, whose الأمير is
  // also a role) is the father's name going on.
  if (compoundAt(ctx, tokens, j, sentence, n) > 0) return false;
  const next = tokens[j + 1]!.norm;
  const mark = SURNAME_CLOSERS.has(next);
  // حسينة واجد إلى, لويس آرسي قد: a particle after the word closes the name as well, when the word is
  // none the lists know (a common noun there is the sentence: إسحاق دار قد is read no further).
  // Not a connector (وسام أبو علي: أبو takes the name after it), nor a word in ه (الملك عبدالله ضيوفه في:
  // the verb's object with its pronoun).
  // حسينة واجد تقيم في الهند: the subject's predicate, an imperfect verb, closes the name like a particle.
  const nextToken = tokens[j + 1]!;
  // فوزي لقجع رئيس الجامعة: a role in apposition after the name closes it too.
  const role = nextToken.kind === 'word' && !nextToken.clitics?.prefixes.length && ctx.people.titles.longest(next, j + 2, () => undefined) !== undefined;
  const closer = role || PARTICLE_CLOSERS.has(next) || (nextToken.kind === 'word' && !nextToken.clitics?.prefixes.length && imperfectShape(next) && next.charCodeAt(0) !== 0x0646 /* ن: أحمدي نجاد */ && !ctx.people.given.has(next) && !ctx.people.family.has(next) && !ctx.isPlace(j + 1));
  const particle = !mark && closer && !ctx.people.common.has(n) && !ctx.connectors.has(n) && lastLetter(ctx.text, t) !== 0x0647 && !ctx.nisba.has(n) && !ctx.nisba.has(`ال${n}`) && !(t.clitics !== undefined && t.clitics.prefixes.some((p) => p !== 'و'));
  if (!(mark || particle || statementAfter(tokens, j))) return false;
  if (afterSpeakerToken(ctx, t) || ctx.people.verbs.has(n) || ctx.people.titles.startsWith(n) || functionWordToken(ctx, t) || hasTanween(ctx.text, t) || (possessed(ctx, n) && lastLetter(ctx.text, t) !== 0x0629 /* ة */) || ctx.isPlace(j)) return false;
  // بدقة: ب and a listed noun say how; so does ب and a verbal noun before the statement (بوضوح إن), but
  // not before a comma (مصطفى بايتاس ،), where a manner phrase does not stand.
  const c = t.clitics;
  if (c === undefined || c.prefixes.length === 0) return true;
  if (ctx.people.common.has(c.stem) || ctx.stop.has(c.stem) || ctx.people.verbs.has(c.stem)) return false;
  return mark || !(fuulVerbalNoun(c.stem) || derivedVerbalNoun(c.stem));
}

/**
 * Is the token و and a word (ورجاله, ومحمد): the list going on, not a family name in و (وردي, ونوس)?
 * The word after و is one the lists know, or a noun with its pronoun.
 */
function andWord(ctx: NameContext, t: Token): boolean {
  const c = t.clitics;
  if (c === undefined || c.prefixes[0] !== 'و') return false;
  const { people } = ctx;
  return c.article || c.prefixes.length > 1 || people.common.has(c.stem) || people.given.has(c.stem) || people.family.has(c.stem) || people.verbs.has(c.stem) || ctx.stop.has(c.stem) || possessed(ctx, c.stem);
}

/**
 * Particles that follow a subject's name and close it (قد, إلى, في …), and the time words that follow a
 * subject the same way (أوبرا وينفري أمس), normalized.
 */
const PARTICLE_CLOSERS = new Set(['قد', 'الي', 'في', 'من', 'مع', 'عن', 'علي', 'لدي', 'خلال', 'امس', 'اليوم']);

/** Marks that close a name after its family name, the quotation's opening quote among them. */
const SURNAME_CLOSERS = new Set(['،', ',', '.', '(', ':', '؛', '"', '«']);

/**
 * مارسيل خليفة, فينا جورج: after a foreign given name, a listed name that is a word or a role too is the
 * family name where the name ends after it (a mark, a function word, the statement or a verb follows); with
 * a genitive after it, it is the role (ريتشارد ملك إنجلترا).
 */
export function ambiguousSurnameAfterForeign(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || !wordIs(ctx.people, t, AMBIGUOUS)) return false;
  if (j + 1 >= sentence.tokenEnd) return true;
  const next = tokens[j + 1]!;
  // (مارسيل خليفة عددًا من قصائد درويش: a word with tanween, the verb's object, follows the name.)
  return next.kind !== 'word' || functionWordToken(ctx, next) || statementAfter(tokens, j) || ctx.people.verbs.has(next.norm) || definiteParticipleAt(ctx, tokens, j + 1) || hasTanween(ctx.text, next);
}

/**
 * مارسيل خليفة المولود في عمشيت: a definite singular participle (المولود, المقيم, المتوج) describes the
 * man named before it; a genitive would make the word before it a role (خليفة المسلمين: a plural).
 */
function definiteParticipleAt(ctx: NameContext, tokens: readonly Token[], k: number): boolean {
  const n = tokens[k]!.norm;
  return !tokens[k]!.clitics?.prefixes.length && n.startsWith('الم') && n.length >= 6 && n.length <= 8 && !n.endsWith('ين') && !n.endsWith('ون') && !n.endsWith('ات') && !ctx.isPlace(k) && !ctx.people.titles.startsWith(n);
}

/**
 * محمد الطاهر الماجري ،: after a given name written with the article (a Maghrebi or Gulf father's name), an
 * unlisted definite nisba is the family name where the name ends after it (a mark or the statement).
 */
export function nisbaAfterPatronymic(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  if (!nisbaSurnameAt(ctx, tokens, j) || ctx.nisba.has(tokens[j]!.norm)) return false;
  const next = j + 1 < sentence.tokenEnd ? tokens[j + 1]! : undefined;
  return next === undefined || next.kind === 'punct' || statementAfter(tokens, j);
}
