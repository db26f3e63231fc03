/** DATE: decades, with and without their century. */
import { c, date, type ValueCase } from './helpers.js';

export const decadeCases: ValueCase[] = [
  c('decade with القرن الماضي after من', 'وشهدت البلاد في التسعينيات من القرن الماضي نموا سريعا.', date('التسعينيات من القرن الماضي', '199', 'decade')),
  c('decade in construct with القرن العشرين', 'وتعود الأزمة إلى ثمانينيات القرن العشرين.', date('ثمانينيات القرن العشرين', '198', 'decade')),
  c('decade after عقد, no century', 'وبرز المطرب في عقد الستينيات.', date('الستينيات', '196', 'decade')),
  c('short plural form', 'ويعمل المصنع منذ السبعينات دون توقف.', date('السبعينات', '197', 'decade')),
  c('decade behind ب', 'وتذكر الكاتب حياته بالخمسينيات في القاهرة.', date('الخمسينيات', '195', 'decade')),
  c('the twenties of this century', 'ويتوقع الخبراء نموا في العشرينيات من القرن الحالي.', date('العشرينيات من القرن الحالي', '202', 'decade')),
  c('century written with digits', 'وانتشرت المطابع في تسعينيات القرن الـ19 بمصر.', date('تسعينيات القرن الـ19', '189', 'decade')),
  c('two decades joined by و', 'وتضاعف عدد السكان في الثمانينيات والتسعينيات.', date('الثمانينيات', '198', 'decade'), date('التسعينيات', '199', 'decade')),
];
