import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { OptionsError } from '../../src/options-error.js';
import type { NormalizeOptions } from '../../src/text/options.js';

const norm = (s: string, options?: NormalizeOptions): string => normalize(s, options).text;
const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const range = (lo: number, hi: number): number[] => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

describe('diacritics', () => {
  it.each(range(0x064b, 0x065f).map((c) => [hex(c), c]))('deletes tashkeel %s between letters', (_, c) => {
    expect(norm(`ب${String.fromCharCode(c)}ت`)).toBe('بت');
  });

  it('deletes the superscript alef U+0670', () => {
    expect(norm('هٰذا')).toBe('هذا');
    expect(norm('رحمٰن')).toBe('رحمن');
  });

  it.each(range(0x06d6, 0x06ed).map((c) => [hex(c), c]))('deletes the Quranic mark %s', (_, c) => {
    expect(norm(`قال${String.fromCharCode(c)} الله`)).toBe('قال الله');
  });

  it('leaves the code points just outside the ranges alone', () => {
    // U+064A yeh, U+0660 Arabic-Indic zero is a digit (folded separately), U+066F dotless qaf, U+06EE dal with inverted V.
    expect(norm('\u064a')).toBe('\u064a');
    expect(norm('\u066f')).toBe('\u066f');
    expect(norm('\u06ee')).toBe('\u06ee');
  });

  it('strips a fully vocalised phrase', () => {
    expect(norm('وَزَارَةُ الخَارِجِيَّةِ')).toBe('وزاره الخارجيه');
    expect(norm('كِتَابٌ')).toBe('كتاب');
  });
});

describe('tatweel', () => {
  it.each([
    ['مـصر', 'مصر'],
    ['مـــــصر', 'مصر'],
    ['بـ1.04', 'ب1.04'],
    ['ـ', ''],
  ])('%s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });
});

describe('letter folds', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهيم'],
    ['آمال', 'امال'],
    ['ٱلله', 'الله'],
    ['أإآٱ', 'اااا'],
  ])('alef variant: %s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    ['مصطفى', 'مصطفي'],
    ['على', 'علي'],
    ['هيكى', 'هيكي'],
  ])('alef maksura: %s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    ['القاهرة', 'القاهره'],
    ['وزارة الخارجية', 'وزاره الخارجيه'],
  ])('taa marbuta: %s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('keeps hamza carriers by default', () => {
    expect(norm('مؤتمر')).toBe('مؤتمر');
    expect(norm('رئيس')).toBe('رئيس');
    expect(norm('هيئة')).toBe('هيئه');
  });

  it('folds hamza carriers ؤ → و and ئ → ي when asked', () => {
    expect(norm('مؤتمر', { hamzaCarriers: true })).toBe('موتمر');
    expect(norm('رئيس', { hamzaCarriers: true })).toBe('رييس');
    expect(norm('هيئة', { hamzaCarriers: true })).toBe('هييه');
  });

  it('leaves bare hamza and alef alone', () => {
    expect(norm('ءا')).toBe('ءا');
  });
});

