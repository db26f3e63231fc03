/**
 * The word classes a name reader asks about: which words can be an unlisted name, which end a name,
 * which may follow a connector (بن, أبو), and which surnames the clitic splitter mistakes for a
 * proclitic and a stem. See name-chain.ts for how a name is read with them.
 */
import type { Token } from '../../schema.js';
import { mayBeFunctionWord } from '../common/spelling.js';
import { hasTanween } from '../lexicon/scan.js';
import type { NameContext } from './name-chain.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import { imperfectInitial, lastLetter, transliterated } from './word-shapes.js';
import { COMMON, FAMILY, GIVEN, VERB, wordIs } from './word-classes.js';

/** The complementizers that open reported speech (إن, أن), normalized with the default options and not. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['ان', 'إن', 'أن', 'انه', 'انها', 'انهم']);

/** Where the statement was made, between the speaker and إن (قال X في بيان إن), normalized. */
const STATEMENT_SETTINGS: ReadonlySet<string> = new Set(['بيان', 'تصريح', 'تصريحات', 'حديث', 'مقابلة', 'كلمه']);

/**
 * Does the statement open right after token k: إن or أن, or the verb's إلى before it (وأشار X إلى أن), or
 * where it was made (قال X في بيان إن)?
 */
export function statementAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.norm ?? '';
  if (next === 'في' && STATEMENT_SETTINGS.has(tokens[k + 2]?.norm ?? '')) return COMPLEMENTIZERS.has(tokens[k + 3]?.norm ?? '');
  return COMPLEMENTIZERS.has(next) || (next === 'الي' && COMPLEMENTIZERS.has(tokens[k + 2]?.norm ?? ''));
}

/** A word that could be an unlisted name: an Arabic word with no tanween that no other class claims. */
export function plausibleName(ctx: NameContext, tokens: readonly Token[], i: number, afterForeign = false): boolean {
  const t = tokens[i];
  if (t === undefined) return false; // a connector (بن, أبو) that ends the text has no name after it
  // After a transliterated given name a long word opening with ي is a surname (توماس يوهانيك), unless it
  // ends like a plural or dual verb (يتحدثون).
  const imperfect = imperfectInitial(t.norm) && !(afterForeign && transliterated(t.norm));
  // جثتها, زيارته: a noun in ة with its pronoun, as the clitic reading splits it, is no name.
  if (t.clitics?.suffix !== undefined && t.alternatives === undefined) return false;
  // بميداليتين, بهدفين: behind a proclitic, the dual of a listed noun (with two medals) is no name written whole.
  if (t.clitics?.prefixes.length && dualOfListedNoun(ctx, t.clitics.stem)) return false;
  // حتفهما, بينهما: no name ends in the dual pronoun هما.
  if (t.norm.length >= 5 && t.norm.endsWith('هما')) return false;
  // أعلن حسين محمد عزمه الترشح: a common noun with ه or ها, written so (not ة), is the verb's object.
  // (Not a function word with one: ماها فاجيرالونغكورن.)
  if (nounWithPronoun(ctx, t.norm) && lastLetter(ctx.text, t) !== 0x0629 /* ة */) return false;
  return t.kind === 'word' && t.script === 'arabic' && t.norm.length >= 2 && !imperfect && !tenthForm(ctx.text, t) && !functionWordToken(ctx, t) && !wordIs(ctx.people, t, VERB | COMMON) && !hasTanween(ctx.text, t) && !ctx.notName(i);
}

/** The oblique dual of a listed noun (ميداليتين → ميدالية, هدفين → هدف), normalized. */
function dualOfListedNoun(ctx: NameContext, stem: string): boolean {
  if (stem.length < 5 || !stem.endsWith('ين')) return false;
  const { common } = ctx.people;
  return common.has(stem.slice(0, -2)) || (stem.endsWith('تين') && common.has(`${stem.slice(0, -3)}ه`));
}

/**
 * A verb or verbal noun of the tenth form (استغل, استقبل, استخدام): written with a bare alef, as
 * transliterated names are not (إستيفان, إستر).
 */
function tenthForm(text: string, t: Token): boolean {
  return t.norm.length >= 5 && text.charCodeAt(t.start) === 0x0627 && t.norm.startsWith('است');
}

