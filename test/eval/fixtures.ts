/** Hand-written Arabic CoNLL for the eval tests (made-up sentences, not from any corpus). */
import type { Entry } from './gazetteer.js';

export const SNIPPET = `أعلن O
الرئيس O
كريم B-PERS
منصور I-PERS
من O
القاهرة B-LOC
أن O
وزارة B-ORG
الخارجية I-ORG
ستفتتح O
مكتبا O
في O
دبي B-LOC
. O

وقالت O
سلمى B-PERS
حداد I-PERS
بوزارة B-ORG
الصحة I-ORG
إن O
مؤتمر B-MISC
الطاقة I-MISC
العربي I-MISC
سيعقد O
في O
عمان B-LOC
. O

زار O
وفد O
من O
الأمم B-ORG
المتحدة I-ORG
مدينة O
طرابلس B-LOC
الأسبوع O
الماضي O
. O
`;

/** Finds every gold chunk of SNIPPET exactly. */
export const PERFECT: Entry[] = [
  ['كريم منصور', 'PERSON'],
  ['القاهرة', 'LOCATION'],
  ['وزارة الخارجية', 'ORGANIZATION'],
  ['دبي', 'LOCATION'],
  ['سلمى حداد', 'PERSON'],
  ['وزارة الصحة', 'ORGANIZATION'],
  ['مؤتمر الطاقة العربي', 'MISC'],
  ['عمان', 'LOCATION'],
  ['الأمم المتحدة', 'ORGANIZATION'],
  ['طرابلس', 'LOCATION'],
];

/**
 * Gets SNIPPET partly wrong. Against the gold:
 *   PERS  gold 2, predicted 3 (كريم منصور ✓, سلمى: bounds, الأسبوع الماضي: spurious), correct 1
 *   ORG   gold 3, predicted 4 (وزارة, بوزارة: bounds, عمان: type, الأمم المتحدة ✓), correct 1
 *   LOC   gold 4, predicted 3 (القاهرة ✓, دبي ✓, مدينة طرابلس: bounds), correct 2
 *   MISC  gold 1, predicted 0
 */
export const FLAWED: Entry[] = [
  ['كريم منصور', 'PERSON'],
  ['القاهرة', 'LOCATION'],
  ['وزارة', 'ORGANIZATION'],
  ['دبي', 'LOCATION'],
  ['سلمى', 'PERSON'],
  ['عمان', 'ORGANIZATION'],
  ['الأمم المتحدة', 'ORGANIZATION'],
  ['مدينة طرابلس', 'LOCATION'],
  ['الأسبوع الماضي', 'PERSON'],
  ['ريال', 'MONEY'],
];
