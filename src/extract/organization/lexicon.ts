import { perKeyer } from '../../text/lexicon-key.js';
import { withArticle } from '../common/words.js';
import heads from './data/heads.json';
import ambiguous from './data/ambiguous.json';
import descriptorHeads from './data/descriptor-heads.json';
import known from './data/known.json';
import scopeAdjectives from './data/scope-adjectives.json';
import ministryShort from './data/ministry-short.json';
import companyKinds from './data/company-kinds.json';
import publishing from './data/publishing.json';
import companyDescribers from './data/company-describers.json';
import ideologyAdjectives from './data/ideology-adjectives.json';
import memberNouns from './data/member-nouns.json';
import agencyDomains from './data/agency-domains.json';
import sportBodies from './data/sport-bodies.json';
import ministryPortfolios from './data/ministry-portfolios.json';
import stateHeads from './data/state-heads.json';
import clubPrefixes from './data/club-prefixes.json';
import mandateWords from './data/mandate-words.json';
import purposeWords from './data/purpose-words.json';
import pressHeads from './data/press-heads.json';
import broadcastHeads from './data/broadcast-heads.json';
import descriptiveAdjectives from './data/descriptive-adjectives.json';
import sportsCues from './data/sports-cues.json';
import businessCues from './data/business-cues.json';
import squadNouns from './data/squad-nouns.json';
import matchFrames from './data/match-frames.json';
import mastheads from './data/mastheads.json';
import placeReadings from './data/place-readings.json';
import countryBodies from './data/country-bodies.json';
import productNouns from './data/product-nouns.json';
import memberCues from './data/member-cues.json';
import homographs from '../location/data/homographs.json';
import { FACILITY_NOUNS, PLACE_TRIGGERS } from '../location/triggers.js';
import { LIST_TRIGGERS } from '../location/place-lists.js';
import { PhraseTrie, phraseWords } from '../lexicon/phrase-trie.js';
import type { MatchFrames } from './club-by-match.js';


/** Verbal nouns of what a meeting does, normalized, without the article: after ل they say what for, no field. */
const MEETING_ACTS: ReadonlySet<string> = new Set(['بحث', 'مناقشه', 'دراسه', 'متابعه', 'تدارس']);

export interface KnownOrganization {
  /** The organization's full Arabic name, as listed. */
  name: string;
  acronym?: string;
  /** The matched form is also a common word (العربية, فتح): a name only after a descriptor (قناة العربية). */
  ambiguous?: boolean;
  /** A one-word form that is also a place noun (الجزيرة: the island): not this organization where a place is meant. */
  placeWord?: boolean;
  /** A building named for itself (البيت الأبيض, مركز التجارة العالمي): a MISC mention, not an organization. */
  facility?: boolean;
  /**
   * Listed under a descriptor that is no club's (صحيفة سبق, شركة نيسان): a word of sports reporting near
   * its short form does not make it the organization.
   */
  notClub?: boolean;
  /**
   * A one-word form that is a common word first (الاتحاد, التعاون, الفتح): with a definite adjective after
   * it, it is that word or another body (الاتحاد الكويتي, التعاون الدولي), never the club.
   */
  wordAlias?: boolean;
  /** Listed with نادي (or another club's descriptor) among its forms (الترسانة: نادي الترسانة). */
  club?: boolean;
  /** Listed with شركة or مجموعة among its forms (أمازون: شركة أمازون): a word of business near its short form makes it the company. */
  company?: boolean;
}

