import type { Token } from '../../schema.js';

/** One way to read a token for lexicon lookup: the normalized key and where the reading starts. */
export interface TokenForm {
  key: string;
  /** Original offset where a mention built on this reading starts (after any proclitics). */
  start: number;
  /** The reading strips a proclitic (و, ب, ل …). */
  prefixed: boolean;
  /** The reading carries the article. */
  article: boolean;
}

/**
 * Forms by token object, for the document being analyzed: analyze() clears the map before each
 * document, so it stays small and its entries die young (a long-lived cache was promoted to the old
 * generation and made garbage collection the top cost). A WeakMap or a property added to the token
 * both cost more.
 */
const cache = new Map<Token, TokenForm[]>();

/** Forgets the previous document's token forms (called by analyze before the extractors run). */
export function clearTokenForms(): void {
  cache.clear();
}

/**
 * The readings of a token, whole word first, then its clitic analyses with the article kept in the key
 * (للأمم → الامم, starting at the article's lam; بمصر → مصر). Lexicon lookups try them in this order.
 */
export function tokenForms(token: Token): TokenForm[] {
  let forms = cache.get(token);
  if (forms) return forms;
  forms = [{ key: token.norm, start: token.start, prefixed: false, article: token.norm.startsWith('ال') }];
  const analyses = token.clitics ? [token.clitics, ...(token.alternatives ?? [])] : token.alternatives ?? [];
  for (const a of analyses) {
    if (a.prefixes.length === 0) continue;
    const key = (a.article ? 'ال' : '') + a.stem;
    if (!forms.some((f) => f.key === key)) forms.push({ key, start: a.baseStart, prefixed: true, article: a.article });
  }
  cache.set(token, forms);
  return forms;
}

/** The token's form without proclitics when it has one that leaves the article (والولايات → الولايات). */
export function bareForm(token: Token): TokenForm {
  const forms = tokenForms(token);
  return forms.find((f) => f.prefixed) ?? forms[0]!;
}
