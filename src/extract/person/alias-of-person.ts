// Another name of a person just named: ليوناردو البيزي المعروف باسم فيبوناتشي, علي محمد علي عبد الرحمن
// المعروف باسم علي كوشيب. What a person is known by is a person's name, however it is spelled.
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { firstEndingAfter } from '../../segment/spans.js';
import { formIn } from '../lexicon/token-forms.js';
import type { NameContext } from './name-chain.js';
import { knownName, plausibleName } from './name-words.js';
import { letterNotProclitic } from './initial-letters.js';
import { byTheNameWord } from './name-edges.js';

/** How many words the other name may have. */
const ALIAS_WORDS = 3;

/** PERSON candidates for the name after «known by the name» right after a person in `people`. */
export function findAliasesOfPeople(context: ExtractContext, ctx: NameContext, people: readonly Candidate[]): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const p of people) {
    if (p.type !== 'PERSON') continue;
    let k = firstEndingAfter(tokens, p.end - 1) + 1; // the token after the person's last
    if (k <= 0 || k >= tokens.length || tokens[k - 1]!.end !== p.end) continue;
    const sentence = context.sentences[tokens[k - 1]!.sentence]!;
    if (k < sentence.tokenEnd && (tokens[k]!.norm === '،' || tokens[k]!.norm === ',')) k++;
    if (k + 2 >= sentence.tokenEnd || !formIn(tokens[k]!, ctx.people.naming) || tokens[k + 1]!.norm !== byTheNameWord(context.key)) continue;
    const end = aliasEnd(ctx, tokens, k + 2, sentence);
    if (end > k + 2) out.push({ type: 'PERSON', start: tokens[k + 2]!.start, end: tokens[end - 1]!.end, rule: 'alias' });
  }
  return out;
}

/** One past the words of the other name from token j: bare words of a name's shape, listed or not. */
function aliasEnd(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): number {
  let end = j;
  while (end < sentence.tokenEnd && end - j < ALIAS_WORDS) {
    const t = tokens[end]!;
    // (A first letter the splitter read as a proclitic is the name's own where no word is left: فيبوناتشي.)
    if (t.kind !== 'word' || (t.clitics?.prefixes.length && !letterNotProclitic(ctx, t)) || (!knownName(ctx, t) && !plausibleName(ctx, tokens, end))) break;
    end++;
  }
  return end;
}
