/**
 * Place names spelled like common words are places only after a locative word or a place trigger, at the
 * head of a dateline, or in a list of places.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const places = (text: string) => analyze(text).mentions.filter((m) => m.type === 'LOCATION').map((m) => [m.text, m.start]);

describe('place homographs', () => {
  it('reads الرباط as the city after إلى and as "the bond" elsewhere', () => {
    const text = 'ووصل الوزير إلى الرباط حيث أكد أن الرباط بين البلدين قوي.';
    expect(places(text)).toEqual([['الرباط', text.indexOf('الرباط')]]);
  });

  it('reads العين as the city after a trigger, not in «بالعين المجردة»', () => {
    const text = 'وشوهد الكسوف بالعين المجردة في مدينة العين.';
    expect(places(text)).toEqual([['العين', text.lastIndexOf('العين')]]);
  });

  it('reads البحيرة as the governorate after محافظ or محافظة, and as the lake elsewhere', () => {
    const text = 'وأعلن محافظ البحيرة افتتاح المشروع، ولا تتجمد مياه البحيرة في الشتاء.';
    expect(places(text)).toEqual([['البحيرة', text.indexOf('البحيرة')]]);
  });

  it('reads a locative behind و or ف as one (وفي الخليل, ففي الرباط)', () => {
    const text = 'وفي الخليل جنوب الضفة الغربية اعتقل شاب، ففي الرباط أعلن الوزير.';
    expect(places(text).map(([t]) => t)).toEqual(['الخليل', 'الضفة الغربية', 'الرباط']);
  });

  it('reads a place written with ة behind و as the place, not ت + a pronoun (طرابلس ومصراتة)', () => {
    const text = 'والتقى القادة في طرابلس ومصراتة والزاوية.';
    expect(places(text).map(([t]) => t)).toEqual(['طرابلس', 'مصراتة', 'الزاوية']);
  });

  it('reads no place inside a fixed phrase (مسقط رأسه: his birthplace), the city elsewhere', () => {
    const text = 'ودفن في مسقط رأسه، ثم زار ابنه مسقط عاصمة عمان.';
    expect(places(text)).toEqual([['مسقط', text.lastIndexOf('مسقط')], ['عمان', text.indexOf('عمان')]]);
  });

  it('reads جده (written with ه) as "his grandfather" without a locative word, as the city after one', () => {
    const text = 'وكان جده أبو الوليد قاضيا، ثم عاد الحفيد قادما من جده.';
    expect(places(text)).toEqual([['جده', text.lastIndexOf('جده')]]);
  });

  it('reads a homograph after a plural place noun as the place, and no place noun as a name', () => {
    const text = 'ويعيش أكثر من ألفي قرية بمحافظات الصعيد في فقر.';
    expect(places(text)).toEqual([['الصعيد', text.indexOf('الصعيد')]]);
  });

  it('reads قطر in نصف قطر (radius) as the word, the country elsewhere', () => {
    const text = 'وقاس العالم نصف قطر الأرض بطريقة مبتكرة، ثم زار قطر.';
    expect(places(text)).toEqual([['قطر', text.lastIndexOf('قطر')]]);
  });

  it('reads the Maghrebi السلط الجهوية and الرباط الصليبي as the words they are', () => {
    expect(places('ودعت السلط الجهوية المواطنين، وغاب اللاعب بسبب إصابة في الرباط الصليبي.')).toEqual([]);
  });

  it('reads a homograph behind ب right after an organization as its seat (وزارة الصحة بالشرقية)', () => {
    const text = 'وقال وكيل وزارة الصحة بالشرقية إن الجهة الشرقية من المدينة آمنة.';
    expect(places(text)).toEqual([['الشرقية', text.indexOf('الشرقية')]]);
  });

  it('reads a homograph after محافظ as the place governed (محافظ معان)', () => {
    const text = 'بحضور محافظ معان زياد الحمود، لكن معان الكلمات تغيرت.';
    expect(places(text)).toEqual([['معان', text.indexOf('معان')]]);
  });

  it('reads no function word behind و as the subject of a place definition (وفي بلدة …)', () => {
    expect(places('وفي بلدة قره قوش احتفل السكان.').map(([t]) => t)).not.toContain('وفي');
  });

  it('reads the definite name after شارع as a place, not an adjective (شارع مقفر)', () => {
    const text = 'انفجرت عبوة بشارع السعدون، ثم سار في شارع مقفر.';
    expect(places(text)).toEqual([['السعدون', text.indexOf('السعدون')]]);
  });

  it('reads a homograph that heads a dateline as the city', () => {
    const text = 'الرباط - أجرى الوزير، اليوم الاثنين، مباحثات حول الرباط بين البلدين.';
    expect(places(text)).toEqual([['الرباط', 0]]);
  });

  it('reads no homograph behind ب at the end of a phrase as a place', () => {
    expect(places('وحمل المقاتلون السلاح بالبندقية، واصطدمت الكرة بالقائم.')).toEqual([]);
  });

  it('reads homographs in a list with a place as places, before and after it', () => {
    const text = 'وشمل القرار الزرقاء وإربد والمفرق، كما شمل طنجة والعيون.';
    expect(places(text).map(([t]) => t)).toEqual(['الزرقاء', 'إربد', 'المفرق', 'طنجة', 'العيون']);
  });

  it('reads no homograph as a place in a list of common words', () => {
    const text = 'وفحص الطبيب الأنف والعيون والأذنين.';
    expect(places(text)).toEqual([]);
  });
});
