// The quoted titles of works (رواية « سمرقند », فيلمه « تمبكتو », أوبرا « عايدة »): the words inside
// name the work, not the place or the person they spell, for every reader of names.
import type { Sentence, Token } from '../../schema.js';
import { OPENING_QUOTE, passGates } from '../lexicon/pass-gates.js';
import { perDocument } from '../lexicon/start-bits.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { ExtractContext } from '../types.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quotes.js';
import { keyedSetWithArticle, POSSESSIVE_PRONOUNS } from './words.js';
import workNouns from './data/work-nouns.json';
import { markVesselNames } from './vessel-names.js';
import { markUnquotedWorkTitles } from './unquoted-work-titles.js';

/** Nouns of works and products, keyed through the document's normalization, with and without the article. */
export const workNounSet = keyedSetWithArticle(workNouns.words);

/** A title has at most this many words. */
const MAX_WORDS = 6;

/** Words that join one quoted title to the next (« بين القصرين » و « قصر الشوق »). */
const JOINERS = new Set(['و', '،', ',', 'او', 'أو']);

/** Is the token a noun of a work, bare, behind a proclitic, or with a pronoun (فيلمه, رواياته)? */
function workNoun(works: ReadonlySet<string>, t: Token): boolean {
  if (t.kind !== 'word') return false;
  for (const f of tokenForms(t)) {
    if (works.has(f.key)) return true;
    // فيلمه, رواياته, أعمالها: the pronoun as written, whatever the splitter made of the word.
    for (const p of POSSESSIVE_PRONOUNS) if (f.key.length > p.length + 2 && f.key.endsWith(p) && works.has(f.key.slice(0, -p.length))) return true;
  }
  return false;
}

/** Words between a work noun and its title: its maker or an adjective (فيلمه الثاني, ألبوم إليسا). */
const MAX_BETWEEN = 2;

/**
 * A comma and the words that introduce titles after the noun of works, not counted as words between
 * (مسلسلات خليجية ، أبرزها « … »), normalized.
 */
const INTRODUCING = new Set(['،', ',', 'ابرزها', 'اشهرها', 'منها', 'بينها', 'مثل']);

/** Words after which a quote is speech, not a title (كتب في كتابه أن « … »). */
const SPEECH = new Set(['ان', 'انه', 'انها', 'قائلا', 'قائله', 'قوله', 'قولها']);

/**
 * Is there a noun of a work right before the quote at i, or a word or two before it (فيلمه الثاني « … »)?
 * Not the subject of إن or أن when the quote closes the sentence: إن المشروع « سيغير وجه التجارة » is
 * what the project will do, the predicate the statement needs (إن رواية « عزازيل » فازت names the novel).
 */
function workNounBefore(works: ReadonlySet<string>, tokens: readonly Token[], i: number, close: number, s: Sentence): boolean {
  let words = 0;
  for (let k = i - 1; k >= s.tokenStart && words <= MAX_BETWEEN; k--) {
    const t = tokens[k]!;
    if (workNoun(works, t)) return !(k === i - 1 && k > s.tokenStart && SPEECH.has(tokens[k - 1]!.norm) && closesSentence(tokens, close, s));
    if (INTRODUCING.has(t.norm)) continue;
    if (t.kind !== 'word' || SPEECH.has(t.norm)) return false;
    words++;
  }
  return false;
}

/** Does the sentence end after the closing quote at `close` (nothing, or only marks, follow it)? */
function closesSentence(tokens: readonly Token[], close: number, s: Sentence): boolean {
  for (let k = close + 1; k < s.tokenEnd; k++) if (tokens[k]!.kind !== 'punct') return false;
  return true;
}

/** The index of the closing quote of a title opened at i, or -1 (words only in between, a few of them). */
function closingAt(tokens: readonly Token[], i: number, s: Sentence): number {
  let k = i + 1;
  while (k < s.tokenEnd && k - i <= MAX_WORDS && tokens[k]!.kind !== 'punct') k++;
  return k > i + 1 && k < s.tokenEnd && CLOSING_QUOTES.has(tokens[k]!.norm) ? k : -1;
}

/**
 * For each token of the document, 1 when it stands inside the quoted title of a work: quotes right after
 * a noun of a work, and each further quoted title joined to one by و or a comma; and 1 for the words of
 * an unquoted title after a work's noun and a country's adjective (unquoted-work-titles.ts), and the
 * words of a ship's name after a noun of ships (vessel-names.ts).
 */
export const workTitles = perDocument((context: Pick<ExtractContext, 'text' | 'tokens' | 'key' | 'wordIds' | 'sentences'>): Uint8Array => {
  const { tokens } = context;
  const works = workNounSet(context.key);
  const out = new Uint8Array(tokens.length);
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    let lastClose = -1; // the closing quote of the last title found in the sentence
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if ((gates[i]! & OPENING_QUOTE) === 0 || !OPENING_QUOTES.has(tokens[i]!.norm)) continue;
      const close = closingAt(tokens, i, s);
      if (close < 0) continue;
      let joined = lastClose >= 0;
      for (let k = lastClose + 1; joined && k < i; k++) joined = JOINERS.has(tokens[k]!.norm);
      if (!joined && !workNounBefore(works, tokens, i, close, s)) continue;
      out.fill(1, i + 1, close);
      lastClose = close;
      i = close;
    }
  }
  markUnquotedWorkTitles(context, works, out);
  markVesselNames(context, out);
  return out;
});
