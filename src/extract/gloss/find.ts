// The name of a person, organization or place repeated in Latin letters in brackets right after it, as
// encyclopedia text writes it: ماري كوري (بالفرنسية: Marie Curie), ابن سينا (Avicenna); and the acronym or
// short name of an organization in brackets after it: منظمة العمل الدولية (ILO), بيت التمويل الكويتي (بيتك).
import type { Sentence, Token } from '../../schema.js';
import { firstEndingAfter } from '../../segment/spans.js';
import { commonWordSet, functionWordSet } from '../common/words.js';
import { languageWord } from '../person/gloss.js';
import { articleWritten } from '../common/spelling.js';
import { letterSet } from '../organization/letter-name.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../common/quotes.js';
import { derivedVerbalNoun } from '../person/word-shapes.js';
import type { Candidate, ExtractContext } from '../types.js';

/** The types whose names an encyclopedia glosses in another script. */
const GLOSSED = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);

/** Lower-case words inside Latin-script names (Charles de Gaulle, Ludwig van Beethoven, Bank of England). */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y', 'of', 'and', 'the', 'for', '&']);

/** At most this many tokens in a glossed name. */
const MAX_TOKENS = 8;

function capitalized(t: Token): boolean {
  const c = t.norm.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7); // A–Z, À–Þ
}

/**
 * Where a Latin name that starts at `at` ends (exclusive): capitalized words, the particles between them,
 * an initial with its dot (John F. Kennedy) and a hyphen inside a word (Jean-Paul). `at` when there is none.
 */
export function glossedNameEnd(tokens: readonly Token[], at: number, sentence: Sentence): number {
  let end = at;
  for (let k = at; k < sentence.tokenEnd && k - at < MAX_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.script === 'latin' && t.kind === 'word' && capitalized(t)) end = k + 1;
    else if (t.script === 'latin' && t.kind === 'word' && PARTICLES.has(t.norm)) continue;
    else if (t.kind === 'punct' && (t.norm === '.' || t.norm === '-' || t.norm === '&') && k > at && tokens[k - 1]!.end === t.start) continue;
    else break;
  }
  return end;
}

/**
 * The tokens of a gloss bracket opening at k: where the name starts and ends, or undefined. One word in
 * capitals is an acronym (ILO): a mention only after an organization, whose alias it is. So is one
 * Arabic word after an organization (بيت التمويل الكويتي ( بيتك ), البنك المركزي السعودي ( ساما )),
 * in brackets or quotes (« مازن »), when no word list claims it.
 */
function glossAt(text: string, tokens: readonly Token[], k: number, sentence: Sentence, organization: boolean, common: (norm: string) => boolean, letters: ReadonlySet<string>): { at: number; end: number } | undefined {
  if (k + 2 >= sentence.tokenEnd) return undefined;
  // الوكالة المغربية للطاقة المستدامة « مازن »: an organization's short name in quotes, one Arabic word.
  const quoted = organization && OPENING_QUOTES.has(tokens[k]!.norm) && CLOSING_QUOTES.has(tokens[k + 2]!.norm);
  if (tokens[k]!.norm !== '(' && !quoted) return undefined;
  let at = k + 1;
  const first = tokens[at]!;
  // ألكسو, أونروا: an alef with hamza folds to one that looks like the article; as written it is none.
  // كهرماء: a first letter the splitter reads as a proclitic is the acronym's own when what it leaves is no word.
  const ownLetter = !first.clitics?.prefixes.length || (!first.clitics.article && !common(first.clitics.stem));
  // (A verbal noun quoted after a body is the word it uses: الاتحاد الأوروبي " تفويض ".)
  if (organization && (tokens[at + 1]?.norm === ')' || (quoted && !derivedVerbalNoun(first.norm))) && first.kind === 'word' && first.script === 'arabic' && ownLetter && !articleWritten(text, first) && first.norm.length >= 3 && !common(first.norm)) {
    return { at, end: at + 1 };
  }
  if (quoted) return undefined;
  const spelled = organization ? spelledAcronymEnd(tokens, at, sentence, letters) : -1;
  if (spelled > at) return { at, end: spelled };
  const language = languageWord(first);
  if (language) at += tokens[at + 1]?.norm === ':' ? 2 : 1;
  const end = glossedNameEnd(tokens, at, sentence);
  if (end === at || end >= sentence.tokenEnd || tokens[end]!.norm !== ')') return undefined;
  if (!language && !organization && end - at === 1 && tokens[at]!.norm === tokens[at]!.norm.toUpperCase()) return undefined;
  return { at, end };
}

