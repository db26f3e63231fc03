// A surname that is also a word (محفوظ, درويش, هيكل) standing alone as the subject of a verb that opens its
// clause: «وحصل محفوظ على شهادة البكالوريا», «وكتب محفوظ رواية», «واعترف محفوظ بأنه …». Biographies and
// obituaries name the person in full once, then by the surname alone after each verb. The word is read as
// the name only when what follows it is what follows a subject (a preposition, an accusative, a quote), not
// a noun it could govern (وأعلن حرب الاستنزاف, وحصل إمام مسجد على …).
import type { Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { NameContext } from './name-chain.js';
import { organizationLexicon } from '../organization/lexicon.js';
import { dateLexicon } from '../dates/lexicon.js';
import { AMBIGUOUS, COMMON, FAMILY, GIVEN, VERB, wordIs } from './word-classes.js';
import { plausibleName } from './name-words.js';
import { derivedImperfect } from './word-shapes.js';
import type { Sentence } from '../../schema.js';
import { functionNotFamily } from './surname-homographs.js';
import { keyedSetOf } from '../common/words.js';
import baVerbList from './data/ba-verbs.json';

const baVerbSet = keyedSetOf(baVerbList.words);

/** Prepositions that open the verb's complement right after its subject. */
const AFTER_SUBJECT = new Set(['علي', 'على', 'في', 'عن', 'الي', 'إلى', 'من', 'مع', 'منذ', 'بعد', 'قبل', 'خلال', 'ان', 'أن', 'إن', 'احدي', 'احد']);
/** Punctuation that may follow the subject: a quoted title, a comma before an apposition. */
const QUOTES = new Set(['"', '«', '“', '،', ',']);
/** Proclitics of a complement behind the subject (بأنه, بعدد, لصحيفة). */
const COMPLEMENT_PREFIXES = new Set(['ب', 'ل']);

/** PERSON candidates for one-word surnames spelled like words, as the subject right after a clause's first verb. */
export function findVerbSubjectSurnames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const { familyWords, pastVerbs, common } = ctx.people;
  const organizations = organizationLexicon(context.key).known;
  const { months } = dateLexicon(context.key);
  const baVerbs = baVerbSet(context.key);
  const out: Candidate[] = [];
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    for (let k = sentence.tokenStart + 1; k + 1 < sentence.tokenEnd; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.clitics?.prefixes.length || t.norm.startsWith('ال')) continue;
      // The verb first: one set lookup settles almost every word.
      const verb = tokens[k - 1]!;
      if (verb.kind !== 'word' || !pastVerbs.has(bareKey(verb)) || !clauseInitial(tokens, k - 1, sentence.tokenStart, verb)) continue;
      // بأمر ملكي: only و and ف go before a verb; behind ب or ل, or with the article, it is a noun.
      if (verb.clitics !== undefined && (verb.clitics.article || verb.clitics.prefixes.some((p) => p !== 'و' && p !== 'ف'))) continue;
      // وحصل ياماناكا على, وحصل ياغي على: a word no list holds, of a name's shape, before a preposition.
      const unlisted = !familyWords.has(t.norm) && unlistedSubject(ctx, tokens, k, sentence, baVerbs.has(bareKey(verb)));
      if (!familyWords.has(t.norm) && !unlisted) continue;
      // انطلقت أولى وحداتها: a common word written with a final ى is that word, not the name it folds to (أولي).
      if (common.has(t.norm) && context.text.charCodeAt(t.end - 1) === 0x0649 /* ى */) continue;
      // بدأت أمام محكمة: spelled as a function word it is that word (إمام is the surname).
      if (functionNotFamily(context.text.slice(t.start, t.end))) continue;
      if (!subjectEndsBefore(tokens[k + 1]!, common)) continue;
      // اندلعت حرب يوليو 2006: a noun in construct with a month names an event (ثورة يناير), no subject.
      if (months.startsWith(tokens[k + 1]!.norm)) continue;
      // وقال نافع علي نافع: علي before a name is the name Ali, and the surname goes on.
      if (tokens[k + 1]!.norm === 'علي' && k + 2 < sentence.tokenEnd && (wordIs(ctx.people, tokens[k + 2]!, GIVEN | FAMILY | AMBIGUOUS) || familyWords.has(tokens[k + 2]!.norm))) continue;
      // وزار هيوستن في …, وباع هوندا …: a surname spelled like a place or a brand is the verb's object there.
      // وأكد سعادة رئيس المجلس: an honorific opens a title there, not a name.
      if (ctx.isPlace(k) || organizations.startsWith(t.norm) || ctx.people.titles.startsWith(t.norm)) continue;
      out.push({ type: 'PERSON', start: t.start, end: t.end, rule: unlisted ? 'verb-subject' : 'verb-subject-surname' });
    }
  }
  return out;
}

