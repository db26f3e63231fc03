import type { Token } from '../../schema.js';
import { readingKey } from '../../segment/finish-tokens.js';

/** One way to read a token for lexicon lookup: the normalized key and where the reading starts. */
export interface TokenForm {
  key: string;
  /** Original offset where a mention built on this reading starts (after any proclitics). */
  start: number;
  /** The reading strips a proclitic (و, ب, ل …). */
  prefixed: boolean;
  /** The reading carries the article. */
  article: boolean;
  /** The proclitics the reading strips (none for the whole word). */
  prefixes: readonly string[];
}

/**
 * Forms of the document being analyzed, indexed by the token's start offset (unique per token): an
 * array read needs no hashing, and analyze() drops the array before each document, so entries die
 * young. (A long-lived cache was promoted to the old generation and made garbage collection the top
 * cost; a Map keyed by token, a WeakMap or a property added to the token all cost more.)
 */
let byStart: Array<TokenForm[] | undefined> = [];

/** Forgets the previous document's token forms (called by analyze before the extractors run). */
export function clearTokenForms(textLength = 0): void {
  byStart = new Array(textLength);
}

/**
 * A reading built by a constructor, not an object literal: the readings of a document live as long as
 * it does, and V8 pretenures literals from an allocation site whose objects survive a minor GC into
 * old space, which made this one line a fifth of the name extractors' time.
 */
class FormRecord implements TokenForm {
  constructor(
    public key: string,
    public start: number,
    public prefixed: boolean,
    public article: boolean,
    public prefixes: readonly string[],
  ) {}
}

/** The proclitics of a token with none: one shared empty list, not a new one per call (`?? []`). */
export const NO_PREFIXES: readonly string[] = [];

/** The one reading of a token without clitic analyses, shared by all its lookups. */
function plainForms(token: Token): TokenForm[] {
  return [new FormRecord(token.norm, token.start, false, token.norm.startsWith('ال'), NO_PREFIXES)];
}

/**
 * The readings of a token, whole word first, then its clitic analyses with the article kept in the key
 * (للأمم → الامم, starting at the article's lam; بمصر → مصر). Lexicon lookups try them in this order.
 */
export function tokenForms(token: Token): TokenForm[] {
  let forms = byStart[token.start];
  if (forms && forms[0]!.key === token.norm) return forms;
  forms = plainForms(token);
  if (token.clitics || token.alternatives) {
    const analyses = token.clitics ? [token.clitics, ...(token.alternatives ?? [])] : token.alternatives!;
    for (const a of analyses) {
      if (a.prefixes.length === 0) continue;
      const key = readingKey(a);
      if (!forms.some((f) => f.key === key)) forms.push(new FormRecord(key, a.baseStart, true, a.article, a.prefixes));
    }
  }
  if (token.start < byStart.length) byStart[token.start] = forms;
  return forms;
}

/**
 * The readings of a token read straight off it, making no reading objects: for passes over every
 * token, where most tokens match nothing. The bits of all its readings in `bits` …
 */
export function readingBits(token: Token, bits: ReadonlyMap<string, number>): number {
  let b = bits.get(token.norm) ?? 0;
  if (token.clitics !== undefined && token.clitics.prefixes.length > 0) b |= bits.get(readingKey(token.clitics)) ?? 0;
  if (token.alternatives !== undefined) for (const a of token.alternatives) if (a.prefixes.length > 0) b |= bits.get(readingKey(a)) ?? 0;
  return b;
}

/** … and whether some reading of the token is in `set`. */
export function someReadingIn(token: Token, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  if (set.has(token.norm)) return true;
  if (token.clitics !== undefined && token.clitics.prefixes.length > 0 && set.has(readingKey(token.clitics))) return true;
  if (token.alternatives !== undefined) for (const a of token.alternatives) if (a.prefixes.length > 0 && set.has(readingKey(a))) return true;
  return false;
}

/**
 * Is some form of the token (its word, or a reading behind proclitics) in the set? The keys of
 * `tokenForms` read straight off the token: scans call this for most tokens, and building their
 * reading objects (kept for the document) for each was a good part of the name extractors' garbage.
 */
export function formIn(token: Token, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  return someReadingIn(token, set);
}

/** The token's form without proclitics when it has one that leaves the article (والولايات → الولايات). */
export function bareForm(token: Token): TokenForm {
  const forms = tokenForms(token);
  return forms.find((f) => f.prefixed) ?? forms[0]!;
}

/**
 * The key of `bareForm`, read straight off the token (ومحمد → محمد): most lookups want the key only,
 * and a pass that asks it of a neighbouring word would otherwise build readings for every token. The
 * first reading behind proclitics whose key is not the word's own, as `tokenForms` orders them.
 */
export function bareKey(token: Token): string {
  const { clitics, alternatives, norm } = token;
  if (clitics !== undefined && clitics.prefixes.length > 0) {
    const key = readingKey(clitics);
    if (key !== norm) return key;
  }
  if (alternatives !== undefined) {
    for (const a of alternatives) {
      if (a.prefixes.length === 0) continue;
      const key = readingKey(a);
      if (key !== norm) return key;
    }
  }
  return norm;
}
