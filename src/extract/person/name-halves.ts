// The halves of one name read apart: side by side (كالونزو موسيوكا, each read as a family name), or
// around a father's name that is a word too (عبد الرحيم خلف الجبوري: خلف, «behind», stops the chain, and
// the family name after it is then read alone), or overlapping (two readings sharing a word). Together
// they are one name.
import type { Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { NameContext } from './name-chain.js';
import { firstEndingAfter } from '../../segment/spans.js';
import { personAfterSurname } from './second-person.js';
import { AMBIGUOUS, GIVEN, wordIs } from './word-classes.js';

/** Names joining two person candidates side by side or across a father's name; the overlap stage keeps the longer. */
export function joinNameHalves(context: ExtractContext, ctx: NameContext, people: readonly Candidate[]): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  const sorted = people.filter((p) => p.type === 'PERSON').sort((a, b) => a.start - b.start);
  for (let n = 1; n < sorted.length; n++) {
    const a = sorted[n - 1]!;
    const b = sorted[n]!;
    // كريستيانو رونالدو and رونالدو دوس سانتوس أفيرو: two readings that share words are one longer name.
    if (b.start > a.start && b.start < a.end && b.end > a.end) {
      out.push({ type: 'PERSON', start: a.start, end: b.end, rule: 'name-chain' });
      continue;
    }
    const last = tokenEndingAt(tokens, a.end);
    if (last < 0 || last + 1 >= tokens.length) continue;
    // كالونزو موسيوكا, read as two family names: two names side by side are one.
    const next = tokens[last + 1]!;
    // Only a one-word second half: two names of several words side by side are as often two people
    // (بين أنان محمود عباس) or a title and a name (أمير البحر خير الدين بربروس).
    // Not a foreign family name after an Arab one of the article (التقى أحمد الشرع ترامب: two people).
    const another = last > 0 && personAfterSurname(ctx, tokens[last - 1]!, tokens[last]!, next);
    if (next.start === b.start && next.end === b.end && next.sentence === tokens[last]!.sentence && next.kind === 'word' && !another) {
      out.push({ type: 'PERSON', start: a.start, end: b.end, rule: 'name-chain' });
      continue;
    }
    if (last + 2 >= tokens.length) continue;
    const father = tokens[last + 1]!;
    const family = tokens[last + 2]!;
    if (family.start !== b.start || family.end !== b.end || family.sentence !== tokens[last]!.sentence) continue;
    if (family.clitics?.prefixes.length || !family.norm.startsWith('ال') || !fatherName(ctx, father)) continue;
    out.push({ type: 'PERSON', start: a.start, end: b.end, rule: 'name-chain' });
  }
  return out;
}

/** A bare word that is a listed name, though it be a word too. */
function fatherName(ctx: NameContext, t: Token): boolean {
  const { people } = ctx;
  return t.kind === 'word' && !t.clitics?.prefixes.length && !t.norm.startsWith('ال') && (wordIs(people, t, GIVEN | AMBIGUOUS) || people.familyWords.has(t.norm));
}

/** The index of the token that ends at `offset`, or -1. */
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  const k = firstEndingAfter(tokens, offset - 1);
  return k < tokens.length && tokens[k]!.end === offset ? k : -1;
}
