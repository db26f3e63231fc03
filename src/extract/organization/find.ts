import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf, keyedSetWithArticle } from '../common/words.js';
import { homographSet } from '../location/place-words.js';
import { definiteFeminineNisba } from '../location/adjective-reading.js';
import { matchPlace } from '../location/match-place.js';
import { placeLexicon } from '../location/lexicon.js';
import { scanStarts, wordOrInnerMarkAt } from '../lexicon/scan.js';
import { bareKey, tokenForms, type TokenForm } from '../lexicon/token-forms.js';
import { CLUB_PREFIX, HEAD_NOUN, MINISTRY_NOUN, OPENS_KNOWN, orgWordBits } from './org-words.js';
import { MASCULINE_NISBA, nameStarts, ORGANIZATION_START, PLACE_START } from '../lexicon/name-starts.js';
import { personLexicon } from '../person/lexicon.js';
import type { Candidate, ExtractContext } from '../types.js';
import { chainWords } from './chain-words.js';
import { headName } from './head-name.js';
import { fieldNisba } from './foreign-name.js';
import type { PhraseTrie } from '../lexicon/phrase-trie.js';
import { descriptorName, dualSecondName } from './descriptor.js';
import { withSector } from './sector-name.js';
import { adjectiveAfter, clubNameAt, feminineForm, clubNameIsWord, inClubList, inClubPair, inSportsReport, WIDE_WINDOW } from './sports.js';
import { clubsByNisba } from './club-nisba.js';
import { clubsBySquadNoun } from './club-by-squad.js';
import { clubsByMatch, inTeamFrame } from './club-by-match.js';
import { clubsInSlot } from './club-by-slot.js';
import { brandsByCountry } from './brand-country.js';
import { papersByMasthead } from './masthead.js';
import { findTribes } from './tribes.js';
import { findTribeNames } from './tribe-nouns.js';
import { findLatinOrganizations } from './latin-org.js';
import { findLetterNames } from './letter-name.js';
import { findAndNames } from './and-name.js';
import { findSuffixNames } from './suffix-name.js';
import { findSectorNames } from './sector-name.js';
import { findDualCompanies } from './dual-companies.js';
import { findHoldingNames } from './holding-name.js';
import { findCuedAliases } from './cued-alias.js';
import { findDefinedBodies } from './definition.js';
import { findDatelineCredits } from './dateline-credit.js';
import { quotedBodies } from './quoted-body.js';
import { districtAt } from '../location/district.js';
import { ministryByNisba, portfolioQualifies } from './ministry-nisba.js';
import { atDateline, quotedAlone } from './outlet-context.js';
import { namesModel } from './product-model.js';
import { organizationLexicon, type KnownOrganization, type OrganizationLexicon } from './lexicon.js';
import { memberCueBefore } from './member-cue.js';
import { findCompaniesByNationality } from './nationality-apposition.js';
import { findCompanyAppositions } from './company-apposition.js';
import { firstEndingAfter } from '../../segment/spans.js';
import eventHeads from './data/event-heads.json';
import { COMMON, GIVEN, wordIs } from '../person/word-classes.js';

/** Words that open an event's name (بطولة, كأس): an organization named right after one is part of it. */
const eventHeadSet = keyedSetWithArticle(eventHeads as string[]);

/** Does a role phrase from the word before end at or after token i (ولي العهد)? */
/** Heads of schools and universities, whose names a field's nisba ends (جامعة إسطنبول التقنية). */
const academicHeads = keyedSetOf(['جامعة', 'معهد', 'كلية', 'أكاديمية', 'مدرسة']);

function endsRole(titles: PhraseTrie<unknown>, tokens: readonly Token[], i: number, s: Sentence, words: (j: number) => string | undefined): boolean {
  return i > s.tokenStart && (titles.longest(bareKey(tokens[i - 1]!), i, words)?.end ?? 0) > i;
}

/**
 * Is a place meant by a one-word name that is also a place noun (الجزيرة: Al Jazeera, or the island)?
 * Yes behind ب or ك (بالجزيرة, كالجزيرة), after a locative word or a noun of a place's land and people
 * (في الجزيرة, شبه الجزيرة, سكان الجزيرة), and before an adjective of land (الجزيرة الرئيسية).
 */
