/**
 * Token-per-line CoNLL: `token TAG` (whitespace-separated, the tag in the LAST column, so files with
 * extra columns such as `token POS TAG` read too), a blank line between sentences, `-DOCSTART-` lines
 * as document breaks. Tags are `O` or `B-`/`I-` (also `E-`/`S-` of IOBES) plus a type; the type
 * spellings PER/PERS/PERSON, ORG/ORGANIZATION, LOC/LOCATION and MISC are folded to the ANERcorp
 * names PERS, ORG, LOC, MISC, and any other type is kept as written (upper-cased).
 *
 * Malformed lines never throw: each becomes an issue with its line number and is left out of its
 * sentence. The reader is push-based (one line at a time, one sentence held in memory), so a file can
 * be streamed; `parseConll` is the whole-string convenience. Pure code: no Node APIs.
 */
import { canonicalTag } from './tags.js';

export interface ConllSentence {
  /** 0-based index of the sentence in the file. */
  index: number;
  /** 1-based line number of the sentence's first token. */
  line: number;
  tokens: string[];
  /** Normalized tags, one per token: `O`, or `B-`/`I-`/`E-`/`S-` + canonical type. */
  tags: string[];
}

export interface ConllIssue {
  /** 1-based line number. */
  line: number;
  message: string;
  /** The offending line (cut to 200 characters). */
  text: string;
}

const FIELD_SEPARATOR = /[ \t]+/;
const MAX_ISSUE_TEXT = 200;

/**
 * Push-based reader: feed lines with `line()`, which returns a sentence when a blank line (or a
 * document break) completes one; call `end()` once for the last sentence. Linear in the input.
 */
export class ConllReader {
  readonly issues: ConllIssue[] = [];
  private lineNumber = 0;
  private sentences = 0;
  private tokens: string[] = [];
  private tags: string[] = [];
  private firstLine = 0;

  /** `-DOCSTART-` lines read so far: a sentence read after one belongs to a new document. */
  documents = 0;

  /** Number of lines read so far. */
  get lines(): number {
    return this.lineNumber;
  }

  line(raw: string): ConllSentence | undefined {
    this.lineNumber++;
    let text = raw;
    if (this.lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    text = text.replace(/^[ \t\r]+|[ \t\r]+$/g, '');
    if (text === '') return this.flush();
    const fields = text.split(FIELD_SEPARATOR);
    if (fields[0] === '-DOCSTART-') {
      const last = this.flush(); // the sentence it ends was read in the document before
      this.documents++;
      return last;
    }
    if (fields.length < 2) {
      this.issue(`expected 'token TAG', found one field`, raw);
      return undefined;
    }
    const tag = canonicalTag(fields[fields.length - 1]!);
    if (tag === undefined) {
      this.issue(`unrecognized tag '${fields[fields.length - 1]}' (expected O, or B-/I- + PERS, ORG, LOC, MISC)`, raw);
      return undefined;
    }
    if (this.tokens.length === 0) this.firstLine = this.lineNumber;
    this.tokens.push(fields[0]!);
    this.tags.push(tag);
    return undefined;
  }

  end(): ConllSentence | undefined {
    return this.flush();
  }

  private flush(): ConllSentence | undefined {
    if (this.tokens.length === 0) return undefined;
    const sentence: ConllSentence = { index: this.sentences++, line: this.firstLine, tokens: this.tokens, tags: this.tags };
    this.tokens = [];
    this.tags = [];
    return sentence;
  }

  private issue(message: string, raw: string): void {
    this.issues.push({ line: this.lineNumber, message, text: raw.length > MAX_ISSUE_TEXT ? raw.slice(0, MAX_ISSUE_TEXT) + '…' : raw });
  }
}

/** The lines of a string (LF, CRLF or CR), without materializing an array of them. */
export function* linesOf(source: string): Generator<string> {
  let start = 0;
  const n = source.length;
  while (start <= n) {
    let i = start;
    while (i < n) {
      const c = source.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) break;
      i++;
    }
    if (i === n) {
      if (i > start) yield source.slice(start, i);
      return;
    }
    yield source.slice(start, i);
    start = source.charCodeAt(i) === 0x0d && source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
}

/** Sentences of a sequence of lines, streamed; issues are pushed to `issues` as they are found. */
export function* readConll(lines: Iterable<string>, issues?: ConllIssue[]): Generator<ConllSentence> {
  const reader = new ConllReader();
  let reported = 0;
  const report = (): void => {
    if (issues) for (; reported < reader.issues.length; reported++) issues.push(reader.issues[reported]!);
  };
  for (const line of lines) {
    const s = reader.line(line);
    report();
    if (s) yield s;
  }
  const last = reader.end();
  report();
  if (last) yield last;
}

export interface ParsedConll {
  sentences: ConllSentence[];
  issues: ConllIssue[];
}

/** Parses a whole CoNLL string. */
export function parseConll(source: string): ParsedConll {
  const issues: ConllIssue[] = [];
  const sentences = [...readConll(linesOf(source), issues)];
  return { sentences, issues };
}
