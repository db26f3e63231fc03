/**
 * The bundled article and its gold annotations, for the coreference, relation and graph tests. Two
 * ways to analyze it: with the real extractors (what users get), and with a "gold extractor" that
 * proposes exactly the gold mentions and values, so tests of the later stages (coreference, relations,
 * exporters' golden files) do not move when the NER extractors are tuned.
 */
import { readFileSync } from 'node:fs';
import { analyze, defaultExtractors, type AnalyzeOptions, type ArabicDocument, type Extractor, type MentionType, type Value } from '../../src/index.js';
import { valueExtractors } from '../../src/extract/values.js';

export interface GoldEntity { id: string; type: MentionType; canonical: string }
export interface GoldMention { entity: string; type: MentionType; start: number; end: number; text: string }
export interface GoldValue { type: MentionType; start: number; end: number; text: string; amount?: string; currency?: string; value?: string; granularity?: 'century' | 'decade' | 'year' | 'month' | 'day' }
export interface GoldRelation { type: string; subject: string; object: string; evidence?: string }
export interface Gold { entities: GoldEntity[]; mentions: GoldMention[]; values: GoldValue[]; relations: GoldRelation[] }

export const FIXTURE_TEXT = readFileSync(new URL('../../fixtures/ahram-tip-2024.txt', import.meta.url), 'utf8');
export const GOLD = JSON.parse(readFileSync(new URL('../../fixtures/ahram-tip-2024.gold.json', import.meta.url), 'utf8')) as Gold;

function goldValue(v: GoldValue): Value | undefined {
  if (v.type === 'MONEY') return { kind: 'money', amount: v.amount ?? null, currency: v.currency ?? null };
  if (v.type === 'DATE' && v.value && v.granularity) return { kind: 'date', value: v.value, calendar: 'gregorian', granularity: v.granularity };
  return undefined;
}

/** Proposes exactly the gold mentions and values of the article. */
export const goldExtractor: Extractor = {
  name: 'gold',
  types: ['PERSON', 'ORGANIZATION', 'LOCATION', 'MONEY', 'DATE'],
  extract: (ctx) =>
    ctx.text === FIXTURE_TEXT
      ? [
          ...GOLD.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end, rule: 'mention' })),
          ...GOLD.values.map((v) => {
            const value = goldValue(v);
            return { type: v.type, start: v.start, end: v.end, rule: 'value', ...(value && { value }) };
          }),
        ]
      : [],
};

/** The article analyzed with the gold mentions. */
export function analyzeGold(options: AnalyzeOptions = {}): ArabicDocument {
  return analyze(FIXTURE_TEXT, { id: 'ahram-tip-2024', ...options, extractors: [goldExtractor] });
}

/** The built-in extractors, with the value extractors added if the defaults do not run them yet. */
export function builtInExtractors(): Extractor[] {
  const defaults = [...defaultExtractors()];
  const names = new Set(defaults.map((e) => e.name));
  return [...defaults, ...valueExtractors.filter((e) => !names.has(e.name))];
}

/** The article analyzed with the real extractors (what `arabic-entities analyze` gives). */
export function analyzeFixture(options: AnalyzeOptions = {}): ArabicDocument {
  return analyze(FIXTURE_TEXT, { id: 'ahram-tip-2024', ...options, extractors: builtInExtractors() });
}

/**
 * The gold entity each predicted entity stands for: the gold entity of the majority of its mentions
 * (matched by exact span), or undefined when none of its mentions is a gold mention.
 */
export function goldEntityOf(doc: ArabicDocument): Map<string, string | undefined> {
  const bySpan = new Map(GOLD.mentions.map((m) => [`${m.start}:${m.end}`, m.entity]));
  const out = new Map<string, string | undefined>();
  for (const e of doc.entities) {
    const votes = new Map<string, number>();
    for (const id of e.mentions) {
      const m = doc.mentions.find((x) => x.id === id)!;
      const gold = bySpan.get(`${m.start}:${m.end}`);
      if (gold) votes.set(gold, (votes.get(gold) ?? 0) + 1);
    }
    out.set(e.id, [...votes].sort((a, b) => b[1] - a[1])[0]?.[0]);
  }
  return out;
}