export interface OrganizationLexicon {
  /** Well-known organizations by name, alias and acronym. */
  known: PhraseTrie<KnownOrganization>;
  /** Latin acronyms of three characters or more, as written (BBC, UNESCO), to the organization's name. */
  latinAcronyms: ReadonlyMap<string, string>;
  /** Singular head nouns that open a name (وزارة, منظمة, لجنة …), normalized, with and without the article. */
  heads: ReadonlySet<string>;
  /** Plural heads (منظمات, مكاتب …): they describe a class, never open a name. */
  pluralHeads: ReadonlySet<string>;
  /** Heads of academic institutions, named by a transliterated name after them (جامعة برينستون), normalized. */
  foreignNameHeads: ReadonlySet<string>;
  /** Heads of companies (شركة, مجموعة), named by unlisted words when a line of business or a kind follows. */
  companyHeads: ReadonlySet<string>;
  /** Kinds that end a company's name (القابضة, العقارية), normalized. */
  companyKinds: ReadonlySet<string>;
  /** Heads a publishing house is named after (دار), and the words that say a book came out from one (صدر عن). */
  publisherHeads: ReadonlySet<string>;
  publicationWords: ReadonlySet<string>;
  /** Adjectives that describe a company after its name and stay outside it (الناشئة, المدرجة), normalized. */
  companyDescribers: ReadonlySet<string>;
  /** Party heads (حزب, جبهة …) and the doctrines that name a party after the definite head (الحزب الليبرالي), normalized. */
  partyHeads: ReadonlySet<string>;
  ideologies: ReadonlySet<string>;
  /** Values parties are named for in pairs (العدالة والتنمية), normalized. */
  partyValues: ReadonlySet<string>;
  /** Classes and camps parties are named for (العمال, المحافظين), normalized. */
  partyClasses: ReadonlySet<string>;
  /** Membership heads (اتحاد, نقابة, رابطة) and the plural members that name one (اتحاد العمال), normalized. */
  memberHeads: ReadonlySet<string>;
  members: ReadonlySet<string>;
  /** Agency heads (هيئة, دائرة, مديرية, سلطة) and the definite fields that name one (هيئة البيئة), normalized. */
  agencyHeads: ReadonlySet<string>;
  agencyFields: ReadonlySet<string>;
  /** Heads of sports bodies (الاتحاد, الجامعة), with and without the article, and the indefinite sports named after ل (كرة, ألعاب). */
  sportHeads: ReadonlySet<string>;
  sportFields: ReadonlySet<string>;
  /**
   * Heads whose construct with a definite noun is the institution's own name (مستشفى القصر العيني, دار
   * الشروق, معهد الدراسات المتقدمة), unlike وزارة السياحة or مجلس الإدارة, which describe a body.
   */
  namingHeads: ReadonlySet<string>;
  /** Indefinite nouns of bodies that open an encyclopedia definition (أرامكو شركة نفط سعودية), normalized. */
  definingNouns: ReadonlySet<string>;
  /** Verbal nouns of a mandate (مكافحة, حماية, تنمية): inside a chain they mark an institution's name. */
  mandates: ReadonlySet<string>;
  /** Words after ل that keep a name going (لمكافحة, للتنمية, لشؤون …), normalized without the article. */
  purpose: ReadonlySet<string>;
  /** Ministry portfolios that, with a nisba adjective, name the ministry (الخارجية الأمريكية). */
  ministries: ReadonlySet<string>;
  /** First words of every ministry portfolio (الصحة, التعليم, الشؤون …): after وزارة they make a name. */
  portfolios: ReadonlySet<string>;
  /** Heads that name a place's state apparatus (حكومة, شرطة): with the place alone after them, the place is the mention. */
  stateHeads: ReadonlySet<string>;
  /** Heads that are also a district (مديرية صرواح): with a listed place alone after them, the place is the mention. */
  districtHeads: ReadonlySet<string>;
  /** Words that make a club of the place after them (أولمبيك آسفي, دينامو كييف, مولودية وجدة). */
  clubPrefixes: ReadonlySet<string>;
  /** … and words that do so only in a sports report (نهضة بركان, مستقبل المرسى; مستقبل لبنان is a future). */
  sportsClubPrefixes: ReadonlySet<string>;
  /** Heads after which the name proper stands alone (صحيفة الراية, نادي الزمالك, شركة نوكيا). */
  descriptors: PhraseTrie<true>;
  /** Words for a newspaper or magazine (صحيفة, مجلة): the definite word or place after one is its name. */
  press: ReadonlySet<string>;
  /** Words for a broadcaster, agency, website or platform (إذاعة, قناة, وكالة, منصة): a transliterated name after one is its name. */
  broadcast: ReadonlySet<string>;
  /** Adjectives of state (الجديدة, السابق, المتمردة): describe a body, never end its name. */
  descriptive: ReadonlySet<string>;
  /** Definite head and first adjective, keyed and joined by a space, that a country's adjective makes that country's body. */
  countryBodies: ReadonlySet<string>;
  /** Nouns of a maker's products (سيارات, هواتف): right after one, a company named like a word is the maker. */
  productNouns: ReadonlySet<string>;
  /** Nouns of members and fighters right before a body named like a word (عناصر فتح), keyed. */
  memberCueWords: ReadonlySet<string>;
  /** Nouns of members before في and the body (القيادي في فتح), keyed. */
  memberCueBeforeFi: ReadonlySet<string>;
  /** Words of sports reporting: near one, a club named like a place or a common word is the club. */
  sports: ReadonlySet<string>;
  /** Words of business reporting: near one, a company named like a common word or a place is the company. */
  business: ReadonlySet<string>;
  /** Nouns of a team's people (لاعب, صفوف, مدرب): a city after one is the club. */
  squadNouns: ReadonlySet<string>;
  /** The words that put a team in a slot of a match report (فاز, على مضيفه, تعادل … مع). */
  matchFrames: MatchFrames;
  /** Transliterated words of newspaper names (تايمز, بوست, هيرالد): after a place, the paper. */
  mastheads: ReadonlySet<string>;
  /** Words before a place noun that make it a place (في, إلى, شمال, شبه …). */
  placeCues: ReadonlySet<string>;
  /** Plural and dual place nouns a list of places follows (ولايات, مدن, منطقتي), normalized. */
  listNouns: ReadonlySet<string>;
  /** Adjectives after such a name that describe land (الجزيرة الرئيسية), normalized. */
  placeAdjectives: ReadonlySet<string>;
  /** Adjectives of scope that mark an institution (الدولية, العالمية, الأوروبي). */
  scope: ReadonlySet<string>;
}

