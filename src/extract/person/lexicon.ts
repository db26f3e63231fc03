import { perKeyer } from '../../text/lexicon-key.js';
import { keyedSetOf, keyedSetWithArticle } from '../common/words.js';
import commonWords from '../common/data/common-words.json';
import newsVerbs from '../common/data/news-verbs.json';
import newsWords from '../common/data/news-words.json';
import presentVerbs from '../common/data/present-verbs.json';
import blessings from './data/blessings.json';
import afterSpeaker from './data/after-speaker.json';
import alaGovernors from './data/ala-governors.json';
import namingWords from './data/naming-words.json';
import compoundNames from './data/compound-names.json';
import familyNames from './data/family-names.json';
import familyWords from './data/family-words.json';
import givenNames from './data/given-names.json';
import regnalOrdinals from './data/regnal-ordinals.json';
import schoolNisbas from './data/school-nisbas.json';
import reportingVerbs from './data/reporting-verbs.json';
import lifeVerbs from './data/life-verbs.json';
import nameParticles from './data/name-particles.json';
import roleNames from './data/role-names.json';
import chineseSurnames from './data/chinese-surnames.json';
import regnalNames from './data/regnal-names.json';
import occupations from './data/occupations.json';
import nameIdioms from './data/name-idioms.json';
import famousBynames from './data/famous-bynames.json';
import titles from './data/titles.json';
import { possessedTitleWords } from './possessed-titles.js';
import eponymHeads from './data/eponym-heads.json';
import definiteGiven from './data/definite-given.json';
import weekdays from '../dates/data/weekdays.json';
import { PhraseTrie, phraseWords } from '../lexicon/phrase-trie.js';


/** Heads named after a person (مطار محمد الخامس, جامعة الملك فهد): the name after one is no PERSON mention. */
export const eponymHeadSet = keyedSetWithArticle(eponymHeads.words);
/** Heads that behind ب are the act done to the person (بسجن راشد الغنوشي), keyed. */
export const eponymActSet = keyedSetOf(eponymHeads.acts.words);
/** Storms named like people (العاصفة دانيال), with and without the article, keyed. */
export const stormNounSet = keyedSetWithArticle(eponymHeads.storms);
/** The roles a thing is named after with the person (مطار الرئيس …), keyed: after an eponym head no other role is. */
export const eponymRoleSet = keyedSetWithArticle(eponymHeads.roleTitles.words);
/** A title's kind: an honorific (الدكتور), a role (وزير الخارجية), or a kinship with a pronoun (شقيقه): no title in the graph. */
export type TitleKind = 'honorific' | 'role' | 'kinship';

