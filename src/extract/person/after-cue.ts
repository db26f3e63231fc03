import { COMMAS } from './apposed-speaker.js';
import type { Sentence, Token } from '../../schema.js';
import type { TitleKind } from './lexicon.js';
import { likelyFirstName, readName } from './name-chain.js';
import type { NameContext, NameMatch } from './name-chain.js';
import { appositiveName } from './apposition.js';
import { afterBody, bodyAround } from './role-body.js';
import { byTheName, loneNameAfterRole, surnameAfterRole } from './name-edges.js';
import { definiteGivenName } from './maghrebi-given.js';
import { speakerEnd } from './speaker.js';
import { nameAfterRole } from './role-skip.js';
import { adverbialAccusative, foreignSurnameShape, lastLetter } from './word-shapes.js';
import { COMPLEMENTIZERS } from './name-words.js';
import { regnalNameAt } from './regnal-name.js';
import { agentCueEnd } from './agent.js';
import type { PersonScan } from './person-scan.js';
import { COMMON, GIVEN, wordIs } from './word-classes.js';

/** The cue read at a token: a title (its end and kind), an agent phrase (its end, or -1), a reporting verb. */
export interface Cue {
  titled: { end: number; kind: TitleKind } | undefined;
  agent: number;
  verb: boolean;
}

/**
 * Reads the person after a title, an agent phrase (بقيادة, على يد) or a reporting verb at token i, trying
 * in turn: a name, a name set off by commas, a family name alone, the holder after the body a role is
 * held in, and the speaker before what he says. Returns where the scan goes on.
 */
