// Passes over every token that act at a few words only, one bit each: the word (or a reading of it behind
// proclitics) is one such a pass starts at. A pass tests its bit first and reads the token only when it
// is set, which keeps it exact, since its own test follows: most tokens cost an array read, not a visit
// to the token and its word (a pass over all of them costs about 1% of analyze).
import type { Sentence } from '../../schema.js';
import type { ExtractContext } from '../types.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { medinaSet } from '../location/medina.js';
import { letterSet } from '../organization/letter-name.js';
import { aliasSet } from '../organization/cued-alias.js';
import { personLexicon } from '../person/lexicon.js';
import { organizationLexicon } from '../organization/lexicon.js';
import { accusativeRoleSet, feminineMinisterSet } from '../person/role-accusative.js';
import { tribeNounSet } from '../organization/tribe-nouns.js';
import { throneEndingStarts } from '../person/throne-names.js';
import { OPENING_QUOTES } from '../common/quotes.js';
import { placeSuffixSet } from '../location/suffix-place.js';
import { companySuffixSet } from '../organization/suffix-name.js';
import { holdingSet } from '../organization/holding-name.js';
import { COMMAS } from '../person/apposed-speaker.js';
import { placeLexicon } from '../location/lexicon.js';
import { vesselNounSet } from '../common/vessel-names.js';
import { venueSuffixSet } from '../location/venue.js';
import { perDocument, perWordStarts16, startBitMap } from './start-bits.js';
import { readingBits } from './token-forms.js';

/** A first word of the ending of a throne name (بالله, لدين): the throne-names pass. */
export const THRONE_ENDING = 1;
/** المدينة: the Medina pass. */
export const MEDINA_WORD = 2;
/** A noun for a tribe (قبيلة, عشيرة): the tribes-by-noun pass. */
export const TRIBE_NOUN = 4;
/** A Latin letter's name (بي, سي), bare or behind و: the letter-names pass. */
export const LETTER_NAME = 8;
/** A cued short name of an armed group (القاعدة): the cued-aliases pass. */
export const CUED_ALIAS = 16;
/** A reporting verb (قال, أكد): the apposed-speakers pass looks for one before the commas. */
export const REPORTING_VERB = 32;
/** A preposition of the other team's slot (على, مع): the clubs-in-slot pass looks at the word after it. */
export const SLOT_OBJECT = 64;
/** A role in the accusative (وزيرا) or a portfolio (للخارجية): the role-accusative pass. */
export const ACCUSATIVE_ROLE = 128;
// The passes below test the word as written against a small set, on every token: with their bit, most
// tokens cost an array read instead of a set lookup.
/** An opening quotation mark: the work-titles and quoted-bodies passes. */
export const OPENING_QUOTE = 256;
/** A place suffix (آباد): the suffix-places pass. */
export const PLACE_SUFFIX = 512;
/** A word of company naming (إنترناشونال, كابيتال): the company-suffix pass. */
export const COMPANY_SUFFIX = 1024;
/** القابضة: the holding-names pass. */
export const HOLDING_WORD = 2048;
/** A comma: the apposed-speakers pass, after the reporting verb. */
export const COMMA = 4096;
/** A masthead's word (تايمز, بوست): the mastheads pass runs only in a document that has one. */
export const MASTHEAD_WORD = 8192;
/** A country's adjective (الأمريكية): the passes that read a name or a title after a noun and its adjective. */
export const NISBA_WORD = 16384;
/** A noun of ships (الناقلة) or a word after an arena's name (أرينا): the vessel-names and venues passes. */
export const VESSEL_OR_VENUE = 32768;

const gateBits = perKeyer((key) => {
  const bits = startBitMap([
    [throneEndingStarts(key), THRONE_ENDING],
    [medinaSet(key), MEDINA_WORD],
    [tribeNounSet(key), TRIBE_NOUN],
    [letterSet(key), LETTER_NAME],
    [aliasSet(key), CUED_ALIAS],
    [personLexicon(key).verbs, REPORTING_VERB],
    [organizationLexicon(key).matchFrames.objects, SLOT_OBJECT],
    [accusativeRoleSet(key), ACCUSATIVE_ROLE],
    [feminineMinisterSet(key), ACCUSATIVE_ROLE],
    [organizationLexicon(key).portfolios, ACCUSATIVE_ROLE],
    [OPENING_QUOTES, OPENING_QUOTE],
    [placeSuffixSet(key), PLACE_SUFFIX],
    [companySuffixSet(key), COMPANY_SUFFIX],
    [holdingSet(key), HOLDING_WORD],
    [COMMAS, COMMA],
    [organizationLexicon(key).mastheads, MASTHEAD_WORD],
    [placeLexicon(key).nisba.keys(), NISBA_WORD],
    [vesselNounSet(key), VESSEL_OR_VENUE],
    [venueSuffixSet(key), VESSEL_OR_VENUE],
  ]);
  // Every token, whatever its kind: the passes' own tests read the word as written too.
  return perWordStarts16((t) => readingBits(t, bits));
});

/** Does some token of the document have this gate bit? A pass whose word is missing can skip the document. */
export function someGate(gates: Uint16Array, bit: number): boolean {
  for (let i = 0; i < gates.length; i++) if ((gates[i]! & bit) !== 0) return true;
  return false;
}

/** For each token of the document, the bits of the passes that may act at it (one array read per token). */
export const passGates = perDocument((context) => gateBits(context.key)(context.tokens, context.wordIds));

/**
 * Calls `visit` with each comma of the sentences extractors read that has a word's room before it and two
 * tokens after (X ، عاصمة Y; X ، شركة الطاقة): the appositions set off by a comma, found by the gate bit.
 */
export function forEachApposingComma(context: ExtractContext, visit: (c: number, sentence: Sentence) => void): void {
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let c = s.tokenStart + 1; c + 2 < s.tokenEnd; c++) if ((gates[c]! & COMMA) !== 0) visit(c, s);
  }
}
