/**
 * Proclitic analysis of normalized Arabic words: conjunction (و ف), preposition (ب ل ك) or future
 * marker (س), then the article ال (after ل written لل, the article's alef dropped).
 *
 * Letters that belong to the stem must survive (بلد, لبنان, فرنسا, والي), so a split is preferred only
 * when the stem lexicon knows the stem, or the word carries the article, or the stem left is long enough;
 * every other grammatical split is kept as an alternative reading rather than guessed away.
 */

/** One reading, with offsets relative to the start of the normalized word. */
export interface RelativeAnalysis {
  prefixes: string[];
  article: boolean;
  baseOffset: number;
  stemOffset: number;
  stem: string;
  suffix?: string;
  /** The reading's lexicon key, the stem with the article kept (الامم for للأمم), made once per word. */
  key?: string;
}

/**
 * A reading built by a constructor, so that every reading has one shape (suffix and key present, maybe
 * undefined): finishTokens reads these fields for every analyzed token, and object literals of several
 * shapes (with and without a suffix, a key added later) made those reads polymorphic.
 */
class Reading implements RelativeAnalysis {
  key: string | undefined = undefined;
  constructor(
    public prefixes: string[],
    public article: boolean,
    public baseOffset: number,
    public stemOffset: number,
    public stem: string,
    public suffix: string | undefined,
  ) {}
}

