import { perKeyer } from '../../text/lexicon-key.js';
import { definiteListTriggerSet, listTriggerSet, realmTitleSet, triggerSet } from '../location/place-words.js';
import { placeLexicon } from '../location/lexicon.js';
import { organizationLexicon } from '../organization/lexicon.js';
import { personLexicon } from '../person/lexicon.js';
import { AUXILIARIES, COMPLEMENTIZER, QUOTE_SOURCE } from '../person/speaker.js';
import { agentCueTrie } from '../person/agent.js';
import { scorerVerbSet } from '../person/scorer.js';
import { perDocument, perWordStarts, startBitMap } from './start-bits.js';
import { readingBits } from './token-forms.js';

/** Which name extractors may start a phrase at a token: one bit each. */
export const ORGANIZATION_START = 1;
export const PERSON_START = 2;
export const PLACE_START = 4;
/** A definite masculine nisba (الفرنسي): not a start, but the clubs-by-nisba pass looks only there. */
export const MASCULINE_NISBA = 8;
/** A noun of a team's people (لاعب, صفوف): the clubs-by-squad-noun pass looks only there. */
export const SQUAD_NOUN = 16;
/** 'Sons of' (بنو, بني): the tribes pass looks only there. */
export const SONS_OF = 32;
/** A ruler's title (ملك, سلطان): the realms pass looks only there. */
export const REALM_TITLE = 64;
/** A listed given name with the article (الحبيب): only the Maghrebi first-name rule looks there. */
export const DEFINITE_GIVEN = 128;

/**
 * Every word a name phrase of each kind can start with, in one map from word to bits: the first words of
 * known organizations, descriptor and head nouns and ministry portfolios; of titles, reporting verbs and
 * name starters; of places and place triggers. Built once per normalization option set.
 */
const startBits = perKeyer((key) => {
  const org = organizationLexicon(key);
  const people = personLexicon(key);
  const bits = startBitMap([
    [org.known.firstWords(), ORGANIZATION_START],
    [org.descriptors.firstWords(), ORGANIZATION_START],
    [org.heads, ORGANIZATION_START],
    [org.ministries, ORGANIZATION_START],
    [org.clubPrefixes, ORGANIZATION_START],
    [org.sportsClubPrefixes, ORGANIZATION_START],
    [people.titles.firstWords(), PERSON_START],
    // رئيسها التنفيذي, مدربه: a definite title's noun with a possessive pronoun (person/context.ts).
    [people.possessedTitles, PERSON_START],
    [people.verbs, PERSON_START],
    [people.starters, PERSON_START],
    [agentCueTrie(key).firstWords(), PERSON_START],
    [AUXILIARIES, PERSON_START], // وكان حالوتس قد أقر
    [scorerVerbSet(key), PERSON_START], // فيما أحرز إدميلسون جونيور هدف الدحيل
    // A Maghrebi first name takes the article (الحبيب الغرسلي).
    [[...people.given].map((g) => 'ال' + g), DEFINITE_GIVEN],
    [people.definiteGiven, DEFINITE_GIVEN],
    // عن opens the source of a quotation (عن كينيون قوله).
    [[key(QUOTE_SOURCE)], PERSON_START],
    // أن and إن open the subject of their clause (أن شفتشينكو سجل).
    [[key(COMPLEMENTIZER)], PERSON_START],
    // A definite masculine nisba may stand for a person before a name (والفرنسي ليليان تورام).
    [[...placeLexicon(key).nisba.keys()].filter((k) => k.startsWith('ال') && k.endsWith('ي')), PERSON_START | MASCULINE_NISBA],
    // … and so may a feminine one (على اليابانية آي سوغياما).
    [[...placeLexicon(key).nisba.keys()].filter((k) => k.startsWith('ال') && k.endsWith(key('ية'))), PERSON_START],
    [placeLexicon(key).trie.firstWords(), PLACE_START],
    [triggerSet(key), PLACE_START],
    [listTriggerSet(key), PLACE_START],
    [definiteListTriggerSet(key), PLACE_START],
    [[key('مركز')], PLACE_START], // an Egyptian district (location/district.ts)
    [org.squadNouns, SQUAD_NOUN],
    [['بنو', 'بني'], SONS_OF],
    [realmTitleSet(key), REALM_TITLE],
  ]);
  return perWordStarts((t) => (t.kind === 'word' && t.script === 'arabic' ? readingBits(t, bits) : 0));
});

/**
 * For each token of the document, the bits of the name extractors that may start a phrase there. The
 * organization, person and place scans share it: each token's readings are looked up once, not once
 * per extractor and lexicon, and most tokens are passed over with one array read.
 */
export const nameStarts = perDocument((context) => startBits(context.key)(context.tokens, context.wordIds));
