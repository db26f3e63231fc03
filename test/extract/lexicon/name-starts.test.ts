import { describe, expect, it } from 'vitest';
import { analyze, type ExtractContext } from '../../../src/index.js';
import { nameStarts, ORGANIZATION_START, PERSON_START, PLACE_START } from '../../../src/extract/lexicon/name-starts.js';

/** The start bits and tokens of a text, read by a plugin that sees the extractors' context. */
function startsOf(text: string): Map<string, number> {
  let seen: Map<string, number> | undefined;
  analyze(text, {
    extractors: [],
    plugins: [{
      name: 'probe',
      types: ['PERSON'],
      extract(context: ExtractContext) {
        const bits = nameStarts(context);
        seen = new Map(context.tokens.map((t, i) => [context.text.slice(t.start, t.end), bits[i]!]));
        return [];
      },
    }],
  });
  return seen!;
}

describe('nameStarts', () => {
  const bits = startsOf('قال الرئيس محمد إن وزارة الخارجية في القاهرة تعمل بجد .');

  it.each([
    ['قال', PERSON_START],
    ['الرئيس', PERSON_START],
    ['محمد', PERSON_START],
    ['وزارة', ORGANIZATION_START],
    ['القاهرة', PLACE_START],
  ])('marks «%s» as a possible start', (word, bit) => {
    expect(bits.get(word)! & bit).toBe(bit);
  });

  it('leaves particles, common words and punctuation unmarked', () => {
    for (const word of ['في', 'تعمل', 'بجد', '.']) expect([word, bits.get(word)]).toEqual([word, 0]);
  });

  it('reads a word behind its proclitic (بالقاهرة starts a place)', () => {
    expect(startsOf('وصل الوفد بالقاهرة').get('بالقاهرة')! & PLACE_START).toBe(PLACE_START);
  });
});