/** Words that open a clause before its verb (ثم أعلن نجاد …), normalized. */
const CLAUSE_OPENERS = new Set(['ثم', 'وثم', 'حين', 'عندما', 'بعدما', 'لما', 'فيما', 'بينما', 'كما', 'حيث', 'اذ']);

/** Prepositions after which an unlisted word right after a clause's verb is read as its subject. */
const PREPOSITIONS = new Set(['علي', 'على', 'في', 'عن', 'الي', 'إلى', 'من', 'مع']);

/**
 * Is the unlisted word at k a name standing as the verb's subject: of a name's shape (plausibleName: no
 * verb, common word, tanween), no place, nisba or title, no plural, feminine or accusative ending, with a
 * preposition right after it (وحصل ياماناكا على, ونال زويل في)? Nouns a verb takes as its subject there
 * (وقع انفجار في, هطلت أمطار على) are listed common words.
 */
function unlistedSubject(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence, baVerb: boolean): boolean {
  const t = tokens[k]!;
  const n = t.norm;
  if (n.length < 3 || t.script !== 'arabic' || wordIs(ctx.people, t, GIVEN | FAMILY | AMBIGUOUS | COMMON | VERB) || ctx.stop.has(n) || ctx.nisba.has(n) || ctx.nisba.has(`ال${n}`)) return false;
  // وعقد اجتماعا مع: a listed noun's accusative written without its tanween is the verb's object.
  if (n.endsWith('ا') && (ctx.people.common.has(n.slice(0, -1)) || ctx.people.common.has(`${n.slice(0, -1)}ه`))) return false;
  if (/(?:ات|ون|ين|ان|ه|ها|هم)$/.test(n) || (n.endsWith('ا') && n.length < 6) || ctx.text.charCodeAt(t.end - 1) === 0x0629 /* ة */ || derivedImperfect(n) || eighthFormImperfect(n)) return false;
  const next = tokens[k + 1]!;
  // ورحب مدفيديف بالقرار: after a verb whose complement takes ب, the ب-phrase opens after the subject.
  const baComplement = baVerb && next.clitics !== undefined && next.clitics.prefixes.length === 1 && next.clitics.prefixes[0] === 'ب';
  return next.kind === 'word' && ((!next.clitics?.prefixes.length && PREPOSITIONS.has(next.norm)) || baComplement) && plausibleName(ctx, tokens, k) && !ctx.people.titles.startsWith(n) && !ctx.people.titles.startsWith(`ال${n}`);
}

/** An imperfect of the eighth form (تبتعد, يقترب): ت or ي, a consonant, then ت, in five letters (not تاتشر). */
function eighthFormImperfect(n: string): boolean {
  return n.length === 5 && (n[0] === 'ت' || n[0] === 'ي') && n[2] === 'ت' && !'اوي'.includes(n[1]!);
}

/** Does the verb at v open its clause: first in the sentence, with و or ف, or after punctuation or a year? */
function clauseInitial(tokens: readonly Token[], v: number, sentenceStart: number, verb: Token): boolean {
  if (v === sentenceStart) return true;
  const p = verb.clitics?.prefixes;
  if (p !== undefined && p.length === 1 && (p[0] === 'و' || p[0] === 'ف')) return true;
  const before = tokens[v - 1]!;
  return before.kind === 'punct' || before.kind === 'number' || (before.kind === 'word' && CLAUSE_OPENERS.has(before.norm));
}

/**
 * Can the token follow a verb's subject: a preposition, a complement behind ب or ل, a quote, an accusative
 * (موظفا), or an indefinite common noun as the object (وكتب محفوظ رواية)?
 */
function subjectEndsBefore(next: Token, common: ReadonlySet<string>): boolean {
  if (next.kind === 'punct') return QUOTES.has(next.norm);
  if (next.kind !== 'word') return false;
  const p = next.clitics?.prefixes;
  if (p !== undefined && p.length > 0) return COMPLEMENT_PREFIXES.has(p[0]!);
  if (AFTER_SUBJECT.has(next.norm)) return true;
  if (next.norm.startsWith('ال')) return false;
  return (next.norm.length >= 4 && next.norm.endsWith('ا')) || common.has(next.norm);
}
