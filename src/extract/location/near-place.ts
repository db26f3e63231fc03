// An unlisted place placed by a listed one: ولد في توبولسك بسيبيريا, انتقل إلى ريدموند قرب سياتل, توفي في
// سكوتسديل بولاية أريزونا, في ثول شمال جدة. After a
// preposition of place, a name-shaped word that the sentence then locates in or near a listed place is a
// place itself: towns are located by their region or a city nearby, people and things are not.
import type { Sentence, Token } from '../../schema.js';
import { firstEndingAfter } from '../../segment/spans.js';
import { hasTanween } from '../lexicon/scan.js';
import { lastLetter } from '../person/word-shapes.js';
import type { Candidate } from '../types.js';
import { definiteFeminineNisba } from './adjective-reading.js';

/** Prepositions of place before the unlisted name, normalized (في, إلى, من; قرب). */
const BEFORE = new Set(['في', 'الي', 'إلى', 'من']);

/** في, normalized. */
const IN = 'في';

/** Words that locate the name by the listed place after them, normalized: near it, or in a direction from it (في ثول شمال جدة). */
const NEAR = new Set(['قرب', 'بقرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** Is this word a place's name? An Arabic word without article, proclitic or tanween that no list claims. */
export type NearWord = (t: Token, i: number) => boolean;

/**
 * Candidates for the unlisted names located by the listed places in `found` (the lexicon's candidates):
 * «في X بY», «في X قرب Y» and «في X شمال Y», X one word.
 */
export function placesNearListed(text: string, tokens: readonly Token[], sentences: readonly Sentence[], found: readonly Candidate[], placeWord: NearWord, isTrigger: (key: string) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.type !== 'LOCATION' || c.rule === 'trigger') continue;
    // The token the candidate starts in (after a proclitic, inside it).
    const y = firstEndingAfter(tokens, c.start);
    if (y >= tokens.length || tokens[y]!.start > c.start) continue;
    const sentence = sentences[tokens[y]!.sentence]!;
    const listed = tokens[y]!;
    // بسيبيريا: the listed place behind ب right after the name; قرب سياتل: the word قرب between them.
    const behindBa = listed.clitics?.prefixes.length === 1 && listed.clitics.prefixes[0] === 'ب' && c.start > listed.start;
    // في سكوتسديل بولاية أريزونا: or behind a place noun that carries the ب.
    const noun = y >= 1 ? tokens[y - 1]! : undefined;
    const baNoun = noun !== undefined && noun.clitics?.prefixes.length === 1 && noun.clitics.prefixes[0] === 'ب' && !noun.clitics.article && isTrigger(noun.clitics.stem);
    const x = behindBa ? y - 1 : baNoun ? y - 2 : y >= 1 && NEAR.has(tokens[y - 1]!.norm) ? y - 2 : -1;
    if (x - 1 < sentence.tokenStart) continue;
    const name = tokens[x]!;
    // في بنبان بأسوان: no preposition follows another, so a ب, ل, ك or ف the splitter read off is the name's own.
    if (!BEFORE.has(tokens[x - 1]!.norm) || name.kind !== 'word' || name.script !== 'arabic' || (name.clitics?.prefixes.length && !ownLetterAfterPreposition(name)) || name.norm.startsWith('ال') || name.norm.length < 3 || hasTanween(text, name)) continue;
    // في منزله بمقديشو, في سفارتها بالصين: a noun with its pronoun, located like a place.
    if (lastLetter(text, name) === 0x0647 /* ه */ || name.norm.endsWith('ها') || name.norm.endsWith('هم')) continue;
    // في معسكره بمدينة 6 أكتوبر: before a place noun, a word in ة may be that noun misspelled.
    if (baNoun && lastLetter(text, name) === 0x0629 /* ة */) continue;
    if (found.some((f) => f.start < name.end && f.end > name.start) || !placeWord(name, x)) continue;
    out.push({ type: 'LOCATION', start: name.start, end: name.end, rule: 'near-listed', score: -1 });
  }
  return out;
}

/**
 * After a preposition (في, إلى, من) no preposition or conjunction follows, so one ب, ل, ك or ف the
 * clitic splitter read off a word there (no article) is the first letter of a place's name (باسادينا, فجيج).
 */
export function ownLetterAfterPreposition(t: Token): boolean {
  const c = t.clitics;
  return c !== undefined && c.prefixes.length === 1 && !c.article && 'بلكف'.includes(c.prefixes[0]!);
}

/**
 * Candidates for an unlisted name after في with a country's feminine adjective, with
 * the article, right after it (ولد في تورون البولندية): a bare word takes a definite adjective only as a
 * proper name, and a town is feminine. `nisba`: the country adjectives, normalized.
 */
export function placesByNisba(text: string, tokens: readonly Token[], sentences: readonly Sentence[], found: readonly Candidate[], placeWord: NearWord, nisba: { has(key: string): boolean }): Candidate[] {
  const out: Candidate[] = [];
  // The start of each place found, for the test of a match below (a set lookup, not a search).
  const foundStarts = new Set(found.map((f) => f.start));
  for (const sentence of sentences) {
    if (sentence.skip) continue;
    for (let x = sentence.tokenStart + 1; x + 1 < sentence.tokenEnd; x++) {
      const name = tokens[x]!;
      // (After في only: sold إلى لافارج الفرنسية, bought من ألستوم الفرنسية name companies.)
      if (!definiteFeminineNisba(tokens[x + 1]!, nisba) || tokens[x - 1]!.norm !== IN) continue;
      if (name.kind !== 'word' || name.script !== 'arabic' || (name.clitics?.prefixes.length && !ownLetterAfterPreposition(name)) || name.norm.startsWith('ال') || name.norm.length < 3 || hasTanween(text, name)) continue;
      // في سفارتها البولندية: a noun with its pronoun; a word in ة is the noun the adjective describes.
      const last = lastLetter(text, name);
      if (last === 0x0647 /* ه */ || last === 0x0629 /* ة */ || name.norm.endsWith('ها') || name.norm.endsWith('هم')) continue;
      // (A place found over the word starts on it: في stands right before, and no place spans في.)
      if (foundStarts.has(name.start) || !placeWord(name, x)) continue;
      out.push({ type: 'LOCATION', start: name.start, end: name.end, rule: 'town-of-country', score: -1 });
    }
  }
  return out;
}