/** A common noun of three letters or more with ه or ها attached (عزمه, حكومتها), normalized. */
export function nounWithPronoun(ctx: NameContext, n: string): boolean {
  for (const suffix of ['ه', 'ها']) {
    if (!n.endsWith(suffix) || n.length - suffix.length < 3) continue;
    const stem = n.slice(0, -suffix.length);
    // رغبته → رغبة: a noun in ة takes the pronoun after ت.
    if (ctx.people.common.has(stem) || (stem.endsWith('ت') && ctx.people.common.has(stem.slice(0, -1) + 'ه'))) return true;
  }
  return false;
}

/** Is the word a common noun or a preposition with ه, ها or هم attached (حديثه, حولها)? (مرماه: the ى of مرمى is written ا before it.) */
export function possessed(ctx: NameContext, n: string): boolean {
  for (const suffix of ['ه', 'ها', 'هم', 'نا']) {
    if (!n.endsWith(suffix)) continue;
    const stem = n.slice(0, -suffix.length);
    if (stem.length < 2) continue;
    if (ctx.people.common.has(stem) || ctx.stop.has(stem) || (stem.endsWith('ا') && ctx.people.common.has(stem.slice(0, -1) + 'ي'))) return true;
    if (stem.endsWith('ت') && ctx.people.common.has(stem.slice(0, -1) + 'ه')) return true; // زيارته → زياره (ة)
  }
  return false;
}

/**
 * The word after a connector (بن, أبو, آل): a name, even one that is also a title or a noun elsewhere
 * (بندر بن سلطان, علي بن أبي طالب: طالب is also a verb). Only a definite title (ابن الوزير) and place names stay out.
 */
/** How many words the listed role starting at token i has (رئيس الوزراء: 2), or 0. */
function roleOfWords(ctx: NameContext, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !ctx.people.titles.startsWith(t.norm)) return 0;
  const s = t.sentence;
  const m = ctx.people.titles.longest(t.norm, i + 1, (j) => (j < tokens.length && tokens[j]!.sentence === s && tokens[j]!.kind === 'word' ? tokens[j]!.norm : undefined));
  return m === undefined ? 0 : m.end - i;
}

export function connectorObject(ctx: NameContext, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // ابن شقيقتها: a noun with its pronoun is kin, not a name (بن عرفة is written with ة).
  if (t !== undefined && possessed(ctx, t.norm) && lastLetter(ctx.text, t) !== 0x0629 /* ة */) return false;
  // أحمد بابا للتعليم: a word with a proclitic and the article is a phrase, never a connector's object.
  if (t !== undefined && t.clitics !== undefined && t.clitics.article && t.clitics.prefixes.length > 0) return false;
  // ابن حضارتين, ابن قريتين: the dual of a common noun in ة is no name.
  if (t !== undefined && dualOfCommon(ctx, t.norm)) return false;
  // أبو النسبية, أبي البصريات: the father of a science is an epithet; no connector takes an abstract noun
  // in -ية or a plural in -يات.
  if (t !== undefined && t.norm.startsWith('ال') && t.norm.length >= 6 && ((t.norm.endsWith('يه') && lastLetter(ctx.text, t) === 0x0629 /* ة */) || t.norm.endsWith('يات'))) return false;
  // ابن رئيس الوزراء: a role of two words or more (a title in construct) is the son's father's post.
  if (t !== undefined && !t.clitics?.prefixes.length && !knownName(ctx, t) && roleOfWords(ctx, tokens, i) >= 2) return false;
  if (plausibleName(ctx, tokens, i)) return true;
  if (t === undefined || t.kind !== 'word' || t.script !== 'arabic' || t.norm.length < 2) return false;
  // A kunya takes a definite name (أبو الحسن, أبو الغيط, أبو العلا), and so does آيت (خالد آيت الطالب);
  // بن and ابن do not (ابن الوزير).
  const before = tokens[i - 1]?.norm ?? '';
  if (t.norm.startsWith('ال') && !((KUNYA.has(before) || before === AIT) && t.norm.length > 3)) return false;
  if (t.clitics !== undefined && t.clitics.prefixes.length > 0) return false;
  // A kunya names a man by a word that is often a verb or a noun too (أبو طالب, أبو مازن, أبو قتادة).
  // Not a copula, though: أبي كان يعمل is «my father was working».
  if (KUNYA.has(tokens[i - 1]?.norm ?? '') && bareWord(ctx, t) && !ctx.isPlace(i) && !COPULAS.has(t.norm)) return true;
  // ابن مدينة قليبية: the son of a town is its native, not a name.
  return !tokenIsFunctionWord(ctx, t) && !hasTanween(ctx.text, t) && !ctx.isPlace(i) && !TOWN_NOUNS.has(t.norm);
}

