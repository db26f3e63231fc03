/**
 * Words that decide how a role title relates a person to the organization after it. A title whose
 * first word heads something (رئيس, مدير …) gives HEAD_OF, unless a deputy word (نائب, مساعد …) is
 * in it; every other role gives MEMBER_OF (المتحدث باسم, عضو, نائب مدير …).
 */
import { CLOSING_QUOTES, OPENING_QUOTES } from '../../extract/common/quotes.js';
import { keyedSetWithArticle } from '../../extract/common/words.js';

export const HEAD_WORDS = ['رئيس', 'رئيسة', 'مدير', 'مديرة', 'أمين', 'أمينة', 'قائد', 'قائدة', 'زعيم', 'زعيمة', 'عميد', 'عميدة', 'محافظ', 'محافظة', 'وزير', 'وزيرة', 'مؤسس', 'مؤسسة'];
export const DEPUTY_WORDS = ['نائب', 'نائبة', 'مساعد', 'مساعدة', 'وكيل', 'وكيلة', 'عضو', 'عضوة', 'المساعد', 'المساعدة'];

/** Heads of organization names that name a unit of a larger body (إدارة … بوزارة …). */
export const UNIT_HEADS = ['إدارة', 'مكتب', 'قسم', 'لجنة', 'وحدة', 'مديرية', 'هيئة', 'مركز', 'معهد', 'كلية', 'قطاع', 'دائرة', 'مصلحة', 'جهاز', 'فرع', 'بعثة', 'أمانة', 'مجلس', 'شعبة', 'برنامج', 'صندوق'];

/** «التابع لـ» and its inflections: the unit before it belongs to the body after it. */
export const BELONGS_WORDS = ['التابع', 'التابعة', 'التابعين', 'التابعون', 'التابعتين'];

/** Opening and closing quotes and brackets that may stand between a name and its title. */
export const OPENING_MARKS: readonly string[] = [...OPENING_QUOTES];
export const CLOSING_MARKS: readonly string[] = [...CLOSING_QUOTES];
export const COMMAS = ['،', ','];

/** Punctuation that ends a clause: VALUE_OF links a value only to the entities inside its clause. */
export const CLAUSE_MARKS = ['،', ',', '؛', ';', ':', '.', '!', '?', '؟', '…', '—', '–'];

/** The word lists above as normalized keys with and without the article, built once per option set. */
export const headWords = keyedSetWithArticle(HEAD_WORDS);
export const deputyWords = keyedSetWithArticle(DEPUTY_WORDS);
export const unitHeads = keyedSetWithArticle(UNIT_HEADS);
export const belongsWords = keyedSetWithArticle(BELONGS_WORDS);
