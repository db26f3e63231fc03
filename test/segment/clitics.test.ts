import { describe, expect, it } from 'vitest';
import { analyzeWord, type RelativeAnalysis } from '../../src/segment/clitics.js';
import { stemLexicon } from '../../src/segment/stems.js';
import type { CliticAnalysis, Token } from '../../src/schema.js';
import { lexiconKeyer } from '../../src/text/lexicon-key.js';
import { NormalizeOptionsSchema } from '../../src/text/options.js';
import { segmentText } from './helpers.js';

/** The stem lexicon (src/segment/data/stems.json) as the default analysis sees it. */
const lexicon = stemLexicon(lexiconKeyer(NormalizeOptionsSchema.parse({})));

/** The one token of a one-word text. */
function word(text: string): Token {
  const { tokens } = segmentText(text);
  expect(tokens).toHaveLength(1);
  return tokens[0]!;
}

/** A compact, readable form of an analysis: prefixes, article, stem, and where base and stem start. */
function show(a: CliticAnalysis | undefined): string | undefined {
  if (!a) return undefined;
  return `${[...a.prefixes, ...(a.article ? ['ال'] : [])].join('+')}|${a.stem}@${a.baseStart},${a.stemStart}`;
}

describe('proclitics and the article (with original offsets)', () => {
  it.each<[string, string[], boolean, string, number, number]>([
    // word, prefixes, article, stem, baseStart, stemStart
    ['بوزارة', ['ب'], false, 'وزاره', 1, 1],
    ['للأمم', ['ل'], true, 'امم', 1, 2],
    ['والولايات', ['و'], true, 'ولايات', 1, 3],
    ['وبالتالي', ['و', 'ب'], true, 'تالي', 2, 4],
    ['بالخارجية', ['ب'], true, 'خارجيه', 1, 3],
    ['فالرئيس', ['ف'], true, 'رئيس', 1, 3],
    ['كالعادة', ['ك'], true, 'عاده', 1, 3],
    ['وللمنظمات', ['و', 'ل'], true, 'منظمات', 2, 3],
    ['للاتجار', ['ل'], true, 'اتجار', 1, 2],
    ['والمنظمات', ['و'], true, 'منظمات', 1, 3],
    ['المتحدة', [], true, 'متحده', 0, 2],
    ['الأمريكية', [], true, 'امريكيه', 0, 2],
    ['لمكافحة', ['ل'], false, 'مكافحه', 1, 1],
    ['ومكافحة', ['و'], false, 'مكافحه', 1, 1],
    ['بمصر', ['ب'], false, 'مصر', 1, 1],
    ['ولبنان', ['و'], false, 'لبنان', 1, 1],
    ['بلبنان', ['ب'], false, 'لبنان', 1, 1],
    ['لفرنسا', ['ل'], false, 'فرنسا', 1, 1],
  ])('%s → %j + article %s + %s', (text, prefixes, article, stem, baseStart, stemStart) => {
    const t = word(text);
    expect(t.clitics).toEqual({ prefixes, article, baseStart, stemStart, stem });
  });

  it('gives offsets into the original text, after the words before it', () => {
    const text = 'قال بوزارة للأمم';
    const { tokens } = segmentText(text);
    expect(tokens[1]!.clitics).toMatchObject({ prefixes: ['ب'], stemStart: 5 });
    expect(text[5]).toBe('و');
    expect(tokens[2]!.clitics).toMatchObject({ prefixes: ['ل'], article: true, baseStart: 12, stemStart: 13 });
    expect(text.slice(12, 14)).toBe('لأ');
  });

  it('counts diacritics and tatweel in the original offsets', () => {
    const text = 'وَالوِلَايَات';
    const t = word(text);
    expect(t.clitics).toMatchObject({ prefixes: ['و'], article: true, stem: 'ولايات' });
    expect(text.slice(t.clitics!.baseStart, t.clitics!.stemStart)).toBe('ال');
    expect(text.slice(t.clitics!.stemStart)).toBe('وِلَايَات');

    const text2 = 'بـالخَارِجِيَّةِ';
    const t2 = word(text2);
    expect(t2.clitics).toMatchObject({ prefixes: ['ب'], article: true, stem: 'خارجيه' });
    expect(text2.slice(t2.clitics!.baseStart, t2.clitics!.stemStart)).toBe('ال');
    expect(text2.slice(t2.clitics!.stemStart)).toBe('خَارِجِيَّةِ');
  });

  it('starts a stem that begins inside a lam-alef ligature at the ligature', () => {
    const text = 'بال\ufefcجئين';
    const t = word(text);
    expect(t.norm).toBe('باللاجئين');
    expect(t.clitics).toMatchObject({ prefixes: ['ب'], article: true, stem: 'لاجئين', baseStart: 1, stemStart: 3 });
    expect(text.slice(t.clitics!.stemStart)).toBe('\ufefcجئين');
  });

  it('reads و before a two-letter word that opens a name (وتل, وأم, وذي; وبن, whose stem is listed, as its reading)', () => {
    for (const text of ['وتل', 'وأم', 'وذي']) {
      const t = word(text);
      expect(t.clitics).toBeUndefined();
      expect(t.alternatives?.map(show)).toEqual([`و|${text.slice(1).replace('أ', 'ا')}@1,1`]);
    }
    expect(show(word('وبن').clitics)).toBe('و|بن@1,1');
    // Other three-letter words with و keep no reading: the two letters left are too often the word's own.
    expect(word('وجه').alternatives).toBeUndefined();
  });

  it('reads ب before حي, the district, and no other proclitic there (وحي is «revelation»)', () => {
    const t = word('بحي');
    expect([t.clitics, ...(t.alternatives ?? [])].filter(Boolean).map(show)).toEqual(['ب|حي@1,1']);
    expect(word('وحي').clitics).toBeUndefined();
    expect(word('وحي').alternatives).toBeUndefined();
  });

  it('does not analyse words that cannot carry a proclitic', () => {
    for (const text of ['مصر', 'قال', 'كما', 'ولد', 'من']) expect(word(text).clitics).toBeUndefined();
  });
});

