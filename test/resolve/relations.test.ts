import { describe, expect, it } from 'vitest';
import { analyze, type ArabicDocument, type Extractor, type Relation } from '../../src/index.js';
import { gazetteer, type Entry } from '../eval/gazetteer.js';

/** A MONEY mention over the first occurrence of `text`, with a made-up value. */
function money(text: string): Extractor {
  return {
    name: 'fake-money',
    types: ['MONEY', 'NUMBER'],
    extract: (ctx) => {
      const at = ctx.text.indexOf(text);
      return at < 0 ? [] : [{ type: 'MONEY', start: at, end: at + text.length, rule: 'x', value: { kind: 'money', amount: '5', currency: 'USD' } }];
    },
  };
}

function run(text: string, entries: readonly Entry[], more: Extractor[] = []): ArabicDocument {
  return analyze(text, { extractors: [gazetteer(entries), ...more] });
}

/** Relations as [type, subject name, object name or literal, rule]. */
function facts(doc: ArabicDocument): string[][] {
  const name = (id: string): string => doc.entities.find((e) => e.id === id)?.canonical ?? doc.mentions.find((m) => m.id === id)!.text;
  return doc.relations.map((r: Relation) => [r.type, name(r.subject), r.object !== undefined ? name(r.object) : `"${r.value}"`, r.rule]);
}

const HICKEY: Entry[] = [['ماثيو هيكى', 'PERSON'], ['إدارة مكافحة الاتجار بالبشر', 'ORGANIZATION'], ['وزارة الخارجية الأمريكية', 'ORGANIZATION']];

describe('titles and roles', () => {
  it('reads a role and its organization after the name, and the unit the organization belongs to', () => {
    const doc = run('ثمن “ماثيو هيكى” نائب مدير إدارة مكافحة الاتجار بالبشر بوزارة الخارجية الأمريكية، الجهود.', HICKEY);
    expect(facts(doc)).toEqual([
      ['HAS_TITLE', 'ماثيو هيكى', '"نائب مدير"', 'title/after-name'],
      ['MEMBER_OF', 'ماثيو هيكى', 'إدارة مكافحة الاتجار بالبشر', 'role/title-organization'],
      ['PART_OF', 'إدارة مكافحة الاتجار بالبشر', 'وزارة الخارجية الأمريكية', 'part-of/attached'],
      // the document names no United States, so the country is the ISO code
      ['LOCATED_IN', 'وزارة الخارجية الأمريكية', '"US"', 'located-in/nisba'],
    ]);
    expect(doc.relations[0]!.evidence.text).toBe('ماثيو هيكى” نائب مدير إدارة مكافحة الاتجار بالبشر بوزارة الخارجية الأمريكية');
  });

  it('gives no title for a kinship before a name', () => {
    const doc = run('كما زارت والدته فاطمة المستشفى أمس.', [['فاطمة', 'PERSON']]);
    expect(facts(doc).filter((f) => f[0] === 'HAS_TITLE')).toEqual([]);
  });

  it('gives HEAD_OF for a heading role, MEMBER_OF for a deputy or a spokesperson', () => {
    const entries: Entry[] = [['نائلة جبر', 'PERSON'], ['أحمد حافظ', 'PERSON'], ['اللجنة الوطنية', 'ORGANIZATION'], ['وزارة الخارجية', 'ORGANIZATION']];
    const head = run('وأشاد بجهود “نائلة جبر” رئيس اللجنة الوطنية.', entries);
    expect(facts(head).filter((f) => f[0] !== 'HAS_TITLE')).toEqual([['HEAD_OF', 'نائلة جبر', 'اللجنة الوطنية', 'role/title-organization']]);
    const spokesman = run('وقال أحمد حافظ المتحدث باسم وزارة الخارجية إن الوفد وصل.', entries);
    expect(facts(spokesman)).toEqual([
      ['HAS_TITLE', 'أحمد حافظ', '"المتحدث باسم"', 'title/after-name'],
      ['MEMBER_OF', 'أحمد حافظ', 'وزارة الخارجية', 'role/title-organization'],
    ]);
    const deputy = run('وقال أحمد حافظ نائب رئيس اللجنة الوطنية إن الوفد وصل.', entries);
    expect(facts(deputy).map((f) => f[0])).toEqual(['HAS_TITLE', 'MEMBER_OF']);
  });

  it('reads a title before the name, through quotes and a proclitic', () => {
    const doc = run('وأشاد بجهود السفيرة “نائلة جبر” في الملف.', [['نائلة جبر', 'PERSON']]);
    expect(facts(doc)).toEqual([['HAS_TITLE', 'نائلة جبر', '"السفيرة"', 'title/before-name']]);
    const prefixed = run('وأشاد بالسفيرة نائلة جبر.', [['نائلة جبر', 'PERSON']]);
    expect(prefixed.relations.map((r) => [r.value, r.evidence.text])).toEqual([['السفيرة', 'السفيرة نائلة جبر']]);
  });

  it('reads a nationality from a nisba after the title, to the country entity when the text names it', () => {
    const doc = run('قال السفير الأمريكي جون سميث إن مصر شريك. وزار سميث الولايات المتحدة.', [['جون سميث', 'PERSON'], ['سميث', 'PERSON'], ['مصر', 'LOCATION'], ['الولايات المتحدة', 'LOCATION']]);
    expect(facts(doc)).toEqual([
      ['HAS_TITLE', 'جون سميث', '"السفير"', 'title/before-name'],
      ['NATIONALITY', 'جون سميث', 'الولايات المتحدة', 'nationality/title-nisba'],
    ]);
  });

  it('takes no title across «و» or a comma without an organization after it', () => {
    expect(run('التقى محمد علي ووزير الخارجية أمس.', [['محمد علي', 'PERSON']]).relations).toEqual([]);
    expect(run('قال محمد علي، الرئيس الجديد للنادي، إن الفريق جاهز.', [['محمد علي', 'PERSON']]).relations).toEqual([]);
    const withOrg = run('قال محمد علي، رئيس اللجنة الوطنية، إن الفريق جاهز.', [['محمد علي', 'PERSON'], ['اللجنة الوطنية', 'ORGANIZATION']]);
    expect(facts(withOrg).map((f) => f[0])).toEqual(['HAS_TITLE', 'HEAD_OF']);
  });
});

