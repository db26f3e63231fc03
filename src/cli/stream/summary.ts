/** Running totals of a JSONL run. */
export interface Totals {
  /** Non-blank input lines so far; each gave one output line. */
  lines: number;
  /** Error records among them. */
  errors: number;
  /** Input bytes analyzed and written out. */
  bytes: number;
  /** Mentions per type. */
  mentions: Record<string, number>;
  /** Seconds since the run started. */
  seconds: number;
  /** The first error record's message. */
  firstError?: string;
}

export function emptyTotals(): Totals {
  return { lines: 0, errors: 0, bytes: 0, mentions: {}, seconds: 0 };
}

/** The order mention types are listed in (the schema's), unknown types after them by name. */
const TYPE_ORDER = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MONEY', 'PERCENT', 'NUMBER', 'DATE', 'TITLE', 'MISC'];

const count = (n: number): string => n.toLocaleString('en-US');
export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
export const rate = (bytes: number, seconds: number): string => (seconds > 0 ? megabytes(bytes / seconds) : '0.0');

function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** Mentions per type, in the schema's order of types: "PERSON 120, LOCATION 95". */
export function mentionCounts(mentions: Record<string, number>): string {
  const types = Object.keys(mentions).sort((a, b) => {
    const ia = TYPE_ORDER.indexOf(a);
    const ib = TYPE_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  });
  return types.length ? types.map((t) => `${t} ${count(mentions[t]!)}`).join(', ') : 'none';
}

/**
 * The one-line summary of a run: "1,234 documents, 2 errors; mentions PERSON 120, …; 200.0 MB in
 * 12.3 s (16.3 MB/s)".
 */
export function formatSummary(t: Totals): string {
  const documents = t.lines - t.errors;
  const total = Object.values(t.mentions).reduce((a, b) => a + b, 0);
  return (
    `arabic-entities: ${plural(documents, 'document', 'documents')}, ${plural(t.errors, 'error', 'errors')}; ` +
    `${plural(total, 'mention', 'mentions')} (${mentionCounts(t.mentions)}); ` +
    `${megabytes(t.bytes)} MB in ${t.seconds.toFixed(1)} s (${rate(t.bytes, t.seconds)} MB/s)`
  );
}
