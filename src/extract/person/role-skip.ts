// Where the name after a role begins: past what completes the role (الأمريكي, الخارجية, الأول, the
// country of وزير خارجية إسرائيل, the body behind ل or ب, a second title) — at most three steps.
import type { Sentence, Token } from '../../schema.js';
import { articleWritten } from '../common/spelling.js';
import { SON_OF } from './chain-guards.js';
import { titleAt } from './context.js';
import { readName, type NameContext } from './name-chain.js';
import { definiteGivenName } from './maghrebi-given.js';
import { lastLetter, withoutPronoun } from './word-shapes.js';
import { statementAfter } from './name-words.js';
import { DEFINITE_DIRECTIONS } from '../location/trigger-name.js';
import { COMMON, GIVEN, wordIs } from './word-classes.js';

/** المنتهية and المنتهي, normalized, and ولاية with a pronoun: «whose term is ending». */
const OUTGOING = new Set(['المنتهيه', 'المنتهي']);
const TERM_WITH_PRONOUN = new Set(['ولايته', 'ولايتها', 'ولايتهم']);

/** لدى as folded (ى → ي): 'to', of the state or body an envoy is accredited to. */
const ACCREDITED_TO = 'لدي';
/** إلى as folded: 'to', of where an envoy is sent (المبعوث الأممي إلى سوريا غير بيدرسن). */
const SENT_TO = 'الي';

/** The most words and phrases skipped between a role and its holder's name. */
const MAX_SKIPPED = 4;