describe('organizations', () => {
  it('reads «التابع لـ» as PART_OF', () => {
    const doc = run('أصدر مكتب الإحصاء التابع للأمم المتحدة تقريرا.', [['مكتب الإحصاء', 'ORGANIZATION'], ['الأمم المتحدة', 'ORGANIZATION']]);
    expect(facts(doc)).toEqual([['PART_OF', 'مكتب الإحصاء', 'الأمم المتحدة', 'part-of/attached']]);
  });

  it('reads a name that embeds another organization of the document as PART_OF', () => {
    const entries: Entry[] = [['مكتب الأمم المتحدة لمكافحة المخدرات والجريمة', 'ORGANIZATION'], ['الأمم المتحدة', 'ORGANIZATION']];
    const doc = run('تعاونت الأمم المتحدة مع مصر، ومع مكتب الأمم المتحدة لمكافحة المخدرات والجريمة.', entries);
    expect(facts(doc)).toEqual([['PART_OF', 'مكتب الأمم المتحدة لمكافحة المخدرات والجريمة', 'الأمم المتحدة', 'part-of/embedded-name']]);
    // without a separate mention of the United Nations there is no entity to point at
    expect(run('ومع مكتب الأمم المتحدة لمكافحة المخدرات والجريمة.', entries).relations).toEqual([]);
  });

  it('reads a place right after an organization as LOCATED_IN, with في or بـ', () => {
    const entries: Entry[] = [['منظمة العمل الدولية', 'ORGANIZATION'], ['القاهرة', 'LOCATION'], ['بيروت', 'LOCATION']];
    const doc = run('افتتحت منظمة العمل الدولية في القاهرة مكتبا. وعملت منظمة العمل الدولية ببيروت.', entries);
    expect(facts(doc)).toEqual([
      ['LOCATED_IN', 'منظمة العمل الدولية', 'القاهرة', 'located-in/place-after'],
      ['LOCATED_IN', 'منظمة العمل الدولية', 'بيروت', 'located-in/place-after'],
    ]);
  });

  it('gives each fact once, with the evidence of its first occurrence', () => {
    const doc = run('قالت وزارة الخارجية الأمريكية إن وزارة الخارجية الأمريكية ترحب بالولايات المتحدة.', [['وزارة الخارجية الأمريكية', 'ORGANIZATION'], ['الولايات المتحدة', 'LOCATION']]);
    expect(doc.relations).toHaveLength(1);
    expect(doc.relations[0]).toMatchObject({ id: 'r1', type: 'LOCATED_IN', evidence: { start: 5, text: 'وزارة الخارجية الأمريكية' } });
  });
});

describe('VALUE_OF', () => {
  it('links an amount to the entities of its clause only', () => {
    const text = 'قدمت منظمة العمل الدولية لمصر 5 دولارات، وقالت الأمم المتحدة إن المشروع بدأ.';
    const doc = run(text, [['منظمة العمل الدولية', 'ORGANIZATION'], ['مصر', 'LOCATION'], ['الأمم المتحدة', 'ORGANIZATION']], [money('5 دولارات')]);
    expect(facts(doc)).toEqual([
      ['VALUE_OF', '5 دولارات', 'منظمة العمل الدولية', 'value-of/clause'],
      ['VALUE_OF', '5 دولارات', 'مصر', 'value-of/clause'],
    ]);
    expect(doc.relations[0]!.evidence.text).toBe('قدمت منظمة العمل الدولية لمصر 5 دولارات');
  });

  it('leaves bare numbers unlinked', () => {
    const count: Extractor = { name: 'count', types: ['NUMBER'], extract: (ctx) => [{ type: 'NUMBER', start: ctx.text.indexOf('5'), end: ctx.text.indexOf('5') + 1, rule: 'x' }] };
    expect(run('زار 5 وزراء مصر.', [['مصر', 'LOCATION']], [count]).relations).toEqual([]);
  });
});
