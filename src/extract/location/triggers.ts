/**
 * Words that announce a place name right after them (مدينة الرمادي, محافظة أسوان, جزيرة جربة).
 * The trigger itself stays outside the mention, as in the corpora we score on.
 */
export const PLACE_TRIGGERS = [
  'مدينة', 'مدن', 'محافظة', 'ولاية', 'إقليم', 'قرية', 'بلدة', 'جزيرة', 'جزر', 'نهر', 'جبل', 'جبال', 'بحيرة',
  'مخيم', 'ضاحية', 'مقاطعة', 'إمارة', 'العاصمة', 'عاصمتها', 'عاصمته', 'وعاصمتها', 'وعاصمته', // its capital (… وعاصمتها ثيروفانانثابورام)
  'منطقة', 'خليج', 'صحراء', 'بلدية', 'معتمدية',
  'معبر', // a crossing, named after its place (معبر أدري, معبر الكرامة; معبر حدودي is described)
  'منفذ', // a border crossing, Iraqi usage (منفذ الشلامجة, منفذ القائم)
  'ناحية', // a sub-district (ناحية ربيعة, ناحية العلم)
  'حي', // a district, before a definite name only (حي الزيتون; حي يرزق is 'alive')
  'شارع', // a street, before a definite name only (شارع الجمهورية, شارع المتنبي)
  'مديرية', 'قضاء', // a district, before a bare name only (مديرية صرواح, قضاء سنجار; مديرية التربية is a directorate)
  'معسكر', // a camp, before a bare name only (معسكر زمزم, معسكر أبو شوك; معسكر المنتخب is a training camp)
  'مملكة', 'إمبراطورية', 'سلطنة', // a realm, before a bare name only (مملكة غانا, إمبراطورية مالي; مملكة الحيوان)
  'معركة', 'موقعة', // a battle, before a bare name only: where it was fought (معركة موهاكس; معركة الانتخابات is none)
  // A quarter, a square, a forest and a beach, before a name that looks like one only (حارة صخر, ميدان
  // رمسيس, غابة دارين, شاطئ الغندور; مواجهة حارة جدا, ميدان القتال, ساحة المعركة are none).
  'حارة', 'ميدان', 'ساحة', 'غابة', 'شاطئ',
  // An oil or gas field, before a name that looks like one only (حقل الغوار, حقل تنغيز; حقل التعليم, a
  // field of study, and حقل الألغام, a minefield, are none).
  'حقل',
  // Falls, archipelagos, volcanoes and oases, named after them (شلالات إغوازو, أرخبيل سقطرى, بركان إتنا,
  // واحة سيوة); the last two before a name that looks like one only (بركان غضب, واحة أمن are figures).
  'شلالات', 'شلال', 'أرخبيل', 'بركان', 'واحة',
];

/**
 * Facilities named after their place (ميناء بربرة, مطار هامبورغ): no trigger of a place name, but the
 * place after one is the place, not a club or an outlet spelled like it, and an adjective after the
 * place agrees with them (ميناء بربرة الصومالي).
 */
export const FACILITY_NOUNS = ['ميناء', 'مطار', 'معبر', 'مرفأ', 'منتجع']; // منتجع شرم الشيخ المصري: a resort

/**
 * Triggers after which only a listed place is a place: plurals (مدن مزدهرة, جزر عديدة) describe a class,
 * and العاصمة is a definite noun the sentence goes on from (العاصمة انتشلت, العاصمة بشكل خاص).
 */
export const LISTED_ONLY_TRIGGERS = ['مدن', 'جزر', 'جبال', 'العاصمة'];

/**
 * Indefinite place nouns that define a place in an encyclopedia's first sentence (بنها مدينة مصرية,
 * جربة جزيرة تونسية, الليطاني نهر في لبنان).
 */
export const PLACE_DEFINITION_NOUNS = [
  'مدينة', 'بلدة', 'قرية', 'عاصمة', 'محافظة', 'ولاية', 'إقليم', 'مقاطعة', 'منطقة', 'ناحية', 'جزيرة', 'شبه', 'نهر',
  'جبل', 'بحيرة', 'واد', 'وادي', 'صحراء', 'دولة', 'جمهورية', 'مملكة', 'إمارة', 'سلطنة', 'ميناء', 'واحة', 'هضبة', 'سهل',
];
