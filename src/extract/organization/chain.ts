import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import { bareKey, NO_PREFIXES } from '../lexicon/token-forms.js';
import type { ChainWords } from './chain-words.js';
import { adjectiveLike, adjectiveShape, annexingAdjective, definite, GENERAL_SCOPE, governsPreposition, INSTITUTION_ADJECTIVES, listedAdjective, personNameEnd, TIME_NOUNS, unlistedMandate } from './chain-edges.js';
import { acrossParticle, fieldNoun, objectOfIdiom } from './chain-particles.js';
import { deputyBrief, joinedPortfolioEnd, purposeAfterCountry } from './chain-ministry.js';
import { complementFollows, construableNoun, HOLDERS, secondObject, tradeInPlace } from './chain-complements.js';
import { joinedMembers, membersOfUnion, tradeOfUnion } from './head-evidence.js';
import { derivedVerbalNoun, lastLetter } from '../person/word-shapes.js';
import { articleWritten } from '../common/spelling.js';

export type { ChainWords } from './chain-words.js';

/** The feminine elatives written with ا (العليا, الدنيا), normalized: adjectives as الكبرى is. */
const ELATIVES_IN_ALEF: ReadonlySet<string> = new Set(['العليا', 'الدنيا']);

/**
 * A head noun with a descriptive complement (وزارة السياحة, مجلس الإدارة) is usually a description, not a
 * name. The chain records what marks it as a proper institution: a mandate (لمكافحة …, مكافحة الاتجار),
 * a scope adjective (الدولية, العالمية), or a proper name inside it (مكتب الأمم المتحدة, جامعة القاهرة).
 */
export interface Chain {
  /** Index one past the last token of the name. */
  end: number;
  purpose: boolean;
  scope: boolean;
  named: boolean;
  /**
   * The purpose is only a derived verbal noun behind ل after a scope adjective (الوكالة الوطنية لترقية
   * التجارة): evidence for a name, but too weak to stretch a known one (الجمعية العامة لإصدار القرارات).
   */
  actOnly?: boolean;
  /** The name ends in a company's kind (القابضة, العقارية). */
  kindEnds: boolean;
  /** A short name in brackets follows the chain (set by the caller: head-evidence.ts, glossedAfter). */
  glossed?: boolean;
  /**
   * The chain ends in a country's adjective after at least one word of its own (البنك المركزي التركي,
   * منظمة الطاقة الذرية الإيرانية): that country's own body (set by the caller, head-name.ts).
   */
  countrysBody?: boolean;
}

/** وزارة, normalized as the default options do. */
const MINISTRY = 'وزاره';

/**
 * A definite participle in the sound masculine plural, no nisba's (المواطنين, المستقبلين; not التونسيين):
 * after a purpose phrase it is the verb's object or a new phrase, for a body agrees with no plural.
 */
function pluralParticiple(key: string): boolean {
  return key.length >= 8 && key.charCodeAt(2) === 0x0645 /* م */ && (key.endsWith('ين') || key.endsWith('ون')) && !key.endsWith('يين') && !key.endsWith('يون');
}

/** Words that count (آلاف, عشرات, ملايين), normalized: no body's name goes on with one after و. */
const COUNTING_WORDS = new Set(['الاف', 'الف', 'عشرات', 'مئات', 'ملايين', 'مليون', 'مليار', 'مليارات']);

/** A definite verbal noun of form VI (التعاون, التبادل), normalized. */
const FORM_VI = /^الت.ا.[^ه]$/;

/** جامعة, normalized as the default options do. */
const UNIVERSITY = 'جامعه';

/** إدارة, normalized: behind ل after a body's name it is managing, the body's purpose. */
const MANAGING = 'اداره';

/** ولاية and the directions, normalized: the first word of a region's name a university takes. */
const REGION_WORDS = new Set(['ولايه', 'ولاية', 'جنوب', 'شمال', 'شرق', 'غرب', 'وسط']);

/** The heads of a sports club, normalized, with and without the article. */
const CLUB_HEADS = new Set(['نادي', 'النادي']);