/** حضارتين, مدينتان: the dual of a listed common noun in ة (folded to ه), as the ending تين or تان shows. */
function dualOfCommon(ctx: NameContext, n: string): boolean {
  return n.length >= 6 && (n.endsWith('تين') || n.endsWith('تان')) && ctx.people.common.has(n.slice(0, -3) + 'ه');
}

/** Verbs of being, normalized: after أبي or أبو they make «my father was», not a kunya (أبي كان يحفر). */
const COPULAS = new Set(['كان', 'كانت', 'يكون', 'ليس', 'صار', 'اصبح', 'بات', 'ظل', 'مازال', 'لايزال']);

/** Nouns of a town after ابن, normalized: ابن مدينة, ابن قرية (a native of). */
const TOWN_NOUNS = new Set(['مدينه', 'قريه', 'بلده', 'محافظه', 'منطقه', 'ولايه', 'حي', 'مخيم']);

/** The Amazigh آيت 'sons of', normalized. */
const AIT = 'ايت';

/** The kunya connector 'father of', normalized (أبو, أبي, أبا fold to ابو, ابي, ابا). */
export const KUNYA = new Set(['ابو', 'ابي', 'ابا']);

/** علي, the given name, and على as many texts write it, folded alike. */
export const ALI = 'علي';

/** A word lookup with no words: for testing one-word phrases in a PhraseTrie. */
export const noWord = (): undefined => undefined;

/**
 * Is the word a name's connector (بن, أبو, آل …)? Not a kunya written with a madda: آبي (Abe) folds to
 * أبي, but the kunya is never written so (شينزو آبي توفي is a name, then a verb).
 */
export function connectorWord(ctx: NameContext, t: Token): boolean {
  return ctx.connectors.has(t.norm) && !maddaKunya(ctx, t.norm, t.start);
}

/** Is the kunya word `key`, read at offset `start`, written with madda (آبي: Abe, not أبي «father of»)? */
export function maddaKunya(ctx: NameContext, key: string, start: number): boolean {
  return KUNYA.has(key) && ctx.text.charCodeAt(start) === 0x0622 /* آ */;
}

/** An Arabic word of three letters or more, with no article, proclitic or tanween. */
export function bareWord(ctx: NameContext, t: Token): boolean {
  // و may be the name's own first letter here (بن أبي وقاص), so a و reading does not count against it.
  const prefixed = t.clitics !== undefined && t.clitics.prefixes.length > 0 && !(t.clitics.prefixes.length === 1 && t.clitics.prefixes[0] === 'و' && !t.clitics.article);
  return t.kind === 'word' && t.script === 'arabic' && t.norm.length >= 3 && !t.norm.startsWith('ال') && !prefixed && !hasTanween(ctx.text, t);
}

/**
 * Letters a surname may begin with that the clitic splitter reads as a proclitic (بنيس, فاضل, كيلي). Not
 * ل: after a name, ل + noun is far more often a purpose phrase (لحضور, لبحث).
 */
export const SURNAME_INITIALS = new Set(['ب', 'ف', 'ك']);

/**
 * The stem left by such a split is no word of its own (فقال → قال is a verb: not a surname). The splitter
 * has read every proclitic off it already: كلاين leaves لاين, which is no ل + أين.
 */
export function bareStem(ctx: NameContext, stem: string): boolean {
  return !ctx.stop.has(stem) && !ctx.people.verbs.has(stem) && !ctx.people.common.has(stem);
}

/** و ف ب ل ك */
const ONE_LETTER_PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);

/** A function word, alone or behind one proclitic letter (وفي, بأن, لدينا → ل + دينا is not a name). */
export function isFunctionWord(ctx: NameContext, norm: string): boolean {
  return functionWordIn(ctx.stop, norm);
}

