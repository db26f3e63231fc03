// The name read after an organization head noun (وزارة, جامعة, شركة …) where the scan of find.ts meets
// one: a construct chain with evidence of a proper institution, a Latin name, a transliterated name or a
// company's name. The known organization found at the same token, if any, decides first.
import type { Sentence, Token } from '../../schema.js';
import { bareKey, tokenForms, type TokenForm } from '../lexicon/token-forms.js';
import type { PlaceLexicon } from '../location/lexicon.js';
import type { PersonLexicon } from '../person/lexicon.js';
import { lastLetter } from '../person/word-shapes.js';
import type { Candidate } from '../types.js';
import { readChain } from './chain.js';
import type { ChainWords } from './chain-words.js';
import { bareNameEnd, companyNameEnd, foreignNameEnd } from './foreign-name.js';
import { glossedAfter, isProperName, namingComplement } from './head-evidence.js';
import { latinNameEnd } from './latin-name.js';
import { bareHouseNameEnd, publisherCue } from './publisher.js';
import type { OrganizationLexicon } from './lexicon.js';
import { COMMON, wordIs } from '../person/word-classes.js';
import { COMMAS } from '../person/apposed-speaker.js';

/** «For the affairs of», behind ل, normalized (للشؤون, لشؤون). */
const AFFAIRS = new Set(['للشؤون', 'لشؤون']);

/** The pronouns of the copula, normalized (هي شركة …, وهو بنك …). */
const COPULA = new Set(['هي', 'هو', 'وهي', 'وهو']);

/** Where the scan stands: the head's token and reading, and what the known-name and descriptor readers found there. */
export interface HeadSite {
  tokens: readonly Token[];
  text: string;
  i: number;
  s: Sentence;
  form: TokenForm;
  /** One past the known organization that starts at i, or -1. */
  knownEnd: number;
  /** A descriptor's name (صحيفة الراية) was read at i. */
  described: boolean;
}

