import { describe, expect, it } from 'vitest';
import { analyze, type ArabicDocument, type Entity } from '../../src/index.js';
import { gazetteer, type Entry } from '../eval/gazetteer.js';
import { analyzeFixture, analyzeGold, GOLD, goldEntityOf } from './fixture.js';

const run = (text: string, entries: readonly Entry[]): ArabicDocument => analyze(text, { extractors: [gazetteer(entries)] });
const entityNamed = (doc: ArabicDocument, canonical: string): Entity | undefined => doc.entities.find((e) => e.canonical === canonical);
const textsOf = (doc: ArabicDocument, e: Entity): string[] => e.mentions.map((id) => doc.mentions.find((m) => m.id === id)!.text);

describe('coreference on the article (gold mentions)', () => {
  const doc = analyzeGold();
  const goldOf = goldEntityOf(doc);

  it('makes exactly one entity per gold entity, with all of its mentions and none of another', () => {
    expect(doc.entities).toHaveLength(GOLD.entities.length);
    for (const gold of GOLD.entities) {
      const predicted = doc.entities.filter((e) => goldOf.get(e.id) === gold.id);
      expect(predicted.map((e) => e.canonical), gold.id).toHaveLength(1);
      const spans = predicted[0]!.mentions.map((id) => doc.mentions.find((m) => m.id === id)!).map((m) => `${m.start}:${m.end}`);
      const goldSpans = GOLD.mentions.filter((m) => m.entity === gold.id).map((m) => `${m.start}:${m.end}`);
      expect(spans.sort(), gold.id).toEqual(goldSpans.sort());
    }
  });

  it('names each entity by its fullest mention, the gold canonical name', () => {
    for (const e of doc.entities) expect(e.canonical).toBe(GOLD.entities.find((g) => g.id === goldOf.get(e.id))!.canonical);
  });

  it('keys countries by ISO code and known organizations by acronym', () => {
    const keyOf = (gold: string): string | undefined => doc.entities.find((e) => goldOf.get(e.id) === gold)?.key;
    expect([keyOf('usa'), keyOf('egypt'), keyOf('un'), keyOf('ilo'), keyOf('iom'), keyOf('cairo')]).toEqual(['US', 'EG', 'UN', 'ILO', 'IOM', undefined]);
  });

  it('lists the other spellings as aliases, a clitic-split form not among them', () => {
    expect(entityNamed(doc, 'وزارة الخارجية الأمريكية')!.aliases).toEqual(['الخارجية الأمريكية', 'وزارة الخارجية']);
    expect(entityNamed(doc, 'الولايات المتحدة الأمريكية')!.aliases).toEqual(['الولايات المتحدة']);
    expect(entityNamed(doc, 'ماثيو هيكى')!.aliases).toEqual(['هيكى']);
    // «لأمم المتحدة» (from للأمم) is the same normalized name as «الأمم المتحدة»
    expect(entityNamed(doc, 'الأمم المتحدة')!.aliases).toEqual([]);
    expect(entityNamed(doc, 'القاهرة')!.aliases).toEqual([]);
  });

  it('points every named mention at its entity and leaves values out', () => {
    for (const m of doc.mentions) {
      if (m.type === 'MONEY' || m.type === 'DATE') expect(m.entity).toBeUndefined();
      else expect(doc.entities.find((e) => e.id === m.entity)!.mentions).toContain(m.id);
    }
  });
});

describe('coreference on the article (real extractors)', () => {
  it('groups every gold entity found into one entity', () => {
    const doc = analyzeFixture();
    const goldOf = goldEntityOf(doc);
    for (const gold of GOLD.entities) {
      expect(doc.entities.filter((e) => goldOf.get(e.id) === gold.id).map((e) => e.canonical), gold.id).toHaveLength(1);
    }
  });
});