/**
 * Reads an organization name after a head noun at `head` (وزارة الخارجية الأمريكية, مكتب الأمم المتحدة
 * لمكافحة المخدرات والجريمة, اللجنة الوطنية … لمكافحة ومنع الهجرة غير الشرعية والاتجار بالبشر).
 *
 * The name is a construct chain (idafa) of nouns, then definite nouns and adjectives. It may go on with
 * a purpose phrase after ل (لمكافحة …), inside which و joins more nouns; ب / في join a definite noun to the
 * verbal noun before it (الاتجار بالبشر, الاتجار في البشر); غير joins an adjective (غير الشرعية). It ends at
 * punctuation, a function word, a verb, a word with tanween, or a new head behind a proclitic (بوزارة).
 * Indefinite words at the end are dropped: the name ends on a definite word or a place.
 */
/** A bare word no list holds, of a transliterated word's length, not written with ة or a pronoun. */
function foreignNameWord(text: string, t: Token, bare: string, w: ChainWords): boolean {
  if (t.kind !== 'word' || t.script !== 'arabic' || bare.length < 5 || lastLetter(text, t) === 0x0629 /* ة */ || /(?:ه|ها|هم)$/.test(bare)) return false;
  return !w.common.has(bare) && !w.stop.has(bare) && !w.verbs.has(bare) && !w.nisba.has(bare) && !w.nisba.has(`ال${bare}`) && !w.org.heads.has(bare);
}