/** The organization named after the head at `site.i`, or undefined. */
export function headName(site: HeadSite, w: ChainWords, org: OrganizationLexicon, places: PlaceLexicon, people: PersonLexicon): Candidate | undefined {
  const { tokens, text, i, s, form, knownEnd, described } = site;
  const headKey = form.article ? form.key.slice(2) : form.key;
  if (!form.article && governsBody(tokens, i, s, headKey, org)) return undefined;
  // في مكتبه سفيرة الولايات المتحدة: a head whose name ends in ة (مكتبة) and is another head with ه, written
  // here with ه before an indefinite word, is that head with its pronoun (his office). Careless writing of ة
  // as ه keeps a definite complement after it (مكتبه الإسكندرية).
  if (!form.article && headKey.endsWith('ه') && org.heads.has(headKey.slice(0, -1)) && lastLetter(text, tokens[i]!) === 0x0647 && !(i + 1 < s.tokenEnd && tokens[i + 1]!.norm.startsWith('ال'))) return undefined;
  // على تنظيم معرض الرياض: before a bare common noun تنظيم is «organizing», a verbal noun (تنظيم داعش, a
  // name no list holds as a word, is the group).
  if (headKey === ORGANIZING && i + 1 < s.tokenEnd && !tokens[i + 1]!.clitics?.prefixes.length && !tokens[i + 1]!.norm.startsWith('ال') && wordIs(people, tokens[i + 1]!, COMMON)) return undefined;
  // لجنة تحقيق برئاسة قائد الأمن: behind ب, رئاسة is «chaired by», never the presidency as a body.
  if (headKey === PRESIDENCY && form.prefixes.includes('ب')) return undefined;
  // انسحاب حزب وزير العدل: a head before a role of two words or more is the holder's body, named by no name.
  if (!form.article && i + 2 < s.tokenEnd && !tokens[i + 1]!.clitics?.prefixes.length && people.titles.startsWith(tokens[i + 1]!.norm) && (people.titles.longestInTokens(tokens[i + 1]!.norm, i + 2, tokens, s.tokenEnd)?.end ?? 0) >= i + 3) return undefined;
  // ببعثة الضابط الفرنسي: so is one before a role of one word and the holder's nationality.
  if (!form.article && i + 2 < s.tokenEnd && !tokens[i + 1]!.clitics?.prefixes.length && people.titles.longestInTokens(tokens[i + 1]!.norm, i + 2, tokens, s.tokenEnd)?.value === 'role' && places.nisba.has(tokens[i + 2]!.norm)) return undefined;
  let chain = readChain(tokens, text, i, s, w);
  // نادي القادسية: where the descriptor reader found a listed name after the head, the head's chain over
  // that name alone adds only the head, which stays outside.
  if (described && knownEnd < 0 && chain !== undefined && i + 1 < s.tokenEnd && chain.end <= (org.known.longestInTokens(tokens[i + 1]!.norm, i + 2, tokens, s.tokenEnd)?.end ?? -1)) return undefined;
  // A known name (مجلس الأمن) is not stretched by the adjectives after it unless a mandate follows, and
  // a chain no longer than the known name adds nothing to it (حركة الجهاد الإسلامي, read as known).
  // جامعة الإمام محمد بن سعود: a known short name that ends on an eponym's title leaves the name to the chain.
  const eponymCut = knownEnd > 0 && w.eponymTitles.has(bareKey(tokens[knownEnd - 1]!));
  // مجلس الأمن القومي السعودي: an adjective and a country's after the known name make another body,
  // that country's own (the National Security Council, not the Security Council).
  const ownAt = knownEnd > 0 && chain !== undefined ? countryAdjectiveAfter(tokens, knownEnd, chain.end, w) : -1;
  if (ownAt > 0) chain = { ...chain!, end: ownAt + 1 };
  const countrysOwn = ownAt > 0;
  // الأمين العام المساعد للجامعة العربية للشؤون الاجتماعية: «for … affairs» right after a known body is
  // the portfolio of a role held in it, not a purpose of the body's name.
  const portfolio = knownEnd > 0 && knownEnd < s.tokenEnd && AFFAIRS.has(tokens[knownEnd]!.norm);
  const knownDecides = knownEnd > 0 && chain !== undefined && (chain.end <= knownEnd || (chain.end > knownEnd && (!chain.purpose || chain.actOnly === true || portfolio) && !eponymCut && !countrysOwn));
  // حكومة كوبا, شرطة دبي: a country or city acting through its government stays a place, the
  // convention of the corpora this library is scored on; مديرية صرواح is a district, a place.
  // دائرة طهران الانتخابية: so is a district named for its place with the adjective of elections after it.
  const placeEnd = chain !== undefined ? places.trie.longestInTokens(tokens[i + 1]!.norm, i + 2, tokens, s.tokenEnd)?.end : undefined;
  const district = !form.article && org.districtHeads.has(headKey);
  const electoral = district && placeEnd !== undefined && chain!.end === placeEnd + 1 && ELECTORAL.has(bareKey(tokens[placeEnd]!));
  const statePlace = chain !== undefined && (org.stateHeads.has(headKey) || district) && (placeEnd === chain.end || electoral);
  // An indefinite head, or a listed definite one (البنك المركزي), with a definite complement and a
  // country's adjective at the end: منظمة الطاقة الذرية الإيرانية, البنك المركزي التركي.
  // الحزب الوطني الإندونيسي: a definite party with a scope adjective is any country's national party;
  // the country's adjective after it names one (not الحركة الوطنية الفلسطينية: a movement is a cause too).
  const nationalParty = form.article && headKey === PARTY && chain !== undefined && chain.end - i === 3 && org.scope.has(bareKey(tokens[i + 1]!));
  const ownHead = !form.article || nationalParty || (chain !== undefined && chain.end - i >= 3 && org.countryBodies.has(`${form.key} ${bareKey(tokens[i + 1]!)}`));
  if (chain && chain.end - i >= 3 && ownHead && tokens[i + 1]!.norm.startsWith('ال')) chain.countrysBody = w.nisba.has(bareKey(tokens[chain.end - 1]!)) && tokens[chain.end - 1]!.norm.startsWith('ال');
  if (chain) chain.glossed = glossedAfter(text, tokens, chain.end, s, (n) => w.stop.has(n) || people.common.has(n));
  // صدرت عن دار الآداب, عن دار مسكلياني: the publishing formula makes the house a publisher.
  if (!form.article && knownEnd < 0 && org.publisherHeads.has(headKey) && publisherCue(tokens, i, s, org)) {
    // A bare name (مسكلياني) is the whole name: the definite words after it are the sentence (الطبعة الخامسة).
    const end = tokens[i + 1]!.norm.startsWith('ال') ? (chain?.end ?? -1) : bareHouseNameEnd(tokens, i, s, (n) => w.stop.has(n) || people.common.has(n));
    if (end > i + 1) return { type: 'ORGANIZATION', start: form.start, end: tokens[end - 1]!.end, rule: 'publisher' };
  }
  // مؤسسة الشركة, مؤسسة المنظمة: before another body's head the naming head is a person's role (its founder).
  const namedBy = namingComplement(text, tokens, i, s, form.key, places.nisba) && !(tokens[i + 1]!.norm.startsWith('ال') && org.heads.has(tokens[i + 1]!.norm));
  if (chain && !knownDecides && !statePlace && isProperName(chain, form.article, headKey, tokens[i + 1]!.norm, w, namedBy)) {
    // شركة الكيماويات الألمانية كوفيسترو: a phrase ending in a country's adjective, then a bare name, only
    // describes the company the name names.
    // So does one ending in a scope adjective (شركة النفط الوطنية بيميكس).
    const lastKey = bareKey(tokens[chain.end - 1]!);
    const named = !form.article && org.companyHeads.has(headKey) && (w.nisba.has(lastKey) || (chain.end > i + 2 && org.scope.has(lastKey))) ? bareNameEnd(tokens, text, chain.end, s, w, people.common) : -1;
    if (named > 0) return { type: 'ORGANIZATION', start: tokens[chain.end]!.start, end: tokens[named - 1]!.end, rule: 'described-name' };
    // شركة قطر غاز, لشركة الفجر للأوراق المالية: an indefinite company head stays outside the name, as
    // other descriptors do and as the corpora mark it (الشركة السعودية للكهرباء keeps its definite head).
    // سوناطراك هي شركة المحروقات الوطنية: after a pronoun of the copula the phrase describes the subject.
    if (!form.article && org.companyHeads.has(headKey) && chain.end > i + 1 && i > s.tokenStart && COPULA.has(tokens[i - 1]!.norm) && !chain.named) return undefined;
    // بيرتامينا ، شركة الطاقة الحكومية الإندونيسية ، عن: set off by commas after a word, the phrase
    // describes the firm named before it.
    if (!form.article && org.companyHeads.has(headKey) && chain.end > i + 1 && !chain.named && setOff(tokens, i, chain.end, s)) return undefined;
    // شركة إيني الإيطالية, شركة إيرباص الأوروبية: after a listed name the descriptor reader found, a
    // country's or a region's adjective describes the company and stays outside, as after شركة توتال.
    // So it does before the line of business the company is in (شركة تويوتا اليابانية لصناعة السيارات).
    if (!form.article && org.companyHeads.has(headKey) && chain.end > i + 1 && described && (w.nisba.has(lastKey) || org.scope.has(lastKey) || nisbaInside(tokens, i + 2, chain.end, w.nisba))) return undefined;
    if (!form.article && org.companyHeads.has(headKey) && chain.end > i + 1) return { type: 'ORGANIZATION', start: tokens[i + 1]!.start, end: tokens[chain.end - 1]!.end, rule: 'company-chain' };
    // الأمانة العامة للأمم المتحدة: a definite head and its adjectives before ل and a known body are an
    // organ of that body; the body is the mention, as the corpora mark it.
    if (form.article && organOfKnown(tokens, i, chain.end, org)) return undefined;
    // الدار البيضاء: a definite head and the words of a listed place's name, whole, are the place.
    if (form.article && form.start === tokens[i]!.start && places.trie.longestInTokens(tokens[i]!.norm, i + 1, tokens, s.tokenEnd)?.end === chain.end) return undefined;
    return { type: 'ORGANIZATION', start: form.start, end: tokens[chain.end - 1]!.end, rule: form.article ? 'definite-head' : 'head' };
  }
  const latin = knownEnd < 0 && !form.article && !described ? latinNameEnd(tokens, i + 1, s) : -1;
  // منظمة Human Rights Watch: a name in Latin capitals after a head is that body's name (after a
  // descriptor, شركة Apple, the name stands alone: descriptorName has it).
  if (latin > i + 1) return { type: 'ORGANIZATION', start: form.start, end: tokens[latin - 1]!.end, rule: 'head-latin-name' };
  if (knownEnd >= 0 || form.article) return undefined;
  // بنك جولدمان ساكس: a known name after the head is read as such (the head stays outside).
  if (org.foreignNameHeads.has(headKey) && !described) {
    const end = foreignNameEnd(tokens, i, s, text, w, people.common, people.ordinals);
    return end > 0 ? { type: 'ORGANIZATION', start: form.start, end: tokens[end - 1]!.end, rule: 'head-foreign-name' } : undefined;
  }
  if (described || !org.companyHeads.has(headKey)) return undefined;
  // شركة روشن العقارية: the head stays outside, as after other descriptors (شركة أرامكو → أرامكو).
  const end = companyNameEnd(tokens, i, s, text, w, people.common, org.companyKinds, { arabicGiven: (n) => people.given.has(n) && !people.foreign.has(n), listed: (n) => people.given.has(n) || people.family.has(n) || people.ambiguous.has(n) });
  return end > 0 ? { type: 'ORGANIZATION', start: tokens[i + 1]!.start, end: tokens[end - 1]!.end, rule: 'company-name' } : undefined;
}