export interface WordAnalysis {
  primary?: RelativeAnalysis;
  alternatives: RelativeAnalysis[];
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك', 'س'];
/** Shortest stem left after stripping: with the article, and without it. */
const MIN_STEM_WITH_ARTICLE = 2;
const MIN_STEM_BARE = 3;

/**
 * Two-letter words that open a name (تل أبيب, أم درمان, بن لادن, بو ظبي, ذي قار, حي الجمالية), normalized
 * with and without the alef folded. Behind و, ب or ل they are the only two-letter stems worth a reading
 * (وتل, بأم, بحي): stems that short are otherwise too often the word's own letters.
 */
const SHORT_NAME_WORDS = new Set(['تل', 'ام', 'أم', 'بن', 'بو', 'ذي']);

/** Proclitics read off a two-letter word that opens a name: و (وتل, وبن), and ب, ل (بأم كلثوم, لأبو). */
const SHORT_NAME_PROCLITICS = new Set(['و', 'ب', 'ل']);

/** Is the word a proclitic + a two-letter word that opens a name (وتل, وبن, بأم)? Such words get an analysis too. */
export function waShortName(word: string): boolean {
  if (word.length !== 3 || !SHORT_NAME_PROCLITICS.has(word[0]!)) return false;
  const stem = word.slice(1);
  // وحي is 'revelation' far more often than و + حي: the district is read behind ب only (بحي الزيتون).
  // وطه حسين, ومي غصوب: the given names طه and مي behind و (behind ب, بطه is the duck, folded); طه behind
  // ل too (رواية لطه حسين: no word is spelled لطه).
  if (stem === TAHA) return word[0] === 'و' || word[0] === 'ل';
  if (stem === MAI) return word[0] === 'و';
  return stem === DISTRICT ? word[0] === 'ب' : SHORT_NAME_WORDS.has(stem);
}

/** The first letters of an imperfect verb (ي ت ن, and ا for the folded أ), the only stems after the future س. */
const IMPERFECT_INITIALS = new Set([0x064a, 0x062a, 0x0646, 0x0627]);

/** طه and مي, given names of two letters. */
const TAHA = 'طه';
const MAI = 'مي';

/** حي, 'district', a place trigger of two letters. */
const DISTRICT = 'حي';

/** Every grammatical split of `word` (not the unsplit reading). */
function candidates(word: string): RelativeAnalysis[] {
  const out: RelativeAnalysis[] = [];
  for (const conj of CONJUNCTIONS) {
    if (conj && !word.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      const pre = conj + prep;
      if (prep && !word.startsWith(pre)) continue;
      const prefixes = [conj, prep].filter(Boolean);
      // With the article: ال after most prefixes; after ل the surface is لل (ل + ل of the article).
      const articleSurface = prep === 'ل' ? conj + 'لل' : pre + 'ال';
      if (prep !== 'س' && word.startsWith(articleSurface)) {
        const stemOffset = articleSurface.length;
        if (word.length - stemOffset >= MIN_STEM_WITH_ARTICLE) {
          const baseOffset = prep === 'ل' ? stemOffset - 1 : pre.length;
          out.push(new Reading(prefixes, true, baseOffset, stemOffset, word.slice(stemOffset), undefined));
        }
      }
      // The future marker stands before an imperfect only (سيعقد, ستطلب, سنعمل, سأزور): سكاف is no س + كاف.
      if (prep === 'س' && !IMPERFECT_INITIALS.has(word.charCodeAt(pre.length))) continue;
      if (pre && (word.length - pre.length >= MIN_STEM_BARE || (pre.length === 1 && waShortName(word)))) {
        out.push(new Reading(prefixes, false, pre.length, pre.length, word.slice(pre.length), undefined));
      }
    }
  }
  return out;
}

function known(a: RelativeAnalysis, stems: ReadonlySet<string>): boolean {
  return stems.has(a.stem) || (a.article && stems.has('ال' + a.stem));
}

/** Pronoun suffixes, longest first. */
const SUFFIXES = ['هما', 'ها', 'هم', 'كم', 'كن', 'نا', 'ه'];

/**
 * Splits a pronoun suffix off a stem where the split is unambiguous: after ت that stands for a taa
 * marbuta (شراكتنا → شراكه + نا, حكومتها → حكومه + ها, زيارته → زياره + ه). Other endings (تفاهم, اسهم)
 * are left whole: their last letters may belong to the stem.
 */
export function splitSuffix(a: RelativeAnalysis): RelativeAnalysis {
  if (a.article) return a;
  for (const suffix of SUFFIXES) {
    const at = a.stem.length - suffix.length;
    if (at >= 3 && a.stem.endsWith(suffix) && a.stem.charCodeAt(at - 1) === 0x062a /* ت */) {
      return new Reading(a.prefixes, a.article, a.baseOffset, a.stemOffset, a.stem.slice(0, at - 1) + 'ه', suffix);
    }
  }
  return a;
}

/** The whole word as one reading (no proclitic), for words whose only split is a suffix. */
function whole(word: string): RelativeAnalysis {
  return new Reading([], false, 0, 0, word, undefined);
}

/** Analyses one normalized Arabic word: proclitics against the stem lexicon, then a pronoun suffix. */
export function analyzeWord(word: string, stems: ReadonlySet<string>): WordAnalysis {
  const a = analyzePrefixes(word, stems);
  if (a.primary) return { primary: splitSuffix(a.primary), alternatives: a.alternatives };
  const bare = splitSuffix(whole(word));
  return bare.suffix && !stems.has(word) ? { primary: bare, alternatives: a.alternatives } : a;
}

/** Proclitic readings only: for a word written with ة, which folds to ه but is no ت + pronoun (مصراتة, ثابتة). */
export function analyzePrefixes(word: string, stems: ReadonlySet<string>): WordAnalysis {
  const all = candidates(word);
  if (all.length === 0) return { alternatives: [] };
  if (stems.has(word)) {
    // A known word: read it whole; splits that also give known stems stay as alternatives.
    return { alternatives: all.filter((a) => known(a, stems)) };
  }
  const score = (a: RelativeAnalysis): number =>
    (known(a, stems) ? 100 : 0) +
    (a.article ? 10 : 0) +
    a.stemOffset -
    (a.prefixes.includes('س') ? 50 : 0) -
    (!a.article && !known(a, stems) && a.stem.length < 4 ? 5 : 0);
  let best = all[0]!;
  for (const a of all) if (score(a) > score(best)) best = a;
  // The future marker and bare splits of unknown short stems are too uncertain to prefer.
  const confident = known(best, stems) || best.article || (!best.prefixes.includes('س') && best.stem.length >= MIN_STEM_BARE);
  if (!confident) return { alternatives: all };
  // A bare reading that only keeps the article inside the stem (ب + الخارجيه beside ب + ال + خارجيه) adds nothing.
  const redundant = (a: RelativeAnalysis): boolean =>
    best.article && !a.article && a.prefixes.join() === best.prefixes.join() && !known(a, stems);
  return { primary: best, alternatives: all.filter((a) => a !== best && !redundant(a)) };
}