export interface PersonLexicon {
  /** Given names safe to read as names on their own (Arabic male and female, transliterated foreign). */
  given: ReadonlySet<string>;
  /** Transliterated foreign given names (ماثيو, خافيير): the surnames after them often end in -ا (سولانا). */
  foreign: ReadonlySet<string>;
  /** Scholars and poets known by one word (المتنبي, البيروني), normalized. */
  famousBynames: ReadonlySet<string>;
  /** Given names that are nouns of quality before these definite nouns (حسن الجوار, حسن النية), normalized. */
  nameIdioms: ReadonlyMap<string, ReadonlySet<string>>;
  /** Women's given names, normalized: a nisba in -ية after one may be her family name (فاطمة الفهرية). */
  female: ReadonlySet<string>;
  /** Given names that are also common words (أمل, جمال, سعيد): names only next to other name evidence. */
  ambiguous: ReadonlySet<string>;
  /** Compound given names (عبد الله, نور الدين), as phrases. */
  compound: PhraseTrie<true>;
  /** Blessing formulae written after a name (رضي الله عنه, طيب الله ثراه): they end it. */
  blessings: PhraseTrie<true>;
  /** What follows an unlisted speaker of a reporting verb (إن, في, خلال, «), normalized. */
  afterSpeaker: ReadonlySet<string>;
  /** Verbs and verbal nouns that take على (القبض, حصل), normalized: after one, علي as Egyptian spelling writes على is the preposition. */
  alaGovernors: ReadonlySet<string>;
  /** Words of being known or called that make باسم after them «by the name» (المعروف باسم ابن بطوطة). */
  naming: ReadonlySet<string>;
  /** Family names of public figures and common family names, normalized. */
  family: ReadonlySet<string>;
  /** Family names that are also common words (الحكيم, إمام): a surname only right after a known given name. */
  familyWords: ReadonlySet<string>;
  /** Titles and roles (السفيرة, رئيس الوزراء, نائب مدير), as phrases. */
  titles: PhraseTrie<TitleKind>;
  /** First words of definite titles with a possessive pronoun instead of the article (رئيسها, مديرته). */
  possessedTitles: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  /** Verbs of a life (ولد, توفي, تزوج …), normalized: their subject is a person. */
  lifeVerbs: ReadonlySet<string>;
  /** Regnal ordinals that end a ruler's name (الثاني in عبدالله الثاني). */
  ordinals: ReadonlySet<string>;
  /** Nisbas of schools of law and creed, which qualify a scholar's role (الفقيه المالكي). */
  schools: ReadonlySet<string>;
  /** Words of news prose that are never names: adjectives and nouns after role words (الجديد, مستوى), past-tense verbs (اتفق, وافق). */
  common: ReadonlySet<string>;
  /** Given names written with ة (نادية, أسامة), normalized: written with ه instead they may be a noun + pronoun (ناديه: his club). */
  taaNames: ReadonlySet<string>;
  /** Past-tense verbs of news prose (اتفق, وافقت): after one, a nisba is a noun, not an adjective. */
  pastVerbs: ReadonlySet<string>;
  /** What opens the predicate right after a clause's subject: listed past, present and reporting verbs and قد, لن, لم (أن شفتشينكو سجل). */
  clauseOpeners: ReadonlySet<string>;
  /** Connectors found only inside a name (the Mauritanian ولد), since the word also means 'was born'. */
  innerConnectors: ReadonlySet<string>;
  /** Particles of European names (فان, دو, دي, فون): inside a name they join the word after them. */
  particles: ReadonlySet<string>;
  /** Honorifics written after a name (باشا, أفندي): they end it. */
  postTitles: ReadonlySet<string>;
  /** Chinese family names (وانغ, تشنغ): the given name comes after them, so the name goes on. */
  chineseSurnames: ReadonlySet<string>;
  /** Role nouns that are given names too (نجم, أمين): in construct after a name, the role. */
  roleNames: ReadonlySet<string>;
  /** Regnal names (المأمون, الرشيد): a ruler's whole name, so no unlisted word goes on from one. */
  regnal: ReadonlySet<string>;
  /** Every word a name can start with without a cue: given, family, ambiguous and compound first words, connectors. */
  starters: ReadonlySet<string>;
  /** Indefinite occupations that open a definition (روائي, عالمة), normalized; for a phrase (رجل أعمال), its first word. */
  occupations: ReadonlySet<string>;
  /** One-word honorifics (الدكتور, سمو, معالي), normalized. The royal and religious ones (الملك, الشيخ, الإمام) are left out: institutions are named after those people (جامعة الإمام محمد بن سعود). */
  honorifics: ReadonlySet<string>;
  /** The royal and religious honorifics left out of `honorifics` (الملك, الشيخ, الإمام), normalized. */
  eponymTitles: ReadonlySet<string>;
  /** Given names written with the article in Maghrebi usage (الطاهر, الحبيب, المختار), normalized. */
  definiteGiven: ReadonlySet<string>;
  /** The weekdays and the adverbs of a day (اليوم, أمس, الغد), normalized: صباح before one is the morning. */
  dayWords: ReadonlySet<string>;
}

/** Honorifics of people institutions are named after (جامعة الملك سعود, مسجد الشيخ زايد). */
const ROYAL_OR_RELIGIOUS = new Set(['الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السلطان', 'السلطانة', 'الإمام', 'البابا', 'الشهيد', 'الشهيدة', 'الحاج', 'الحاجة', 'السيد', 'السيدة']);

/** Words that join parts of a name: بن / ابن / بنت / أبو / أم / آل, and the Amazigh آيت ('sons of': حسين آيت أحمد). */
export const NAME_CONNECTORS = ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'أبا', 'أم', 'آل', 'آيت'];

/**
 * Reporting verbs (قال, أكد, أضاف …) and verbs of a life (ولد, توفي), normalized: they end name chains,
 * and the name after one is their subject.
 */
export const reportingVerbSet = keyedSetOf([...(reportingVerbs as string[]), ...lifeVerbs.words]);

export const personLexicon = perKeyer(compilePeople);

