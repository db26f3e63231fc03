import type { Sentence, Token } from '../../schema.js';
import { PhraseTrie } from '../lexicon/phrase-trie.js';
import { passGates, THRONE_ENDING } from '../lexicon/pass-gates.js';
import { wordAt } from '../lexicon/scan.js';
import { bareForm } from '../lexicon/token-forms.js';
import { perKeyer } from '../../text/lexicon-key.js';
import type { Candidate, ExtractContext } from '../types.js';
import throneNames from './data/throne-names.json';
import type { NameContext } from './name-chain.js';
import { knownName, plausibleName } from './name-words.js';

/** The endings of throne names as a trie of normalized words. */
const endingTrie = perKeyer((key) => {
  const trie = new PhraseTrie<true>();
  for (const e of throneNames.endings) trie.add(key(e).split(' '), true);
  return trie;
});

/** The words a throne name's ending starts with (the pass gates, lexicon/pass-gates.ts). */
export function throneEndingStarts(key: (s: string) => string): Iterable<string> {
  return endingTrie(key).firstWords();
}

/**
 * Where the phrase that ties a throne name to God ends, when one starts at token j (المعز لدين الله,
 * المتوكل على الله الثالث: its regnal number too); -1 when none does.
 */
export function throneEndingEnd(tokens: readonly Token[], j: number, sentence: Sentence, key: (s: string) => string, ordinals: ReadonlySet<string>): number {
  const t = tokens[j];
  const endings = endingTrie(key);
  if (t === undefined || j >= sentence.tokenEnd || !endings.startsWith(t.norm)) return -1;
  const m = endings.longestInTokens(t.norm, j + 1, tokens, sentence.tokenEnd);
  if (m === undefined) return -1;
  return m.end < sentence.tokenEnd && ordinals.has(tokens[m.end]!.norm) ? m.end + 1 : m.end;
}

/**
 * Is this the shape of a definite active participle? ال + م and two letters or more (المعز, المستنصر,
 * المتوكل), or ال + the pattern فاعل (الحاكم, القائم, العاضد); not a verbal noun (الإيمان) or a plural.
 */
export function participleShape(key: string): boolean {
  if (!key.startsWith('ال') || soundPlural(key)) return false;
  const stem = key.slice(2);
  return (stem.startsWith('م') && stem.length >= 3 && stem.length <= 6) || (stem.length === 4 && stem.charCodeAt(1) === 0x0627 /* ا */);
}

/**
 * Throne names of caliphs (المستنصر بالله, المتوكل على الله, المعز لدين الله, بالقائم بأمر الله): the
 * participle and the phrase after it are one PERSON, wherever they stand. Not before و (المؤمن بالله
 * واليوم الآخر is a creed, not a caliph). Egyptians are named so too, with a surname after (المعتز بالله
 * اينو): up to two bare words that can be a name go with it. Not after a definite noun, which the
 * participle then describes.
 */
export function findThroneNames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const endings = endingTrie(context.key);
  const out: Candidate[] = [];
  let sentence: Sentence | undefined;
  let words: (i: number) => string | undefined = () => undefined;
  const gates = passGates(context);
  for (let i = 1; i < tokens.length; i++) {
    if ((gates[i]! & THRONE_ENDING) === 0) continue;
    const t = tokens[i]!;
    if (!endings.startsWith(t.norm)) continue;
    const s = context.sentences[t.sentence]!;
    if (s !== sentence) [sentence, words] = [s, wordAt(tokens, s)];
    if (s.skip || i === s.tokenStart) continue;
    const m = endings.longest(t.norm, i + 1, words);
    const participle = tokens[i - 1]!;
    if (m === undefined || participle.kind !== 'word') continue;
    const form = bareForm(participle); // (built only where an ending follows the word)
    if (!participleShape(form.key)) continue;
    // المسجد العامر بالله: after a masculine definite noun the participle is its adjective (a title or a
    // nisba before it is not, nor الخليفة, whose ة the masculine participle does not agree with).
    // (Nor is a regnal number: محمد الخامس الغني بالله; nor a sound plural, which a singular participle
    // does not agree with: آخر الخلفاء العباسيين المستعصم بالله.)
    const before = i - 2 >= s.tokenStart ? tokens[i - 2]! : undefined;
    if (before?.norm.startsWith('ال') && !before.norm.endsWith('ي') && !soundPlural(before.norm) && !before.norm.endsWith('ه') && !ctx.nisba.has(before.norm) && !ctx.people.titles.startsWith(before.norm) && !ctx.people.ordinals.has(before.norm)) continue;
    const after = tokens[m.end];
    // (وانتهت الخلافة: a verb the lists know behind و is the next clause, and the name stands.)
    if (after !== undefined && m.end < s.tokenEnd && after.clitics?.prefixes[0] === 'و' && !ctx.people.clauseOpeners.has(after.clitics.stem)) continue;
    let end = m.end;
    // (المستنصر بالله محمد بن يحيى: a word after a connector is taken too, and no name ends in one.)
    while (end < s.tokenEnd && (end - m.end < 2 || ctx.connectors.has(tokens[end - 1]!.norm)) && !tokens[end]!.clitics?.prefixes.length && !tokens[end]!.norm.startsWith('ال') && (plausibleName(ctx, tokens, end) || knownName(ctx, tokens[end]))) end++;
    if (end > m.end && ctx.connectors.has(tokens[end - 1]!.norm)) end--;
    out.push({ type: 'PERSON', start: form.start, end: tokens[end - 1]!.end, rule: 'throne-name' });
  }
  return out;
}

/** A sound masculine plural, oblique or nominative (العباسيين, المسلمون). */
function soundPlural(key: string): boolean {
  return key.endsWith('ين') || key.endsWith('ون');
}