describe('stems that must survive whole', () => {
  it.each(['بلد', 'بلاد', 'لبنان', 'كتاب', 'فرنسا', 'والي'])('%s', (text) => {
    const t = word(text);
    expect(t.clitics).toBeUndefined();
    // Only readings the lexicon itself supports may appear as alternatives (و + الي for والي, say).
    for (const a of t.alternatives ?? []) expect(lexicon.has(a.stem) || (a.article && lexicon.has('ال' + a.stem))).toBe(true);
  });

  it('are in the stem lexicon', () => {
    for (const w of ['بلد', 'بلاد', 'لبنان', 'كتاب', 'فرنسا', 'والي']) expect(lexicon.has(w)).toBe(true);
  });

  it('keeps them whole after a real proclitic', () => {
    expect(word('ولبنان').clitics).toMatchObject({ prefixes: ['و'], stem: 'لبنان' });
    expect(word('وفرنسا').clitics).toMatchObject({ prefixes: ['و'], stem: 'فرنسا' });
    expect(word('بكتاب').clitics).toMatchObject({ prefixes: ['ب'], stem: 'كتاب' });
    expect(word('والبلاد').clitics).toMatchObject({ prefixes: ['و'], article: true, stem: 'بلاد' });
  });

  it('relies on the stem lexicon: without it, لبنان and كتاب would be split', () => {
    const none = new Set<string>();
    expect(analyzeWord('لبنان', none).primary).toMatchObject({ prefixes: ['ل'], stem: 'بنان' });
    expect(analyzeWord('كتاب', none).primary).toMatchObject({ prefixes: ['ك'], stem: 'تاب' });
    expect(analyzeWord('لبنان', new Set(['لبنان'])).primary).toBeUndefined();
    expect(analyzeWord('كتاب', new Set(['كتاب'])).primary).toBeUndefined();
  });

  it('relies on the minimum stem length for short words: بلد survives without the lexicon', () => {
    expect(analyzeWord('بلد', new Set())).toEqual({ alternatives: [] });
    expect(analyzeWord('ولد', new Set())).toEqual({ alternatives: [] });
  });
});