/** The token where the name after the role ending at `k` begins (k itself when nothing is skipped). */
export function nameAfterRole(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): number {
  for (let skipped = 0; k < sentence.tokenEnd && skipped < MAX_SKIPPED; skipped++) {
    const w = tokens[k]!;
    // العميد المتحدث باسم الحوثيين يحيى سريع, الأمير مولاي رشيد: a second title after the first is
    // skipped whole.
    const inner = titleAt(ctx, tokens, k, sentence);
    if (inner !== undefined && inner.kind !== 'kinship' && (inner.end > k + 1 || (inner.kind === 'honorific' && inner.end > k))) {
      k = inner.end;
      continue;
    }
    // النائب عن محافظة كركوك أرشد الصالحي, النائب عن حزب الله علي فياض: the constituency after عن.
    const constituency = w.norm === 'عن' ? constituencyEnd(ctx, tokens, k + 1, sentence) : -1;
    if (constituency > k + 1) {
      k = constituency;
      continue;
    }
    // رئيسة بعثة اللجنة في اليمن دافني ماريه, سفير مصر في واشنطن: the post where the role is held, a
    // place or a listed body (مديرة المنح في المجلس الثقافي البريطاني سارة هيوز).
    // … or where an envoy is accredited, after لدى (السفيرة الأمريكية لدى العراق ألينا رومانوسكي), or
    // sent, after إلى (المبعوث الأمريكي إلى الشرق الأوسط ستيف ويتكوف).
    const post = (w.norm === 'في' || w.norm === ACCREDITED_TO || w.norm === SENT_TO) && k + 1 < sentence.tokenEnd ? ctx.placeLength(k + 1) || Math.max(0, ctx.knownBodyEnd(k + 1) - (k + 1)) : 0;
    if (post > 0 && skipped > 0 && k + 1 + post < sentence.tokenEnd) {
      k += 1 + post;
      continue;
    }
    // الرئيس المنتهية ولايته ماكي سال: the outgoing holder, «whose term is ending».
    if (OUTGOING.has(w.norm) && k + 1 < sentence.tokenEnd && TERM_WITH_PRONOUN.has(tokens[k + 1]!.norm)) {
      k += 2;
      continue;
    }
    // العالم الأمريكي من أصل أردني عمر ياغي: the origin after من أصل.
    if (w.norm === 'من' && k + 2 < sentence.tokenEnd && tokens[k + 1]!.norm === 'اصل' && ctx.nisba.has('ال' + tokens[k + 2]!.norm)) {
      k += 3;
      continue;
    }
    // المفوض المكلف بالتجارة فالديس دومبروفسكيس, المسؤول عن الملف: the charge the role holds.
    const charge = CHARGED.has(w.norm) ? chargeEnd(tokens, k + 1, sentence) : -1;
    if (charge > k + 1) {
      k = charge;
      continue;
    }
    // على يد جند طاهر بن الحسين, أمثال حنين بن إسحاق: an unlisted bare word before a listed given name
    // and بن governs the name (his soldiers, the likes of): a lineage has no word between the name and بن.
    if (governsLineage(ctx, tokens, k, sentence)) {
      k++;
      continue;
    }
    // الطبيب الدمشقي ابن النفيس: a nisba after the role, before a name that opens with ابن or أبو, is
    // the role's adjective (a Maghrebi given name with the article, المهدي بن بركة, is listed).
    if (nisbaBeforeConnector(ctx, tokens, k, sentence)) {
      k++;
      continue;
    }
    // الفقيه المالكي عياض بن موسى: a school's nisba before a name of two words or a listed one is the
    // role's adjective (alone, الإمام الشافعي is the man).
    if (ctx.people.schools.has(w.norm) && !w.clitics?.prefixes.length && k + 1 < sentence.tokenEnd) {
      const name = readName(ctx, tokens, k + 1, sentence, true);
      if (name !== undefined && (name.known > 0 || name.end - k >= 3)) {
        k++;
        continue;
      }
    }
    // بحضور رئيسها فضلو خوري: a role with the pronoun of the body it is held in.
    if (roleWithPronoun(ctx, w)) {
      k++;
      continue;
    }
    // وزير دفاعه هواري بومدين, وزيرة خارجيتها: right after the role, the portfolio with the pronoun of whom
    // the minister serves.
    if (skipped === 0 && portfolioWithPronoun(ctx, w)) {
      k++;
      continue;
    }
    // المتحدث باسم لوكهيد مارتن جوزيف ستيوارت, رئيس أرامكو أمين الناصر: the listed body the role is held in.
    // (Only when a name follows it: وزير المالية إينوك غودونغوانا is no minister of ENOC.)
    const known = ctx.knownBodyEnd(k);
    // زعيم طالبان الملا محمد عمر: the body, then the holder's own title.
    if (known > k && known + 1 < sentence.tokenEnd && titleAt(ctx, tokens, known, sentence) !== undefined) {
      k = known;
      continue;
    }
    const holder = known > k && known < sentence.tokenEnd ? readName(ctx, tokens, known, sentence, true) : undefined;
    if (holder !== undefined && (holder.known > 0 || holder.end - known >= 2)) {
      k = known;
      continue;
    }
    // محافظ صلاح الدين بدر الفحل: after the title of a place's governor, a place named like a man is the place.
    if (skipped === 0 && k > sentence.tokenStart && GOVERNORS.has(tokens[k - 1]!.norm) && ctx.menPlaceAt(k) && k + 2 < sentence.tokenEnd) {
      k += 2;
      continue;
    }
    // (بورنو, كانو: a place whose first letter the splitter read as a proclitic, matched as written.)
    const place = w.clitics?.prefixes.length && !ctx.placeAsWritten(k) ? 0 : ctx.placeLength(k);
    // … and the body the role is held in, behind ل or ب (الرئيس التنفيذي للشركة أمين الناصر).
    const body = w.clitics?.article === true && w.clitics.prefixes.length === 1 && (w.clitics.prefixes[0] === 'ل' || w.clitics.prefixes[0] === 'ب');
    // العربي بن زيان: a word before بن is the given name, however it is written.
    const beforeSonOf = k + 1 < sentence.tokenEnd && SON_OF.has(tokens[k + 1]!.norm);
    // وزير خارجية إسرائيل, رئيس وزراء بريطانيا: an indefinite common noun the role governs, and the place
    // it governs in turn, are the rest of the role.
    // So is a definite common noun after it (المتحدث باسم حكومة الإقليم بيشوا هوراماني).
    const governs = place === 0 && !body && !w.clitics?.prefixes.length && (wordIs(ctx.people, w, COMMON) || (lastLetter(ctx.text, w) === 0x0629 /* ة: خارجية */ && !wordIs(ctx.people, w, GIVEN))) && !articleWritten(ctx.text, w);
    const object = tokens[k + 1];
    const commonObject = object !== undefined && k + 1 < sentence.tokenEnd && !object.clitics?.prefixes.length && articleWritten(ctx.text, object) && (wordIs(ctx.people, object, COMMON) || ctx.people.common.has(object.norm.slice(2)));
    const governed = governs ? ctx.placeLength(k + 1) || (commonObject ? 1 : 0) : 0;
    if (governed > 0 && k + 1 + governed <= sentence.tokenEnd) {
      k += 1 + governed;
      continue;
    }
    // وزير الأشغال العامة والإسكان الفلسطيني: a second portfolio joined by و, when the role's adjective
    // follows it (ثورة الملك والشعب ذكرى names no one).
    const after = tokens[k + 1];
    // … or when a name with a listed word follows it and ends before the statement or a mark (وزير الطاقة
    // والمياه جو صدي إن).
    const andDefinite = w.clitics?.article === true && w.clitics.prefixes.length === 1 && w.clitics.prefixes[0] === 'و' && after !== undefined && k + 1 < sentence.tokenEnd;
    const portfolio = andDefinite && (articleWritten(ctx.text, after) || holderBeforeStatement(ctx, tokens, k + 1, sentence));
    // الرئيس الجنوب أفريقي سيريل رامافوزا: a compound nisba (a direction, then a nisba without the article).
    const compoundNisba = skipped > 0 && !w.clitics?.prefixes.length && w.norm.length >= 4 && w.norm.endsWith('ي') && DEFINITE_DIRECTIONS.has(tokens[k - 1]!.norm);
    if (compoundNisba) {
      k++;
      continue;
    }
    if (beforeSonOf || readName(ctx, tokens, k, sentence, false) || !(articleWritten(ctx.text, w) || place > 0 || body || portfolio) || (ctx.stop.has(w.norm) && !ctx.people.ordinals.has(w.norm)) || definiteGivenName(ctx, tokens, k, sentence) > 0) break;
    k += Math.max(1, place);
  }
  return k;
}

