// The tags of token-per-line CoNLL: `O`, or a chunk prefix (B, I, E, S) and a type, with the type
// spellings of the common corpora folded to ANERcorp's names (PER/PERSON → PERS, ORGANIZATION → ORG …).

/** Canonical chunk types scored by `eval`; other types found in a file are kept under their own name. */
export const CONLL_TYPES = ['PERS', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

const TYPE_ALIASES: Record<string, string> = {
  PER: 'PERS',
  PERS: 'PERS',
  PERSON: 'PERS',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  MISC: 'MISC',
  MISCELLANEOUS: 'MISC',
};

/** A parsed tag: `O`, or a chunk prefix and a canonical type. */
export type ParsedTag = { prefix: 'O' } | { prefix: 'B' | 'I' | 'E' | 'S'; type: string };

const TAG = /^([BIES])[-_]([A-Za-z][A-Za-z0-9_.-]*)$/;

/** Parses and canonicalizes one tag (`B-PER` → B + PERS); undefined when it is not a tag. */
export function parseTag(raw: string): ParsedTag | undefined {
  if (raw === 'O') return { prefix: 'O' };
  const m = TAG.exec(raw);
  if (!m) return undefined;
  const upper = m[2]!.toUpperCase();
  return { prefix: m[1] as 'B' | 'I' | 'E' | 'S', type: TYPE_ALIASES[upper] ?? upper };
}

/** The canonical spelling of a tag (`B-PER` → `B-PERS`), or undefined when it is not a tag. */
export function canonicalTag(raw: string): string | undefined {
  const t = parseTag(raw);
  if (!t) return undefined;
  return t.prefix === 'O' ? 'O' : `${t.prefix}-${t.type}`;
}