describe('ambiguous words expose alternatives', () => {
  const rel = (a: RelativeAnalysis): string => `${[...a.prefixes, ...(a.article ? ['ال'] : [])].join('+')}|${a.stem}`;

  it('ولبنان: و + لبنان preferred (known stem), و + ل + بنان kept as an alternative', () => {
    const t = word('ولبنان');
    expect(show(t.clitics)).toBe('و|لبنان@1,1');
    expect((t.alternatives ?? []).map(show)).toContain('و+ل|بنان@2,2');
  });

  it('وسيذهب: the future marker is an alternative, not the preferred reading', () => {
    const a = analyzeWord('وسيذهب', new Set());
    expect(rel(a.primary!)).toBe('و|سيذهب');
    expect(a.alternatives.map(rel)).toContain('و+س|يذهب');
  });

  it('سياره: a lone future-marker split is too uncertain to prefer', () => {
    const a = analyzeWord('سياره', new Set());
    expect(a.primary).toBeUndefined();
    expect(a.alternatives.map(rel)).toEqual(['س|ياره']);
  });

  it('سكاف, سلطنة: the future marker stands before an imperfect only, so no س split is read before other letters', () => {
    const stems = new Set(['كاف', 'لطنه']);
    expect(analyzeWord('سكاف', stems)).toEqual({ alternatives: [] });
    expect(analyzeWord('سلطنه', stems)).toEqual({ alternatives: [] });
    expect(analyzeWord('ستطلب', new Set(['تطلب'])).primary && rel(analyzeWord('ستطلب', new Set(['تطلب'])).primary!)).toBe('س|تطلب');
  });

  it('exposes the alternatives on the token with original offsets', () => {
    const text = 'قال وسيذهب';
    const t = segmentText(text).tokens[1]!;
    expect(show(t.clitics)).toBe('و|سيذهب@5,5');
    expect((t.alternatives ?? []).map(show)).toContain('و+س|يذهب@6,6');
  });

  it('والله: the article reading is preferred, و + الله kept', () => {
    const t = word('والله');
    expect(t.clitics).toMatchObject({ prefixes: ['و'], article: true, baseStart: 1 });
    expect((t.alternatives ?? []).map(show)).toContain('و|الله@1,1');
  });

  it('a known word read whole keeps the splits that also give known stems as alternatives', () => {
    const stems = new Set(['والي', 'الي']);
    const a = analyzeWord('والي', stems);
    expect(a.primary).toBeUndefined();
    expect(a.alternatives.map(rel)).toEqual(['و|الي']);
  });

  it('an unknown word with an article is split confidently', () => {
    const a = analyzeWord('بالبشر', new Set());
    expect(rel(a.primary!)).toBe('ب+ال|بشر');
  });

  it('prefers the reading whose stem is in the lexicon over a longer strip', () => {
    // Without the lexicon the article reading (ل + ال + بنان) would not apply; و + ل + بنان is the longest strip.
    expect(rel(analyzeWord('ولبنان', new Set()).primary!)).toBe('و+ل|بنان');
    expect(rel(analyzeWord('ولبنان', new Set(['لبنان'])).primary!)).toBe('و|لبنان');
  });

  it('never returns the preferred reading among the alternatives', () => {
    for (const text of ['وبالتالي', 'ولبنان', 'وسيذهب', 'والله', 'وللمنظمات']) {
      const t = word(text);
      expect((t.alternatives ?? []).map(show)).not.toContain(show(t.clitics));
    }
  });
});
