import type { CliticAnalysis, Token } from '../schema.js';
import type { Normalized } from '../text/normalize.js';
import type { OffsetMap } from '../text/offset-map.js';
import { analyzePrefixes, analyzeWord, waShortName, type RelativeAnalysis, type WordAnalysis } from './clitics.js';
import { SCRIPT_ARABIC, type RawTokens } from './tokenize.js';
import { WordTable } from './word-table.js';

/**
 * The vocabulary of every document analyzed so far, each word with its clitic analysis (made for one
 * stem lexicon, that is one normalization option set: another set starts the analyses again).
 */
const words = new WordTable();
let analysesFor: ReadonlySet<string> | undefined;

/** Analyses of words written with a final ة, by word index (see `taaWritten`); forgotten with the others. */
let taaAnalyses = new Map<number, WordAnalysis>();
let taaGeneration = -1;

function analysisOf(id: number, text: string, stems: ReadonlySet<string>, taa: boolean): WordAnalysis {
  if (analysesFor !== stems) {
    words.data.fill(undefined);
    taaAnalyses = new Map();
    analysesFor = stems;
  }
  if (taa) {
    if (taaGeneration !== words.generation) [taaAnalyses, taaGeneration] = [new Map(), words.generation];
    let t = taaAnalyses.get(id);
    if (t === undefined) taaAnalyses.set(id, (t = analyzePrefixes(text, stems)));
    return t;
  }
  let a = words.data[id] as WordAnalysis | undefined;
  if (a === undefined) words.data[id] = a = analyzeWord(text, stems);
  return a;
}

/**
 * Does the original word end in ة (diacritics after it skipped)? Folded to ه, مصراتة and ثابتة look like
 * ت + the pronoun ه; as written they are no such thing.
 */
function taaWritten(original: string, end: number, start: number): boolean {
  for (let k = end - 1; k >= start; k--) {
    const c = original.charCodeAt(k);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    return c === 0x0629;
  }
  return false;
}

/**
 * A clitic analysis in original offsets, built by a constructor for the reason TokenRecord is. It keeps
 * its reading's lexicon key in a private field (out of JSON and the schema): one string per word, so
 * lexicon lookups hash it once, not once per token.
 */
class CliticRecord implements CliticAnalysis {
  readonly #key: string;

  constructor(
    public prefixes: string[],
    public article: boolean,
    public baseStart: number,
    public stemStart: number,
    public stem: string,
    public suffix: string | undefined, // present even when undefined: one shape for every analysis
    key: string,
  ) {
    this.#key = key;
  }

  static keyOf(a: object): string | undefined {
    return #key in a ? (a as CliticRecord).#key : undefined;
  }
}

/** The lexicon key of a reading: the stem, with the article kept when the reading has it (للأمم → الامم). */
export function readingKey(a: Pick<CliticAnalysis, 'article' | 'stem'>): string {
  return CliticRecord.keyOf(a) ?? (a.article ? 'ال' : '') + a.stem;
}

/**
 * A reading in original offsets. `start` is the token's original start; when one plain segment of the
 * offset map spans the whole word (`plain`: most words), offsets inside it are additions to `start`,
 * with no segment to look up.
 */
function toOriginal(a: RelativeAnalysis, nStart: number, map: OffsetMap, start: number, plain: boolean): CliticAnalysis {
  a.key ??= (a.article ? 'ال' : '') + a.stem; // readingKey of a reading not yet in original offsets
  const baseStart = plain ? start + a.baseOffset : map.toOriginalStart(nStart + a.baseOffset);
  const stemStart = plain ? start + a.stemOffset : map.toOriginalStart(nStart + a.stemOffset);
  return new CliticRecord(a.prefixes, a.article, baseStart, stemStart, a.stem, a.suffix, a.key);
}

/** First letters of a word that may carry a proclitic or the article: و ف ب ل ك س ا. */
const CLITIC_INITIALS = new Uint8Array(0x700);
for (const c of [0x648, 0x641, 0x628, 0x644, 0x643, 0x633, 0x627]) CLITIC_INITIALS[c] = 1;

/** Words ending in ت + a pronoun (شراكتنا, حكومتها, زيارته): the only suffixes split off. */
const TAA = 0x062a; // ت

/** May the word `text.slice(from, to)` end in ت + a pronoun? */
function mayHaveSuffix(text: string, from: number, to: number): boolean {
  // charCodeAt, not word[i]: an Arabic character read as a string is a new string each time.
  return to - from >= 5 && (text.charCodeAt(to - 2) === TAA || text.charCodeAt(to - 3) === TAA || text.charCodeAt(to - 4) === TAA);
}