/** The second words of honorific names (سيف الدولة, نظام الملك, بديع الزمان), normalized. */
const LAQAB_ENDS = new Set(['الدوله', 'الملك', 'الزمان']);

function nisbaBeforeConnector(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const w = tokens[k]!;
  const n = w.norm;
  const { people } = ctx;
  if (k + 2 >= sentence.tokenEnd || w.kind !== 'word' || w.clitics?.prefixes.length || !n.startsWith('ال') || !n.endsWith('ي') || n.length < 5) return false;
  // الأمير الحمداني سيف الدولة: before an honorific name of the state, the realm or the age (a laqab), a
  // dynasty's nisba is the title's adjective, though a family bears it too.
  if (!tokens[k + 1]!.clitics?.prefixes.length && LAQAB_ENDS.has(tokens[k + 2]!.norm) && !tokens[k + 1]!.norm.startsWith('ال')) return true;
  // (Or a listed given name and بن: الطبيب الصقلي فرج بن سالم. A family name stands after the lineage,
  // not before it, so a family's nisba there is the role's too.)
  if (!people.definiteGiven.has(n) && !people.given.has(n) && people.given.has(tokens[k + 1]!.norm) && k + 3 < sentence.tokenEnd && SON_OF.has(tokens[k + 2]!.norm)) return true;
  if (people.definiteGiven.has(n) || people.given.has(n) || people.family.has(n) || people.familyWords.has(n)) return false;
  return ctx.connectors.has(tokens[k + 1]!.norm) && tokens[k + 1]!.norm !== 'ال';
}

function governsLineage(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const w = tokens[k]!;
  const { given, family, ambiguous } = ctx.people;
  if (k + 2 >= sentence.tokenEnd || w.kind !== 'word' || w.clitics?.prefixes.length || w.norm.startsWith('ال') || given.has(w.norm) || family.has(w.norm) || ambiguous.has(w.norm) || ctx.connectors.has(w.norm)) return false;
  const name = tokens[k + 1]!;
  return (given.has(name.norm) || ambiguous.has(name.norm)) && !name.clitics?.prefixes.length && SON_OF.has(tokens[k + 2]!.norm);
}