function placeMeant(tokens: readonly Token[], i: number, s: Sentence, prefixes: readonly string[], org: Pick<OrganizationLexicon, 'placeCues' | 'placeAdjectives' | 'listNouns'>): boolean {
  if (prefixes.includes('ب') || prefixes.includes('ك')) return true;
  if (i + 1 < s.tokenEnd && org.placeAdjectives.has(tokens[i + 1]!.norm)) return true;
  // ولايات دارفور وكردفان والجزيرة: an item joined by و to a list of places after a plural place noun.
  if (prefixes.length === 1 && prefixes[0] === 'و') {
    for (let k = i - 1; k >= s.tokenStart && k >= i - 8; k--) {
      const t = tokens[k]!;
      if (org.listNouns.has(bareKey(t))) return true;
      if (t.kind !== 'word' && t.norm !== '،' && t.norm !== ',') break;
    }
  }
  // The word as written too: سكان is no س + كان.
  return i > s.tokenStart && (org.placeCues.has(tokens[i - 1]!.norm) || org.placeCues.has(bareKey(tokens[i - 1]!)));
}

/** Nouns of natural features, keyed: the one-word name after one is the feature's (نهر التايمز, جبل الكرمل). */
const featureSet = keyedSetOf(['نهر', 'بحيرة', 'جبل', 'جبال', 'وادي', 'خليج', 'مضيق', 'صحراء', 'هضبة', 'سهل', 'شلالات']);

/** Nouns of a mosque, keyed: الجامع الأزهر is the mosque, جامعة الأزهر the university. */
const mosqueSet = keyedSetOf(['الجامع', 'جامع', 'مسجد', 'المسجد']);

/**
 * The Games and their session, keyed: the city after them hosts them (دورة برشلونة, أولمبياد أثينا); so
 * does a process, a declaration or a conference named for where it met (مسار برشلونة, إعلان برشلونة).
 */
const gamesSet = keyedSetOf(['دورة', 'أولمبياد', 'الألعاب', 'ألعاب', 'مسار', 'عملية', 'إعلان', 'مؤتمر', 'اتفاق', 'اتفاقية', 'معاهدة']);

/** Words of a player's move from a club, normalized: قادما من, انتقاله من. */
const TRANSFER = new Set(['قادما', 'انتقل', 'انتقاله']);

/**
 * Is token i after من and a word of a player's move (قادما من الهلال: the club he left)? Then من is no
 * locative word before a club named like no place; a partitive من (سلسلة من التلال) still is.
 */
function fromTransfer(tokens: readonly Token[], i: number, s: Sentence): boolean {
  if (i - 2 < s.tokenStart) return false;
  // انضم إلى النصر, وانضم اللاعب إلى الهلال: after joining, إلى names the club, not a place one goes to.
  if (tokens[i - 1]!.norm === 'الي') {
    for (let k = i - 2; k >= s.tokenStart && k >= i - 4; k--) if (JOINED.has(bareKey(tokens[k]!))) return true;
  }
  return tokens[i - 1]!.norm === 'من' && TRANSFER.has(tokens[i - 2]!.norm);
}

/** Verbs of joining a team, normalized (انضم إلى). */
const JOINED = new Set(['انضم', 'ينضم', 'انضمت', 'تنضم']);

/** Nouns of a line of business (قطاع الاتصالات, صناعة الطيران): the word after one is the trade, no company. */
const sectorNounSet = keyedSetOf(['قطاع', 'قطاعات', 'مجال', 'مجالات', 'صناعة', 'صناعات']);

/** No readings: what the known-organization loop walks for a word none of whose readings opens one. */
const NO_FORMS: readonly TokenForm[] = [];

/**
 * Finds ORGANIZATION candidates: well-known organizations by name, names after descriptor heads
 * (صحيفة الراية), head nouns with a name chain that carries evidence of a proper institution, and a
 * ministry named by its portfolio and a feminine nisba adjective (الخارجية الأمريكية).
 */