/**
 * The country's adjective that ends a known name's chain after one adjective of its own (مجلس الأمن
 * القومي السعودي → السعودي), between `knownEnd` + 1 and `end`; -1 when there is none.
 */
function countryAdjectiveAfter(tokens: readonly Token[], knownEnd: number, end: number, w: ChainWords): number {
  if (end < knownEnd + 2 || w.nisba.has(bareKey(tokens[knownEnd]!))) return -1;
  return w.nisba.has(bareKey(tokens[knownEnd + 1]!)) ? knownEnd + 1 : -1;
}

/**
 * Is the head at i the board or the management of the body named after it (مجلس إدارة البنك العربي,
 * إدارة الشركة, إدارة البنك العربي)? Then it is no body of its own: the body after it is the mention.
 * إدارة right after مجلس is the board's, whatever follows (رئيس مجلس إدارة الدلتا للسكر): the board
 * governs a body named after it, never one called «إدارة الدلتا». So does رئاسة before a body's head.
 */
function governsBody(tokens: readonly Token[], i: number, s: Sentence, headKey: string, org: OrganizationLexicon): boolean {
  const next = i + 1 < s.tokenEnd ? tokens[i + 1]! : undefined;
  if (next === undefined || next.kind !== 'word' || next.clitics?.prefixes.length) return false;
  // مجلس أمناء مؤسسة قطر: a board of trustees too.
  if (headKey === BOARD) return next.norm === MANAGEMENT || next.norm === TRUSTEES;
  const before = i > s.tokenStart ? tokens[i - 1]! : undefined;
  if (headKey === MANAGEMENT && before?.norm === BOARD && tokens[i]!.clitics === undefined) return true;
  if (headKey === MANAGEMENT && (org.known.startsWith(next.norm) || (next.norm.startsWith('ال') && org.heads.has(next.norm)))) return true;
  // تولى رئاسة شركة النفط, رئاسة مجلس إدارة البنك: presiding over a body (رئاسة الجمهورية is a body, and
  // its word after is no head).
  if (headKey === PRESIDENCY && (org.heads.has(next.norm) || org.known.startsWith(next.norm))) return true;
  // بعثة الأمم المتحدة, بعثة صندوق النقد الدولي: a body's mission is the body at work, as the corpora mark
  // it (the body alone), before a known name.
  return headKey === MISSION && org.known.longestInTokens(next.norm, i + 2, tokens, s.tokenEnd) !== undefined;
}