export function readAfterCue(scan: PersonScan, i: number, sentence: Sentence, { titled, agent, verb }: Cue): number {
  const { ctx, tokens, context } = scan;
  const title = titled?.end ?? agent;
  const rule = agent > 0 ? 'agent' : title > 0 ? 'title' : 'reporting-verb';
  const cued = title > 0 ? nameAfterRole(ctx, tokens, verb ? i + 1 : title, sentence) : i + 1;
  // ولدت باسم ماريا سكلودوفسكا: «by the name», and the name after it.
  const named = cued < sentence.tokenEnd && byTheName(ctx, tokens, cued, sentence, context.key) ? cued + 1 : cued;
  // حزب تيسا المعارض بزعامة بيتر ماجار: an agent phrase after the role opens no name; the name follows it.
  const agentAfter = named < sentence.tokenEnd ? agentCueEnd(tokens, named, sentence, context.key) : -1;
  const k = agentAfter > named ? agentAfter : named;
  // السيد الطاهر بوزيدي, وقال الطيب صالح: a Maghrebi first name with the article after the title or verb.
  const maghrebi = title > 0 || verb ? definiteGivenName(ctx, tokens, k, sentence) : -1;
  if (maghrebi > 0) {
    const first = tokens[k]!;
    return scan.name(first.clitics?.prefixes.length ? first.clitics.baseStart : first.start, maghrebi, sentence, rule);
  }
  // الخليفة العباسي المأمون, السلطان المنصور قلاوون: a regnal name after a ruler's title.
  const regnal = titled !== undefined ? regnalNameAt(ctx, tokens, title, k, sentence, context.key) : undefined;
  if (regnal) return scan.name(tokens[regnal.first]!.start, regnal.end, sentence, 'regnal-name');
  // الرئيس التنفيذي لسوديك أيمن عامر: ل on an unlisted word after a role is «of» the body it is held in,
  // not the name's own letter, when a listed given name follows it: the holder starts there.
  const unlistedBody = titled?.kind === 'role' ? bodyBeforeGiven(scan, k, sentence) : -1;
  if (unlistedBody > 0) {
    const holder = readName(ctx, tokens, unlistedBody, sentence, true);
    if (holder && holder.end - unlistedBody >= 2) return scan.name(holder.start, holder.end, sentence, 'role-of-body');
  }
  // النائب عن حركة أمل علي حسن خليل: where the name would start inside a body's name, the holder follows the body.
  const inBody = titled?.kind === 'role' ? bodyAround(scan.bodies(), k) : -1;
  if (inBody > 0) {
    const holder = inBody < sentence.tokenEnd ? readName(ctx, tokens, inBody, sentence, true) : undefined;
    return holder && (holder.known > 0 || holder.end - inBody >= 2) ? scan.name(holder.start, holder.end, sentence, 'role-of-body') : inBody;
  }
  // الرئيس التنفيذي لبيركشاير هاثاواي: a body found behind ل right after a role is where the role is
  // held (the holder, if named, follows it), not a name whose own letter ل is.
  const lam = k < sentence.tokenEnd ? tokens[k]!.clitics : undefined;
  const bodyBehindLam = titled?.kind === 'role' && lam !== undefined && lam.prefixes.length === 1 && lam.prefixes[0] === 'ل' && scan.bodies().has(k);
  // المنتجة آسيا داغر, الناشطة ليما غبوي: after a definite title no genitive follows,
  // so a one-word place there, before more of a name, is the person's first name.
  // (From right after the title on: the role's country or nationality, stepped over above, may be that place.)
  for (let j = title; title > 0 && titled?.kind !== 'kinship' && j <= k; j++) {
    // (Right after the title or a country's adjective: الجنوب إفريقية is one adjective.)
    const placeFirst = j === title || ctx.nisba.has(tokens[j - 1]!.norm) ? placeAsFirstName(ctx, tokens, j, sentence) : undefined;
    if (placeFirst) return scan.name(tokens[j]!.start, placeFirst.end, sentence, rule);
  }
  const name = bodyBehindLam ? undefined : readName(ctx, tokens, k, sentence, title > 0);
  // One unlisted word after a role (الملك ساكنا, اللاعب طلب) is too weak; two words or a known name are
  // not, nor one right after a kinship noun with its pronoun (وزوجته هنرييت, وابنه كريم) — unless in the
  // accusative (عمل والدها قسا: as a priest), where an unlisted name in ا is far rarer than the noun.
  // … but not a noun with its own pronoun (وإخوته ممالكه: his kingdoms).
  const kin = titled?.kind === 'kinship' && k === title && k < sentence.tokenEnd && lastLetter(ctx.text, tokens[k]!) !== 0x0647 /* ه */;
  // والجنرال سلفستري (, السيد شيمزو من شركة: one unlisted word after a role, where a name would end.
  const loneAfterRole = titled !== undefined && titled.kind !== 'kinship' && name !== undefined && name.end - k === 1 && k === title && loneNameAfterRole(ctx, tokens, k, sentence, context.key);
  // وقال كريم عادل إن: listed names that are words too, two or more between the reporting verb and the
  // statement, are the speaker.
  // (Or a role in apposition after them: وقال كريم عوض الرئيس التنفيذي للمجموعة إن.)
  const roleAfter = (j: number): boolean => j < sentence.tokenEnd && tokens[j]!.kind === 'word' && ctx.people.titles.longest(tokens[j]!.norm, j + 1, (x) => (x < sentence.tokenEnd ? tokens[x]!.norm : undefined)) !== undefined;
  // (… or set off by a comma: قال كريم عوض ، الرئيس التنفيذي للمجموعة ، إن.)
  const commaRole = (j: number): boolean => j + 1 < sentence.tokenEnd && COMMAS.has(tokens[j]!.norm) && roleAfter(j + 1);
  const listedSpeaker = verb && name !== undefined && name.end - k >= 2 && name.end < sentence.tokenEnd && (COMPLEMENTIZERS.has(tokens[name.end]!.norm) || roleAfter(name.end) || commaRole(name.end)) && allListed(scan, k, name.end);
  // من رئيس مدني إلى آخر: one listed name of nisba shape that is a word too, right after an indefinite
  // role, is the role's adjective (a civilian president), not Madani.
  const roleWord = k > sentence.tokenStart ? tokens[k - 1]! : undefined;
  const adjective = name !== undefined && title === k && titled?.kind !== 'kinship' && name.end - k === 1 && roleWord !== undefined && roleWord.kind === 'word' && !roleWord.norm.startsWith('ال') && !roleWord.clitics?.article && ctx.people.ambiguous.has(tokens[k]!.norm) && tokens[k]!.norm.endsWith('ي') && !tokens[k]!.clitics?.prefixes.length;
  if (name && !adjective && (name.known > 0 || listedSpeaker || (title > 0 && name.end - k >= 2) || (kin && name.end - k === 1 && likelyFirstName(tokens[k]!.norm) && !adverbialAccusative(tokens[k]!.norm) && !pastOrObject(tokens[k]!.norm) && !tokens[k]!.norm.endsWith('ا')) || loneAfterRole)) {
    return scan.name(name.start, name.end, sentence, rule);
  }
  // الوزير الأول ، محمد العرباوي ،: the name set off by commas after the role.
  const apposed = title > 0 && titled?.kind !== 'kinship' ? appositiveName(ctx, tokens, k, sentence) : undefined;
  if (apposed) {
    scan.push({ type: 'PERSON', start: apposed.start, end: tokens[apposed.end - 1]!.end, rule: 'apposition' });
    return apposed.end;
  }
  // الرئيس الأسد :, الرئيس بري قال: a family name alone after the role.
  if (titled !== undefined && titled.kind !== 'kinship' && surnameAfterRole(ctx, tokens, title, sentence, context.key)) {
    scan.push({ type: 'PERSON', start: tokens[title]!.start, end: tokens[title]!.end, rule: 'title' });
    return title + 1;
  }
  // رئيس نادي الزمالك حسين لبيب: a role, the body it is held in, then the holder's name (two words or a known name).
  // (From where the name would start: المدير الرياضي لنادي بايرن ميونخ steps over the role's adjective first.)
  const bodyEnd = titled?.kind === 'role' ? afterBody(scan.bodies(), tokens, title, sentence) : -1;
  const bodyAfterCue = titled?.kind === 'role' && bodyEnd < 0 && cued > title ? afterBody(scan.bodies(), tokens, cued, sentence) : -1;
  const from = bodyEnd > 0 ? bodyEnd : bodyAfterCue;
  const holder = from > 0 ? readName(ctx, tokens, from, sentence, true) : undefined;
  if (holder && (holder.known > 0 || holder.end - from >= 2)) return scan.name(holder.start, holder.end, sentence, 'role-of-body');
  // وقال أنان إن …, وقال دان غيلرمان إن …: one or two unlisted words between a reporting verb and
  // what opens the statement are the speaker.
  const speaker = verb ? speakerEnd(ctx, tokens, k, sentence) : 0;
  if (speaker > 0) {
    scan.push({ type: 'PERSON', start: tokens[k]!.start, end: tokens[speaker - 1]!.end, rule: 'speaker' });
    return speaker;
  }
  return title > 0 ? title : i + 1;
}