export function findOrganizations(context: ExtractContext): Candidate[] {
  const { tokens, text, key } = context;
  const org = organizationLexicon(key);
  const places = placeLexicon(key);
  const out: Candidate[] = [];
  const people = personLexicon(key);
  const starts = nameStarts(context);
  const { words: w, placeAt: isPlace } = chainWords(context, org, places, people);
  let sentence: Sentence | undefined;
  let words: (j: number) => string | undefined = () => undefined;
  const events = eventHeadSet(key);
  let previous = { name: '', end: -1 }; // the last well-known name found, for a short name apposed to it
  /** Is the rest of a known name after its descriptor (from offset `start` to token `end`) no other known organization? */
  const sameKnown = (start: number, end: number, name: string): boolean => {
    const j = firstEndingAfter(tokens, start);
    const rest = org.known.longest(tokens[j]!.norm, j + 1, words);
    // A word alias (الاتحاد, the Jeddah club) is a common word first: the name it spells after the
    // descriptor is the descriptor's (صحيفة الاتحاد → الاتحاد, the paper).
    return rest === undefined || rest.end !== end || rest.value.name === name || rest.value.wordAlias === true;
  };
  const clubAt = clubNameAt(tokens, org.known, (j) => words(j));
  /** A listed organization of one word at j, not spelled like a word (الزمالك), bare or behind و. */
  const knownAt = (j: number): boolean => {
    for (const f of tokenForms(tokens[j]!)) {
      if (f.prefixes.length > 1 || (f.prefixes.length === 1 && f.prefixes[0] !== 'و')) continue;
      const c = org.known.longest(f.key, j + 1, words);
      if (c !== undefined && c.end === j + 1 && c.value.ambiguous !== true && c.value.facility !== true) return true;
    }
    return false;
  };
  /**
   * Where a club's name listed with its country ends (الأهلي السعودي, الاتفاق السعودي → الأهلي, الاتفاق):
   * the country's masculine adjective describes the club, as after any club (نادي أندرليخت البلجيكي),
   * when the name before it is listed on its own. Other names keep theirs (الخطوط الجوية الكويتية).
   */
  const clubEnd = (i: number, first: string, end: number, known: KnownOrganization): number => {
    if (known.notClub === true || end < i + 2 || (starts[end - 1]! & MASCULINE_NISBA) === 0) return end;
    const shorter = org.known.longest(first, i + 1, (j) => (j < end - 1 ? words(j) : undefined));
    // الحزب الإسلامي العراقي: no club's, the shorter name another body's (the Afghan party), keeps its adjective.
    if (shorter !== undefined && shorter.value.name !== known.name && !shorter.value.club && !known.club) return end;
    return shorter !== undefined && shorter.end === end - 1 ? end - 1 : end;
  };
  // One past the last word of the known names read so far: a head inside one (سوفت بنك اليابانية: بنك is
  // SoftBank's last word) opens no name of its own.
  let knownCover = -1;
  scanStarts(context, starts, ORGANIZATION_START, (i, s) => {
    const token = tokens[i]!;
    const insideKnown = i < knownCover;
    if (s !== sentence) [sentence, words] = [s, wordOrInnerMarkAt(tokens, s)];
    // كأس الاتحاد الآسيوي, بطولة مجلس التعاون: the organization names the event, which is no organization.
    if (i > s.tokenStart && events.has(bareKey(tokens[i - 1]!))) return i + 1;
    const bits = orgWordBits(org, token);
    // The readings are built only for a word that some rule below reads them for: most tokens that can
    // start an organization open none of these, and building readings for each was garbage.
    const forms = (bits & (OPENS_KNOWN | CLUB_PREFIX | HEAD_NOUN | MINISTRY_NOUN)) !== 0 ? tokenForms(token) : NO_FORMS;
    let knownEnd = -1;
    // (No reading opens a known organization: nothing in this loop acts.)
    for (const form of (bits & OPENS_KNOWN) !== 0 ? forms : NO_FORMS) {
      let m = org.known.longest(form.key, i + 1, words);
      // فلكيا is no ف + ل + كيا: a name of three letters or fewer, alone, is not found behind proclitics.
      if (m !== undefined && form.prefixed && m.end === i + 1 && form.key.length <= 3) m = undefined;
      // وفيات is deaths, not و + فيات: the whole word is a common word, so no proclitic is read off it.
      if (m !== undefined && form.prefixed && wordIs(people, token, COMMON)) m = undefined;
      // شلّ إضراب طويل الشركة: a shadda marks the word (paralysed); a one-word name spelled like a word is
      // written bare (شل, Shell).
      if (m !== undefined && m.end === i + 1 && m.value.ambiguous === true && text.slice(token.start, token.end).includes('\u0651')) m = undefined;
      // السياسة الخارجية الأمريكية, وزيرة الخارجية الأميركية: a portfolio qualifying the noun before it.
      if (m && org.ministries.has(form.key) && portfolioQualifies(text, tokens, i, s)) m = undefined;
      // ببرشلونة: a club named for its city, behind ب, is the city (in Barcelona).
      const cityBehindBa = m !== undefined && m.end === i + 1 && form.prefixes.includes('ب') && isPlace(i);
      // في جنيف وبروكسل وبرشلونة: a club named for its city, joined by و to a place (not to a club: ريال مدريد وبرشلونة), is the city.
      const cityInList = m !== undefined && m.end === i + 1 && form.prefixes.length === 1 && form.prefixes[0] === 'و' && isPlace(i) && i > s.tokenStart && isPlace(i - 1) && previous.end !== i;
      // فأقام في برشلونة, ولد في ليفربول: a club named for its city, after a word that announces a place and
      // with no word of the game near it, is the city.
      // دورة برشلونة 1992, أولمبياد أثينا: the city that hosts the Games, sports report or not.
      const gamesCity = m !== undefined && m.end === i + 1 && isPlace(i) && i > s.tokenStart && form.prefixes.length === 0 && gamesSet(key).has(bareKey(tokens[i - 1]!));
      const cityMeant = gamesCity || (m !== undefined && m.end === i + 1 && !m.value.facility && isPlace(i) && placeMeant(tokens, i, s, form.prefixes, org) && !inSportsReport(tokens, i, s, org.sports, undefined));
      // طائرة بوينغ 737: a product noun, the maker and a model number name the model.
      const model = m !== undefined && m.end === i + 1 && form.start === token.start && namesModel(tokens, i, s, org.productNouns);
      // أحد الأمراء البويهيين: a dynasty's plural nisba, bare, after a definite noun is that noun's adjective.
      const adjectival = m !== undefined && m.end === i + 1 && form.prefixes.length === 0 && /ي(?:ين|ون)$/.test(form.key) && i > s.tokenStart && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.norm.startsWith('ال');
      // نهر التايمز: after the noun of a river, a lake or a mountain, a name of one word is the feature's
      // (The Times is no river).
      // الجامع الأزهر: after the noun of a mosque, the name is the mosque's (a building), not the institution's.
      const featureNamed = m !== undefined && m.end === i + 1 && form.prefixes.length === 0 && i > s.tokenStart && (featureSet(key).has(bareKey(tokens[i - 1]!)) || mosqueSet(key).has(bareKey(tokens[i - 1]!)));
      if (m && !featureNamed && !m.value.ambiguous && !cityBehindBa && !cityInList && !cityMeant && !model && !adjectival && !(m.value.placeWord && placeMeant(tokens, i, s, form.prefixes, org))) {
        // A building named for itself is no body (the corpora mark البيت الأبيض MISC); it still blocks a head chain.
        const type = m.value.facility ? 'MISC' : 'ORGANIZATION';
        // سامسونغ للإلكترونيات: a company of one word with its line of business behind ل.
        const named = m.end === i + 1 && !m.value.facility ? withSector(tokens, m.end, s, key) : clubEnd(i, form.key, m.end, m.value);
        // مجموعة طلعت مصطفى القابضة: a company's kind after the known name is the rest of its name.
        // جامعة إسطنبول التقنية: a field's nisba after a known academic institution names another one.
        const field = named === m.end && named < s.tokenEnd && academicHeads(key).has(form.key.split(' ')[0]!) && fieldNisba(tokens[named]!, w);
        // حزب العمل الوطني, حزب الوسط الديمقراطي: a party's doctrine or scope after a listed party's name
        // names another party (حزب العمل is listed; the Mexican حزب العمل الوطني is not).
        // الحزب الديمقراطي الياباني, حزب العمال الأسترالي: after a party listed by its doctrine or class
        // alone, a country's adjective not listed with it (as الحزب الديمقراطي الأمريكي is: clubEnd leaves
        // that one outside, as after a club) tells which other party it is, and is part of its name.
        const doctrine = named === m.end && named < s.tokenEnd && !tokens[named]!.clitics?.prefixes.length && partyExtends(org, places.nisba, form.key, tokens, i + 1, named);
        const kindEnd = !m.value.facility && named < s.tokenEnd && (org.companyKinds.has(tokens[named]!.norm) || field || doctrine) ? named + 1 : named;
        // جامعة خليفة للعلوم والتكنولوجيا: a listed school's fields behind ل (and و) are its full name.
        const end = named === m.end && kindEnd === named && academicHeads(key).has(form.key.split(' ')[0]!) ? schoolFieldsEnd(tokens, named, s) : kindEnd;
        // حركة حماس, وكالة فرانس برس: the descriptor stays outside when the rest is a known name itself,
        // the same organization (وكالة أنباء الشرق الأوسط is the agency, not the newspaper الشرق الأوسط).
        // (The descriptor's name may have taken the kind too: شركة إعمار العقارية.)
        const inner = descriptorName(tokens, i, s, w);
        const start = inner && (inner.end === tokens[m.end - 1]!.end || inner.end === tokens[end - 1]!.end) && sameKnown(inner.start, m.end, m.value.name) ? inner.start : form.start;
        out.push({ type, start, end: tokens[end - 1]!.end, rule: m.value.facility ? 'facility' : 'known', score: 1 });
        knownEnd = m.end;
        knownCover = Math.max(knownCover, m.end);
        previous = { name: m.value.name, end: m.end };
        break;
      }
      // فاز روما على لاتسيو: a club named like a place or a common word, in a sports report.
      // الدوحة - قنا: an agency named like a city or a common word, in a dateline or a source credit.
      // وكالة الأنباء القطرية قنا: the short name in apposition right after the full one.
      // ولي العهد: a role phrase that ends in the word is no club, whatever the report is about.
      // النصر العماني, الوحدة الإماراتي: a club's country after it, in the masculine of the unstated نادي.
      // Not after a locative or facility noun (مطار هامبورغ الألماني: the city's airport).
      // A masculine word alias takes the nisba as its own adjective (الاتحاد الصيني: the federation); a
      // feminine one cannot (الوحدات الأردني: the club).
      const clubCountry = m !== undefined && !(m.value.wordAlias && !feminineForm(form.key)) && m.end < s.tokenEnd && (starts[m.end]! & MASCULINE_NISBA) !== 0 && !tokens[m.end]!.clitics?.prefixes.length && !(i > s.tokenStart && org.placeCues.has(bareKey(tokens[i - 1]!)));
      // الحكمة الرواندية (the Rwandan referee): a club takes no feminine nisba, whatever its name.
      const feminineAfter = m !== undefined && m.end < s.tokenEnd && definiteFeminineNisba(tokens[m.end]!, places.nisba);
      const sports = m !== undefined && m.value.ambiguous === true && m.value.notClub !== true && m.end <= i + 2 && !feminineAfter && !(m.value.wordAlias && !clubCountry && (adjectiveAfter(tokens, i, s) || !inTeamFrame(tokens, i, s, org.matchFrames, org.squadNouns))) && !clubNameIsWord(tokens, i, s, form.key, form.prefixed) && (clubCountry || inSportsReport(tokens, i, s, org.sports, !isPlace(i) && fromTransfer(tokens, i, s) ? undefined : org.placeCues, !isPlace(i) && wideSportsWindow(tokens, i, s, people.common, org) ? WIDE_WINDOW : undefined) || inClubPair(tokens, i, s, clubAt, knownAt, org.sports) || inClubList(i, s, clubAt, (j) => j > s.tokenStart && org.placeCues.has(bareKey(tokens[j - 1]!)) && isPlace(j), isPlace)) && !endsRole(people.titles, tokens, i, s, words);
      const listOnly = sports && !clubCountry && !inSportsReport(tokens, i, s, org.sports, org.placeCues);
      const pairOnly = listOnly && inClubPair(tokens, i, s, clubAt, knownAt, org.sports);
      const apposed = m !== undefined && m.value.name === previous.name && (previous.end === i || (previous.end === i - 1 && tokens[i - 1]!.norm === '('));
      const single = m !== undefined && m.end === i + 1;
      // سيارات نيسان, هواتف أبل: right after a noun of its products, a company named like a word is the maker.
      const branded = single && m!.value.company === true && form.start === token.start && i > s.tokenStart && org.productNouns.has(bareKey(tokens[i - 1]!)) && !people.common.has(form.key);
      // «الشرق الأوسط», "الحياة": a name alone in quotes is the outlet, not the region or the word.
      const quoted = m !== undefined && m.value.ambiguous === true && form.start === token.start && quotedAlone(tokens, i, m.end, s);
      // أعلنت أمازون, أسهم فورد: a company named like a word, a river or a man, in a business report.
      // (Not a definite word joined by و to the definite word before it: وزير الطاقة والمعادن, minerals.)
      const coordinated = form.prefixes.includes('و') && form.key.startsWith('ال') && i > s.tokenStart && tokens[i - 1]!.norm.startsWith('ال');
      const trade = (i > s.tokenStart && form.prefixes.length === 0 && sectorNounSet(key).has(tokens[i - 1]!.norm)) || betweenNouns(tokens, i, s, people);
      const business = m !== undefined && m.value.company === true && m.end <= i + 2 && !sports && !coordinated && !trade && inSportsReport(tokens, i, s, org.business, org.placeCues) && !people.common.has(form.key);
      // أعلنت رينو الفرنسية, صحيفة النهار اللبنانية: a country's feminine nisba agrees with the company,
      // paper or movement the name stands for (a club takes the masculine, a man is no «she»); not a
      // name that is a word or a place too (العين الإماراتية is the city), nor a club's (الترسانة الإسرائيلية:
      // the arsenal), nor one after a definite noun,
      // whose adjective it is (القمة العربية الصينية).
      const nationality = m !== undefined && single && !sports && !m.value.club && form.start === token.start && m.end < s.tokenEnd && !m.value.wordAlias && !m.value.placeWord && definiteFeminineNisba(tokens[m.end]!, places.nisba) && !people.common.has(form.key) && !afterDefinite(tokens, i, s) && places.trie.longest(form.key, i + 1, words) === undefined && !homographSet(key).has(form.key);
      // عناصر فتح, مسلحي الشباب, القيادي في فتح: after a noun of its members or fighters, the body.
      // (Not before a definite word, which goes on with the name: مقاتلي الاتحاد الوطني.)
      const member = single && form.start === token.start && !(i + 1 < s.tokenEnd && tokens[i + 1]!.norm.startsWith('ال')) && memberCueBefore(tokens, i, s, org);
      // (فيينا - أفاد تقرير: a reporting verb after the dateline's dash opens the report; آفاد, the agency, is spelled like it.)
      // الجيش الملكي: a club's name of two words is read in a sports report too (its country after it
      // is no sign: الجيش الملكي المغربي is the army).
      if (m && m.value.ambiguous && (quoted || business || nationality || (single && (sports || apposed || branded || member || (atDateline(tokens, i, s, isPlace) && !people.verbs.has(form.key)))) || (sports && m.end === i + 2 && inSportsReport(tokens, i, s, org.sports, org.placeCues)))) {
        const rule = quoted ? 'quoted-outlet' : business ? 'company-in-business' : nationality ? 'known-nationality' : pairOnly ? 'club-pair' : listOnly ? 'club-list' : sports ? 'club-in-sports' : apposed ? 'apposed-short-name' : branded ? 'maker-of-product' : member ? 'member-cue' : 'dateline';
        // لولو للتجزئة: a company's line of business behind ل is the rest of its name.
        const last = business && single ? withSector(tokens, m.end, s, key) : clubEnd(i, form.key, m.end, m.value);
        out.push({ type: 'ORGANIZATION', start: form.start, end: tokens[last - 1]!.end, rule, score: 1 });
        knownEnd = m.end;
        knownCover = Math.max(knownCover, m.end);
        break;
      }
    }
    const described = descriptorName(tokens, i, s, w);
    if (described) out.push(described);
    const paired = described ? dualSecondName(tokens, i, s, w, described) : undefined;
    if (paired) out.push(paired);
    // أولمبيك آسفي, دينامو كييف: a club prefix and the place the club is from.
    const club = (bits & CLUB_PREFIX) === 0 ? undefined : forms.find((f) => org.clubPrefixes.has(f.key) || (org.sportsClubPrefixes.has(f.key) && inSportsReport(tokens, i, s, org.sports, org.placeCues)));
    const home = club && i + 1 < s.tokenEnd ? places.trie.longest(tokens[i + 1]!.norm, i + 2, words) : undefined;
    if (club && home) out.push({ type: 'ORGANIZATION', start: club.start, end: tokens[home.end - 1]!.end, rule: 'club', score: 1 });
    // بمركز منوف محافظة المنوفية: the district, a place (location/district.ts), not a centre.
    const district = districtAt(tokens, i, s, key);
    const head = district || insideKnown || (bits & HEAD_NOUN) === 0 ? undefined : forms.find((f) => org.heads.has(f.key));
    const named = head ? headName({ tokens, text, i, s, form: head, knownEnd, described: described !== undefined }, w, org, places, people) : undefined;
    if (named) out.push(named);
    const ministry = (bits & MINISTRY_NOUN) === 0 ? undefined : ministryByNisba(text, tokens, i, s, forms, org.ministries, places.nisba);
    if (ministry) out.push({ type: 'ORGANIZATION', ...ministry, rule: 'ministry-nisba' });
    return i + 1;
  });
  const bodies = findDefinedBodies(text, tokens, context.sentences, {
    nouns: org.definingNouns,
    nisba: places.nisba,
    notName: (t) => w.stop.has(t.norm) || w.verbs.has(t.norm) || wordIs(people, t, COMMON | GIVEN) || people.titles.startsWith(t.norm),
    heads: org.heads,
    notWord: (t) => w.stop.has(t.norm) || w.verbs.has(t.norm),
    outlet: (n) => org.press.has(n) || org.broadcast.has(n),
  });
  for (const c of bodies) out.push(c);
  for (const c of clubsByNisba(tokens, context.sentences, places.trie, places.nisba, key, (j) => (starts[j]! & PLACE_START) !== 0, (j) => (starts[j]! & MASCULINE_NISBA) !== 0)) out.push(c);
  for (const c of clubsBySquadNoun(context, places, org.squadNouns, starts)) out.push(c);
  for (const c of clubsByMatch(context, places, org.matchFrames, org.sports, org.placeCues, starts)) out.push(c);
  const listed = (j: number): boolean => {
    const n = tokens[j]!.norm;
    return people.common.has(n) || people.common.has(n.slice(2)) || w.stop.has(n) || places.nisba.has(n) || people.titles.startsWith(n) || people.family.has(n) || people.given.has(n.slice(2)) || org.known.startsWith(n) || org.heads.has(n) || org.sports.has(n) || isPlace(j);
  };
  for (const c of brandsByCountry(context, org, places, starts)) out.push(c);
  for (const c of clubsInSlot(context, { frames: org.matchFrames, sports: org.sports, placeCues: org.placeCues, listed, nisba: places.nisba })) out.push(c);
  for (const c of papersByMasthead(context, places, org.mastheads, starts)) out.push(c);
  for (const c of findTribes(context, places, starts)) out.push(c);
  for (const c of findTribeNames(context, { isWord: (n) => w.stop.has(n) || w.verbs.has(n) || people.common.has(n) || places.nisba.has(n) || people.titles.startsWith(n), isPlace })) out.push(c);
  for (const c of findLatinOrganizations(context, org.latinAcronyms)) out.push(c);
  for (const c of findLetterNames(context, places.nisba, org.descriptors)) out.push(c);
  for (const c of findAndNames(context, (n) => w.stop.has(n))) out.push(c);
  for (const c of findSuffixNames(context, (n) => w.stop.has(n) || w.verbs.has(n) || people.common.has(n) || places.nisba.has(n) || people.titles.startsWith(n) || org.heads.has(n))) out.push(c);
  for (const c of findDualCompanies(context, {
    isWord: (n) => w.stop.has(n) || w.verbs.has(n) || people.common.has(n) || people.titles.startsWith(n) || org.heads.has(n),
    nisba: places.nisba,
    isPlace,
  })) out.push(c);
  for (const c of findCuedAliases(context)) out.push(c);
  const appositionWords = {
    isWord: (n: string) => w.stop.has(n) || w.verbs.has(n) || people.common.has(n) || people.titles.startsWith(n) || org.heads.has(n) || places.nisba.has(n) || people.given.has(n),
    isPlace,
    nisba: places.nisba,
  };
  for (const c of findCompaniesByNationality(context, appositionWords)) out.push(c);
  for (const c of findCompanyAppositions(context, appositionWords)) out.push(c);
  for (const c of findHoldingNames(context, {
    isWord: (n) => w.stop.has(n) || w.verbs.has(n) || people.common.has(n) || people.titles.startsWith(n) || org.heads.has(n) || places.nisba.has(n),
    isName: (n) => people.given.has(n) || people.family.has(n),
    isHead: (n) => org.heads.has(n),
  })) out.push(c);
  for (const c of findSectorNames(context, {
    placeEnd: (j, sentence) => matchPlace(places.trie, tokens, j, sentence)?.end ?? -1,
    isWord: (n) => w.stop.has(n) || w.verbs.has(n) || people.common.has(n) || people.common.has(n.slice(2)) || places.nisba.has(n) || people.titles.startsWith(n) || org.heads.has(n),
    isVerb: (n) => w.verbs.has(n),
  })) out.push(c);
  const credits = findDatelineCredits(tokens, context.sentences, {
    placeEnd: (j, sentence) => matchPlace(places.trie, tokens, j, sentence)?.end ?? -1,
    common: (n) => people.common.has(n) || w.stop.has(n),
    given: (n) => people.given.has(n),
  });
  for (const c of credits) out.push(c);
  for (const c of quotedBodies(context, people.titles)) out.push(c);
  return out;
}


