import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

interface GoldMention { type: string; start: number; end: number; text: string }
const text = readFileSync('fixtures/ahram-tip-2024.txt', 'utf8');
const gold = JSON.parse(readFileSync('fixtures/ahram-tip-2024.gold.json', 'utf8')) as {
  mentions: GoldMention[];
  nestedMentions: GoldMention[];
  optional: Array<{ type: string; text: string }>;
  nonEntities: string[];
};
const doc = analyze(text);
const names = doc.mentions.filter((m) => ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'].includes(m.type));
const key = (m: { type: string; start: number; end: number }): string => `${m.type} ${m.start}-${m.end}`;

describe('the bundled article: people, organizations and places', () => {
  test.each(gold.mentions.map((m) => [m.text, m] as const))('finds %s with its exact span and type', (_, m) => {
    expect(names.map(key)).toContain(key(m));
  });

  test('finds no mention outside the gold and its optional spans', () => {
    const allowed = new Set([...gold.mentions, ...gold.nestedMentions].map(key));
    const optional = new Set(gold.optional.map((o) => `${o.type} ${o.text}`));
    // After ل the article's alef is dropped (للحكومة), so an optional span may lack its first letter.
    const isOptional = (m: { type: string; text: string }): boolean =>
      optional.has(`${m.type} ${m.text}`) || optional.has(`${m.type} ا${m.text}`);
    const extra = names.filter((m) => !allowed.has(key(m)) && !isOptional(m));
    expect(extra.map((m) => `${key(m)} ${m.text} (${m.rule})`)).toEqual([]);
  });

  test('leaves the non-entities unmarked', () => {
    for (const phrase of gold.nonEntities) {
      let at = text.indexOf(phrase);
      while (at >= 0) {
        const end = at + phrase.length;
        expect(names.filter((m) => m.start === at && m.end === end)).toEqual([]);
        at = text.indexOf(phrase, at + 1);
      }
    }
  });

  test('every mention carries the rule that produced it', () => {
    for (const m of names) expect(m.rule).toMatch(/^(person|organization|location)\/[a-z-]+$/);
  });
});
