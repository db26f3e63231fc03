import { describe, expect, it } from 'vitest';
import { articleWritten, mayBeFunctionWord } from '../../../src/extract/common/spelling.js';

describe('mayBeFunctionWord: careless spellings go one way only', () => {
  it.each([
    ['على', true], // the particle itself
    ['علي', true], // على without its dotless ya, as careless writing has it
    ['فى', true], // Egyptian ى for the ي of في
    ['الان', true], // الآن without its madda
    ['وفي', true], // behind a proclitic
    ['لان', true], // لأن without its hamza
    ['آلان', false], // Alain: nobody writes الآن with a madda on the first alef
    ['إيدي', false], // Eddie, not أيدي (hands)
    ['آية', false], // the name Aya, not أية (which)
    ['منة', false], // the name Menna, not منه
    ['علی', true], // a Persian ی: outside the Arabic letters the answer stays yes
  ])('%s → %s', (word, expected) => {
    expect(mayBeFunctionWord(word)).toBe(expected);
  });
});

describe('articleWritten', () => {
  it.each([
    ['الأمريكي', true],
    ['آلان', false],
    ['إلياس', false],
    ['ألمانيا', false],
    ['محمد', false],
  ])('%s → %s', (word, expected) => {
    // norm as the normalizer folds it: hamza seats and madda to a bare alef.
    const norm = word.replace(/[آأإ]/g, 'ا');
    expect(articleWritten(word, { start: 0, norm })).toBe(expected);
  });
});