/**
 * A token built by a constructor, not an object literal: V8 tracks allocation sites of literals and,
 * seeing a document's tokens outlive a minor GC, starts allocating them straight in old space, where
 * every later collection is a full one. Constructed objects are not pretenured that way.
 */
class TokenRecord implements Token {
  clitics: CliticAnalysis | undefined = undefined;
  alternatives: CliticAnalysis[] | undefined = undefined;
  /** The word's index in the word table (see `wordIndexOf`), private: out of JSON and the schema. */
  readonly #word: number;

  constructor(
    public start: number,
    public end: number,
    public norm: string,
    public kind: Token['kind'],
    public script: Token['script'],
    public sentence: number,
    word: number,
  ) {
    this.#word = word;
  }

  static wordOf(t: object): number {
    return #word in t ? (t as TokenRecord).#word : -1;
  }
}

/**
 * The interned word index of a token made by `finishTokens`, or -1 (a token built by hand, or a word
 * whose analysis its spelling decides). Lets a rule that is handed one token keep a per-word memo;
 * the index may be reused for another word once the table starts again, so a memo checks the word too.
 */
export function wordIndexOf(token: Token): number {
  return TokenRecord.wordOf(token);
}

/**
 * The word the table holds at an index now (undefined past its end). A token's index is its word's
 * while this is the token's `norm`: a memo by index checks it, since the table may start again in the
 * middle of a document.
 */
export function wordAtIndex(id: number): string | undefined {
  return words.wordOrNone(id);
}

/** The generation of the word table: word indexes from `finishTokens` stay valid while it is unchanged. */
export function wordGeneration(): number {
  return words.generation;
}

/**
 * Maps raw tokens to original offsets and adds clitic analyses to Arabic words (`original`: the text
 * before normalization, for what folds erase). `ids` receives each token's interned word index, or -1
 * for a word whose analysis its spelling decides (valid for the current `wordGeneration()`), for per-word memos.
 */
export function finishTokens(raw: RawTokens, norm: Normalized, original: string, stems: ReadonlySet<string>, sentenceOf: Int32Array, ids?: Int32Array): Token[] {
  const n = raw.length;
  const tokens: Token[] = new Array(n);
  const { map, text: normText } = norm;
  words.startDocument();
  for (let k = 0; k < n; k++) {
    const nStart = raw.nStart[k]!;
    const nEnd = raw.nEnd[k]!;
    const start = map.toOriginalStart(nStart);
    const end = Math.max(start, map.toOriginalEnd(nEnd));
    const id = words.intern(normText, nStart, nEnd);
    const text = words.word(id);
    const script = raw.script[k]!;
    // The word's letters are read from the normalized text, which is in the cache, not from the
    // interned string, which is usually not: only a word with readings to look up reads it.
    const length = nEnd - nStart;
    const first = normText.charCodeAt(nStart);
    let a: WordAnalysis | undefined;
    let taa = false;
    // Every split leaves at least two letters after a two-letter prefix (ال, لل, وب …) or three after a
    // one-letter one, so shorter words and alef-initial words without the article have none; و before a
    // two-letter word that opens a name (وتل, وبن) is the exception.
    if (script === SCRIPT_ARABIC && ((length >= 4 && ((first < 0x700 && CLITIC_INITIALS[first] === 1 && (first !== 0x627 || normText.charCodeAt(nStart + 1) === 0x644)) || mayHaveSuffix(normText, nStart, nEnd))) || (length === 3 && waShortName(text)))) {
      taa = mayHaveSuffix(normText, nStart, nEnd) && taaWritten(original, end, start);
      a = analysisOf(id, text, stems, taa);
    }
    // A word written with ة is read apart from its ه spelling: no per-word memo holds for it (-1).
    const word = taa ? -1 : id;
    if (ids !== undefined) ids[k] = word;
    // Every token gets the same shape (clitics and alternatives present, maybe undefined): extractors
    // read these fields on every token, and one hidden class keeps those reads monomorphic. JSON omits
    // undefined fields, so the output is unchanged.
    const token: Token = new TokenRecord(start, end, text, raw.kindOf(k), raw.scriptOf(k), sentenceOf[k]!, word);
    if (a !== undefined && (a.primary !== undefined || a.alternatives.length > 0)) {
      const plain = map.plainThrough(nStart, nEnd);
      if (a.primary) token.clitics = toOriginal(a.primary, nStart, map, start, plain);
      if (a.alternatives.length > 0) {
        const alternatives: CliticAnalysis[] = []; // a loop, not map(…): no closure per token
        for (const x of a.alternatives) alternatives.push(toOriginal(x, nStart, map, start, plain));
        token.alternatives = alternatives;
      }
    }
    tokens[k] = token;
  }
  return tokens;
}
