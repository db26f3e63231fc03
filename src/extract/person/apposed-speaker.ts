// The speaker named in apposition between commas, after the role the sentence gave him, right before what
// he said: «قال المتحدث باسم حكومة الإقليم ، بيشوا هوراماني ، إن …», «وقال مدير المؤسسة ، رائد الصالح ، إن».
import type { Sentence } from '../../schema.js';
import { formIn } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import { readName, type NameContext } from './name-chain.js';
import { definiteGivenName } from './maghrebi-given.js';
import { COMPLEMENTIZERS } from './name-words.js';

const COMMAS = new Set(['،', ',']);

/**
 * Names set off by commas before إن or أن in a sentence whose reporting verb comes before them: the
 * apposition names the subject of the verb. Two words, or one a list knows, filling the space between
 * the commas; not a phrase the sentence goes on with (، ووزير, a role, a noun with the article).
 */
export function findApposedSpeakers(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    let verbSeen = false;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const t = tokens[k]!;
      if (!verbSeen) {
        verbSeen = t.kind === 'word' && formIn(t, ctx.people.verbs);
        continue;
      }
      if (!COMMAS.has(t.norm)) continue;
      const name = nameBetweenCommas(ctx, k + 1, sentence, context);
      if (name) out.push({ type: 'PERSON', start: name.start, end: tokens[name.end - 1]!.end, rule: 'apposed-speaker' });
    }
  }
  return out;
}

function nameBetweenCommas(ctx: NameContext, j: number, sentence: Sentence, context: ExtractContext): { start: number; end: number } | undefined {
  const { tokens } = context;
  const first = tokens[j];
  // ، ووزير الخارجية: the sentence goes on; other letters may be the name's own (بيشوا), as readName decides.
  if (first === undefined || j >= sentence.tokenEnd || first.kind !== 'word' || first.clitics?.prefixes[0] === 'و') return undefined;
  const maghrebi = definiteGivenName(ctx, tokens, j, sentence);
  const name = maghrebi > 0 ? { start: first.start, end: maghrebi, known: 1 } : readName(ctx, tokens, j, sentence, true);
  if (name === undefined || name.start !== first.start || (name.end - j < 2 && name.known === 0)) return undefined;
  const comma = tokens[name.end];
  const that = tokens[name.end + 1];
  if (comma === undefined || that === undefined || name.end + 1 >= sentence.tokenEnd || !COMMAS.has(comma.norm) || !COMPLEMENTIZERS.has(that.norm)) return undefined;
  return name;
}
