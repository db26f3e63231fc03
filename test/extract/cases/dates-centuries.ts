/**
 * DATE: centuries (src/extract/dates/find-centuries.ts). The value is ISO 8601's century: "18" is
 * 1800–1899, what news means by «القرن التاسع عشر». Durations (ربع قرن) and القرن without a count are no date.
 */
import { c, cd, date, hijri, type ValueCase } from './helpers.js';

const century = (text: string, value: string) => date(text, value, 'century');

export const centuryCases: ValueCase[] = [
  c('ordinal, tens', 'وتطورت الصناعة في القرن العشرين بسرعة.', century('القرن العشرين', '19')),
  c('ordinal, teens', 'وبني القصر في القرن التاسع عشر.', century('القرن التاسع عشر', '18')),
  c('Gregorian era adjective joins the span', 'وبنيت القلعة في القرن التاسع عشر الميلادي.', century('القرن التاسع عشر الميلادي', '18')),
  c('after أواخر', 'وازدهرت التجارة في أواخر القرن الثامن عشر.', century('القرن الثامن عشر', '17')),
  c('the first century', 'وانتشرت المسيحية في القرن الأول الميلادي.', century('القرن الأول الميلادي', '00')),
  c('the eleventh century (الحادي عشر)', 'وبنيت المدرسة في القرن الحادي عشر.', century('القرن الحادي عشر', '10')),
  c('the tenth century', 'وكتب المؤرخ في القرن العاشر.', century('القرن العاشر', '09')),
  c('الحادي والعشرين', 'وتحديات القرن الحادي والعشرين كبيرة.', century('القرن الحادي والعشرين', '20')),
  c('الواحد والعشرين', 'ودخلت البلاد القرن الواحد والعشرين بلا كهرباء.', century('القرن الواحد والعشرين', '20')),
  c('Hijri adjective', 'وعاش الفيلسوف في القرن الرابع الهجري.', hijri('القرن الرابع الهجري', '03', 'century')),
  c('Hijri للهجرة', 'ونحن في القرن الخامس عشر للهجرة.', hijri('القرن الخامس عشر للهجرة', '14', 'century')),
  c('digits after الـ', 'وانتشرت المطابع في القرن الـ19 بمصر.', century('القرن الـ19', '18')),
  c('digits after الـ with long tatweel', 'وانتشرت المطابع في القرن الـــ19 بمصر.', century('القرن الـــ19', '18')),
  c('digits alone', 'ونحن في القرن 21 نواجه تحديات جديدة.', century('القرن 21', '20')),
  c('Arabic-Indic digits', 'وظهرت الصحافة في القرن ١٩ بالمشرق.', century('القرن ١٩', '18')),
  c('القرن الماضي, read as written in the 21st century', 'وشهد القرن الماضي حربين عالميتين.', century('القرن الماضي', '19')),
  c('القرن المنصرم', 'وبنيت السدود في منتصف القرن المنصرم.', century('القرن المنصرم', '19')),
  c('القرن الحالي', 'ويواجه العالم في القرن الحالي أزمة المناخ.', century('القرن الحالي', '20')),
  c('و and في are tokens before القرن', 'وفي القرن العشرين تغير كل شيء.', century('القرن العشرين', '19')),
  c('ب written on القرن: the span starts after it', 'واهتم المؤرخ بالقرن التاسع عشر.', century('القرن التاسع عشر', '18')),
  c('diacritics', 'وعاش الشاعر في الْقَرْنِ العِشْرِين.', century('الْقَرْنِ العِشْرِين', '19')),
  c('a decade with its century is one decade', 'وشهدت البلاد في التسعينيات من القرن الماضي نموا.', date('التسعينيات من القرن الماضي', '199', 'decade')),
  c('a decade of a Hijri century', 'وصدر الكتاب في ثمانينيات القرن الرابع عشر الهجري.', hijri('ثمانينيات القرن الرابع عشر الهجري', '138', 'decade')),
  c('a decade of an ordinal century', 'وبدأت الهجرة في ستينيات القرن السابع عشر.', date('ستينيات القرن السابع عشر', '166', 'decade')),
  c('a decade, then a century of its own', 'وتغير الحي بين الثمانينيات والقرن الحالي.', date('الثمانينيات', '198', 'decade'), century('القرن الحالي', '20')),
  cd('before the era: a diagnostic, no date', 'وبنيت المدينة في القرن الرابع قبل الميلاد.', ['date.century-before-era']),
  cd('before the era, ق.م', 'وازدهرت أثينا في القرن الخامس ق.م.', ['date.century-before-era']),
  cd('a decade of a century before the era', 'وسقطت المدينة في الستينيات من القرن الرابع قبل الميلاد.', ['date.century-before-era']),
  cd('past the 21st century', 'وتخيل الكاتب الحياة في القرن الثاني والعشرين.', []),
  cd('القرن الأفريقي is the Horn of Africa', 'وزار الوزير دول القرن الأفريقي.', []),
  cd('القرن alone', 'وسمي القرن بعصر السرعة.', []),
  cd('قرن without the article', 'ونبتة قرن الغزال نادرة في المنطقة.', []),
  cd('ربع قرن is a duration', 'ونما الاقتصاد خلال ربع قرن.', []),
  cd('نصف قرن is a duration', 'وحكم الحزب البلاد نصف قرن.', []),
];
