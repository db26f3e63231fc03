// The byname a person is known by: المعروف بالمتنبي, الشهير بالبحتري. After a word of being known or
// called (naming-words.json), ب and one definite word of nisba shape that no list claims is the byname
// itself; listed names there are read by the name chain (المعروف بمحمد الفاتح).
import { keyedSetOf } from '../common/words.js';
import { bareKey, someReadingIn } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { NameContext } from './name-chain.js';
import { COMMAS } from './apposed-speaker.js';

/** The words of «nicknamed» (الملقب, الملقبة, لقب, يلقب, تلقب), keyed per normalization. */
const laqabSet = keyedSetOf(['الملقب', 'الملقبة', 'لقب', 'يلقب', 'ولقب', 'تلقب', 'وتلقب']);

/**
 * The words of being given a kunya, keyed: after them ب and أبي, أبو or أم open the kunya a person is
 * known by (المكنى بأبي علي, المكناة بأم البنين). After the other words of being known, only with a
 * listed given name (المعروف بأبي بكر): المعروفة بأم الدنيا is Egypt.
 */
const kunyaCueSet = keyedSetOf(['المكنى', 'المكناة', 'كني', 'كنيت', 'يكنى', 'تكنى', 'ويكنى', 'وكني']);
const knownAsCueSet = keyedSetOf(['المعروف', 'المعروفة', 'عرف', 'عرفت', 'يعرف', 'تعرف', 'المشهور', 'المشهورة', 'الشهير', 'الشهيرة', 'اشتهر', 'اشتهرت', 'الملقب', 'الملقبة', 'لقب']);

/** ب and أم, normalized, written as one word too short to split. */
const SHORT_KUNYA = 'بام';

/** The words that open a kunya, normalized: أبي, أبو, أم. */
const KUNYA = new Set(['ابي', 'ابو', 'ام']);

/** Is token k a punctuation mark that closes an apposition (، , ( .)? */
function closesApposition(tokens: ExtractContext['tokens'], k: number, end: number): boolean {
  if (k >= end) return true;
  const t = tokens[k]!;
  return t.kind === 'punct' && (COMMAS.has(t.norm) || t.norm === '(' || t.norm === '.');
}

/** PERSON candidates for one-word bynames after a word of naming and ب. */
export function findBynames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const laqabWords = laqabSet(context.key);
  const kunyaCues = kunyaCueSet(context.key);
  const knownAsCues = knownAsCueSet(context.key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      // The word after first (بال…): one test on most tokens, the naming word's readings only then.
      const t = tokens[i + 1]!;
      const c = t.clitics;
      // بأم is too short for the clitic splitter: its ب is read here.
      if (t.kind === 'word' && c === undefined && t.norm === SHORT_KUNYA) {
        const kunya = kunyaAt(context, ctx, i, s.tokenEnd, kunyaCues, knownAsCues, 'ام');
        if (kunya > 0) out.push({ type: 'PERSON', start: t.start + 1, end: tokens[kunya - 1]!.end, rule: 'byname' });
        continue;
      }
      if (t.kind !== 'word' || c === undefined || c.prefixes.length !== 1 || c.prefixes[0] !== 'ب') continue;
      if (!c.article) {
        const kunya = kunyaAt(context, ctx, i, s.tokenEnd, kunyaCues, knownAsCues, c.stem);
        if (kunya > 0) out.push({ type: 'PERSON', start: c.baseStart, end: tokens[kunya - 1]!.end, rule: 'byname' });
        continue;
      }
      if (!someReadingIn(tokens[i]!, ctx.people.naming)) continue; // its readings, none built
      const definite = `ال${c.stem}`;
      // الملقب بالفاتح, الملقب بالسفاح: after «nicknamed» any definite word is the byname, a common one too;
      // after the other words of naming only one of nisba shape (المعروف بالمتنبي; المعروف بالكرم is a trait).
      const laqab = someReadingIn(tokens[i]!, laqabWords);
      // A nisba of people or place (بالمصري), a listed word (بالقاضي, بالعربي) or a title is no byname.
      // (After «nicknamed» a word spelled like a place is the byname all the same: وتلقب بالمنصور.)
      if (c.stem.length < 4 || ctx.nisba.has(definite) || ctx.people.titles.startsWith(definite) || (!laqab && ctx.isPlace(i + 1))) continue;
      // تماضر ، الشهيرة بالخنساء ، شاعرة: set off by commas after a name, the byname need not be a nisba.
      const apposed = i - 1 > s.tokenStart && tokens[i - 1]!.kind === 'punct' && COMMAS.has(tokens[i - 1]!.norm) && closesApposition(tokens, i + 2, s.tokenEnd) && nameEndBefore(ctx, tokens, i - 2, s.tokenStart);
      if (!laqab && ((!c.stem.endsWith('ي') && !apposed) || ctx.people.common.has(c.stem) || ctx.people.common.has(definite))) continue;
      // المعروف بالمتنبي ( 303 - 354 هـ ): the byname ends there; a word after it would make it a phrase.
      const next = tokens[i + 2];
      if (next !== undefined && i + 2 < s.tokenEnd && next.kind === 'word' && next.norm.startsWith('ال')) continue;
      out.push({ type: 'PERSON', start: c.baseStart, end: t.end, rule: 'byname' });
    }
  }
  return out;
}

