// Two companies named after a dual company noun: شركتي أكوا باور السعودية ومصدر الإماراتية, شركتي
// كاليون وجنكيز التركيتين, شركتي الجنيد وتراديف. The dual says two names follow, joined by و, so words no
// list holds are the companies' names, whatever they spell; each may take its country's adjective.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey, someReadingIn } from '../lexicon/token-forms.js';
import { hasTanween } from '../lexicon/scan.js';
import type { Candidate, ExtractContext } from '../types.js';

// (Not مصرفي or بنكي: more often the adjective, نظام مصرفي شامل.)
/** Dual nouns of companies and groups, genitive and nominative. */
const DUAL_COMPANIES = keyedSetOf(['شركتي', 'شركتا', 'مجموعتي', 'مجموعتا']);

/** Words of a company's name at most, before و and after it. */
const MAX_WORDS = 3;

export interface DualCompanyWords {
  /** A word of the lists (function word, verb, common word, title, head): no company's name. */
  isWord: (norm: string) => boolean;
  /** Country adjectives, normalized, every inflection (السعودية, التركيتين). */
  nisba: ReadonlyMap<string, string>;
  /** Is a listed place at token j (شركتي مصر: a place names no company here)? */
  isPlace: (j: number) => boolean;
}

/** Is token j a word of a name: Arabic, no tanween, no word of the lists, no country's adjective? */
function nameWord(text: string, tokens: readonly Token[], j: number, w: DualCompanyWords, bare: string): boolean {
  const t = tokens[j]!;
  // رونو وستيلانتيس رفعتا إنتاجهما: a dual verb or a noun with its pronoun is the sentence going on.
  if (bare.length >= 5 && (bare.endsWith('تا') || bare.endsWith('ها') || bare.endsWith('هما') || bare.endsWith('هم'))) return false;
  return t.kind === 'word' && t.script === 'arabic' && bare.length >= 2 && !hasTanween(text, t) && !w.isWord(bare) && !w.isWord(bare.replace(/^ال/, '')) && !w.nisba.has(bare);
}

/**
 * ومصدر الإماراتية: a masculine word followed by a feminine country's adjective does not agree with it, so
 * the adjective is the company's (a شركة), and the word is its name though it spells a common noun.
 */
function companyByAgreement(text: string, tokens: readonly Token[], k: number, s: Sentence, w: DualCompanyWords): boolean {
  const next = tokens[k + 1];
  if (next === undefined || k + 1 >= s.tokenEnd || next.clitics?.prefixes.length || !next.norm.startsWith('ال') || !w.nisba.has(next.norm)) return false;
  const last = text.charCodeAt(next.end - 1);
  const feminine = last === 0x0629 /* ة */ || (next.norm.endsWith('يه') && last === 0x0647);
  const t = tokens[k]!;
  return feminine && t.kind === 'word' && t.script === 'arabic' && text.charCodeAt(t.end - 1) !== 0x0629 && !hasTanween(text, t);
}

/** Where the name from j ends: name words, then its country's adjective left out (one past the last name word), or -1. */
function nameEnd(text: string, tokens: readonly Token[], j: number, s: Sentence, w: DualCompanyWords, first: boolean): number {
  let k = j;
  while (k < s.tokenEnd && k - j < MAX_WORDS) {
    const t = tokens[k]!;
    // The second name opens behind و; inside a name no proclitic stands.
    const joined = !first && k === j;
    const prefixes = t.clitics?.prefixes ?? [];
    // (Nor an adjective with the article after the first word: تراديف المرتبطتين.) A first letter read as a
    // proclitic is the name's own where the rest is no word (أكوا باور).
    if (k > j && (t.norm.startsWith('ال') || (prefixes.length > 0 && (prefixes[0] === 'و' || w.isWord(t.clitics!.stem))))) break;
    if (joined && !(prefixes.length === 1 && prefixes[0] === 'و')) return -1;
    const bare = joined ? bareKey(t) : t.norm;
    if (!nameWord(text, tokens, k, w, bare) && !(k === j && companyByAgreement(text, tokens, k, s, w))) break;
    k++;
  }
  return k > j ? k : -1;
}

/** ORGANIZATION candidates for the two companies after a dual company noun. */
export function findDualCompanies(context: ExtractContext, w: DualCompanyWords): Candidate[] {
  const { tokens, text } = context;
  const duals = DUAL_COMPANIES(context.key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i + 3 < s.tokenEnd; i++) {
      const t = tokens[i]!;
      // A dual ends in ي or ا: one character read settles most tokens before any lookup.
      const last = t.norm.charCodeAt(t.norm.length - 1);
      if (t.kind !== 'word' || (last !== 0x064a && last !== 0x0627) || t.norm.length < 5 || !someReadingIn(t, duals)) continue;
      const firstEnd = nameEnd(text, tokens, i + 1, s, w, true);
      if (firstEnd < 0 || w.isPlace(i + 1)) continue;
      // The first company's country may stand before و (أكوا باور السعودية ومصدر).
      const second = firstEnd < s.tokenEnd && w.nisba.has(tokens[firstEnd]!.norm) ? firstEnd + 1 : firstEnd;
      if (second >= s.tokenEnd) continue;
      const secondEnd = nameEnd(text, tokens, second, s, w, false);
      if (secondEnd < 0 || w.isPlace(second)) continue;
      const joined = tokens[second]!.clitics!;
      out.push({ type: 'ORGANIZATION', start: tokens[i + 1]!.start, end: tokens[firstEnd - 1]!.end, rule: 'dual-companies', score: -1 });
      out.push({ type: 'ORGANIZATION', start: joined.baseStart, end: tokens[secondEnd - 1]!.end, rule: 'dual-companies', score: -1 });
      i = secondEnd - 1;
    }
  }
  return out;
}
