/**
 * One case per phenomenon of the people / organizations / places extractors, in news phrasing written
 * for these tests. `expect` lists the mentions that must be found (type and exact text); `absent` lists
 * texts that must not be a mention of any of these three types.
 */
export interface NameCase {
  name: string;
  text: string;
  expect?: Array<[type: 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC', text: string]>;
  /** Texts that must not be a PERSON, ORGANIZATION or LOCATION mention. */
  absent?: string[];
  /** How many mentions of a type and text there must be (`'ORGANIZATION الجزيرة': 1`), for words found in one sense only. */
  counts?: Record<string, number>;
}

export const NAME_CASES: NameCase[] = [
  // People
  { name: 'title + known given name + family name', text: 'استقبل الرئيس عبد الفتاح السيسي الوفد أمس.', expect: [['PERSON', 'عبد الفتاح السيسي']] },
  { name: 'title + nisba + foreign name', text: 'قال الرئيس الأمريكي جو بايدن إن المحادثات مستمرة.', expect: [['PERSON', 'جو بايدن']] },
  { name: 'feminine title + quoted name', text: 'وأشادت السفيرة “نائلة جبر” بالجهود.', expect: [['PERSON', 'نائلة جبر']] },
  { name: 'quoted name before a role', text: 'وقال “ماثيو هيكى” نائب مدير الإدارة إن التعاون مستمر.', expect: [['PERSON', 'ماثيو هيكى']] },
  { name: 'reporting verb + quoted surname', text: 'وأكد “هيكى” أن الشراكة قوية.', expect: [['PERSON', 'هيكى']] },
  { name: 'name chain with بن', text: 'التقى الملك سلمان بن عبد العزيز بالوزراء.', expect: [['PERSON', 'سلمان بن عبد العزيز']] },
  { name: 'compound name written as one word', text: 'وصل عبدالله الثاني إلى عمان مساء الأحد.', expect: [['PERSON', 'عبدالله الثاني']] },
  { name: 'foreign given name + unlisted surname', text: 'وقال ماثيو هيكى إن بلاده فخورة.', expect: [['PERSON', 'ماثيو هيكى']] },
  { name: 'a surname keeps its first letter inside a name', text: 'وأعلن وزير الخارجية الروسي سيرغي لافروف الخبر.', expect: [['PERSON', 'سيرغي لافروف']] },
  { name: 'later partial mention without a cue', text: 'زار ماثيو هيكى القاهرة. وفي اللقاء تحدث هيكى عن التعاون.', expect: [['PERSON', 'ماثيو هيكى'], ['PERSON', 'هيكى']] },
  { name: 'proclitic stays outside a person', text: 'وأشاد بجهود السفيرة نائلة جبر ولمحمد صلاح.', expect: [['PERSON', 'نائلة جبر'], ['PERSON', 'محمد صلاح']] },
  { name: 'the preposition على is not the name علي', text: 'وأكد على أهمية التعاون على الرغم من الصعوبات.', absent: ['على أهمية', 'على الرغم'] },
  { name: 'a role without a name is not a person', text: 'وأجاب المسئول الأمريكي بأن الولايات المتحدة تقدر الجهود.', absent: ['المسئول الأمريكي'] },
  { name: 'one unlisted word after a role is not a name', text: 'لم يحرك الملك ساكنا أمام ذلك.', absent: ['ساكنا'] },
  { name: 'a surname ends a name', text: 'وكرر بوش القول إن الهدف واضح.', expect: [['PERSON', 'بوش']], absent: ['بوش القول'] },
  { name: 'a preposition phrase with a pronoun ends a foreign name', text: 'وتأهل الروسي ديمتري إيفانوف بفوزه على منافسه.', expect: [['PERSON', 'ديمتري إيفانوف']], absent: ['ديمتري إيفانوف بفوزه'] },
  { name: 'a definite word does not continue a foreign name', text: 'وقرر المدرب ديدييه ديشان الاحتفاظ باللاعبين.', expect: [['PERSON', 'ديدييه ديشان']], absent: ['ديدييه ديشان الاحتفاظ'] },
  { name: 'a word written with ة ends a name', text: 'وعقد مانويل جوزيه جلسة مع اللاعبين.', expect: [['PERSON', 'مانويل جوزيه']], absent: ['مانويل جوزيه جلسة'] },
  { name: 'a word opening with ت after an Arabic name is a verb', text: 'وعندما تنظر إلى وجه محمد الشافعي تشعر بالهدوء.', expect: [['PERSON', 'محمد الشافعي']], absent: ['محمد الشافعي تشعر'] },
  { name: 'a definite feminine plural is no family name', text: 'ورفض حمدان الاجراءات الجديدة.', absent: ['حمدان الاجراءات'] },
  { name: 'a surname may begin with ب after a known given name', text: 'وكتب الشاعر صلاح بوسريف قصيدة جديدة.', expect: [['PERSON', 'صلاح بوسريف']] },
  { name: 'a listed ambiguous name opens a name whatever its first letter', text: 'وصرح ناجي صبري للصحفيين بأن الاجتماع مفيد.', expect: [['PERSON', 'ناجي صبري']] },
  { name: 'a phrase behind a proclitic after a role is no name', text: 'وغرم النادي إداري الفريق لوجود أخطاء في العقد.', absent: ['لوجود أخطاء'] },
  { name: 'the word after a connector is a name even when it is a title elsewhere', text: 'وصل الأمير بندر بن سلطان إلى الرياض.', expect: [['PERSON', 'بندر بن سلطان']] },
  { name: 'a connector whose object is a connector takes one more word', text: 'تولى علي بن أبي طالب الخلافة.', expect: [['PERSON', 'علي بن أبي طالب']] },
  { name: 'a place of several words is not a name chain', text: 'ووصل الوفد إلى أبو ظبي مساء الأحد.', expect: [['LOCATION', 'أبو ظبي']], absent: ['أبو ظبي مساء'] },
  { name: 'a name after a connector pair may begin with و', text: 'ويقع ضريح الصحابي سعد بن أبي وقاص في المدينة.', expect: [['PERSON', 'سعد بن أبي وقاص']] },
  { name: 'a listed ambiguous name behind و opens a name before a known one', text: 'وغاب عن المباراة حازم إمام وعادل فتحي للإصابة.', expect: [['PERSON', 'عادل فتحي']] },
  { name: 'a nisba after a kunya is a byname', text: 'واعتقلت الشرطة أبو حمزة المصري في لندن.', expect: [['PERSON', 'أبو حمزة المصري']] },
  { name: 'علي typed for على after a full name is the particle', text: 'وظهر المذيع تيم سيباستيان علي شاشة القناة.', expect: [['PERSON', 'تيم سيباستيان']], absent: ['تيم سيباستيان علي'] },
  { name: 'a preposition after a name ends it', text: 'وغادر عبد الله الهلالي وسط المدينة مساء.', expect: [['PERSON', 'عبد الله الهلالي']], absent: ['عبد الله الهلالي وسط'] },
  { name: 'two common words after a role are not a name', text: 'ويبحث المدرب عن لاعب وسط جديد للموسم المقبل.', absent: ['وسط جديد'] },
  { name: 'a surname may begin with ف after a known given name', text: 'وأخرج المسلسل جلال فياضي العام الماضي.', expect: [['PERSON', 'جلال فياضي']] },
  { name: 'a clitic on a verb after a name is no surname', text: 'وسأل الصحفي محمد فقال إن الأمر انتهى.', absent: ['محمد فقال'] },
  { name: 'an initial for the family name', text: 'وقال محمد ب. إن الشرطة اعتقلته.', expect: [['PERSON', 'محمد ب.']] },
  { name: 'a connector may take a compound name', text: 'وقاد محمد بن عبد الكريم الخطابي ثورة الريف.', expect: [['PERSON', 'محمد بن عبد الكريم الخطابي']] },
  { name: 'the dual of a common noun ends a name', text: 'وسجل النجم المصري محمد صلاح هدفين في المباراة.', expect: [['PERSON', 'محمد صلاح']], absent: ['محمد صلاح هدفين'] },
  { name: 'a nisba-shaped family name after a definite noun is an adjective', text: 'ونفذ الطيران الحربي غارات، وصدر التقرير الشهري أمس.', absent: ['الحربي', 'الشهري'] },
  { name: 'a nisba-shaped family name after a verb is a name', text: 'وقال الحربي إن الوضع هادئ.', expect: [['PERSON', 'الحربي']] },
  { name: 'a given name that is also a common noun needs name evidence', text: 'لعب أدوار البطولة في أفلام كثيرة يوم الجمعة، وقال إدوار سعيد إن الكتاب صدر.', expect: [['PERSON', 'إدوار سعيد']], absent: ['أدوار'] },
  { name: 'a particle of a European name joins the word after it', text: 'وقال وزير الخارجية الفرنسي دومينيك دو فيلبان إن المفاوضات مستمرة، وتحدث المدرب ماركو فان باستن عن المباراة.', expect: [['PERSON', 'دومينيك دو فيلبان'], ['PERSON', 'ماركو فان باستن']] },
  { name: 'the Mauritanian ولد joins a patronymic, never opens a name', text: 'واستقبل الرئيس محمد ولد عبد العزيز في نواكشوط وفدا. ولد محمود في القاهرة.', expect: [['PERSON', 'محمد ولد عبد العزيز']], absent: ['ولد محمود'] },
  { name: 'a kunya takes a definite name', text: 'وصرح وزير الخارجية أحمد أبو الغيط بأن الزيارة ناجحة.', expect: [['PERSON', 'أحمد أبو الغيط']] },
  { name: 'a connector with no name after it ends the name before it', text: 'وقال أحمد أبو غزة إن القصف مستمر.', absent: ['أحمد أبو'] },
  { name: 'a definite family name may end in a long alef', text: 'وزار المرقد الإمام علي بن موسى الرضا.', expect: [['PERSON', 'علي بن موسى الرضا']] },
  { name: 'a family name of several words is read as a phrase', text: 'وقال نصر الله إن المقاومة مستعدة.', expect: [['PERSON', 'نصر الله']] },
  { name: 'a common word or verb after a name ends it', text: 'وقال رومانو برودي اتفق مع الوزير، وكان كريستوفر هيل مساعد الوزيرة.', expect: [['PERSON', 'رومانو برودي'], ['PERSON', 'كريستوفر هيل']], absent: ['رومانو برودي اتفق', 'كريستوفر هيل مساعد'] },
  { name: 'a noun with a possessive pronoun ends a name', text: 'ويكمل كورت حديثه للصحيفة قائلا إن الفريق جاهز.', absent: ['كورت حديثه'] },
  { name: 'a surname in ة right after a known given name', text: 'وقال هاني شحاتة إن الفريق مستعد، وحضر محمد جلسة الاستماع.', expect: [['PERSON', 'هاني شحاتة']], absent: ['محمد جلسة'] },
  { name: 'a role after a name ends it', text: 'وحضر الدكتور أسامة المليجي عضو المجلس الاجتماع.', expect: [['PERSON', 'أسامة المليجي']], absent: ['أسامة المليجي عضو'] },

  // Organizations
  { name: 'head + idafa + adjective', text: 'تعاونت مصر مع منظمة العمل الدولية في مشروع جديد.', expect: [['ORGANIZATION', 'منظمة العمل الدولية']], absent: ['منظمة العمل الدولية في مشروع'] },
  { name: 'ministry by head and portfolio', text: 'أعلنت وزارة الخارجية الأمريكية تقريرها السنوي.', expect: [['ORGANIZATION', 'وزارة الخارجية الأمريكية']] },
  { name: 'ministry by portfolio and feminine nisba', text: 'قال مسئول بالخارجية الأمريكية إن الزيارة ناجحة.', expect: [['ORGANIZATION', 'الخارجية الأمريكية']] },
  { name: 'a masculine nisba agrees with the minister, not the ministry', text: 'قال وزير الخارجية الفرنسي إن الزيارة ناجحة.', absent: ['الخارجية الفرنسي'] },
  { name: 'purpose phrase with coordination', text: 'ترأس اللقاء رئيس اللجنة الوطنية التنسيقية لمكافحة ومنع الهجرة غير الشرعية والاتجار بالبشر، وأعرب عن تقديره.', expect: [['ORGANIZATION', 'اللجنة الوطنية التنسيقية لمكافحة ومنع الهجرة غير الشرعية والاتجار بالبشر']] },
  { name: 'a new head behind a proclitic starts a new name', text: 'قال نائب مدير إدارة مكافحة الاتجار بالبشر بوزارة الخارجية الأمريكية إن العمل مستمر.', expect: [['ORGANIZATION', 'إدارة مكافحة الاتجار بالبشر'], ['ORGANIZATION', 'وزارة الخارجية الأمريكية']] },
  { name: 'a name ends before و + another head', text: 'مثل مكتب الأمم المتحدة لمكافحة المخدرات والجريمة ومنظمة الهجرة الدولية.', expect: [['ORGANIZATION', 'مكتب الأمم المتحدة لمكافحة المخدرات والجريمة'], ['ORGANIZATION', 'منظمة الهجرة الدولية']] },
  { name: 'article after ل keeps its lam', text: 'والمكاتب التابعة للأمم المتحدة تعمل معا.', expect: [['ORGANIZATION', 'لأمم المتحدة']] },
  { name: 'a country acting through its government stays a place', text: 'وقدمت حكومة كوبا شكوى رسمية.', expect: [['LOCATION', 'كوبا']], absent: ['حكومة كوبا'] },
  { name: 'a descriptor before a known name stays outside it', text: 'وتبنت حركة الجهاد الإسلامي العملية.', expect: [['ORGANIZATION', 'الجهاد الإسلامي']], absent: ['حركة الجهاد الإسلامي'] },
  { name: 'a club prefix and the club\'s city are one organization', text: 'وتغلب أولمبيك آسفي على ضيفه بهدفين.', expect: [['ORGANIZATION', 'أولمبيك آسفي']], absent: ['آسفي'] },
  { name: 'an adjective after a place trigger is not a place', text: 'وافتتحت الحكومة منطقة صناعية ومدينة جديدة في الصحراء.', absent: ['صناعية', 'جديدة'] },
  { name: 'a word joined by و after a trigger is not its name', text: 'وزار الوفد مدن وقرى المحافظة.', absent: ['وقرى', 'قرى'] },
  { name: 'an organization naming an event is part of the event', text: 'وتوج المنتخب بلقب بطولة مجلس التعاون الخليجي.', absent: ['مجلس التعاون الخليجي'] },
  { name: 'no place behind the future marker or ك', text: 'والقي القبض عليه بعد أن كسرت رجله، وسيبقى سليما.', absent: ['سرت', 'ليما'] },
  { name: 'a place inside an organization stays inside', text: 'أعلن بنك مصر عن أرباحه.', expect: [['ORGANIZATION', 'بنك مصر']], absent: ['مصر'] },
  { name: 'a club named after a city is an organization', text: 'فاز ريال مدريد على منافسه.', expect: [['ORGANIZATION', 'ريال مدريد']], absent: ['مدريد'] },
  { name: 'plural heads describe a class', text: 'وتعمل منظمات المجتمع المدني والمنظمات الدولية معا.', absent: ['منظمات المجتمع المدني', 'المنظمات الدولية'] },
  { name: 'a channel spelled like a place noun is no organization where a place is meant', text: 'وقال مراسل الجزيرة إن السياح يتوافدون إلى الجزيرة، وفي شمال الجزيرة تكثر المزارع.', expect: [['ORGANIZATION', 'الجزيرة']], counts: { 'ORGANIZATION الجزيرة': 1 } },
  { name: 'a building named for itself is MISC, not an organization', text: 'وقال البيت الأبيض إن الرئيس سيزور موقع مركز التجارة العالمي.', expect: [['MISC', 'البيت الأبيض'], ['MISC', 'مركز التجارة العالمي']], absent: ['البيت الأبيض', 'مركز التجارة العالمي'] },
  { name: 'a newspaper is named by the word after صحيفة or جريدة', text: 'ونقلت جريدة القدس عن مصادر، كما ذكرت صحيفة الحياة اللندنية.', expect: [['ORGANIZATION', 'القدس'], ['ORGANIZATION', 'الحياة']], absent: ['جريدة القدس', 'الحياة اللندنية'] },
  { name: 'an indefinite word after صحيفة is a description', text: 'وتصدر صحيفة يومية في المدينة.', absent: ['يومية', 'صحيفة يومية'] },
  { name: 'forces are named by the body they serve', text: 'ووصلت قوات الاتحاد الأفريقي إلى دارفور، وانتشرت قوات حفظ السلام.', expect: [['ORGANIZATION', 'الاتحاد الأفريقي']], absent: ['قوات الاتحاد الأفريقي', 'قوات حفظ السلام'] },
  { name: 'a programme is no organization', text: 'وأقرت الحكومة برنامج الإصلاح المالي الجديد.', absent: ['برنامج الإصلاح المالي'] },
  { name: 'a city acting through its municipality stays a place', text: 'وطلب رئيس بلدية نيويورك من السكان البقاء في منازلهم.', expect: [['LOCATION', 'نيويورك']], absent: ['بلدية نيويورك'] },
  { name: 'a definite head with a scope adjective only is a description', text: 'وانتشرت القوات الدولية في الجنوب بعد قرار المحكمة العليا.', absent: ['القوات الدولية', 'المحكمة العليا'] },
  { name: 'a definite head with a mandate is a name', text: 'وحذر المعهد الوطني لرصد الزلازل من هزات جديدة.', expect: [['ORGANIZATION', 'المعهد الوطني لرصد الزلازل']] },
  { name: 'المنظمة الدولية is the press\'s short name for the UN', text: 'وقال متحدث باسم المنظمة الدولية إن المساعدات وصلت.', expect: [['ORGANIZATION', 'المنظمة الدولية']] },
  { name: 'a definite head with adjectives only is a description', text: 'يتعاون المكتب المختص بهذا الملف مع الشركاء.', absent: ['المكتب المختص'] },
  { name: 'the definite النادي stays outside the club\'s name', text: 'وفاز النادي الأهلي على ضيفه.', expect: [['ORGANIZATION', 'الأهلي']], absent: ['النادي الأهلي'] },
  { name: 'a descriptor head stays outside a known name', text: 'وقالت حركة حماس في بيان إن الهدنة صامدة.', expect: [['ORGANIZATION', 'حماس']] },
  { name: 'a common word that is also an outlet needs its descriptor', text: 'وتحدث باللغة العربية. ونقلت قناة العربية الخبر.', expect: [['ORGANIZATION', 'العربية']], absent: ['اللغة العربية'] },

  // Places
  { name: 'country with proclitic', text: 'تعاون بين مصر والولايات المتحدة في هذا الملف.', expect: [['LOCATION', 'مصر'], ['LOCATION', 'الولايات المتحدة']] },
  { name: 'the longest place wins', text: 'تبذل الولايات المتحدة الأمريكية جهودا.', expect: [['LOCATION', 'الولايات المتحدة الأمريكية']] },
  { name: 'لل keeps the article lam', text: 'وخلال زيارته للقاهرة التقى المسؤولين.', expect: [['LOCATION', 'لقاهرة']] },
  { name: 'word boundaries: مصر is not inside مصرف', text: 'أعلن مصرف الراجحي نتائجه.', absent: ['مصر'] },
  { name: 'a directional descriptor stays outside', text: 'تصاعد القصف في جنوب لبنان وقطاع غزة.', expect: [['LOCATION', 'لبنان'], ['LOCATION', 'غزة']], absent: ['جنوب لبنان', 'قطاع غزة'] },
  { name: 'an epithet stays outside', text: 'وصل الحجاج إلى مكة المكرمة.', expect: [['LOCATION', 'مكة']] },
  { name: 'a trigger word announces a place', text: 'وقع الانفجار في مدينة الرمادي غرب البلاد.', expect: [['LOCATION', 'الرمادي']] },
  { name: 'a country acting as a government stays a place', text: 'وقعت مصر اتفاقا مع اليابان.', expect: [['LOCATION', 'مصر'], ['LOCATION', 'اليابان']] },
  { name: 'nisba adjectives are not mentions', text: 'أكد المسؤولون المصريون والجانب الأمريكي ذلك.', absent: ['المصريون', 'الأمريكي'] },
  { name: 'English residue is skipped', text: 'زار الوفد مصر.\nAverage Rating', expect: [['LOCATION', 'مصر']], absent: ['Average Rating'] },
];
