import type { Sentence, Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { compoundAt } from './compound.js';
import { definiteSurnameAt, plausibleName } from './name-words.js';
import { accusative, derivedVerbalNoun, imperfectShape, lastLetter } from './word-shapes.js';
import { GIVEN, wordIs } from './word-classes.js';

/** The reading of a token as و + a bare word (وغانلوكا, وباتريك), if it has one. */
function andReading(t: Token): { start: number; stem: string } | undefined {
  for (const a of [t.clitics, ...(t.alternatives ?? [])]) {
    if (a && a.prefixes.length === 1 && a.prefixes[0] === 'و' && !a.article) return { start: a.baseStart, stem: a.stem };
  }
  return undefined;
}

/**
 * A list of people goes on with و: after a name, و + an unlisted name of two words or more is the next
 * person (بوفون وغانلوكا زامبروتا وديفد تريزيغيه). Listed given names behind و are read by the name
 * reader itself; this covers the transliterated ones a lexicon cannot list. One unlisted word behind و
 * is not enough (ونقل, وتعادل are the sentence going on).
 */
export function coordinatedName(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): { start: number; end: number } | undefined {
  const t = tokens[k];
  if (t === undefined || k + 1 >= sentence.tokenEnd || t.kind !== 'word' || t.script !== 'arabic') return undefined;
  const reading = andReading(t);
  if (reading === undefined) return undefined;
  const { stem } = reading;
  const { people } = ctx;
  // Transliterated given names may end in ا (غانلوكا, أندريا), so the accusative test of a first name is not used here.
  if (stem.length < 3 || stem.startsWith('ال') || imperfectShape(stem) || ctx.stop.has(stem) || people.common.has(stem) || people.verbs.has(stem)) return undefined;
  // ونائباه عادل عبد المهدي: a title with its pronoun (his two deputies) introduces the names after it.
  if (ctx.nisba.has(stem) || ctx.nisba.has('ال' + stem) || people.titles.startsWith(stem) || people.titles.startsWith('ال' + stem) || people.possessedTitles.has(stem)) return undefined;
  // A listed name behind و (ومحمد صلاح) is the name reader's; a listed given name after the word
  // (وإخراج عمرو عابدين) means the word is not part of the name.
  // So is a kunya behind و (وأبي مسلم الخراساني), which takes its byname there.
  if (people.given.has(stem) || people.family.has(stem) || ctx.connectors.has(stem)) return undefined;
  // وفدا سودانيا: the whole word in the accusative of a listed noun (a delegation) has no و to read off.
  if (t.norm.length >= 4 && t.norm.endsWith('ا') && people.common.has(t.norm.slice(0, -1))) return undefined;
  // ومرافقه الشيربا: a listed noun or title with the pronoun ه (his companion) is no first name.
  const owned = stem.endsWith('ه') ? stem.slice(0, -1) : '';
  if (owned.length >= 3 && (people.common.has(owned) || people.titles.startsWith(owned) || people.titles.startsWith('ال' + owned))) return undefined;
  // … unless the listed name after it ends the item, where the list goes on or the phrase closes (بسام
  // كوسا وكاريس بشار ومكسيم خليل, إيمان يوسف وسيران رياك بعرضه): a first name no list holds and a
  // surname spelled like a given name. (Not a verbal noun of a derived form: وإخراج عمرو.)
  if (wordIs(people, tokens[k + 1]!, GIVEN)) {
    // (Not where a second proclitic leaves a listed name: ولمحمد صلاح is و + ل + محمد.)
    const moreProclitics = [t.clitics, ...(t.alternatives ?? [])].some((a) => a !== undefined && a.prefixes.length > 1 && (a.prefixes[1] === 'ل' || a.prefixes[1] === 'ب') && (people.given.has(a.stem) || people.family.has(a.stem)));
    const closes = !moreProclitics && itemEndsAt(ctx, tokens, k + 2, sentence) && !derivedVerbalNoun(stem) && lastLetter(ctx.text, t) !== 0x0629 /* ة */ && !tokens[k + 1]!.clitics?.prefixes.length;
    return closes ? { start: reading.start, end: k + 2 } : undefined;
  }
  // One or two bare words of the name after it (زامبروتا, تريزيغيه): no proclitic, article or listed non-name.
  // وجمال عبد الناصر: a compound name (عبد الناصر, نور الدين) is the surname whole.
  const compound = compoundAt(ctx, tokens, k + 1, sentence, tokens[k + 1]!.norm);
  if (compound > 0) return { start: reading.start, end: k + 1 + compound };
  let end = k + 1;
  while (end < sentence.tokenEnd && end - k <= 2 && bareNameWord(ctx, tokens, end)) end++;
  // وعاصي الحلاني, وصابر الرباعي: or one unlisted family name with the article, of a family name's shape,
  // after a word that opens no compound (وعبد الرحمن الراشد is the name reader's) and has no verb's
  // shape of form VIII (واعتلى الليكود).
  // (Not a listed body: وأدرجته اليونسكو is a verb with its object and its subject.)
  if (end === k + 1 && stem !== 'عبد' && !ctx.connectors.has(stem) && !(stem.length >= 5 && stem.startsWith('ا') && stem.charCodeAt(2) === 0x062a /* ت */) && definiteSurnameAt(ctx, tokens, k + 1) && ctx.knownBodyEnd(k + 1) < 0) end = k + 2;
  return end > k + 1 ? { start: reading.start, end } : undefined;
}

function bareNameWord(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if ((t.clitics?.prefixes.length ?? 0) > 0 || t.norm.startsWith('ال') || t.norm.length < 3) return false;
  // تيمان إرديمي ابن شقيق الرئيس: a connector (ابن, بن, أبو) is a name's word only with a name after it,
  // which this bare reading does not look for: «son of» here describes the man.
  if (ctx.connectors.has(t.norm)) return false;
  // Written ة (جهوية, خطيرة), or an accusative of a listed word (أوروبيا, قريبا): an adjective, not a
  // surname; transliterated surnames may end in ا (زامبروتا).
  if (lastLetter(ctx.text, t) === 0x0629) return false;
  // وأدباء مهجريين: a plural nisba in -يين or -يون describes the noun before it; no name ends so.
  if (t.norm.length >= 6 && (t.norm.endsWith('يين') || t.norm.endsWith('يون'))) return false;
  // وفدا سودانيا: a country's nisba in the accusative (سوداني + ا) describes the noun before it.
  if (t.norm.endsWith('يا') && (ctx.nisba.has(t.norm.slice(0, -1)) || ctx.nisba.has('ال' + t.norm.slice(0, -1)))) return false;
  if (accusative(t.norm)) {
    const bare = t.norm.slice(0, -1);
    if (ctx.people.common.has(bare) || ctx.nisba.has(bare) || ctx.nisba.has('ال' + bare)) return false;
  }
  return plausibleName(ctx, tokens, j) && !ctx.people.titles.startsWith(t.norm) && !ctx.people.titles.startsWith('ال' + t.norm);
}

/** Does an item of a list of people end before token j: the sentence's end, a mark, the next item behind و, or a preposition? */
function itemEndsAt(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  if (j >= sentence.tokenEnd) return true;
  const t = tokens[j]!;
  if (t.kind === 'punct') return true;
  const first = t.clitics?.prefixes[0];
  return first === 'و' || first === 'ب' || first === 'ل' || ctx.stop.has(t.norm);
}