/** The adjective of elections, normalized (دائرة طهران الانتخابية). */
const ELECTORAL = new Set(['الانتخابيه', 'الانتخابي']);

/** تنظيم (an organization, or organizing), normalized. */
const ORGANIZING = 'تنظيم';

/** حزب, normalized: a party, named by its scope and its country (الحزب الوطني الإندونيسي). */
const PARTY = 'حزب';

/** بعثة (a mission), normalized. */
const MISSION = 'بعثه';

/** رئاسة, normalized. */
const PRESIDENCY = 'رئاسه';

/** مجلس and إدارة, normalized. */
const BOARD = 'مجلس';
const MANAGEMENT = 'اداره';
/** أمناء (trustees), normalized. */
const TRUSTEES = 'امناء';

/**
 * Are the words after the definite head at i bare definite adjectives up to a word behind ل that opens a
 * known organization running to the chain's end (الأمانة العامة للأمم المتحدة)?
 */
function organOfKnown(tokens: readonly Token[], i: number, end: number, org: OrganizationLexicon): boolean {
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k]!;
    const lam = tokenForms(t).find((f) => f.prefixes.length === 1 && f.prefixes[0] === 'ل');
    if (lam !== undefined && org.known.longestInTokens(lam.key, k + 1, tokens, end)?.end === end) return true;
    if (t.clitics?.prefixes.length || !t.norm.startsWith('ال')) return false;
  }
  return false;
}

/** Is a bare definite country's adjective (اليابانية) among tokens [from, to)? */
function nisbaInside(tokens: readonly Token[], from: number, to: number, nisba: ReadonlyMap<string, string>): boolean {
  for (let j = from; j < to; j++) if (!tokens[j]!.clitics?.prefixes.length && nisba.has(tokens[j]!.norm)) return true;
  return false;
}

/** Are tokens [i, end) set off by commas, after a word (an apposition to it)? */
function setOff(tokens: readonly Token[], i: number, end: number, s: Sentence): boolean {
  const comma = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && COMMAS.has(t.norm);
  return i - 2 >= s.tokenStart && comma(tokens[i - 1]) && tokens[i - 2]!.kind === 'word' && end < s.tokenEnd && comma(tokens[end]);
}
