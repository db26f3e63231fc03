// A body named in quotes behind a bare لـ: the company a role is held in (الرئيس التنفيذي لـ « ممتلكات »)
// or the outlet a statement was given to (في تصريح لـ « الشرق »). Gulf and Levantine papers quote the
// short names of companies and outlets so; what is quoted there is no person and no slogan.
import type { Sentence, Token } from '../../schema.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../common/quotes.js';
import { keyedSetOf } from '../common/words.js';
import type { PhraseTrie } from '../lexicon/phrase-trie.js';
import { OPENING_QUOTE, passGates } from '../lexicon/pass-gates.js';
import { wordAt } from '../lexicon/scan.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import statementNouns from './data/statement-nouns.json';

const statementNounSet = keyedSetOf(statementNouns.words);

/** The most words a quoted short name holds. */
const MAX_WORDS = 3;

/** The bare preposition ل, written لـ (the tatweel folds away). */
const LAM = 'ل';

/** Does a role phrase (from the person lexicon's titles) end just before token `end`, starting up to three words back? */
function roleEndsAt(titles: PhraseTrie<unknown>, tokens: readonly Token[], end: number, s: Sentence): boolean {
  const words = wordAt(tokens, s);
  for (let k = end - 1; k >= s.tokenStart && k >= end - 3; k--) if (titles.longest(bareKey(tokens[k]!), k + 1, words)?.end === end) return true;
  return false;
}

/** ORGANIZATION candidates for the quoted names behind a bare لـ after a role or a statement noun. */
export function quotedBodies(context: ExtractContext, titles: PhraseTrie<unknown>): Candidate[] {
  const { tokens, key } = context;
  const statements = statementNounSet(key);
  const out: Candidate[] = [];
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
      if ((gates[i]! & OPENING_QUOTE) === 0 || !OPENING_QUOTES.has(tokens[i]!.norm) || tokens[i - 1]!.norm !== LAM) continue;
      let close = i + 1;
      while (close < s.tokenEnd && close - i <= MAX_WORDS && tokens[close]!.kind === 'word' && tokens[close]!.script === 'arabic') close++;
      if (close === i + 1 || close >= s.tokenEnd || close - i > MAX_WORDS + 1 || !CLOSING_QUOTES.has(tokens[close]!.norm)) continue;
      const cue = tokens[i - 2]!;
      if (!(cue.kind === 'word' && statements.has(bareKey(cue))) && !roleEndsAt(titles, tokens, i - 1, s)) continue;
      out.push({ type: 'ORGANIZATION', start: tokens[i + 1]!.start, end: tokens[close - 1]!.end, rule: 'quoted-body', score: 0 });
      i = close;
    }
  }
  return out;
}
