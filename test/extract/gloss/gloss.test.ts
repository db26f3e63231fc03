import { describe, expect, it } from 'vitest';
import { analyze, type ArabicDocument } from '../../../src/index.js';

/** Type and text of each mention, with the id of its entity's first mention for grouping. */
function read(text: string): { mentions: string[]; sameEntity: (a: string, b: string) => boolean } {
  const doc: ArabicDocument = analyze(text);
  const named = doc.mentions.filter((m) => m.entity !== undefined);
  const entityOf = (t: string) => named.find((m) => m.text === t)?.entity;
  return {
    mentions: named.map((m) => `${m.type} ${m.text}`),
    sameEntity: (a, b) => entityOf(a) !== undefined && entityOf(a) === entityOf(b),
  };
}

const CASES: Array<{ name: string; text: string; name1: string; gloss: string; type: string }> = [
  { name: 'a person glossed with its language', text: 'ماري كوري (بالفرنسية: Marie Curie) عالمة فيزياء وكيمياء.', name1: 'ماري كوري', gloss: 'Marie Curie', type: 'PERSON' },
  { name: 'a person glossed without a language', text: 'وعرف في أوروبا بابن سينا (Avicenna) قرونا.', name1: 'ابن سينا', gloss: 'Avicenna', type: 'PERSON' },
  { name: 'particles inside a Latin name', text: 'وقاد شارل ديغول (بالفرنسية: Charles de Gaulle) فرنسا الحرة.', name1: 'شارل ديغول', gloss: 'Charles de Gaulle', type: 'PERSON' },
  { name: 'a place glossed', text: 'تقع باريس (بالفرنسية: Paris) على ضفتي نهر السين.', name1: 'باريس', gloss: 'Paris', type: 'LOCATION' },
  { name: 'an organization glossed in several words', text: 'وأعلنت منظمة الصحة العالمية (بالإنجليزية: World Health Organization) حالة الطوارئ.', name1: 'منظمة الصحة العالمية', gloss: 'World Health Organization', type: 'ORGANIZATION' },
];

describe('names glossed in Latin letters', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = read(c.text);
      expect(r.mentions).toContain(`${c.type} ${c.name1}`);
      expect(r.mentions).toContain(`${c.type} ${c.gloss}`);
      expect(r.sameEntity(c.name1, c.gloss)).toBe(true);
    });
  }

  it('reads an acronym or short name in brackets after an organization as its mention', () => {
    const r = read('وأصدرت منظمة العمل الدولية (ILO) تقريرها، وخفض البنك المركزي السعودي ( ساما ) الفائدة.');
    expect(r.mentions).toEqual(['ORGANIZATION منظمة العمل الدولية', 'ORGANIZATION ILO', 'ORGANIZATION البنك المركزي السعودي', 'ORGANIZATION ساما']);
    expect(r.sameEntity('منظمة العمل الدولية', 'ILO')).toBe(true);
    expect(r.sameEntity('البنك المركزي السعودي', 'ساما')).toBe(true);
  });

  it('reads a short name written with a hamza on its alef, which folds to look like the article (ألكسو)', () => {
    const r = read('وعقدت المنظمة العربية للتربية والثقافة والعلوم ( ألكسو ) مؤتمرها.');
    expect(r.mentions).toContain('ORGANIZATION ألكسو');
  });

  it('reads a short name whose first letter the splitter takes for a proclitic (كهرماء), not a word behind one', () => {
    const r = read('وافتتحت المؤسسة العامة القطرية للكهرباء والماء ( كهرماء ) محطة جديدة، وقالت الهيئة العامة للكهرباء ( والوزارة ) إن العمل بدأ.');
    expect(r.mentions).toContain('ORGANIZATION كهرماء');
    expect(r.mentions).not.toContain('ORGANIZATION والوزارة');
    expect(r.sameEntity('المؤسسة العامة القطرية للكهرباء والماء', 'كهرماء')).toBe(true);
  });

  it('reads a short name in quotes after an organization, a given name too, but not a quoted verbal noun', () => {
    const r = read('وقالت الوكالة المغربية للطاقة المستدامة « مازن » إنها تواصل العمل، وطلب الاتحاد الأوروبي " تفويض " المفوضية.');
    expect(r.mentions).toContain('ORGANIZATION مازن');
    expect(r.mentions).not.toContain('PERSON مازن');
    expect(r.mentions).not.toContain('ORGANIZATION تفويض');
  });

  it('runs a body\'s purpose through في and its place of work when its short name in brackets follows', () => {
    const r = read('وأعلن المركز الدولي للبحوث الزراعية في المناطق الجافة ( إيكاردا ) عن صنف جديد، وعمل المركز الدولي للبحوث الزراعية في المناطق الجافة سنوات.');
    expect(r.mentions).toContain('ORGANIZATION المركز الدولي للبحوث الزراعية في المناطق الجافة');
    expect(r.mentions).toContain('ORGANIZATION إيكاردا');
    expect(r.mentions).toContain('ORGANIZATION المركز الدولي للبحوث الزراعية');
  });

  it('makes a head chain a name when a short name in brackets follows it (مركز الأبحاث ( مرا ))', () => {
    const r = read('وأعلن مركز الأبحاث ( مرا ) أن الطقس معتدل، وقال مركز الأبحاث إن الحرارة سترتفع.');
    expect(r.mentions).toEqual(['ORGANIZATION مركز الأبحاث', 'ORGANIZATION مرا']);
  });

  it('reads no acronym after what is not an organization, and no common word as a short name', () => {
    expect(read('ومن هذا المنطلق يعد التقرير (TIP) مرجعا.').mentions).toEqual([]);
    expect(read('وقال البنك المركزي السعودي ( أمس ) إن الفائدة ثابتة.').mentions).toEqual(['ORGANIZATION البنك المركزي السعودي']);
  });

  it('glosses nothing that follows no name, and no lower-case words', () => {
    expect(read('وقال إن الأسعار (prices) ارتفعت.').mentions).toEqual([]);
    expect(read('وزار محمد صلاح (the player) الملعب.').mentions).toEqual(['PERSON محمد صلاح']);
  });
});
