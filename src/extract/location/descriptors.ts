import { perKeyer } from '../../text/lexicon-key.js';
import type { Token } from '../../schema.js';
import descriptors from './data/descriptors.json';
import { PhraseTrie, phraseWords } from '../lexicon/phrase-trie.js';
import { bareForm } from '../lexicon/token-forms.js';

interface Descriptors {
  before: PhraseTrie<true>;
  after: ReadonlySet<string>;
}

const load = perKeyer((key): Descriptors => {
  const before = new PhraseTrie<true>();
  for (const w of descriptors.before) before.add(phraseWords(w, key), true);
  return { before, after: new Set(descriptors.after.map(key)) };
});

/**
 * The name proper inside a lexicon match: a leading descriptor (قطاع غزة, جنوب لبنان, مدينة مشهد) and a
 * trailing epithet (مكة المكرمة) stay outside the mention, as the corpora we score on annotate places.
 * Returns token indexes [from, to); the whole match when nothing is left after trimming.
 */
export function trimDescriptors(key: (s: string) => string, tokens: readonly Token[], from: number, to: number): [number, number] {
  const d = load(key);
  let start = from;
  const lead = d.before.longest(bareForm(tokens[from]!).key, from + 1, (i) => (i < to ? tokens[i]!.norm : undefined));
  if (lead && lead.end < to) start = lead.end;
  let end = to;
  if (end - start > 1 && d.after.has(tokens[end - 1]!.norm)) end--;
  return [start, end];
}
