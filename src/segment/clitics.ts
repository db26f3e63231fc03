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
          out.push({ prefixes, article: true, baseOffset, stemOffset, stem: word.slice(stemOffset) });
        }
      }
      if (pre && word.length - pre.length >= MIN_STEM_BARE) {
        out.push({ prefixes, article: false, baseOffset: pre.length, stemOffset: pre.length, stem: word.slice(pre.length) });
      }
    }
  }
  return out;
}

function known(a: RelativeAnalysis, stems: ReadonlySet<string>): boolean {
  return stems.has(a.stem) || (a.article && stems.has('ال' + a.stem));
}

/** Analyses one normalized Arabic word against the stem lexicon. */
export function analyzeWord(word: string, stems: ReadonlySet<string>): WordAnalysis {
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
