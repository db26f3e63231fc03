// The complements of a body's name the chain reader weighs on their own: a trade and its place after an
// indefinite head (غرفة تجارة نابلس), a mandate's second object behind و (مقاومة الجدار والاستيطان), and
// the noun behind ل that names a field after a scope adjective (المؤسسة العامة لمياه الشرب).
import type { Sentence, Token } from '../../schema.js';
import { bareKey, NO_PREFIXES } from '../lexicon/token-forms.js';
import { derivedVerbalNoun } from '../person/word-shapes.js';
import type { ChainWords } from './chain-words.js';
import { definite, TIME_NOUNS } from './chain-edges.js';

/**
 * Do the words between an indefinite head and the place at `place` name a trade or a service (شركة
 * كهرباء القدس, مديرية زراعة نينوى, غرفة تجارة وصناعة نابلس)? One or two nouns, joined by و, none of
 * them an adjective (بعثة أوروبية), a verb (ستزور), another head (بعثة فريق أسيك) or a state's head
 * (حكومة جمهورية الصين, شرطة محافظة بابل: a state's bodies need a name of their own).
 */
export function tradeInPlace(tokens: readonly Token[], head: number, place: number, headKey: string, w: ChainWords): boolean {
  // لتنظيم فيضان نهر النيل: a head that is a verbal noun here is the act; مركز محافظة خراسان is its capital.
  if (definite(headKey) || w.org.stateHeads.has(headKey) || NOT_TRADES.has(headKey) || derivedVerbalNoun(headKey) || place - head > 4) return false;
  let nouns = 0;
  for (let k = head + 1; k < place; k++) {
    const t = tokens[k]!;
    const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
    if (prefixes.length > 0 && !(k > head + 1 && prefixes.length === 1 && prefixes[0] === 'و')) return false;
    const bare = bareKey(t);
    if (definite(bare) || bare.endsWith('ي') || bare.endsWith('يه') || /^س[يتنا]/.test(bare) || w.org.heads.has(bare) || w.org.stateHeads.has(bare) || w.org.squadNouns.has(bare) || HOLDERS.has(bare) || NOT_TRADES.has(bare) || w.isPlace(k) || w.isNamed(k) || w.org.placeCues.has(bare) || w.org.descriptors.startsWith(bare)) return false;
    nouns++;
  }
  // شركة أوربت السعودية: a place spelled like a country's adjective describes the name before it.
  // وكالة أنباء الأناضول: nor one that is a known body's name too; نادي ريال مدريد: nor the words and
  // the place a known name together (read as known).
  const placeKey = bareKey(tokens[place]!);
  if (w.org.known.match(tokens, head + 1, place + 1)?.next === place + 1) return false;
  return nouns >= 1 && nouns <= 2 && !w.nisba.has(placeKey) && w.org.known.match(tokens, place, place + 1) === null;
}

/** Nouns that take a place in other senses (مركز محافظة: its capital; مجموعة دول يوغسلافيا: lands), normalized. */
const NOT_TRADES = new Set(['مركز', 'دول', 'بلاد']);

/** Holders of an office, normalized, the women's too: مكتب رئيس بلدية القدس is his office, not a trade's body. */
export const HOLDERS: ReadonlySet<string> = new Set([
  'رئيس', 'نائب', 'وزير', 'مدير', 'امين', 'سفير', 'قائد', 'محافظ', 'ملك', 'امير', 'عمده', 'حاكم', 'مفتي', 'شيخ', 'مساعد', 'مستشار', 'وكيل',
  'رئيسه', 'نائبه', 'وزيره', 'مديره', 'امينه', 'سفيره', 'محافظه', 'مستشاره', 'وكيله',
]);

/** Is token k a definite noun with no proclitic, or و and a derived verbal noun (… لاستغلال وتوزيع المياه)? */
export function complementFollows(tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const t = k < sentence.tokenEnd ? tokens[k]! : undefined;
  if (t === undefined || t.kind !== 'word') return false;
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  if (prefixes.length === 0) return definite(t.norm);
  return prefixes.length === 1 && prefixes[0] === 'و' && !t.clitics!.article && derivedVerbalNoun(bareKey(t));
}

/**
 * هيئة مقاومة الجدار والاستيطان, هيئة مكافحة الفساد والرشوة: a definite word behind و is a second object
 * of the mandate right before the first (an indefinite verbal noun of the lists, in construct with it).
 */
export function secondObject(tokens: readonly Token[], head: number, j: number, lastGood: number, w: ChainWords): boolean {
  if (lastGood !== j - 1 || j - 2 <= head - 1 || j - 2 < head + 1) return false;
  const verbal = tokens[j - 2]!;
  const key = bareKey(verbal);
  return !verbal.clitics?.prefixes.length && !definite(key) && (w.org.mandates.has(key) || mufaala(key)) && definite(bareKey(tokens[j - 1]!));
}

/** A verbal noun of the pattern مفاعلة (مقاومة, مكافحة, مواجهة, معالجة), normalized with its ة as ه. */
function mufaala(key: string): boolean {
  return key.length === 6 && key.charCodeAt(0) === 0x0645 /* م */ && key.charCodeAt(2) === 0x0627 /* ا */ && key.endsWith('ه');
}

/**
 * A noun that may stand behind ل in construct with the body's field (لترقية التجارة, لمياه الشرب): a derived
 * verbal noun, or any noun no list holds as an adjective, a verb or a word of time.
 */
export function construableNoun(bare: string, w: ChainWords): boolean {
  if (derivedVerbalNoun(bare)) return true;
  return bare.length >= 3 && !bare.endsWith('ي') && !bare.endsWith('يه') && !w.verbs.has(bare) && !w.stop.has(bare) && !TIME_NOUNS.has(bare) && !w.nisba.has('ال' + bare);
}