/** Marks that close a holder's name inside the sentence (a full stop may end a phrase that names no one). */
const HOLDER_CLOSERS = new Set(['،', ',', ':', '(']);

/** A name with a listed word at k, closed by the statement or a mark after it (جو صدي إن, بسام مولوي ،). */
function holderBeforeStatement(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const name = readName(ctx, tokens, k, sentence, true);
  if (name === undefined || name.known === 0 || name.end >= sentence.tokenEnd) return false;
  return statementAfter(tokens, name.end - 1) || HOLDER_CLOSERS.has(tokens[name.end]!.norm);
}

/** Most words of a constituency after عن (محافظة كركوك, حزب الله, الدائرة الأولى). */
const CONSTITUENCY_WORDS = 3;

/**
 * One past the constituency that starts at j after عن: places, definite words, and the nouns that no
 * name is (محافظة, كتلة: a noun in ة, a head or a place noun); j when there is none.
 */
function constituencyEnd(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): number {
  let m = j;
  while (m < sentence.tokenEnd && m - j < CONSTITUENCY_WORDS) {
    const t = tokens[m]!;
    if (t.kind !== 'word' || t.clitics?.prefixes.length) break;
    const place = ctx.placeLength(m);
    if (place > 0) {
      m += place;
      continue;
    }
    if (!(articleWritten(ctx.text, t) || lastLetter(ctx.text, t) === 0x0629 /* ة */ || ctx.notName(m)) || wordIs(ctx.people, t, GIVEN)) break;
    m++;
  }
  return m;
}

/** Possessive pronouns a role may carry, longest first. */
const POSSESSIVE_PRONOUNS = ['ها', 'هم', 'ه'];

/** A role with a possessive pronoun (رئيسها, مديره): the role of the body named before it. */
/** Titles of a place's governor, normalized: the place they govern follows them. */
const GOVERNORS = new Set(['محافظ', 'حاكم', 'والي', 'عمده', 'قائمقام']);

/** A listed common noun with a possessive pronoun, no proclitic (دفاعه, خارجيتها: ت of ة before the pronoun). */
function portfolioWithPronoun(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || n.startsWith('ال') || (lastLetter(ctx.text, t) !== 0x0647 /* ه */ && !n.endsWith('هم'))) return false;
  const stem = withoutPronoun(n);
  if (stem === n) return false;
  return ctx.people.common.has(stem) || (stem.endsWith('ت') && ctx.people.common.has(`${stem.slice(0, -1)}ه`));
}

function roleWithPronoun(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  // Every pronoun here ends in ه or م: most words are settled by their last letter.
  const last = n.charCodeAt(n.length - 1);
  if (last !== 0x0647 && last !== 0x0627 && last !== 0x0645) return false;
  for (const pronoun of POSSESSIVE_PRONOUNS) {
    if (!n.endsWith(pronoun) || n.length - pronoun.length < 3) continue;
    const stem = n.slice(0, -pronoun.length);
    if (ctx.people.titles.longest('ال' + stem, 0, () => undefined)?.value === 'role') return true;
  }
  return false;
}

/** Participles of charge after a role (المكلف, المسؤول), normalized. */
const CHARGED = new Set(['المكلف', 'المكلفه', 'المسؤول', 'المسوول', 'المسؤوله', 'المعني', 'المعنيه']);

/** One past the charge after such a participle: a word behind ب (بالتجارة), or عن and its object; j if none. */
function chargeEnd(tokens: readonly Token[], j: number, sentence: Sentence): number {
  const t = tokens[j];
  if (t === undefined || j >= sentence.tokenEnd || t.kind !== 'word') return j;
  if (t.clitics?.prefixes.length === 1 && t.clitics.prefixes[0] === 'ب' && t.clitics.article) return j + 1;
  return t.norm === 'عن' && j + 1 < sentence.tokenEnd && tokens[j + 1]!.norm.startsWith('ال') ? j + 2 : j;
}
