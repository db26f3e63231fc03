import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { franc as original } from 'franc';
import { describe, expect, it } from 'vitest';
import { franc as lazy } from '../../src/text/franc-lazy.js';
import { anyText, arabicText } from '../text/arbitraries.js';

const fixture = readFileSync(new URL('../../fixtures/ahram-tip-2024.txt', import.meta.url), 'utf8');
const ARABIC_SCRIPT = ['arb', 'pes', 'prs', 'urd', 'skr', 'pbu', 'uig', 'zlm'];
const SAMPLES = [
  fixture.slice(0, 2000),
  'ایران یک کشور در غرب آسیا است. پایتخت آن تهران است و جمعیت آن بیش از هشتاد میلیون نفر است.',
  'پاکستان جنوبی ایشیا کا ایک ملک ہے۔ اس کا دارالحکومت اسلام آباد ہے اور سب سے بڑا شہر کراچی ہے۔',
  'The State Department published its annual report on human trafficking today, ranking many countries.',
  'Le ministère des affaires étrangères a publié aujourd’hui son rapport annuel sur la traite des personnes.',
  'Министерство иностранных дел опубликовало сегодня ежегодный доклад о торговле людьми.',
  'Το υπουργείο εξωτερικών δημοσίευσε σήμερα την ετήσια έκθεσή του.',
  '外交部今天发布了关于贩卖人口问题的年度报告，对许多国家进行了排名。',
  '', 'short', '12345 67890 !!!',
];

/** A lighter franc with lazily built models must answer exactly as franc does. */
describe('franc with lazy models', () => {
  it.each(SAMPLES.map((s, i) => [i, s] as const))('answers as franc on sample %i', (_, text) => {
    expect(lazy(text)).toBe(original(text));
    expect(lazy(text, { minLength: 30 })).toBe(original(text, { minLength: 30 }));
    expect(lazy(text, { only: ARABIC_SCRIPT, minLength: 30 })).toBe(original(text, { only: ARABIC_SCRIPT, minLength: 30 }));
  });

  it('answers as franc on arbitrary and Arabic-heavy text', () => {
    const words = fc.array(fc.constantFrom(...SAMPLES.flatMap((s) => s.split(' ')).filter(Boolean)), { maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.oneof(anyText, arabicText, words), (text) => {
        expect(lazy(text)).toBe(original(text));
        expect(lazy(text, { only: ARABIC_SCRIPT, minLength: 10 })).toBe(original(text, { only: ARABIC_SCRIPT, minLength: 10 }));
      }),
      { numRuns: 300 },
    );
  });
});
