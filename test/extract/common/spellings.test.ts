import { describe, expect, it } from 'vitest';
import { spellings, unfoldedSpellings } from '../../../src/extract/common/spellings.js';

describe('unfoldedSpellings', () => {
  it.each([
    ['امس', ['امس', 'أمس', 'إمس', 'آمس']],
    ['الاعلي', ['الاعلي', 'الاعلى', 'الأعلي', 'الأعلى', 'الإعلي', 'الإعلى', 'الآعلي', 'الآعلى']],
    ['سنه', ['سنه', 'سنة']],
    ['مجلس', ['مجلس']],
    ['له', ['له']],
  ])('%s stands for %j', (word, forms) => {
    expect([...unfoldedSpellings(word)].sort()).toEqual([...forms].sort());
  });

  it('keeps the folded spelling in the set beside the others', () => {
    const set = spellings(['الي', 'سنه']);
    for (const w of ['الي', 'إلى', 'سنه', 'سنة']) expect(set.has(w)).toBe(true);
    expect(set.has('سنا')).toBe(false);
  });
});