/**
 * An acronym spelled out in Arabic letter names in the brackets after an organization (حزب العمال
 * الكردستاني ( بي كي كي ), ( يو إس إيد ), ( أو سي بي )): two to five words, at least two of them letter
 * names, the others one transliterated word at most. Where it ends (the closing bracket), or -1.
 */
function spelledAcronymEnd(tokens: readonly Token[], at: number, sentence: Sentence, letters: ReadonlySet<string>): number {
  let named = 0;
  let other = 0;
  for (let k = at; k < sentence.tokenEnd && k - at <= 5; k++) {
    const t = tokens[k]!;
    if (t.norm === ')') return named >= 2 ? k : -1;
    if (t.kind !== 'word' || t.script !== 'arabic' || t.norm.startsWith('ال')) return -1;
    if (letters.has(t.norm)) named++;
    else if (++other > 1 || t.norm.length < 3) return -1;
  }
  return -1;
}

/** A candidate for each glossed name, of the type of the name it follows. */
export function findLatinGlosses(context: ExtractContext): Candidate[] {
  const { tokens, sentences } = context;
  const out: Candidate[] = [];
  const done = new Set<number>();
  const words = commonWordSet(context.key);
  const stop = functionWordSet(context.key);
  const common = (n: string): boolean => words.has(n) || stop.has(n);
  const letters = letterSet(context.key);
  const bodyEnds = new Set<number>();
  for (const c of context.previous) if (c.type === 'ORGANIZATION') bodyEnds.add(c.end);
  for (const c of context.previous) {
    if (!GLOSSED.has(c.type)) continue;
    const k = firstEndingAfter(tokens, c.end);
    const open = tokens[k];
    if (open === undefined || open.start < c.end || done.has(k)) continue;
    const sentence = sentences[open.sentence]!;
    if (sentence.skip) continue;
    // المؤسسة العامة لتشجيع الاستثمارات في لبنان ( إيدال ): the short name after a body's seat is the body's.
    const type = c.type === 'LOCATION' && bodySeat(tokens, k, c.start, bodyEnds) ? 'ORGANIZATION' : c.type;
    const gloss = glossAt(context.text, tokens, k, sentence, type === 'ORGANIZATION', common, letters);
    if (gloss === undefined) continue;
    done.add(k);
    const short = type === 'ORGANIZATION' && (gloss.end - gloss.at === 1 || tokens[gloss.at]!.script === 'arabic') && (tokens[gloss.at]!.script === 'arabic' || tokens[gloss.at]!.norm === tokens[gloss.at]!.norm.toUpperCase());
    out.push({ type, start: tokens[gloss.at]!.start, end: tokens[gloss.end - 1]!.end, rule: short ? 'short-name' : 'latin-gloss' });
  }
  return out;
}

/** Does the place starting at offset `start`, before token k, follow في right after a body's name? */
function bodySeat(tokens: readonly Token[], k: number, start: number, bodyEnds: ReadonlySet<number>): boolean {
  let j = k - 1;
  while (j > 0 && tokens[j]!.start > start) j--;
  return j >= 2 && tokens[j]!.start === start && tokens[j - 1]!.norm === 'في' && bodyEnds.has(tokens[j - 2]!.end);
}
