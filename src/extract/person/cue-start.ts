// A name whose first word the readers left out, though a cue says where it starts: الأمريكي بيت سامبراس,
// الرئيس الأوغندي يوويري موسيفيني, وزير الدفاع ليون بانيتا. A nationality or a title is followed by the
// name it announces; when the name read begins one word later, the bare word between is its first word,
// whatever its shape (يوويري opens like a verb) — unless a list knows it as a word (بيت 'house').
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { firstEndingAfter } from '../../segment/spans.js';
import { titleAt } from './context.js';
import { bareKey } from '../lexicon/token-forms.js';
import { alefSeatAfterConjunction } from '../common/spelling.js';
import { nationalityNoun } from './nationality.js';
import { AMBIGUOUS, GIVEN, wordIs } from './word-classes.js';
import { hollowPastFeminine } from './word-shapes.js';
import type { NameContext } from './name-chain.js';

/** قد and its forms with a proclitic, normalized. */
const QAD = new Set(['قد', 'وقد', 'فقد', 'لقد']);

/** How far back a title of several words may start (رئيس مجلس الوزراء). */
const TITLE_WORDS = 4;

/** The people in `people` taken back over one bare word to the nationality, title or verb before it. */
export function extendToCue(context: ExtractContext, ctx: NameContext, people: readonly Candidate[]): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  // The tokens a person or an organization found before covers, marked once: a test per candidate, not a search.
  const covered = coveredTokens(tokens, [...people, ...context.previous.filter((q) => q.type === 'ORGANIZATION')]);
  for (const p of people) {
    if (p.type !== 'PERSON') continue;
    const s = firstEndingAfter(tokens, p.start);
    if (s < 2 || s >= tokens.length || tokens[s]!.start !== p.start) continue;
    const sentence = context.sentences[tokens[s]!.sentence]!;
    // (Not a place or a body between, where the role is held: محافظ أسيوط عصام سعد, رئيس إكسون موبيل ريكس
    // تيلرسون. After a definite word no genitive follows, so a place there is the name's first word: الناشطة
    // توكل كرمان has no place, وزير الدفاع ليون بانيتا no Lyon.)
    const genitive = !tokens[s - 2]!.norm.startsWith('ال') && (ctx.isPlace(s - 1) || ctx.bodyWord(tokens[s - 1]!) || ctx.knownBodyEnd(s - 1) >= 0);
    if (s - 2 < sentence.tokenStart || !firstWord(ctx, tokens[s - 1]!) || genitive || !cueEndsAt(ctx, tokens, s - 1, sentence)) continue;
    // (Nor a word inside a person or a body found before: رئيس حركة أمل نبيه بري.)
    if (covered[s - 1] === 1) continue;
    out.push({ ...p, start: tokens[s - 1]!.start });
  }
  return out;
}

/** Can the token be a name's first word the lists do not know as one: a bare word, no function word, verb, title, nisba or number? */
function firstWord(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  // (Not a letter's name, بي of بي بي, unless it is a listed given name (آن, جو); nor a plural in -ات:
  // مساجلات جرير, رفات جبران; nor a participle's plural in construct: منتقدو أوربان, مؤيدي ترامب.)
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || t.clitics?.article || n.startsWith('ال') || n.length < 2 || (n.length < 3 && !wordIs(ctx.people, t, GIVEN | AMBIGUOUS)) || (n.length >= 4 && n.endsWith('ات')) || participleInConstruct(n)) return false;
  const { people } = ctx;
  // (Nor a listed noun, its plural in construct or a word with its pronoun: منافسي بايدن, رئيسها ليونارد ليو.)
  if (people.common.has(n) || people.common.has(n.slice(0, -1)) || /(?:ه|ها|هم|هما)$/.test(n)) return false;
  // (Nor a verb's shape: a perfect of form IV written with its hamza, أثبت, or a hollow verb's feminine
  // past, طالت: a verb opens the clause whose subject the name is.)
  if ((n.length === 4 && ctx.text.charCodeAt(t.start) === 0x0623 /* أ */) || hollowPastFeminine(n)) return false;
  return !ctx.stop.has(n) && !people.verbs.has(n) && !people.pastVerbs.has(n) && !people.titles.startsWith(n) && !ctx.nisba.has(n) && !ctx.nisba.has(`ال${n}`) && !ctx.functionWordSpelled(t);
}

/** Does a nationality with the article (الأوغندي), a title (وزير الدفاع) or a verb end right before token k? */
function cueEndsAt(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  // A masculine one names a man (رقم الأمريكي بيت سامبراس); a feminine one only where it stands for a
  // woman, not as the adjective of a noun before it (حزب الرابطة الإسلامية الباكستانية جناح نواز).
  const before = tokens[k - 1]!;
  const masculine = before.kind === 'word' && before.norm.startsWith('ال') && before.norm.endsWith('ي') && !before.clitics?.prefixes.length && ctx.nisba.has(before.norm);
  if (masculine || nationalityNoun(ctx, tokens, k - 1, sentence)) return true;
  // أدى نستور كيرشنر اليمين, طور إروين شرودنغر: a listed verb opens a clause whose subject follows it.
  // (وأدى folds to وادي, a valley: و and a hamza seat after it say it is the conjunction and the verb.)
  const verb = alefSeatAfterConjunction(ctx.text, before) ? before.norm.slice(1) : bareKey(before);
  // (Not قد and its forms: فقد, read as «lost», is the particle before a verb here: فقد أثبت أينشتاين.)
  if (before.kind === 'word' && !QAD.has(before.norm) && (ctx.people.pastVerbs.has(verb) || ctx.people.verbs.has(verb))) return true;
  for (let j = k - 1; j >= Math.max(sentence.tokenStart, k - TITLE_WORDS); j--) {
    const title = titleAt(ctx, tokens, j, sentence);
    if (title !== undefined && title.end === k && title.kind !== 'kinship') return true;
  }
  return false;
}

/** A participle's sound plural in construct: م and three letters or more, then و or ي (منتقدو, مؤيدي). */
function participleInConstruct(n: string): boolean {
  return n.length >= 5 && n.startsWith('م') && (n.endsWith('و') || n.endsWith('ي'));
}

/** One mark per token that some candidate overlaps. */
function coveredTokens(tokens: readonly Token[], candidates: readonly Candidate[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (const c of candidates) {
    for (let j = firstEndingAfter(tokens, c.start); j < tokens.length && tokens[j]!.start < c.end; j++) marks[j] = 1;
  }
  return marks;
}
