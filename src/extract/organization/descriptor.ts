import type { Sentence, Token } from '../../schema.js';
import { hasTanween, wordAt } from '../lexicon/scan.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { Candidate } from '../types.js';
import type { ChainWords } from './chain.js';

/** Media heads: their names are often one definite word (صحيفة الراية, نادي الزمالك). */
const DEFINITE_NAME_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'قناه', 'فضائيه', 'اذاعه', 'تلفزيون', 'تليفزيون', 'موقع', 'نادي', 'فريق', 'وكاله انباء']);

/** A word that may be part of a transliterated proper name: no article, no tanween, no other class. */
function nameWord(w: ChainWords, text: string, t: Token, i: number): boolean {
  return t.kind === 'word' && t.script === 'arabic' && !t.norm.startsWith('ال') && !t.clitics?.prefixes.length && !hasTanween(text, t) &&
    !w.stop.has(t.norm) && !w.verbs.has(t.norm) && !w.nisba.has(t.norm) && !w.org.heads.has(t.norm) && !w.org.pluralHeads.has(t.norm) && !w.isPlace(i);
}

/**
 * After a descriptor head (صحيفة, قناة, نادي, شركة, حركة …) the organization's own name stands alone and
 * the head stays outside the mention, as annotated corpora mark it: a known organization (حركة فتح),
 * a definite one-word media or club name (صحيفة الراية), or a run of up to three transliterated words
 * (شركة نوكيا, صحيفة نيويورك تايمز).
 */
export function descriptorName(tokens: readonly Token[], text: string, i: number, sentence: Sentence, w: ChainWords): Candidate | undefined {
  let headEnd = -1;
  let headKey = '';
  for (const form of tokenForms(tokens[i]!)) {
    if (form.article) continue;
    const m = w.org.descriptors.longest(form.key, i + 1, wordAt(tokens, sentence));
    if (m) {
      headEnd = m.end;
      headKey = tokens.slice(i + 1, m.end).reduce((k, t) => `${k} ${t.norm}`, form.key);
      break;
    }
  }
  if (headEnd < 0 || headEnd >= sentence.tokenEnd) return undefined;
  const first = tokens[headEnd]!;
  const known = w.org.known.longest(first.norm, headEnd + 1, wordAt(tokens, sentence));
  if (known) return { type: 'ORGANIZATION', start: first.start, end: tokens[known.end - 1]!.end, rule: 'descriptor-known', score: 1 };
  if (DEFINITE_NAME_HEADS.has(headKey) && first.norm.startsWith('ال') && !first.clitics?.prefixes.length && !hasTanween(text, first) &&
      !w.nisba.has(first.norm) && !w.org.scope.has(first.norm) && !w.stop.has(first.norm)) {
    return { type: 'ORGANIZATION', start: first.start, end: first.end, rule: 'descriptor-definite' };
  }
  let j = headEnd;
  while (j < sentence.tokenEnd && j - headEnd < 3 && (nameWord(w, text, tokens[j]!, j) || (j > headEnd && w.isPlace(j)))) j++;
  if (j === headEnd) return undefined;
  return { type: 'ORGANIZATION', start: first.start, end: tokens[j - 1]!.end, rule: 'descriptor-name' };
}
