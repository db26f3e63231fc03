// The speaker named in apposition between commas, after the role the sentence gave him, right before what
// he said: «قال المتحدث باسم حكومة الإقليم ، بيشوا هوراماني ، إن …», «وقال مدير المؤسسة ، رائد الصالح ، إن».
import type { Sentence, Token } from '../../schema.js';
import { someReadingIn } from '../lexicon/token-forms.js';
import { COMMA, passGates, REPORTING_VERB } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import { readName, type NameContext } from './name-chain.js';
import { definiteGivenName } from './maghrebi-given.js';
import { ALI, COMPLEMENTIZERS, knownName, possessed } from './name-words.js';
import { FAMILY, GIVEN, wordIs } from './word-classes.js';

export const COMMAS: ReadonlySet<string> = new Set(['،', ',']);

/**
 * Names set off by commas before إن or أن in a sentence whose reporting verb comes before them: the
 * apposition names the subject of the verb. Two words, or one a list knows, filling the space between
 * the commas; not a phrase the sentence goes on with (، ووزير, a role, a noun with the article).
 */
export function findApposedSpeakers(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  const gates = passGates(context);
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    let verbSeen = false;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const t = tokens[k]!;
      if (!verbSeen) {
        // This runs over most tokens of a sentence: the gate bit turns away most with one array read.
        verbSeen = (gates[k]! & REPORTING_VERB) !== 0 && t.kind === 'word' && someReadingIn(t, ctx.people.verbs);
        continue;
      }
      if ((gates[k]! & COMMA) === 0 || !COMMAS.has(t.norm)) continue;
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
  // ، بينها هيومن رايتس ووتش ،: a preposition or a noun with its pronoun opens no name.
  if (first === undefined || j >= sentence.tokenEnd || first.kind !== 'word' || first.clitics?.prefixes[0] === 'و' || possessed(ctx, first.norm)) return undefined;
  // ، صاحب محل بقالة ،: an occupation in construct with a noun describes the speaker; it names no one.
  if (ctx.people.occupations.has(first.norm) && !first.clitics?.prefixes.length && !knownName(ctx, tokens[j + 1])) return undefined;
  const maghrebi = definiteGivenName(ctx, tokens, j, sentence);
  let read = maghrebi > 0 ? { start: first.start, end: maghrebi, known: 1 } : readName(ctx, tokens, j, sentence, true);
  // ، علي عبد الله حسين ،: علي, spelled like the preposition, opens the name that fills the commas.
  if (read === undefined && first.norm === ALI && !first.clitics?.prefixes.length) {
    const rest = readName(ctx, tokens, j + 1, sentence, false);
    if (rest !== undefined && rest.known > 0 && rest.start === tokens[j + 1]!.start && rest.end < sentence.tokenEnd && COMMAS.has(tokens[rest.end]!.norm)) read = { start: first.start, end: rest.end, known: rest.known + 1 };
  }
  if (read === undefined || read.start !== first.start) return undefined;
  // ، تاديسي ويريدي ،: one more word of a name's shape right before the closing comma is the name's last.
  const name = read.end + 1 < sentence.tokenEnd && COMMAS.has(tokens[read.end + 1]!.norm) && lastNameWord(ctx, tokens, read.end) ? { ...read, end: read.end + 1 } : read;
  if (name.end - j < 2 && name.known === 0) return undefined;
  const comma = tokens[name.end];
  const after = tokens[name.end + 1];
  if (comma === undefined || after === undefined || name.end + 1 >= sentence.tokenEnd || !COMMAS.has(comma.norm)) return undefined;
  // The statement after the closing comma (، إن …), or a name of two words or more that opens with a
  // listed name and fills the space between the commas (، علي عبد الله حسين ، عبر الهاتف).
  const listedFirst = first.norm === ALI || wordIs(ctx.people, first, GIVEN | FAMILY);
  return COMPLEMENTIZERS.has(after.norm) || (name.end - j >= 2 && listedFirst) ? name : undefined;
}

/**
 * Can token k close a name before a comma: a bare word, or one in و read as written (ويريدي), that no list
 * holds as a word, verb, title or place?
 */
function lastNameWord(ctx: NameContext, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const n = t.norm;
  if (t.kind !== 'word' || t.script !== 'arabic' || n.startsWith('ال') || n.length < 3 || n.endsWith('ا')) return false;
  const c = t.clitics;
  if (c !== undefined && c.prefixes.length > 0 && (c.prefixes.length > 1 || c.article || ctx.people.common.has(c.stem) || ctx.people.given.has(c.stem) || ctx.people.family.has(c.stem) || ctx.stop.has(c.stem))) return false;
  return !ctx.people.common.has(n) && !ctx.stop.has(n) && !ctx.people.verbs.has(n) && !ctx.people.titles.startsWith(n) && !ctx.isPlace(k) && !ctx.nisba.has(n);
}