export function readChain(tokens: readonly Token[], text: string, head: number, sentence: Sentence, w: ChainWords): Chain | undefined {
  // Still in the indefinite part of the idafa chain. A head with the article is no first term of one: the
  // indefinite words after الشركة (الشركة تنتظر موافقة …) are the sentence going on, not its name.
  const headKey = bareKey(tokens[head]!);
  const definiteHead = definite(headKey);
  // الحزب المتصدر للانتخابات, المتحف المقابل للمديرية: a definite head whose first word is an adjective
  // of state, place or rank is a body described, not named.
  if (definiteHead && head + 1 < sentence.tokenEnd && !tokens[head + 1]!.clitics?.prefixes.length && w.org.descriptive.has(tokens[head + 1]!.norm)) return undefined;
  let construct = !definiteHead;
  let purpose = false; // evidence: a mandate word (مكافحة, حماية, شؤون …) anywhere in the name
  let inPurpose = false; // inside a purpose phrase after ل (لمكافحة …), where و joins more nouns
  let scope = false;
  let named = false;
  let countryAt = -1; // a country's adjective after the first complement (شركة النفط الهندية)
  let lastGood = -1;
  let actOnly = false; // the only purpose is a verbal noun behind ل (no listed mandate): see Chain.actOnly
  let actFrom = -1; // where that ل-phrase starts
  let regional = false; // named for a state or a part of a region (جامعة ولاية أيوا): its country after it describes it
  let placeAfterHead = -1; // the token after a place read right after the head (شركة تكساس …)
  let foreignAfterPlace = false; // a foreign word there goes on with the name (شركة تكساس إنسترومنتس)
  let placeClosed = false; // a place closed the indefinite nouns (see tradeInPlace), or a second object the mandate's: only adjectives follow
  // هيئة الإعلام والاتصالات, دائرة الثقافة والسياحة: an agency named for its field reads like a ministry,
  // and so does a party named for a pair of values (حزب العدالة والتضامن).
  const first = head + 1 < sentence.tokenEnd ? tokens[head + 1]!.norm : '';
  const ministry = headKey === MINISTRY || (!definiteHead && ((w.org.agencyHeads.has(headKey) && w.org.agencyFields.has(first)) || (w.org.partyHeads.has(headKey) && w.org.partyValues.has(first))));
  let j = head + 1;
  for (; j < sentence.tokenEnd; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.script !== 'arabic' || hasTanween(text, t)) break;
    if (w.stop.has(t.norm) || w.verbs.has(t.norm)) {
      const across = acrossParticle(tokens, j, head, sentence, w, lastGood, purpose);
      if (across === undefined) break;
      if (across.opensPurpose) [purpose, inPurpose, construct] = [true, true, false];
      lastGood = j = across.last; // the loop steps past it
      continue;
    }
    // جامعة ولاية أيوا, جامعة جنوب كاليفورنيا: an academic body named for a state or a part of a region.
    const regionPlace = j === head + 1 && !definiteHead && REGION_WORDS.has(t.norm) && w.org.foreignNameHeads.has(headKey) ? w.wholePlaceEnd(j + 1) : -1;
    if (regionPlace > j + 1) {
      [named, construct, lastGood, j, regional] = [true, false, regionPlace - 1, regionPlace - 1, true];
      continue;
    }
    // جامعة بيتسبرغ, بورصة بومباي, جامعة ساو باولو: a place as written, whole, whatever its first letter.
    const place = w.wholePlaceEnd(j);
    // الشركة كابل بحري: after a head with the article a bare place is no part of its name either, nor
    // after a country's adjective (وزارة الدفاع الروسية كييف: the body has its country; كييف is the object).
    if (place > j && !definite(t.norm) && ((j === head + 1 && definiteHead) || (lastGood === j - 1 && w.nisba.has(bareKey(tokens[j - 1]!))))) break;
    if (place > j) {
      // A proper name right after the head (بنك مصر), or after the trade a union gathers (نقابة أطباء
      // السودان, جمعية مصارف لبنان), makes the whole a name.
      // So does a place that closes the indefinite nouns of the chain (شركة كهرباء القدس, غرفة تجارة
      // وصناعة نابلس): the body of that trade in that place. Only adjectives may follow it then.
      if (j === head + 1) [named, placeAfterHead] = [true, place];
      else if (construct && ((j === head + 2 && tradeOfUnion(tokens, head, w)) || tradeInPlace(tokens, head, j, headKey, w))) [named, placeClosed] = [true, true];
      // الجبهة الشعبية لتحرير فلسطين الفراغ: a place that closes the purpose lets only adjectives follow;
      // a definite noun after it is the verb's object.
      else if (inPurpose) placeClosed = true;
      construct = false;
      lastGood = place - 1;
      j = place - 1; // the loop steps past the place
      continue;
    }
    const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
    const bare = bareKey(t);
    // الجامعة التونسية للسباحة ورئيس الجمهورية: و and an office holder (ورئيس, ووزير) start a new phrase.
    if (prefixes.length === 1 && prefixes[0] === 'و' && HOLDERS.has(bare)) break;
    // إلغاء, إلزام fold to a word opening with ال; the article is always written with a bare alef.
    const isDef = definite(bare) && (prefixes.length > 0 || articleWritten(text, t));
    // ألقت إدارة مكافحة المخدرات القبض على, أسدلت الهيئة الستار على: the object of the verb before the
    // name; جهاز … قدمته منظمة: a word with its pronoun is the sentence going on (مياه, a listed noun in ه, is not).
    // (But وتطويره after a purpose, before a mark: a derived verbal noun whose pronoun is the purpose's
    // object, read below; وتعويضه بمجلس مؤقت, with a complement of its own, is the sentence going on.)
    const purposeGoesOn = inPurpose && lastGood === j - 1 && prefixes.length === 1 && prefixes[0] === 'و' && bare.length >= 5 && derivedVerbalNoun(bare.slice(0, -1)) && (j + 1 >= sentence.tokenEnd || tokens[j + 1]!.kind === 'punct');
    if (objectOfIdiom(tokens, j, sentence, bare) || (!isDef && !purposeGoesOn && (j > head + 1 || t.norm.length >= 5) && lastLetter(text, t) === 0x0647 /* ه */ && bare !== 'الله' && !w.common.has(bare))) break;
    // بعثة دعمتها الجمعية: a word in ت with the pronoun ها or هم (a verb with its object, or a noun in ة
    // with its owner) is the sentence going on wherever it stands.
    if (!isDef && bare.length >= 5 && taPronoun(bare) && !w.common.has(bare)) break;
    // … لتحرير السودان وجناحها العسكري: so is one with the pronoun ها or هم behind و (its wing).
    if (!isDef && !purposeGoesOn && j > head + 1 && prefixes.length === 1 && prefixes[0] === 'و' && bare.length >= 5 && (bare.endsWith('ها') || bare.endsWith('هم')) && !w.common.has(bare)) break;
    // مستشفى الملك فيصل التخصصي, جامعة ابن زهر, مؤسسة محمد بن راشد آل مكتوم: named after a person.
    // المستشفى الجامعي ابن رشد, المركز الاستشفائي الجامعي مصطفى باشا: with the article, the head's adjectives
    // of kind come first, then the person.
    const afterKind = definiteHead && j > head + 1 && lastGood === j - 1 && w.eponymHeads.has(headKey.slice(2)) && kindsOnly(tokens, head + 1, j);
    const eponym = (j === head + 1 && !definiteHead && w.eponymHeads.has(headKey)) || afterKind ? (prefixes.length === 0 ? personNameEnd(tokens, j, sentence, w) : -1) : -1;
    if (eponym > j) {
      [named, construct, lastGood, j] = [true, false, eponym - 1, eponym - 1];
      continue;
    }
    // … للتكنولوجيا والإعلام وسمو الشيخ, … المسجد الأقصى المبارك الدكتور, … للتغيير النائب أحمد: a person's
    // title starts the next phrase.
    if (j > head + 1 && (w.honorifics.has(bare) || (prefixes.length === 0 && w.roleBeforeName(j)))) break;
    // … لبلدية الحراش الطاهر بن سالم: so does a Maghrebi first name with the article before بن or a listed name.
    if (j > head + 1 && prefixes.length === 0 && w.definiteFirstNameAt(j)) break;
    // الاتحاد السعودي لكرة القدم الفرنسي هيرفي رينارد: so does a second country's adjective before a word
    // that may open a name (the Frenchman): a body has one nationality.
    if (j > head + 1 && prefixes.length === 0 && isDef && w.nisba.has(bare) && j + 1 < sentence.tokenEnd && bareName(tokens[j + 1]!, w) && nisbaBetween(tokens, head + 1, j, w)) break;
    // … but لتنظيم, لتنسيق after a name is its purpose (الجهاز القومي لتنظيم الاتصالات), and a field named
    // like bodies is its field (هيئة الشارقة للمتاحف), not a new head.
    // … and inside a purpose phrase و joins a definite plural of one (للآثار والمتاحف, للمدارس والمستشفيات)
    // where the name ends with it: a definite word after it is the verb's object (… والمتاحف المجتمع الدولي).
    const joinedField = inPurpose && isDef && prefixes.join('') === 'و' && w.org.pluralHeads.has(bare) && !(j + 1 < sentence.tokenEnd && definite(tokens[j + 1]!.norm));
    // وزارة الداخلية والبلديات: a ministry's portfolio named like bodies is its portfolio.
    const joinedPortfolio = ministry && !construct && prefixes.join('') === 'و' && (w.org.portfolios.has(bare) || w.org.agencyFields.has(bare));
    // … and لإدارة after a scope adjective is managing, the purpose (الهيئة الوطنية لإدارة الكوارث), not a new
    // head; after a body named for its place it says what the body was made for (سلطة منطقة العقبة
    // الاقتصادية الخاصة لإدارة المنطقة).
    if (prefixes.length > 0 && (w.org.heads.has(bare) || w.org.pluralHeads.has(bare)) && !joinedField && !joinedPortfolio && !(prefixes.join('') === 'ل' && lastGood > head && (w.org.mandates.has(bare) || (isDef && w.org.purpose.has(bare)) || (bare === MANAGING && scope && !named)))) break;
    if (prefixes.length === 0) {
      if (w.org.pluralHeads.has(bare) && j === head + 1 && !tradeOfUnion(tokens, head, w)) break;
      // After a ministry's portfolio only adjectives (التعليم العالي, الأشغال العامة, والبحث العلمي): a noun
      // there is the sentence going on (أعلنت وزارة التربية النتائج, … والتعليم النتائج).
      if (ministry && !inPurpose && lastGood > head && !adjectiveShape(bare, w)) break;
      // شركة تكساس إنسترومنتس, شركة كولومبيا بيكتشرز: after a company's head and the place its name opens
      // with, an unlisted foreign word is the rest of the name.
      if (!isDef && named && j === placeAfterHead && w.org.companyHeads.has(headKey) && foreignNameWord(text, t, bare, w) && !w.isPlace(j)) {
        [lastGood, foreignAfterPlace] = [j, true];
        continue;
      }
      // A mandate word is evidence only inside the name (هيئة الشركة تشغيل جهاز: the sentence goes on).
      if (!isDef && !w.isPlace(j) && !construct) break;
      // الهيئة الوطنية للصحافة الإشراف على, الحكومة السعودية الاستحواذ على: a definite word governs no
      // genitive, so a definite verbal noun of a derived form after one is the verb's object, not the name
      // (an adjective of that shape, التركية, agrees with the noun before it). In a purpose phrase only an
      // adjective, or the noun one is annexed to (المتوسطة الأجل), follows a definite word (… لحقوق الإنسان النتائج).
      const prev = bareKey(tokens[j - 1]!);
      // حزب الإنصاف الحزب الحاكم: nor is another head after a definite word (a new phrase, in apposition).
      // مجمع ناصر الطبي الجرحى: nor, after a nisba adjective, a definite word that is no adjective (a plural
      // noun there is the verb's object; written with ى, الجرحى is no nisba, as الكبرى is a listed adjective).
      // So after a plural one (للصحفيين التونسيين الحكم), and after a feminine one of a country or scope
      // (غرفة التجارة الدولية النزاع), unless the word is feminine too (اللجنة العربية الدائمة: an
      // adjective agreeing with it).
      const alefMaqsura = lastLetter(text, t) === 0x0649 /* ى */ && !listedAdjective(bare, w);
      // (العليا and الدنيا, elatives of roots in و and ي, are written with ا where الكبرى takes ى: the
      // same adjective, no noun to annex: محكمة الاستئناف العليا الحكم.)
      const afterNisba = (prev.endsWith('ي') || ELATIVES_IN_ALEF.has(prev) || ((prev.endsWith('يين') || prev.endsWith('يون')) && w.nisba.has(prev)) || (prev.endsWith('يه') && (w.nisba.has(prev) || w.org.scope.has(prev)) && !bare.endsWith('ه'))) && !inPurpose && (!adjectiveLike(bare, w) || alefMaqsura) && !w.org.companyKinds.has(bare) && !w.isPlace(j);
      if (placeClosed && isDef && !adjectiveLike(bare, w) && !w.org.companyKinds.has(bare)) break;
      if (isDef && j > head + 1 && lastGood === j - 1 && definite(prev) && ((derivedVerbalNoun(bare.slice(2)) && !adjectiveShape(bare, w)) || (w.org.heads.has(bare) && (!adjectiveShape(bare, w) || NOUN_HEADS_IN_YA.has(bare))) || afterNisba || (inPurpose && (!adjectiveLike(bare, w) || pluralParticiple(bare)) && !annexingAdjective(prev, w) && !w.org.companyKinds.has(bare)))) break;
      // (شركة مبادلة الإماراتية: a word of that shape before a country's adjective is a name, not a task.)
      if (w.org.mandates.has(bare) || (j === head + 1 && !definiteHead && unlistedMandate(tokens, j, sentence, headKey, bare) && !w.nisba.has(bareKey(tokens[j + 1]!)))) purpose = true;
      if (isDef || w.isPlace(j)) {
        lastGood = j;
        construct = false;
        // المديرية العامة للأمن الوطني المغربية والحرس المدني: a country's adjective after the purpose
        // agrees with the head and closes the name; و after it joins another body.
        if (inPurpose && isDef && w.nisba.has(bare) && !w.nisba.has(prev)) inPurpose = false;
        // الهيئة العامة للعقار, المؤسسة العامة للتأمينات: العامة right after a definite head scopes it as
        // the others do; further on it describes (إدارة الحسابات العامة).
        // المؤسسة السورية للحبوب: so does a country's adjective, so that the field after ل names the body.
        // الحزب الشيوعي لروسيا الاتحادية, الرابطة الديمقراطية لكوسوفو: so does a party's doctrine, so that the
        // country after ل is the one the party is of.
        const doctrine = definiteHead && j === head + 1 && w.org.partyHeads.has(headKey.slice(2)) && w.org.ideologies.has(bare);
        if (w.org.scope.has(bare) || doctrine || (definiteHead && j === head + 1 && (GENERAL_SCOPE.has(bare) || w.nisba.has(bare)))) scope = true;
        // شركة النفط الهندية, هيئة الإحصاء التركية: a country's adjective right after the definite complement
        // of an indefinite head names that country's body, when the name ends there or a purpose follows
        // (رابطة الدوري السعودي للمحترفين); شركة النفط الروسية المتعثرة describes one.
        if (!definiteHead && j === head + 2 && !scope && w.nisba.has(bare) && definite(bareKey(tokens[head + 1]!)) && !w.isPlace(head + 1) && !w.isNamed(head + 1)) [countryAt, scope] = [j, true];
        // A proper name right after the head (بنك مصر, جامعة القاهرة, مكتب الأمم المتحدة) makes the whole a name.
        // (A city spelled like a word too after جامعة: جامعة سوسة, جامعة المنصورة are its university.)
        if (j === head + 1 && (w.isNamed(j) || (headKey === UNIVERSITY && w.isPlace(j)))) named = true;
      }
      continue;
    }
    const p = prefixes.join('');
    const portfolio = p === 'و' && ministry && !construct ? joinedPortfolioEnd(tokens, j, sentence, head, lastGood, w) : -1;
    if (portfolio >= 0) {
      lastGood = j = portfolio;
      continue;
    }
    if (p === 'و') {
      // محكمة العدل العليا للأمة وآلاف القضاة: a number word after و counts the sentence's people.
      if (COUNTING_WORDS.has(bare)) break;
      // الوكالة الوطنية لتحسين السكن وتطويره: a derived verbal noun with the pronoun of the purpose's object
      // is the purpose going on.
      if (purposeGoesOn && !isDef && lastLetter(text, t) === 0x0647 /* ه */) {
        lastGood = j;
        continue;
      }
      // مدير المؤسسة العامة للمعارض والأسواق الدولية وسيم الحلبي: a listed given name as written, before a
      // family name, is the holder of the role, not a word joined to the body's name.
      if (!isDef && w.given(t.norm) && j + 1 < sentence.tokenEnd && (w.surnameAt(j + 1) || familyNisba(tokens[j + 1]!, w))) break;
      const second = isDef && !inPurpose && secondObject(tokens, head, j, lastGood, w);
      if (!(isDef ? inPurpose || joinedMembers(tokens, head, j, definiteHead, w) || second : construct || inPurpose)) break;
      if (second) placeClosed = true; // … الجدار والاستيطان الاعتداءات: only adjectives after the second object
      if (w.org.mandates.has(bare)) purpose = true;
      if (isDef) lastGood = j;
      continue;
    }
    // A purpose phrase needs a complement before it: مؤسسة للسلام is 'a foundation for peace', not a name.
    // After a proper name (شركة مصر للغزل والنسيج, شركة الدلتا للسكر, مركز أبوظبي للغة العربية) any
    // definite noun behind ل is the field the body is named for, and so after a scope adjective
    // (الاتحاد العربي للرياضات الإلكترونية) unless a preposition follows the noun: then it is a verbal
    // noun saying what for (صندوق النقد الدولي للحصول على قرض, الوكالة الوطنية للحد من …).
    // الاتحاد القطري لكرة اليد, الجامعة الملكية المغربية لألعاب القوى: a sports body is named for its sport.
    // للغة is ل + اللغة as often as ل + لغة: the article's lam and the stem's are written once, so a stem
    // in ل behind لل counts as definite here (مركز أبوظبي للغة العربية).
    // الاتحاد الوطني لطلبة المغرب: a union named for the people it gathers, behind ل.
    // الهيئة العامة للمنطقة الاقتصادية لقناة السويس: after the field and its adjective, ل and a listed place
    // say where the field lies, and the place is the name's.
    const fieldPlace = p === 'ل' && inPurpose && lastGood === j - 1 && j - 2 > head && adjectiveShape(bareKey(tokens[j - 1]!), w) ? w.placeEnd(j) : -1;
    if (fieldPlace > j) {
      placeClosed = true;
      lastGood = j = fieldPlace - 1;
      continue;
    }
    // الهيئة الملكية للجبيل وينبع: after a definite head and its scope adjective, ل and a listed place (and
    // و and another) are the place the body serves, and the name's.
    const scopePlace = p === 'ل' && definiteHead && scope && !inPurpose && lastGood === j - 1 && j - 1 > head ? w.placeEnd(j) : -1;
    if (scopePlace > j) {
      const second = scopePlace < sentence.tokenEnd && tokens[scopePlace]!.clitics?.prefixes.length === 1 && tokens[scopePlace]!.clitics!.prefixes[0] === 'و' ? w.placeEnd(scopePlace) : -1;
      [purpose, inPurpose, construct, placeClosed] = [true, true, false, true];
      lastGood = j = (second > scopePlace ? second : scopePlace) - 1;
      continue;
    }
    // البنك الأوروبي للاستثمار لتمويل المرحلة: after the body's own purpose, ل and an indefinite verbal noun
    // of a derived form say what the sentence's act is for.
    if (p === 'ل' && inPurpose && lastGood === j - 1 && !isDef && derivedVerbalNoun(bare)) break;
    if (p === 'ل' && lastGood > head && !inPurpose && membersOfUnion(headKey, bare, isDef, w)) {
      [purpose, inPurpose, construct] = [true, true, !isDef];
      if (isDef) lastGood = j;
      continue;
    }
    if (p === 'ل' && ministry && !inPurpose && lastGood === j - 1 && (purposeAfterCountry(tokens, head, j, w) || deputyBrief(tokens, head))) break;
    // هيئة تنمية الصادرات السعودية لدعم المنشآت: so does a country's adjective after a construct of two words
    // or more under any indefinite head: the body's name ends with its nationality, and ل says what the
    // sentence's act is for (حزب التجمع اليمني للإصلاح, one word before it, keeps its purpose).
    if (p === 'ل' && !definiteHead && !inPurpose && lastGood === j - 1 && j - 1 > head + 2 && w.nisba.has(bareKey(tokens[j - 1]!))) break;
    // وكالة الفضاء السعودية للتعاون في تطوير: … and so, after any construct, does a definite verbal noun
    // of the derived forms (التعاون, التنسيق) that governs the preposition after it.
    if (p === 'ل' && isDef && !inPurpose && lastGood === j - 1 && w.nisba.has(bareKey(tokens[j - 1]!)) && (derivedVerbalNoun(bare.slice(2)) || FORM_VI.test(bare)) && governsPreposition(tokens, j + 1, sentence)) break;
    const field = isDef || (p === 'ل' && bare.startsWith('ل') && t.norm.startsWith('لل'));
    // مجلس الأمن الدولي للتنديد بالتهديدات: a definite derived verbal noun with its ب object after a
    // scope adjective says what the act is for, as a preposition after the noun does.
    // (Not the shape إفعال, which broken plurals share: للأسماك بالتعاون is the body's field, fish.)
    const bObject = isDef && derivedVerbalNoun(bare.slice(2)) && bare.charCodeAt(2) !== 0x0627 && j + 1 < sentence.tokenEnd && tokens[j + 1]!.clitics?.prefixes.length === 1 && tokens[j + 1]!.clitics!.prefixes[0] === 'ب' && !w.isPlace(j + 1);
    if (p === 'ل' && lastGood > head && (w.org.purpose.has(bare) || (w.org.sportHeads.has(headKey) && w.org.sportFields.has(bare)) || w.org.purpose.has(t.alternatives?.[0]?.stem ?? '') || ((named || (scope && !((governsPreposition(tokens, j + 1, sentence) || bObject) && !fieldNoun(bare)))) && !inPurpose && field && !w.isPlace(j) && !TIME_NOUNS.has(bare)))) {
      purpose = true;
      inPurpose = true;
      construct = false;
      if (field) lastGood = j;
      continue;
    }
    // الوكالة الوطنية لترقية التجارة الخارجية, الشركة الوطنية لاستغلال وتوزيع المياه: after a scope
    // adjective, a derived verbal noun behind ل in construct with a definite noun (or joined by و to
    // another) says what the body is for.
    // So does a noun in construct with a place (الشركة العامة لموانئ العراق). (Not before a preposition
    // the phrase governs: لمفاوضات الحد من الأسلحة says what for.)
    const act = construableNoun(bare, w) && complementFollows(tokens, j + 1, sentence) && !governsPreposition(tokens, j + 2, sentence);
    if (p === 'ل' && scope && !inPurpose && lastGood === j - 1 && !isDef && (act || (j + 1 < sentence.tokenEnd && w.wholePlaceEnd(j + 1) > j + 1 && !w.nisba.has(bareKey(tokens[j + 1]!))))) {
      if (!purpose) [actOnly, actFrom] = [true, j];
      [purpose, inPurpose, construct] = [true, true, true];
      continue;
    }
    // ب joins the object of a mandate's verbal noun (مكافحة الاتجار بالبشر), not a manner phrase (بالتعاون
    // مع) nor what follows a field (الاتحاد المصري لكرة القدم بالاستعانة).
    // A place there is the body's seat (جامعة الملك فهد للبترول والمعادن بالظهران), not its object.
    const object = bareKey(tokens[j - 1]!);
    // (A word before مع is the manner phrase whatever came before it: للأسماك بالتعاون مع.)
    const withAfter = j + 1 < sentence.tokenEnd && tokens[j + 1]!.norm === 'مع';
    // (The object is a thing or people, not another act: والهيئة العليا للإغاثة بالإسراع, a verbal noun
    // of form IV, إفعال, is what the sentence asks the body to do.)
    if (p === 'ب' && purpose && isDef && lastGood === j - 1 && !withAfter && !w.nisba.has(object) && !w.isPlace(j) && !formFourVerbalNoun(bare.slice(2)) && (derivedVerbalNoun(object.slice(2)) || w.org.mandates.has(object))) {
      lastGood = j;
      continue;
    }
    break;
  }
  // حكومة الوحدة الوطنية الجديدة: an adjective of state at the end describes the body, it is not its name;
  // so does the nationality of a club (نادي بوردو الفرنسي: the club is نادي بوردو).
  const club = CLUB_HEADS.has(headKey);
  while (lastGood > head + 1 && (w.org.descriptive.has(bareKey(tokens[lastGood]!)) || (club && w.nisba.has(bareKey(tokens[lastGood]!))))) lastGood--;
  // شركة الظاهرة القابضة الإماراتية: the country of a company whose kind ends its name describes it, and
  // so does that of a body named for its city (جامعة ليفربول البريطانية, as the corpora mark it).
  const countryAfter = lastGood > head + 1 && w.nisba.has(bareKey(tokens[lastGood]!));
  if (countryAfter && ((lastGood > head + 2 && w.org.companyKinds.has(bareKey(tokens[lastGood - 1]!))) || (named && (lastGood === head + 2 || (foreignAfterPlace && lastGood === placeAfterHead + 1)) && w.isPlace(head + 1)) || regional)) lastGood--;
  // المؤسسة العامة لجسر الملك فهد: a ل-phrase whose complement the chain could not read is no evidence.
  if (actOnly && lastGood < actFrom) [purpose, actOnly] = [false, false];
  if (lastGood < 0) return undefined;
  if (countryAt > 0 && countryAt !== lastGood && !purpose) scope = false;
  return { end: lastGood + 1, purpose, actOnly, scope, named, kindEnds: w.org.companyKinds.has(bareKey(tokens[lastGood]!)) };
}

