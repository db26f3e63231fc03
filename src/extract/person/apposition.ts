import type { Sentence, Token } from '../../schema.js';
import { readName, type NameContext } from './name-chain.js';
import { definiteGivenName } from './maghrebi-given.js';

/** Commas, Arabic and Latin: they set an apposition off. */
const COMMAS = new Set(['،', ',']);
/** What may close an apposition: another comma, the end of the sentence, a bracket. */
const CLOSERS = new Set(['،', ',', '.', '(', ')', '؛']);

/**
 * The name set off by commas right after a role (أشرف الوزير الأول ، محمد العرباوي ، يوم الأحد; وأفاد والي
 * الجهة ، الطاهر المسعدي ، بأن): `k` is the token after the role phrase. The name is read as after a title,
 * and must fill the apposition: two words or a listed one, then a comma, a bracket or the sentence's end.
 */
export function appositiveName(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): { start: number; end: number } | undefined {
  // الوزير الأول ،: adjectives of the role the title reader left (at most two) before the comma.
  for (let n = 0; n < 2 && k < sentence.tokenEnd && tokens[k]!.kind === 'word' && tokens[k]!.norm.startsWith('ال') && !tokens[k]!.clitics?.prefixes.length; n++) k++;
  if (k + 1 >= sentence.tokenEnd || !COMMAS.has(tokens[k]!.norm)) return undefined;
  const first = tokens[k + 1]!;
  if (first.clitics?.prefixes[0] === 'و') return undefined; // ، ووزير الخارجية: the sentence goes on
  const maghrebi = definiteGivenName(ctx, tokens, k + 1, sentence);
  const name = maghrebi > 0 ? { start: first.start, end: maghrebi, known: 1 } : readName(ctx, tokens, k + 1, sentence, true);
  if (name === undefined || name.start !== first.start || (name.end - (k + 1) < 2 && name.known === 0)) return undefined;
  const closed = name.end >= sentence.tokenEnd || (tokens[name.end]!.kind === 'punct' && CLOSERS.has(tokens[name.end]!.norm));
  return closed ? { start: name.start, end: name.end } : undefined;
}
