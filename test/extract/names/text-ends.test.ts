/**
 * A cue at the very end of a text or of a sentence leaves its readers nothing to read: they must stop
 * there, not read past the last token (an extractor that throws loses all of its mentions).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

const CUES = [
  'شقيقه', 'وإخوته', 'نظيره', 'الخليفة', 'السلطان المملوكي', 'الملك', 'الرئيس', 'وقال', 'ولدت باسم', 'مجلة',
  'في مارس', 'شهر', 'وعاصمتها', 'نهري', 'محافظة', 'العاصمة السعودية', 'مستشفى', 'مؤسسة محمد بن', 'مستشفى الدكتور',
  'شركة الكيماويات الألمانية', 'وزارة الزراعة واستصلاح', 'بين قريته', 'أسعد آباد', 'آباد', 'فاطمة', 'عبد الرحمن الفقيه',
  'اللجنة الوطنية لحقوق', 'وأدان', 'فتح الجزيرة', 'نهاد وديع',
  'اتحاد العمال و', 'الاتحاد القطري لكرة', 'ملحم خلف', 'محمد أحمد علي', 'جيسون ويلكوكس', 'من تأليف', 'يسري', 'لم',
  'خالد آيت', 'آيت', 'مديرية', 'قضاء', 'مملكة', 'العاصمة دانيال', 'العاصفة', 'الجناح الأيمن', 'علي بن عيسى بن',
  'أبو الحسن بن', 'الخليفة العزيز', 'الخليفة المعز لدين', 'محمد علي باشا', 'واستقبله', 'تقريرها الشهري', 'وقال جورج',
  'الإمبراطور أشوكا', 'الشيخ أحمد بامبا', 'جون كندي', 'حزب', 'المؤسسة السورية ل', 'وزارة الدفاع الروسية', 'بمنطقة',
  'مسلسل «', 'مسلسل « حبيب', 'سهم', 'نقابة أطباء', 'آرثر إدنغتون', 'مستقبل',
];

describe('a cue where the text or the sentence ends', () => {
  it.each(CUES)('«%s» at the end of the text and before a full stop', (cue) => {
    for (const text of [cue, `وحضر الحفل ${cue}`, `وحضر الحفل ${cue}. وقال الوزير إن`]) {
      const doc = analyze(text);
      expect(doc.diagnostics.filter((d) => d.code === 'extractor.failed'), text).toEqual([]);
      for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
