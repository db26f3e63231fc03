/** Shared checks and generators of the hostile-input tests (not a test file itself). */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { z } from 'zod';
import { DocumentSchema } from '../../src/schema.js';
import { anyText, arabicText, binaryText } from '../text/arbitraries.js';

// The same call as scripts/write-json-schema.mjs, which writes dist/document.schema.json.
export const validateDocument = new Ajv2020({ allErrors: true, strict: false }).compile(z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }));

/** Real news words, clitics, names, amounts and dates, glued and spaced in hostile ways. */
const NEWS = [
  'وزارة', 'الخارجية', 'المصرية', 'الرئيس', 'عبد', 'الفتاح', 'السيسي', 'محمد', 'بن', 'سلمان', 'القاهرة', 'للأمم', 'المتحدة',
  'مليون', 'مليار', 'دولار', 'جنيه', 'ريال', 'بالمئة', '%', 'عام', '2024', '١٤٤٥هـ', 'مارس', 'آذار', 'يناير', '15', '1.5',
  '٣٫٢٥', 'ثلاثة', 'آلاف', 'و', 'ب', 'لل', 'وال', 'قال', 'إن', 'في', 'من', 'إلى', '«', '»', '"', '(', ')', '.', '،', '؟',
  '\n', ' ', 'ـ', 'ً', '\u200f', 'د.', 'م.',
];
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...NEWS), fc.constantFrom('', ' ', ' ', ' ', '\n', 'ـ')), { maxLength: 120 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

/** Everything the hostile tests throw at the pipeline. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(anyText, arabicText, binaryText, newsText, fc.string({ unit: 'grapheme', maxLength: 200 }));

/**
 * Checks a document against its text: every object with integer `start` and `end` anywhere in it is a
 * span in bounds, and where it also carries `text` that text is exactly the original slice.
 * Returns the problems found (empty when none).
 */
export function spanProblems(doc: unknown, text: string): string[] {
  const problems: string[] = [];
  const walk = (x: unknown, path: string): void => {
    if (Array.isArray(x)) return x.forEach((y, i) => walk(y, `${path}[${i}]`));
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (path !== '' && Number.isInteger(o.start) && Number.isInteger(o.end)) {
      const s = o.start as number;
      const e = o.end as number;
      if (s < 0 || e > text.length || s > e) problems.push(`${path}: span [${s}, ${e}) out of bounds (length ${text.length})`);
      else if (typeof o.text === 'string' && text.slice(s, e) !== o.text) problems.push(`${path}: text ${JSON.stringify(o.text)} is not the slice ${JSON.stringify(text.slice(s, e))}`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text') walk(v, path ? `${path}.${k}` : k);
  };
  walk(doc, '');
  if ((doc as { text?: unknown }).text !== text) problems.push('the document text is not the input');
  return problems;
}