function compilePeople(key: (s: string) => string): PersonLexicon {
  const g = givenNames as { male: string[]; female: string[]; foreign: string[]; ambiguous?: string[] };
  const compound = new PhraseTrie<true>();
  for (const name of compoundNames as string[]) compound.add(phraseWords(name, key), true);
  // Family names of several words (نصر الله, أبو الغيط, عبد العاطي) are read as phrases, like compound given names.
  for (const name of familyNames as string[]) if (name.includes(' ')) compound.add(phraseWords(name, key), true);
  const blessingTrie = new PhraseTrie<true>();
  for (const phrase of blessings.phrases) blessingTrie.add(phraseWords(phrase, key), true);
  const titleTrie = new PhraseTrie<TitleKind>();
  const t = titles as Record<TitleKind, string[]>;
  for (const kind of ['honorific', 'role', 'kinship'] as const) for (const title of t[kind] ?? []) titleTrie.add(phraseWords(title, key), kind);
  const ambiguous = new Set((g.ambiguous ?? []).map(key));
  const given = new Set([...g.male, ...g.female, ...g.foreign].map(key).filter((n) => !ambiguous.has(n)));
  // Compound names are also written as one word (عبدالله, عبدالرحمن, نورالدين).
  for (const name of compoundNames as string[]) if (name.includes(' ')) given.add(key(name.replace(/ /g, '')));
  const lexicon: PersonLexicon = {
    given,
    foreign: new Set(g.foreign.map(key)),
    female: new Set(g.female.map(key)),
    ambiguous,
    compound,
    blessings: blessingTrie,
    afterSpeaker: new Set(afterSpeaker.words.map(key)),
    alaGovernors: new Set(alaGovernors.words.map(key)),
    naming: new Set(namingWords.words.map(key)),
    family: new Set([...(familyNames as string[]), ...chineseSurnames.words].map(key)),
    chineseSurnames: new Set(chineseSurnames.words.map(key)),
    familyWords: new Set(familyWords.words.map(key)),
    titles: titleTrie,
    possessedTitles: new Set(possessedTitleWords(titleTrie.firstWords(), key)),
    verbs: reportingVerbSet(key),
    lifeVerbs: new Set(lifeVerbs.words.map(key)),
    ordinals: new Set((regnalOrdinals as string[]).map(key)),
    schools: new Set(schoolNisbas.words.map(key)),
    // Common words and verbs of news prose end a name and never start one; a listed name wins over them.
    common: new Set([...commonWords.words, ...newsWords.words, ...newsVerbs.words, ...presentVerbs.words].map(key).filter((w) => !given.has(w) && !ambiguous.has(w))),
    pastVerbs: new Set(newsVerbs.words.map(key)),
    clauseOpeners: new Set([...newsVerbs.words, ...presentVerbs.words, ...(reportingVerbs as string[]), 'قد', 'لن', 'لم'].map(key)),
    taaNames: new Set([...g.male, ...g.female, ...g.foreign, ...(g.ambiguous ?? [])].filter((n) => n.endsWith('ة')).map(key)),
    innerConnectors: new Set(nameParticles.innerConnectors.map(key)),
    particles: new Set(nameParticles.particles.map(key)),
    postTitles: new Set(nameParticles.postTitles.map(key)),
    roleNames: new Set(roleNames.words.map(key)),
    regnal: new Set(regnalNames.names.map(key)),
    starters: new Set(),
    occupations: new Set(occupations.words.map((w) => key(w.split(' ')[0]!))),
    honorifics: new Set(t.honorific.filter((h) => !h.includes(' ') && !ROYAL_OR_RELIGIOUS.has(h)).map(key)),
    eponymTitles: new Set([...ROYAL_OR_RELIGIOUS].map(key)),
    definiteGiven: new Set(definiteGiven.words.map(key)),
    dayWords: new Set([...weekdays.map((w) => w.name), 'اليوم', 'أمس', 'الغد', 'يوم', 'باكر'].map(key)),
    famousBynames: new Set(famousBynames.words.map(key)),
    nameIdioms: new Map(Object.entries(nameIdioms.idioms).map(([name, nouns]) => [key(name), new Set(nouns.map(key))])),
  };
  const starters = lexicon.starters as Set<string>;
  for (const set of [lexicon.given, lexicon.family, lexicon.ambiguous, lexicon.famousBynames]) for (const w of set) starters.add(w);
  for (const w of compound.firstWords()) starters.add(w);
  // آيت opens no name on its own (name-opening.ts).
  for (const w of NAME_CONNECTORS) if (w !== 'آيت') starters.add(key(w));
  return lexicon;
}
