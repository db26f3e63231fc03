// المدينة alone is «the city» in news, and Medina in the history of early Islam (هاجر إلى المدينة,
// استخلف على المدينة): a word of that history in the sentence says which.
import { keyedSetOf } from '../common/words.js';
import { MEDINA_WORD, passGates } from '../lexicon/pass-gates.js';
import { bareForm, formIn } from '../lexicon/token-forms.js';
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import cues from './data/medina-cues.json';

const CUES = keyedSetOf(cues.words);
/** المدينة, keyed. */
export const medinaSet = keyedSetOf(['المدينة']);

/** LOCATION candidates for المدينة in sentences of early Islamic history, where no adjective or name follows it. */
export function medinaInHistory(context: ExtractContext): Candidate[] {
  const { tokens, key } = context;
  const medina = medinaSet(key);
  const history = CUES(key);
  const out: Candidate[] = [];
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    let cued: boolean | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if ((gates[i]! & MEDINA_WORD) === 0) continue;
      const t = tokens[i]!;
      if (t.kind !== 'word' || !formIn(t, medina)) continue;
      // المدينة المنورة, المدينة القديمة, المدينة الرياضية: an adjective or a name after it makes another phrase.
      const next = i + 1 < s.tokenEnd ? tokens[i + 1]! : undefined;
      if (next !== undefined && next.kind === 'word' && next.norm.startsWith('ال') && !next.clitics?.prefixes.length) continue;
      cued ??= historyCued(tokens, s, i, history);
      if (!cued) break;
      const form = bareForm(t);
      out.push({ type: 'LOCATION', start: form.start, end: t.end, rule: 'medina-in-history' });
    }
  }
  return out;
}

/**
 * Does a word of the sentence other than token i cue early Islamic history? A loop, not a closure over
 * i: that would give the loop over the tokens a context allocated on every token.
 */
function historyCued(tokens: readonly Token[], s: Sentence, i: number, history: ReadonlySet<string>): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (k !== i && tokens[k]!.kind === 'word' && formIn(tokens[k]!, history)) return true;
  return false;
}