/**
 * May a club's name at i, named like a common word but no town (الأهلي, الزمالك), take a word of the game
 * further off? Not as the genitive of a bare noun of the lists (بيت الحكمة: the house of wisdom), other
 * than a noun of the team (إدارة الأهلي).
 */
function wideSportsWindow(tokens: readonly Token[], i: number, s: Sentence, common: ReadonlySet<string>, org: OrganizationLexicon): boolean {
  const prev = i > s.tokenStart ? tokens[i - 1]! : undefined;
  if (prev === undefined || prev.kind !== 'word' || prev.clitics?.prefixes.length || prev.norm.startsWith('ال')) return true;
  const b = bareKey(prev);
  return !common.has(b) || org.squadNouns.has(b) || org.matchFrames.teamNouns.has(b) || org.matchFrames.nouns.has(b);
}

/**
 * خط مبادلة عملات: a company named like a verbal noun, between two bare nouns of the lists, is the noun
 * in a chain of constructs (a currency swap line), not the company.
 */
function betweenNouns(tokens: readonly Token[], i: number, s: Sentence, people: { common: ReadonlySet<string>; verbs: ReadonlySet<string>; pastVerbs: ReadonlySet<string> }): boolean {
  if (i <= s.tokenStart || i + 1 >= s.tokenEnd) return false;
  const noun = (t: Token): boolean => t.kind === 'word' && !t.clitics?.prefixes.length && !t.norm.startsWith('ال') && !t.norm.endsWith('ا') && people.common.has(t.norm) && !people.verbs.has(t.norm) && !people.pastVerbs.has(t.norm);
  return !tokens[i]!.clitics?.prefixes.length && noun(tokens[i - 1]!) && noun(tokens[i + 1]!);
}