/**
 * The end of a kunya after the naming word at i and ب + أبي, أبو or أم at i + 1 (المكنى بأبي علي,
 * المكناة بأم البنين, ويكنى بأبي عبد الله): the word after it, with the name a compound in عبد opens;
 * -1 when there is none, or the words are a listed place (ولد بأم درمان is no kunya).
 */
function kunyaAt(context: ExtractContext, ctx: NameContext, i: number, end: number, kunyaCues: ReadonlySet<string>, knownAsCues: ReadonlySet<string>, stem: string): number {
  const { tokens } = context;
  if (!KUNYA.has(stem) || i + 2 >= end || ctx.isPlace(i + 1)) return -1;
  const object = tokens[i + 2]!;
  if (object.kind !== 'word' || object.clitics?.prefixes.length) return -1;
  const given = ctx.people.given.has(object.norm);
  if (!someReadingIn(tokens[i]!, kunyaCues) && !(given && someReadingIn(tokens[i]!, knownAsCues))) return -1;
  // (علي is a name, though على folds to it.)
  if (ctx.stop.has(object.norm) && !given) return -1;
  const compound = object.norm === 'عبد' && i + 3 < end && tokens[i + 3]!.kind === 'word';
  return compound ? i + 4 : i + 3;
}

/**
 * Could the word at k, before an apposition, end a person's name: a word no list holds as a common noun,
 * or a nisba (السلمية, الحكمي) after one? (الشركة ، المعروفة بالجودة: a trait of a thing; المدينة
 * العربية ، المعروفة بالشهباء: a city's epithet.)
 */
function nameEndBefore(ctx: NameContext, tokens: ExtractContext['tokens'], k: number, start: number): boolean {
  const t = tokens[k]!;
  const n = t.norm;
  if (t.kind !== 'word' || ctx.nisba.has(n)) return false;
  if ((n.endsWith('ي') || n.endsWith('يه')) && k > start) return notCommon(ctx, tokens[k - 1]!);
  return notCommon(ctx, t);
}

/** Is the token a word that no list holds as a common noun, with or without its article? */
function notCommon(ctx: NameContext, t: ExtractContext['tokens'][number]): boolean {
  const n = bareKey(t);
  return t.kind === 'word' && !someReadingIn(t, ctx.people.common) && !ctx.people.common.has(n) && !ctx.people.common.has(n.startsWith('ال') ? n.slice(2) : n);
}