describe('digits', () => {
  it('maps Arabic-Indic digits to ASCII', () => {
    expect(norm('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('maps Eastern (Persian) digits to ASCII', () => {
    expect(norm('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('leaves ASCII digits alone', () => {
    expect(norm('2024')).toBe('2024');
  });

  it.each([
    ['١٢٫٥', '12.5'],
    ['١٬٠٠٠', '1,000'],
    ['١٥٬٠٢٩٫٥', '15,029.5'],
    ['3٫5', '3.5'],
    ['۳٫۵', '3.5'],
    ['١\u200f٫٥', '1.5'],
    ['١٫\u200f٥', '1.5'],
  ])('a separator between digits: %s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    ['ب٫ت', 'ب٫ت'],
    ['ب٬ت', 'ب٬ت'],
    ['١٫', '1٫'],
    ['٫٥', '٫5'],
    ['١ ٫ ٥', '1 ٫ 5'],
    ['١٫٫٥', '1٫٫5'],
    ['٬', '٬'],
  ])('a separator not between digits is kept: %s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });
});

describe('presentation forms', () => {
  it.each([
    ['ﻣﺼﺮ', 'مصر'],
    ['ﺍﻟﻘﺎﻫﺮﺓ', 'القاهره'],
    ['ﺃﺣﻤﺪ', 'احمد'],
    ['ﻰ', 'ي'],
  ])('contextual forms fold to base letters: %s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    ['\ufefb', 'لا'],
    ['\ufefc', 'لا'],
    ['\ufef7', 'لا'],
    ['\ufef8', 'لا'],
    ['\ufef9', 'لا'],
    ['\ufef5', 'لا'],
  ])('the lam-alef ligature %s expands to two letters', (input, expected) => {
    const r = normalize(input);
    expect(r.text).toBe(expected);
    expect(r.text).toHaveLength(2);
  });

  it('keeps the hamza of a lam-alef ligature when the alef fold is off', () => {
    expect(norm('\ufef7', { alef: false })).toBe('لأ');
    expect(norm('\ufef9', { alef: false })).toBe('لإ');
    expect(norm('\ufef5', { alef: false })).toBe('لآ');
  });

  it('expands a ligature inside a word', () => {
    expect(norm('ﻻبد')).toBe('لابد');
    expect(norm('ﺍﻟﻼﺟﺌﻴﻦ')).toBe('اللاجئين');
  });

  it('writes the rial sign ﷼ as the word ريال', () => {
    expect(norm('﷼')).toBe('ريال');
    expect(norm('100 ﷼')).toBe('100 ريال');
  });

  it('expands the Allah ligature ﷲ', () => {
    expect(norm('ﷲ')).toBe('الله');
  });

  it('keeps a ligature that stands for a whole phrase as one character', () => {
    // Expanded to four words, one original character would sit under four tokens.
    expect(norm('قال ﷺ')).toBe('قال ﷺ');
    expect(norm('ﷻ')).toBe('ﷻ');
  });

  it('turns an isolated tashkeel form into a space, or keeps it whole when diacritics are kept', () => {
    // NFKC of U+FE72 is a space + dammatan.
    expect(norm('ب\ufe72ت')).toBe('ب ت');
    expect(norm('ب\ufe72ت', { diacritics: false })).toBe('ب\ufe72ت');
  });

  it('folds isolated tashkeel forms away', () => {
    // U+FE71 is tatweel + fathatan: both folds delete it.
    expect(norm('ب\ufe71')).toBe('ب');
  });

  it('does not truncate long expanding input', () => {
    const input = '\ufdf2'.repeat(40_000);
    const r = normalize(input);
    expect(r.text).toHaveLength(160_000);
    expect(r.text).toBe('الله'.repeat(40_000));
    expect(r.map.toOriginalRange(159_996, 160_000)).toEqual([39_999, 40_000]);
  });
});

describe('format controls', () => {
  const controls = [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), 0xfeff];
  it.each(controls.map((c) => [hex(c), c]))('removes %s', (_, c) => {
    const ch = String.fromCharCode(c);
    expect(norm(`مصر${ch}ية`)).toBe('مصريه');
    expect(norm(`${ch}مصر`)).toBe('مصر');
    expect(norm(`مصر${ch}`)).toBe('مصر');
  });

  it('removes a mix of controls around numbers', () => {
    expect(norm('\u202b\u200f15\u200e مليون\u202c')).toBe('15 مليون');
  });
});

describe('spaces', () => {
  const spaces = [0x00a0, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000, 0x09];
  it.each(spaces.map((c) => [hex(c), c]))('turns %s into a space', (_, c) => {
    expect(norm(`مصر${String.fromCharCode(c)}اليوم`)).toBe('مصر اليوم');
  });

  it.each([
    ['a  b', 'a b'],
    ['a      b', 'a b'],
    ['a \u00a0\u2003 b', 'a b'],
    ['a\u00a0\u00a0b', 'a b'],
    ['a \u200f b', 'a b'],
    ['  a', ' a'],
    ['a  ', 'a '],
  ])('folds runs of spaces: %j → %j', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('keeps line breaks (they separate paragraphs)', () => {
    expect(norm('سطر\nسطر')).toBe('سطر\nسطر');
    expect(norm('سطر\n\nسطر')).toBe('سطر\n\nسطر');
  });
});

describe('Persian letters', () => {
  it('folds Persian yeh and keheh to their Arabic forms', () => {
    expect(norm('یک')).toBe('يك');
  });
});

describe('each option turned off leaves its characters alone', () => {
  it.each<[keyof NormalizeOptions, string]>([
    ['diacritics', 'كَتَبَ هٰذا قالۖ'],
    ['tatweel', 'مـــصر'],
    ['alef', 'أحمد إبراهيم آمال ٱلله'],
    ['alefMaksura', 'مصطفى'],
    ['taaMarbuta', 'القاهرة'],
    ['digits', '١٢٫٥ ۳٬۰۰۰'],
    ['presentationForms', 'ﻣﺼﺮ ﻻ ﷼ ﷲ'],
    ['persianLetters', 'یک'],
    ['formatControls', '\ufeffمصر\u200f\u200bيه\u202b'],
    ['spaces', 'a\u00a0\u2003b  c'],
  ])('%s: false', (option, input) => {
    expect(norm(input, { [option]: false })).toBe(input);
    // ...while the same input is changed when the option is on.
    expect(norm(input, { [option]: true })).not.toBe(input);
  });

  it('hamzaCarriers: false (the default) leaves ؤ and ئ', () => {
    expect(norm('مؤتمر رئيس', { hamzaCarriers: false })).toBe('مؤتمر رئيس');
  });

  it('hamzaSeat (on by default) writes ئ before و as ؤ, so the Egyptian spelling meets the standard one', () => {
    expect(norm('مسئول شئون مسئولية')).toBe(norm('مسؤول شؤون مسؤولية'));
    expect(norm('مسئول')).toBe('مسؤول');
    // Only before و (diacritics between skipped): رئيس and هيئة keep their ئ.
    expect(norm('رئيس هيئة مسئُول')).toBe('رئيس هيئه مسؤول');
    // The isolated form of ئ and the ligature ئو fold the same way, and with hamzaCarriers all three meet و.
    expect(norm('مس\uFE89ول مس\uFBEEل')).toBe('مسؤول مسؤول');
    expect(norm('مسئول', { hamzaCarriers: true })).toBe(norm('مسؤول', { hamzaCarriers: true }));
    expect(norm('مسئول', { hamzaSeat: false })).toBe('مسئول');
  });

  it('turning one fold off keeps the others', () => {
    expect(norm('أَحمد', { diacritics: false })).toBe('اَحمد');
    expect(norm('أَحمد', { alef: false })).toBe('أحمد');
    expect(norm('القاهرة١', { taaMarbuta: false })).toBe('القاهرة1');
  });

  it('with every fold off the text is unchanged', () => {
    const off: NormalizeOptions = {
      diacritics: false, tatweel: false, alef: false, alefMaksura: false, taaMarbuta: false, hamzaCarriers: false, hamzaSeat: false,
      digits: false, presentationForms: false, persianLetters: false, formatControls: false, spaces: false,
    };
    const input = 'أَحمد  ﻻ ١٫٥ ـ ى ة \u200f\u00a0یک';
    expect(norm(input, off)).toBe(input);
  });
});

describe('inputs', () => {
  it('leaves plain ASCII and already normalized Arabic unchanged', () => {
    expect(norm('Hello, world! 1.5')).toBe('Hello, world! 1.5');
    expect(norm('قال وزير الخارجيه')).toBe('قال وزير الخارجيه');
  });

  it('handles the empty string', () => {
    const r = normalize('');
    expect(r.text).toBe('');
    expect(r.map.toOriginalRange(0, 0)).toEqual([0, 0]);
  });

  it('keeps astral characters and lone surrogates', () => {
    expect(norm('مصر 😀')).toBe('مصر 😀');
    expect(norm('a\ud800b')).toBe('a\ud800b');
    expect(norm('\udc00')).toBe('\udc00');
  });

  it('rejects a non-string text', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('bad options', () => {
  it.each<[string, unknown, string]>([
    ['a wrong type', { diacritics: 'yes' }, 'diacritics'],
    ['a wrong type (number)', { spaces: 1 }, 'spaces'],
    ['an unknown option', { tashkeel: true }, 'tashkeel'],
    ['a null option', { hamzaCarriers: null }, 'hamzaCarriers'],
  ])('%s throws an OptionsError naming the option', (_, options, name) => {
    let error: unknown;
    try {
      normalize('نص', options as NormalizeOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as Error).name).toBe('OptionsError');
    expect((error as Error).message).toContain(name);
  });

  it('rejects options that are not an object', () => {
    expect(() => normalize('نص', 5 as unknown as NormalizeOptions)).toThrow(OptionsError);
  });

  it('accepts an empty options object', () => {
    expect(norm('أ', {})).toBe('ا');
  });
});