export const organizationLexicon = perKeyer(compileOrganizations);

/** Descriptors of clubs and teams (نادي, فريق): a name listed under one is a club's. */
const CLUB_DESCRIPTORS = ['نادي', 'النادي', 'فريق', 'الفريق'];

function compileOrganizations(key: (s: string) => string): OrganizationLexicon {
  const trie = new PhraseTrie<KnownOrganization>();
  const commonWords = new Set((ambiguous as string[]).map(key));
  const headWords = new Set(heads.singular.map(key));
  const descriptors = new PhraseTrie<true>();
  for (const d of descriptorHeads as string[]) descriptors.add(phraseWords(d, key), true);
  const clubDescriptors = new Set(CLUB_DESCRIPTORS.map(key));
  const latinAcronyms = new Map<string, string>();
  const companyWords = new Set((heads as { company: string[] }).company.map(key));
  for (const org of known as Array<{ name: string; aliases?: string[]; wordAliases?: string[]; acronym?: string; ambiguous?: boolean; facility?: boolean; place?: boolean; placeAliases?: string[]; notClub?: boolean }>) {
    const head = phraseWords(org.name, key)[0]!;
    // Two letters (UN, AP, GM) are too often something else to stand alone as a name.
    if (org.acronym && /^[A-Z][A-Z0-9&]{2,}$/.test(org.acronym)) latinAcronyms.set(org.acronym, org.name);
    const notClub = org.notClub === true || (descriptors.startsWith(head) && !clubDescriptors.has(head));
    const company = [org.name, ...(org.aliases ?? [])].some((f) => companyWords.has(phraseWords(f, key)[0]!));
    const club = [org.name, ...(org.aliases ?? [])].some((f) => clubDescriptors.has(phraseWords(f, key)[0]!));
    const spelledLikePlaces = new Set(org.placeAliases ?? []);
    // Short forms that are also common words (الفتح, النجمة), named alone only in context, while the
    // entry's other forms stand anywhere.
    const wordAliases = new Set(org.wordAliases ?? []);
    const forms = [org.name, ...(org.aliases ?? []), ...spelledLikePlaces, ...wordAliases];
    // غولدمان ساكس / جولدمان ساكس: Egyptian and Levantine usage writes the foreign hard g with ج where
    // others write غ. Names of several words get the other spelling too (one word alone may be a word).
    for (const form of [...forms]) if (form.includes(' ') && form.includes('غ')) forms.push(form.replaceAll('غ', 'ج'));
    // An acronym read as a word may take the article (إيكواس / الإيكواس); the span then keeps it.
    if (org.acronym) for (const form of [...forms]) if (!form.includes(' ') && !form.startsWith('ال')) forms.push('ال' + form);
    for (const form of forms) {
      const words = phraseWords(form, key);
      const value: KnownOrganization = { name: org.name };
      if (org.acronym) value.acronym = org.acronym;
      if (org.facility) value.facility = true;
      if (notClub) value.notClub = true;
      if (company) value.company = true;
      if (club) value.club = true;
      if (org.place && words.length === 1) value.placeWord = true;
      // An entry marked ambiguous is so in its short forms (غافي, سارك, زين); its name of three words or
      // more (التحالف العالمي للقاحات والتحصين), or of a head and one word (جبهة النصرة), is no common word.
      if ((org.ambiguous && (words.length === 1 || (words.length === 2 && !headWords.has(words[0]!)))) || spelledLikePlaces.has(form) || wordAliases.has(form) || (words.length === 1 && commonWords.has(words[0]!))) value.ambiguous = true;
      if (wordAliases.has(form)) value.wordAlias = true;
      trie.add(words, value);
    }
  }
  const h = heads as { singular: string[]; plural: string[]; foreignName: string[]; company: string[]; defining: string[]; naming: string[]; district: string[] };
  return {
    known: trie,
    latinAcronyms,
    heads: withArticle(h.singular, key),
    pluralHeads: withArticle(h.plural, key),
    foreignNameHeads: new Set(h.foreignName.map(key)),
    companyHeads: new Set(h.company.map(key)),
    companyKinds: new Set((companyKinds as string[]).map(key)),
    publisherHeads: new Set(publishing.heads.map(key)),
    publicationWords: new Set(publishing.words.map(key)),
    companyDescribers: new Set(companyDescribers.words.map(key)),
    partyHeads: new Set(ideologyAdjectives.heads.map(key)),
    ideologies: new Set(ideologyAdjectives.words.map(key)),
    partyValues: new Set(ideologyAdjectives.values.words.map(key)),
    partyClasses: new Set(ideologyAdjectives.classes.words.map(key)),
    memberHeads: new Set(memberNouns.heads.map(key)),
    members: new Set(memberNouns.words.map(key)),
    agencyHeads: new Set(agencyDomains.heads.map(key)),
    agencyFields: new Set(agencyDomains.fields.map(key)),
    sportHeads: withArticle(sportBodies.heads, key),
    sportFields: new Set(sportBodies.fields.map(key)),
    definingNouns: new Set(h.defining.map(key)),
    namingHeads: new Set(h.naming.map(key)),
    // البحث names a body's field with the article only: لبحث الأزمة, to discuss the crisis, is what a
    // meeting is for (مكتب المالكي لبحث الأزمة); لإدارة الكوارث and لطباعة المصحف stay fields.
    purpose: new Set([...withArticle([...(purposeWords as string[]), ...(mandateWords as string[])], key)].filter((k) => !MEETING_ACTS.has(k))),
    mandates: withArticle(mandateWords as string[], key),
    ministries: new Set((ministryShort as string[]).map(key)),
    portfolios: new Set([...(ministryShort as string[]), ...ministryPortfolios.words].map(key)),
    stateHeads: new Set((stateHeads as string[]).map(key)),
    districtHeads: new Set(h.district.map(key)),
    clubPrefixes: new Set(clubPrefixes.always.map(key)),
    sportsClubPrefixes: new Set(clubPrefixes.inSports.map(key)),
    descriptors,
    press: new Set((pressHeads as string[]).map(key)),
    broadcast: new Set(broadcastHeads.words.map(key)),
    descriptive: new Set(descriptiveAdjectives.words.map(key)),
    countryBodies: new Set(countryBodies.phrases.map((p) => p.split(' ').map(key).join(' '))),
    productNouns: new Set(productNouns.nouns.map(key)),
    memberCueWords: new Set(memberCues.words.map(key)),
    memberCueBeforeFi: new Set(memberCues.beforeFi.map(key)),
    sports: new Set(sportsCues.words.map(key)),
    business: new Set(businessCues.words.map(key)),
    squadNouns: new Set(squadNouns.words.map(key)),
    matchFrames: {
      verbs: new Set(matchFrames.verbs.map(key)),
      nouns: new Set(matchFrames.nouns.map(key)),
      opponents: new Set(matchFrames.opponents.map(key)),
      objects: new Set(matchFrames.objects.map(key)),
      teamNouns: new Set(matchFrames.teamNouns.map(key)),
      transfers: new Set(matchFrames.transfers.map(key)),
    },
    mastheads: new Set(mastheads.words.map(key)),
    // …and the words that announce a place (بولاية الجزيرة: the state, not the channel; مطار هامبورغ: the city).
    listNouns: new Set(LIST_TRIGGERS.map(key)),
    placeCues: new Set([...homographs.cues, ...placeReadings.before, ...PLACE_TRIGGERS, ...LIST_TRIGGERS, ...FACILITY_NOUNS].map(key)),
    placeAdjectives: new Set(placeReadings.after.map(key)),
    scope: new Set((scopeAdjectives as string[]).map(key)),
  };
}
