import type { Sentence, Token } from '../../schema.js';
import type { PhraseTrie } from '../lexicon/phrase-trie.js';
import { bareKey, tokenForms } from '../lexicon/token-forms.js';
import type { KnownOrganization } from './lexicon.js';

/** How far from a club's name a word of sports reporting may stand, in words, either side. */
const WINDOW = 4;

/**
 * … and from a club named like a common word but no place (الأهلي, الزمالك, النصر): a word of the game
 * anywhere in a longer clause (وحسم الأهلي اللقب … في المباراة), where a town's name needs one closer by.
 */
export const WIDE_WINDOW = 8;

/**
 * Is the word at i in sports reporting? A club named like a place or a common word (فاز روما على لاتسيو,
 * لاعب بورتو, الريان على الوكرة في الدوري) is read as the club only with a word of the game near it
 * and no locative word right before it (مباراة في روما is played in the city).
 */
export function inSportsReport(tokens: readonly Token[], i: number, s: Sentence, cues: ReadonlySet<string>, placeCues: ReadonlySet<string> | undefined, window = WINDOW): boolean {
  if (placeCues !== undefined && i > s.tokenStart && placeCues.has(bareKey(tokens[i - 1]!))) return false;
  const from = Math.max(s.tokenStart, i - window);
  const to = Math.min(s.tokenEnd, i + window + 1);
  for (let j = from; j < to; j++) {
    if (j === i) continue;
    const t = tokens[j]!;
    // (The word as written too: لاعب is no ل + اعب.)
    if (t.kind === 'word' && (cues.has(bareKey(t)) || cues.has(t.norm))) return true;
  }
  return false;
}

/**
 * Is a one-word club name at i read as a word here? A definite name after a definite noun agrees with it
 * as an adjective (البلد العربي, المنتخب الأفريقي) unless a proclitic joins it (المنتخب والأهلي); a name
 * without the article behind a proclitic is the word it spells (للوصل: to arrive), and so is one after
 * تم, which takes a verbal noun (تم تداول: was traded).
 */
export function clubNameIsWord(tokens: readonly Token[], i: number, s: Sentence, formKey: string, prefixed: boolean): boolean {
  if (i > s.tokenStart && VERBAL_NOUN_BEFORE.has(bareKey(tokens[i - 1]!))) return true;
  // للاتفاق مع اللجنة: ل and a verbal noun with the preposition it governs (to agree with), no club.
  const next = i + 1 < s.tokenEnd ? tokens[i + 1]! : undefined;
  if (prefixed && tokens[i]!.clitics?.prefixes[0] === 'ل' && next !== undefined && GOVERNED_AFTER.has(next.norm)) return true;
  if (!formKey.startsWith('ال')) return prefixed;
  // والأهلي, بالأهلي: a proclitic joins a new phrase, so no adjective of the word before.
  if (prefixed || i <= s.tokenStart) return false;
  const before = tokens[i - 1]!;
  // للفريق الأهلي, والنادي الأهلي: after the team the name is the club's.
  if (before.kind !== 'word' || CLUB_NOUNS.has(bareKey(before))) return false;
  // بالخط العربي, والفلكلور العربي: the noun before may carry a proclitic of its own.
  if (before.clitics?.prefixes.length) return before.clitics.article && before.norm.length - before.clitics.prefixes.length > 3;
  return before.norm.startsWith('ال') && before.norm.length > 3;
}

/** Prepositions a verbal noun governs, normalized: after a club's name behind ل they make it the noun. */
const GOVERNED_AFTER = new Set(['مع', 'علي', 'على', 'عن', 'من']);

/** تم تداول, يتم الاتفاق: after تم the word is the verbal noun it completes, never a club. */
const VERBAL_NOUN_BEFORE = new Set(['تم', 'يتم', 'سيتم']);

/** The team and the club, normalized: after them a club named like an adjective is the club (للفريق الأهلي). */
const CLUB_NOUNS = new Set(['الفريق', 'النادي']);