/**
 * Heads with the article that end like a nisba but are never adjectives, normalized: after a definite word
 * they open a new phrase (قطر للاستثمارات الرياضية النادي الباريسي: the Paris club, the object).
 */
const NOUN_HEADS_IN_YA = new Set(['النادي', 'المديريه', 'المفوضيه']);

/** Are tokens [from, to) all adjectives of an institution's kind (الجامعي, الاستشفائي), bare? */
function kindsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.clitics?.prefixes.length || !INSTITUTION_ADJECTIVES.has(tokens[k]!.norm)) return false;
  return true;
}

/** A definite nisba that is no country's and no word of the lists (الحلبي): a family name. */
function familyNisba(t: Token, w: ChainWords): boolean {
  const n = t.norm;
  return !t.clitics?.prefixes.length && n.length >= 6 && n.startsWith('ال') && n.endsWith('ي') && !w.nisba.has(n) && !w.common.has(n) && !w.common.has(n.slice(2));
}

/** Is a bare definite country's adjective among tokens [from, to) (a nationality the chain already has)? */
function nisbaBetween(tokens: readonly Token[], from: number, to: number, w: ChainWords): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.clitics?.prefixes.length && w.nisba.has(tokens[k]!.norm)) return true;
  return false;
}

/** A bare word that may open a person's name: a listed given name, or a word no list holds as common. */
function bareName(t: Token, w: ChainWords): boolean {
  return t.kind === 'word' && !t.clitics?.prefixes.length && !definite(t.norm) && (w.given(t.norm) || (!w.common.has(t.norm) && !w.stop.has(t.norm) && !w.verbs.has(t.norm)));
}

/** A verbal noun of form IV, إفعال, normalized (اسراع, افراج): five letters, alef first and fourth. */
function formFourVerbalNoun(stem: string): boolean {
  return stem.length === 5 && stem.charCodeAt(0) === 0x0627 && stem.charCodeAt(3) === 0x0627;
}

/** Does the word end in ت and the pronoun ها, هم or هما (دعمتها, حكومتهم)? */
function taPronoun(bare: string): boolean {
  return bare.endsWith('تها') || bare.endsWith('تهم') || bare.endsWith('تهما');
}