function functionWordIn(stop: ReadonlySet<string>, norm: string): boolean {
  if (stop.has(norm)) return true;
  return norm.length > 2 && ONE_LETTER_PROCLITICS.has(norm.charCodeAt(0)) && stop.has(norm.slice(1));
}

/** isFunctionWord of a token's word, memoized per word (keyed by the function-word set of the normalization). */
const functionWordAsWritten = perLexiconWord((stop: ReadonlySet<string>, t: Token) => (functionWordIn(stop, t.norm) ? 1 : 0));

/** isFunctionWord of the token's word as written. */
function tokenIsFunctionWord(ctx: NameContext, t: Token): boolean {
  return functionWordAsWritten(ctx.stop, t) === 1;
}

/**
 * A token read as a function word, unless its spelling rules that out: آلان (Alain) folds to الآن (now),
 * but no one writes the particle with a madda on its first alef.
 */
export function functionWordToken(ctx: NameContext, t: Token): boolean {
  return tokenIsFunctionWord(ctx, t) && mayBeFunctionWord(ctx.text.slice(t.start, t.end));
}

/**
 * A word of the statement's setting after the speaker (أمام, في, أمس), unless it is a function word that
 * its spelling rules out: إمام (the surname, the imam) folds to أمام (before), but no one writes the
 * preposition with its hamza below (وقال عادل إمام إن).
 */
export function afterSpeakerToken(ctx: NameContext, t: Token): boolean {
  if (!ctx.people.afterSpeaker.has(t.norm)) return false;
  return !tokenIsFunctionWord(ctx, t) || mayBeFunctionWord(ctx.text.slice(t.start, t.end));
}

/** Does the token's proclitic allow a name after it (و, ل, و + ل)? */
export function nameProclitics(t: Token): boolean {
  const prefixes = t.clitics?.prefixes ?? t.alternatives?.[0]?.prefixes ?? [];
  return prefixes.every((p) => p === 'و' || p === 'ل');
}

export function knownName(ctx: NameContext, t: Token | undefined): boolean {
  // آبي على رأس الحزب: على written with ى folds to the name علي but is only ever the preposition.
  return t !== undefined && wordIs(ctx.people, t, GIVEN | FAMILY) && !(t.norm === ALI && ctx.text.charCodeAt(t.end - 1) === 0x0649 /* ى */);
}

/**
 * A given name written with ة, here written with ه, whose letters before the ه are a common word: a noun
 * with a pronoun (ناديه: his club), not the name (نادية).
 */
export function pronounNotName(ctx: NameContext, t: Token): boolean {
  if (lastLetter(ctx.text, t) !== 0x0647 /* ه */ || !ctx.people.taaNames.has(t.norm)) return false;
  const stem = t.norm.slice(0, -1);
  return ctx.people.common.has(stem) || ctx.stop.has(stem);
}

/**
 * A Maghrebi family name in بو (= أبو) right after a given name (علي بوزيدي, محمد بوضياف, أحمد بوعزيزي):
 * the splitter reads ب + a word; what follows بو is a listed name or a nisba of four letters or more, and
 * no common word (قال محمد بوضوح: clearly).
 */
export function buSurname(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  if (n.length < 5 || !n.startsWith('بو')) return false;
  const rest = n.slice(2);
  const { people } = ctx;
  if (people.common.has(rest) || ctx.stop.has(rest)) return false;
  return people.given.has(rest) || people.family.has(rest) || people.ambiguous.has(rest) || (rest.length >= 4 && rest.endsWith('ي'));
}

/** An unlisted definite word that can be a family name: bare, not a word of the lists, not a nisba. */
export function definiteSurnameAt(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  // A word in ة is a noun or an adjective (الخيرية), not a family name.
  if (t.kind !== 'word' || t.clitics?.prefixes.length || t.clitics?.suffix !== undefined || !n.startsWith('ال') || n.length < 5 || lastLetter(ctx.text, t) === 0x0629 /* ة */) return false;
  if (ctx.people.common.has(n) || ctx.people.common.has(n.slice(2)) || ctx.nisba.has(n) || knownName(ctx, t)) return false;
  return plausibleName(ctx, tokens, j);
}