/**
 * Where the fields of a school's name end after its name at j: ل and a definite noun (للعلوم), then و and
 * another (والتكنولوجيا, والتقنية), where the phrase closes (a mark, في, the sentence's end or a word
 * behind a proclitic). j itself when there are none.
 */
function schoolFieldsEnd(tokens: readonly Token[], j: number, s: Sentence): number {
  const field = (k: number, p: string): boolean => {
    const c = tokens[k]?.clitics;
    return k < s.tokenEnd && c !== undefined && c.article && c.prefixes.length === 1 && c.prefixes[0] === p;
  };
  // للعلوم is ل + العلوم, written with one lam: the splitter reads it ل with the article.
  if (!field(j, 'ل')) return j;
  let end = j + 1;
  while (field(end, 'و') && end - j < 3) end++;
  const after = tokens[end];
  const closes = end >= s.tokenEnd || after === undefined || after.kind !== 'word' || after.norm === 'في' || (after.clitics?.prefixes.length ?? 0) > 0;
  return closes ? end : j;
}

/** Is the word before token i definite, with or without a proclitic (للقمة, القمة)? */
function afterDefinite(tokens: readonly Token[], i: number, s: Sentence): boolean {
  if (i <= s.tokenStart) return false;
  const b = tokens[i - 1]!;
  return b.kind === 'word' && (b.norm.startsWith('ال') || b.clitics?.article === true);
}

/**
 * Does the word at `next` continue a listed party's name whose first word's key is `first` and whose other
 * words are tokens [from, next)? A doctrine or scope after a party head names another party (حزب العمل
 * الوطني); a country's adjective does after a party named only for its doctrine or class (الحزب
 * الديمقراطي الياباني), not after another party (حزب الله اللبناني).
 */
function partyExtends(org: OrganizationLexicon, nisba: ReadonlyMap<string, string>, first: string, tokens: readonly Token[], from: number, next: number): boolean {
  const head = first.startsWith('ال') ? first.slice(2) : first;
  if (!org.partyHeads.has(head)) return false;
  const word = tokens[next]!.norm;
  if (org.ideologies.has(word) || org.scope.has(word)) return true;
  if (next === from || !nisba.has(word)) return false;
  for (let j = from; j < next; j++) if (!org.ideologies.has(tokens[j]!.norm) && !org.partyClasses.has(tokens[j]!.norm)) return false;
  return true;
}
