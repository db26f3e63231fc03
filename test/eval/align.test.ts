import { describe, expect, it } from 'vitest';
import { alignSentence, joinTokens, mentionTags } from '../../src/eval/align.js';
import { gazetteer } from './gazetteer.js';

describe('joinTokens', () => {
  it('joins with single spaces and keeps each token span', () => {
    const j = joinTokens(['قال', 'الوزير', '.']);
    expect(j.text).toBe('قال الوزير .');
    expect(j.starts).toEqual([0, 4, 11]);
    expect(j.ends).toEqual([3, 10, 12]);
    j.starts.forEach((s, k) => expect(j.text.slice(s, j.ends[k])).toBe(['قال', 'الوزير', '.'][k]));
    expect(joinTokens([])).toEqual({ text: '', starts: [], ends: [] });
  });
});

describe('mentionTags', () => {
  const starts = [0, 4, 10, 16];
  const ends = [3, 9, 15, 20];
  it('tags every token a mention overlaps, B- then I-', () => {
    expect(mentionTags([{ type: 'ORGANIZATION', start: 5, end: 15 }], starts, ends)).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });
  it('maps the types and ignores values and titles', () => {
    const tags = mentionTags(
      [
        { type: 'MONEY', start: 0, end: 3 },
        { type: 'PERSON', start: 4, end: 9 },
        { type: 'LOCATION', start: 10, end: 15 },
        { type: 'MISC', start: 16, end: 20 },
      ],
      starts,
      ends,
    );
    expect(tags).toEqual(['O', 'B-PERS', 'B-LOC', 'B-MISC']);
  });
  it('starts a second chunk when adjacent mentions share a type', () => {
    const tags = mentionTags([{ type: 'LOCATION', start: 4, end: 9 }, { type: 'LOCATION', start: 10, end: 15 }], starts, ends);
    expect(tags).toEqual(['O', 'B-LOC', 'B-LOC', 'O']);
  });
  it('lets the first of two mentions inside one token keep it', () => {
    const tags = mentionTags([{ type: 'LOCATION', start: 12, end: 20 }, { type: 'PERSON', start: 4, end: 11 }], starts, ends);
    expect(tags).toEqual(['O', 'B-PERS', 'I-PERS', 'B-LOC']);
  });
});

describe('alignSentence', () => {
  it('analyzes the joined tokens with the given extractors; a clitic outside the span still tags its token', () => {
    const gaz = gazetteer([['وزارة الصحة', 'ORGANIZATION'], ['ليلى', 'PERSON']]);
    const a = alignSentence(['قالت', 'ليلى', 'بوزارة', 'الصحة', '.'], { extractors: [gaz] });
    expect(a.tags).toEqual(['O', 'B-PERS', 'B-ORG', 'I-ORG', 'O']);
    const org = a.mentions.find((m) => m.type === 'ORGANIZATION')!;
    expect(org.text).toBe('وزارة الصحة'); // starts after ب
  });
});