/** The fewest clubs a coordination must name to be read as clubs without a word of sport around it. */
const CLUB_LIST = 3;

/** How token j names a club in one word: bare (الهلال), behind و (والنصر), or not at all. */
export type ClubAt = (j: number) => 'bare' | 'joined' | undefined;

/**
 * Is token i one of three or more club names joined by و (أسهم الهلال والنصر والاتحاد والأهلي)? Two such
 * words may be words (الهلال والصليب); three that are all clubs' names are the clubs, unless a locative
 * word stands before a list that opens with a place (في الجهراء وخيطان والسالمية: the towns the clubs
 * are named for; حصص في الهلال والنصر والأهلي are the clubs).
 */
export function inClubList(i: number, s: Sentence, clubAt: ClubAt, placeAfterCue: (j: number) => boolean, isPlace: (j: number) => boolean = () => false): boolean {
  let first = i;
  while (first > s.tokenStart && clubAt(first) === 'joined' && clubAt(first - 1) !== undefined) first--;
  if (clubAt(first) === undefined || placeAfterCue(first)) return false;
  let last = first;
  while (last + 1 < s.tokenEnd && clubAt(last + 1) === 'joined') last++;
  // مثل ليل وبوردو ومرسيليا: clubs named for their cities, all but one of them listed places, with no word
  // of sport around, are the cities.
  let places = 0;
  for (let j = first; j <= last; j++) if (isPlace(j)) places++;
  return last - first + 1 >= CLUB_LIST && i >= first && i <= last && places < last - first;
}

/** A club's one-word name at token j, bare or behind و: a known name that is ambiguous and may be a club. */
export function clubNameAt(tokens: readonly Token[], known: PhraseTrie<KnownOrganization>, words: (j: number) => string | undefined): ClubAt {
  return (j) => {
    for (const f of tokenForms(tokens[j]!)) {
      const joined = f.prefixes.length === 1 && f.prefixes[0] === 'و';
      if (f.prefixes.length > 0 && !joined) continue;
      const c = known.startsWith(f.key) ? known.longest(f.key, j + 1, words) : undefined;
      if (c !== undefined && c.end === j + 1 && c.value.ambiguous === true && c.value.notClub !== true) return joined ? 'joined' : 'bare';
    }
    return undefined;
  };
}

/**
 * Does a definite adjective follow token i, standing bare (الاتحاد الكويتي, التعاون الدولي)? Then a club's
 * one-word name spelled like a common word is that word, or another body, not the club.
 */
export function adjectiveAfter(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const next = tokens[i + 1];
  return next !== undefined && i + 1 < s.tokenEnd && next.kind === 'word' && !next.clitics?.prefixes.length && next.norm.startsWith('ال') && next.start - tokens[i]!.end <= 1;
}

/** A normalized word in a feminine form, ending in ة (folded to ه) or the plural ات (الوحدة, الوحدات). */
export function feminineForm(key: string): boolean {
  return key.endsWith('ه') || key.endsWith('ات');
}

/**
 * Is token i a club's one-word name joined by و to another club or known body, in a sports report
 * (مباريات القمة بين الأهلي والزمالك, بين الهلال والنصر في الدوري)? Two such names side by side are
 * the teams; a locative word before the pair (بين) is no sign of places here, as it is before one.
 * `knownAt(j)` tells whether a listed organization of one word, not spelled like a word, stands at j.
 */
export function inClubPair(tokens: readonly Token[], i: number, s: Sentence, clubAt: ClubAt, knownAt: (j: number) => boolean, cues: ReadonlySet<string>): boolean {
  const here = clubAt(i);
  let partner = false;
  if (here === 'bare' && i + 1 < s.tokenEnd) partner = clubAt(i + 1) === 'joined' || (tokens[i + 1]!.clitics?.prefixes[0] === 'و' && knownAt(i + 1));
  else if (here === 'joined' && i > s.tokenStart) partner = clubAt(i - 1) === 'bare' || knownAt(i - 1);
  return partner && inSportsReport(tokens, i, s, cues, undefined);
}