describe('coreference rules', () => {
  it('joins country variants by ISO code', () => {
    const doc = run('زار أمريكا. وقالت الولايات المتحدة الأمريكية إن الولايات المتحدة تدعم مصر.', [
      ['أمريكا', 'LOCATION'], ['الولايات المتحدة الأمريكية', 'LOCATION'], ['الولايات المتحدة', 'LOCATION'], ['مصر', 'LOCATION'],
    ]);
    expect(doc.entities.map((e) => [e.canonical, e.key, e.mentions.length])).toEqual([['الولايات المتحدة الأمريكية', 'US', 3], ['مصر', 'EG', 1]]);
  });

  it('joins a partial name to the one full name that contains it, and not when two do', () => {
    const one = run('قال ماثيو هيكى إن التعاون مستمر. وأكد هيكى ذلك.', [['ماثيو هيكى', 'PERSON'], ['هيكى', 'PERSON']]);
    expect(one.entities.map((e) => textsOf(one, e))).toEqual([['ماثيو هيكى', 'هيكى']]);
    const two = run('التقى أحمد علي مع محمد علي. وقال علي إن اللقاء مثمر.', [['أحمد علي', 'PERSON'], ['محمد علي', 'PERSON'], ['علي', 'PERSON']]);
    expect(two.entities.map((e) => e.canonical)).toEqual(['أحمد علي', 'محمد علي', 'علي']);
    expect(two.diagnostics.map((d) => d.code)).toContain('coreference.ambiguous');
  });

  it('reads ابن in a partial name as the بن of the full one', () => {
    const doc = run('التقى الوزير فيصل بن فرحان نظيره في الرياض. وأكد ابن فرحان أن المحادثات مثمرة.', [['فيصل بن فرحان', 'PERSON'], ['ابن فرحان', 'PERSON']]);
    expect(doc.entities.map((e) => textsOf(doc, e))).toEqual([['فيصل بن فرحان', 'ابن فرحان']]);
  });

  it('reads a ministry by its portfolio and without its country when the document makes it unambiguous', () => {
    const entries: Entry[] = [['الخارجية الأمريكية', 'ORGANIZATION'], ['وزارة الخارجية الأمريكية', 'ORGANIZATION'], ['وزارة الخارجية', 'ORGANIZATION'], ['وزارة الخارجية المصرية', 'ORGANIZATION']];
    const us = run('قالت الخارجية الأمريكية إن وزارة الخارجية الأمريكية ترحب. وأضافت وزارة الخارجية أنها مستعدة.', entries);
    expect(us.entities.map((e) => [e.canonical, e.mentions.length])).toEqual([['وزارة الخارجية الأمريكية', 3]]);
    const both = run('رحبت وزارة الخارجية الأمريكية ووزارة الخارجية المصرية بالاتفاق. وقالت وزارة الخارجية إنها مستعدة.', entries);
    expect(both.entities.map((e) => e.canonical)).toEqual(['وزارة الخارجية الأمريكية', 'وزارة الخارجية المصرية', 'وزارة الخارجية']);
    expect(both.diagnostics.map((d) => d.code)).toContain('coreference.ambiguous');
  });

  it('settles an ambiguous ministry by the country its sentence names', () => {
    const doc = run('رحبت وزارة الخارجية الأمريكية ووزارة الخارجية المصرية بالاتفاق. وفي مصر قالت وزارة الخارجية إنها مستعدة.', [
      ['وزارة الخارجية الأمريكية', 'ORGANIZATION'], ['وزارة الخارجية المصرية', 'ORGANIZATION'], ['وزارة الخارجية', 'ORGANIZATION'], ['مصر', 'LOCATION'],
    ]);
    expect(doc.entities.find((e) => e.canonical === 'وزارة الخارجية المصرية')!.mentions).toHaveLength(2);
  });

  it('takes an acronym in brackets as key and alias, and joins the bare acronym', () => {
    const doc = run('تعاونت منظمة البحر الأزرق (OBS) مع مصر. وقالت OBS إن المشروع بدأ.', [['منظمة البحر الأزرق', 'ORGANIZATION'], ['OBS', 'ORGANIZATION'], ['مصر', 'LOCATION']]);
    const org = doc.entities.find((e) => e.type === 'ORGANIZATION')!;
    expect(org).toMatchObject({ canonical: 'منظمة البحر الأزرق', key: 'OBS', aliases: ['OBS'] });
    // the bracketed acronym is itself a mention here (the gazetteer lists it), and so is the later one
    expect(textsOf(doc, org)).toEqual(['منظمة البحر الأزرق', 'OBS', 'OBS']);
  });

  it('takes a bracketed acronym that is not itself a mention as key and alias', () => {
    const doc = run('تعاونت منظمة البحر الأزرق (OBS) مع مصر.', [['منظمة البحر الأزرق', 'ORGANIZATION']]);
    expect(doc.entities).toEqual([expect.objectContaining({ canonical: 'منظمة البحر الأزرق', key: 'OBS', aliases: ['OBS'], mentions: ['m1'] })]);
  });

  it('joins a bare acronym to the organization the lexicon gives it to', () => {
    const doc = run('وقعت منظمة العمل الدولية الاتفاق. وقالت ILO إن التنفيذ بدأ.', [['منظمة العمل الدولية', 'ORGANIZATION'], ['ILO', 'ORGANIZATION']]);
    expect(doc.entities).toEqual([expect.objectContaining({ canonical: 'منظمة العمل الدولية', key: 'ILO', aliases: ['ILO'], mentions: ['m1', 'm2'] })]);
  });

  it('keeps different types apart even with the same words', () => {
    const doc = run('زار الأهرام. وكتبت الأهرام عن الزيارة.', [['الأهرام', 'LOCATION']]);
    expect(doc.entities).toHaveLength(1);
    const mixed = analyze('زار الأهرام. وكتبت الأهرام عن الزيارة.', {
      extractors: [{ name: 'two', types: ['LOCATION', 'ORGANIZATION'], extract: (ctx) => [{ type: 'LOCATION', start: 4, end: 11, rule: 'x' }, { type: 'ORGANIZATION', start: ctx.text.lastIndexOf('الأهرام'), end: ctx.text.lastIndexOf('الأهرام') + 7, rule: 'x' }] }],
    });
    expect(mixed.entities.map((e) => e.type)).toEqual(['LOCATION', 'ORGANIZATION']);
  });
});
