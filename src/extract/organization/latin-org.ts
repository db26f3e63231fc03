// Organizations named in Latin letters on their own, as Arabic news and encyclopedia text quote them
// beside or instead of an Arabic name: ( Aston University ), " Promethean Technologies Group ".
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { latinNameEnd } from './latin-name.js';
import latinOrgWords from './data/latin-org-words.json';

/** Words that make a Latin name an organization's (University, Institute, Group, Bank …), lower case. */
const ORG_WORDS: ReadonlySet<string> = new Set(latinOrgWords as string[]);

/**
 * A run of capitalized Latin words (with the small words between them) that holds a word of an
 * organization's kind is that organization: Free University of Berlin, Institute of Management
 * Technology. Runs without one (Marie Curie, Human Rights Watch) are left to the rules that read the
 * Arabic around them.
 */
export function findLatinOrganizations(context: ExtractContext, acronyms: ReadonlyMap<string, string>): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  const visit = (sentence: Sentence): void => {
    let k = sentence.tokenStart;
    while (k < sentence.tokenEnd) {
      const t = tokens[k]!;
      const before = k > sentence.tokenStart ? tokens[k - 1]! : undefined;
      // A run starts at a Latin word that does not go on from one before it.
      if (t.script !== 'latin' || t.kind !== 'word' || (before !== undefined && before.script === 'latin' && before.kind === 'word')) {
        k++;
        continue;
      }
      const end = latinNameEnd(tokens, k, sentence);
      if (end > k && hasOrgWord(context, k, end)) out.push({ type: 'ORGANIZATION', start: t.start, end: tokens[end - 1]!.end, rule: 'latin-name' });
      // وحسب BBC فإن: a listed organization's Latin acronym standing alone among Arabic words.
      else if (aloneInLatin(tokens, k, sentence) && acronyms.has(context.text.slice(t.start, t.end))) out.push({ type: 'ORGANIZATION', start: t.start, end: t.end, rule: 'latin-acronym' });
      k = Math.max(end, k + 1);
    }
  };
  for (const sentence of context.sentences) if (!sentence.skip) visit(sentence);
  return out;
}

function hasOrgWord(context: ExtractContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_WORDS.has(context.text.slice(context.tokens[k]!.start, context.tokens[k]!.end).toLowerCase())) return true;
  return false;
}

/** Is the Latin word at k alone, with no Latin word right before or after it? */
function aloneInLatin(tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const latinWord = (j: number): boolean => j >= sentence.tokenStart && j < sentence.tokenEnd && tokens[j]!.script === 'latin' && tokens[j]!.kind === 'word';
  return !latinWord(k - 1) && !latinWord(k + 1);
}