/** Is every word of tokens [from, to) a listed name, one that is a word too included? */
function allListed(scan: PersonScan, from: number, to: number): boolean {
  const { people } = scan.ctx;
  for (let k = from; k < to; k++) {
    const n = scan.tokens[k]!.norm;
    if (!people.given.has(n) && !people.family.has(n) && !people.ambiguous.has(n)) return false;
  }
  return true;
}

/**
 * A feminine past verb or a verb with its object pronoun (صديقتها ذهبت, صديقته أسمياها): the sentence
 * going on after a kinship noun, not an unlisted name. Listed names in ت (حكمت) are read before this, and
 * transliterated ones end in -يت (هنرييت, جولييت), which no such verb does.
 */
function pastOrObject(n: string): boolean {
  return (n.endsWith('ت') && !n.endsWith('يت')) || n.endsWith('ها') || n.endsWith('هم') || n.endsWith('هما');
}

/**
 * The listed given name one or two words after an unlisted word behind ل at k (لسوديك أيمن, لبلاك روك
 * لاري), the words between bare and unlisted too; -1 when there is none.
 */
function bodyBeforeGiven(scan: PersonScan, k: number, sentence: Sentence): number {
  const { ctx, tokens } = scan;
  const first = tokens[k];
  const c = first?.clitics;
  if (first === undefined || c === undefined || c.article || c.prefixes.length !== 1 || c.prefixes[0] !== 'ل' || wordIs(ctx.people, first, GIVEN) || ctx.people.common.has(c.stem) || ctx.stop.has(c.stem)) return -1;
  for (let j = k + 1; j < sentence.tokenEnd && j <= k + 2; j++) {
    const t = tokens[j]!;
    // (A listed name read as written: لاري is no ل + اري.)
    if (t.kind === 'word' && wordIs(ctx.people, t, GIVEN) && !wordIs(ctx.people, t, COMMON)) return j;
    if (t.kind !== 'word' || t.clitics?.prefixes.length || t.norm.startsWith('ال')) return -1;
    if (wordIs(ctx.people, t, COMMON) || ctx.stop.has(t.norm)) return -1;
  }
  return -1;
}

/**
 * A one-word place at k right after a definite title (الناشطة, المنتجة) and before the rest of a name: the
 * name read from k + 1 (its first word listed, two words, a transliterated surname, or one word where a name
 * ends), or undefined.
 */
function placeAsFirstName(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): NameMatch | undefined {
  if (k < 1 || k + 1 >= sentence.tokenEnd || !tokens[k - 1]!.norm.startsWith('ال')) return undefined;
  const t = tokens[k]!;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || t.norm.startsWith('ال') || ctx.placeLength(k) !== 1 || !ctx.placeAsWritten(k)) return undefined;
  const rest = readName(ctx, tokens, k + 1, sentence, true);
  if (rest === undefined || rest.start !== tokens[k + 1]!.start) return undefined;
  return rest.known > 0 || rest.end - (k + 1) >= 2 || foreignSurnameShape(tokens[k + 1]!.norm) || nameEndsAfterOne(tokens, k + 2, sentence) ? rest : undefined;
}

/** Does the sentence end at j, or a mark or a preposition stand there? */
function nameEndsAfterOne(tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j];
  return t === undefined || j >= sentence.tokenEnd || t.kind === 'punct' || ONE_WORD_CLOSERS.has(t.norm);
}

/** Words after which a one-word surname has ended, normalized. */
const ONE_WORD_CLOSERS = new Set(['في', 'من', 'الي', 'مع', 'عن', 'علي', 'قد', 'ان']);
