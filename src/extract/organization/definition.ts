// The subject of an encyclopedia definition of a body: «أرامكو شركة نفط سعودية», «الوداد نادٍ مغربي».
import { NO_PREFIXES } from '../lexicon/token-forms.js';
import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import type { Candidate } from '../types.js';
import { afterCopula, nationalityAfter } from '../common/definition.js';

/** How many words a defined name may have (الاتحاد العام التونسي للشغل). */
const MAX_NAME_WORDS = 5;

export interface BodyDefinitionWords {
  /** Indefinite nouns of bodies that define (شركة, منظمة, حزب, نادي …), normalized. */
  nouns: ReadonlySet<string>;
  /** Nisba adjectives in every inflection → country. */
  nisba: ReadonlyMap<string, string>;
  /** Words no name is made of: function words, verbs, common words. */
  notName: (t: Token) => boolean;
  /** Head nouns of bodies (حركة, نادي, مؤسسة …), normalized, with and without the article. */
  heads: ReadonlySet<string>;
  /** Words no name is made of even after a head: function words and verbs. */
  notWord: (t: Token) => boolean;
  /** Is this normalized word a noun of outlets (صحيفة, قناة, وكالة …)? One common word with the article names one. */
  outlet: (norm: string) => boolean;
}

/** Pronouns, bare or behind و or ف, normalized: وهي شركة اتصالات has no name before the noun. */
const PRONOUNS = new Set(['هو', 'هي', 'هم', 'وهو', 'وهي', 'وهم', 'فهو', 'فهي', 'فهم']);

/** One word with the article as written, no proclitic, no function word or verb: an outlet's name of one word. */
function outletName(text: string, t: Token, w: BodyDefinitionWords): boolean {
  return t.kind === 'word' && t.script === 'arabic' && !t.clitics?.prefixes.length && t.norm.startsWith('ال') && text.charCodeAt(t.start) === 0x0627 && !w.notWord(t);
}

/** A word of a body's name: an Arabic word with no tanween that no word list claims; و only inside. */
function nameWord(text: string, t: Token, first: boolean, headed: boolean, w: BodyDefinitionWords): boolean {
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  if (t.kind !== 'word' || t.script !== 'arabic' || hasTanween(text, t) || PRONOUNS.has(t.norm) || (headed ? w.notWord(t) : w.notName(t))) return false;
  return prefixes.length === 0 || (!first && (prefixes.join('') === 'و' || prefixes.join('') === 'ل'));
}

/**
 * A sentence that opens with one to five name words, then (هي / هو and) an indefinite noun of a body
 * with a nationality after it: the name is an organization, as encyclopedias open an article on one. A
 * name may open with a head noun itself (نادي الشعلة الرياضي نادٍ سعودي), and then any word but a function
 * word or a verb is part of it.
 */
export function findDefinedBodies(text: string, tokens: readonly Token[], sentences: readonly Sentence[], w: BodyDefinitionWords): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (s.skip) continue;
    let end = s.tokenStart;
    // حركة الأمل الديمقراطي حركة سياسية تونسية: a name that opens with a head takes common words after it.
    const first = tokens[end]!;
    const headed = !first.clitics?.prefixes.length && w.heads.has(first.norm);
    if (headed) end++;
    while (end < s.tokenEnd && end - s.tokenStart < MAX_NAME_WORDS && nameWord(text, tokens[end]!, end === s.tokenStart, headed, w) && !w.nouns.has(tokens[end]!.norm)) end++;
    // النهار صحيفة لبنانية: an outlet is named by a common word with the article, alone before its noun.
    if (end === s.tokenStart && s.tokenStart + 1 < s.tokenEnd && w.outlet(tokens[s.tokenStart + 1]!.norm) && outletName(text, first, w)) end++;
    if (end === s.tokenStart || end >= s.tokenEnd || w.nisba.has(tokens[end - 1]!.norm) && end - s.tokenStart === 1) continue;
    const k = afterCopula(tokens, end, s);
    if (k >= s.tokenEnd || !w.nouns.has(tokens[k]!.norm) || !nationalityAfter(tokens, k, s, w.nisba)) continue;
    out.push({ type: 'ORGANIZATION', start: tokens[s.tokenStart]!.start, end: tokens[end - 1]!.end, rule: 'definition', score: 1 });
  }
  return out;
}
