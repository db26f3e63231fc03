// A club named after its city, where a match report sets it against another team: the subject of a
// result verb (فاز الشارقة), the apposition of an opponent noun (على مضيفه عجمان), or the team brought
// in by على, مع or أمام after such a verb or its noun (تعادل الوحدة مع الشارقة), or the club a player
// moves to (انضم إلى ليفربول). Countries are left to
// the place extractor (فاز المغرب على مصر: national teams, read as the countries by the corpora).
import type { Sentence, Token } from '../../schema.js';
import { matchPlace } from '../location/match-place.js';
import { homographSet, triggerSet } from '../location/place-words.js';
import { PLACE_START } from '../lexicon/name-starts.js';
import { scanStarts } from '../lexicon/scan.js';
import { bareKey, someReadingIn } from '../lexicon/token-forms.js';
import type { PlaceLexicon } from '../location/lexicon.js';
import type { Candidate, ExtractContext } from '../types.js';
import { inSportsReport } from './sports.js';
import { lastLetter } from '../person/word-shapes.js';

/** The words of match reports that put a team in a slot (data/match-frames.json), normalized. */
export interface MatchFrames {
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  opponents: ReadonlySet<string>;
  objects: ReadonlySet<string>;
  /** Nouns of what a team holds (رصيد, جماهير, شباك), taking the team as their genitive. */
  teamNouns: ReadonlySet<string>;
  /** Verbs of a player's move (انضم, أعير, انتقل), after which إلى brings in the club. */
  transfers: ReadonlySet<string>;
}

/** إلى, folded and as written (normalization may keep the hamza and ى); and the words of time that may
 * stand between a move's verb and it (انتقل صيف 2017 إلى). */
const TO = new Set(['الي', 'إلى', 'الى', 'إلي']);
const MOVE_TIMES = new Set(['عام', 'صيف', 'شتاء', 'موسم', 'سنه', 'سنة', 'ثم']);

/** Does a word of sport other than a move's verb stand anywhere in the sentence (… حيث تألق في الدوري)? */
function sportInSentence(tokens: readonly Token[], s: Sentence, sports: ReadonlySet<string>, transfers: ReadonlySet<string>): boolean {
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    const k = bareKey(t);
    // لقب الفارابي بالمعلم الثاني … ثم انتقل إلى حلب: opening the sentence, لقب is «was nicknamed», no title won.
    if (k === NICKNAMED && j === s.tokenStart) continue;
    if (sports.has(k) && !transfers.has(k)) return true;
  }
  return false;
}

/** لقب, normalized: a title won in sport, or the passive «was nicknamed». */
const NICKNAMED = 'لقب';

/** Is token `to` إلى after a verb of a player's move, with at most a time between (أعير إلى, انتقل عام 2003 إلى)? */
function moveBefore(tokens: readonly Token[], to: number, s: Sentence, frames: MatchFrames): boolean {
  for (let j = to - 1; j >= Math.max(s.tokenStart, to - 3); j--) {
    const t = tokens[j]!;
    if (t.kind === 'number') continue;
    if (t.kind !== 'word') return false;
    if (frames.transfers.has(bareKey(t))) return true;
    if (!MOVE_TIMES.has(t.norm)) return false;
  }
  return false;
}

/** How far back from على, مع or أمام the verb or noun of the match may stand, in words. */
const REACH = 5;

/** Does a verb or noun of the match open the clause that ends at token `to` (exclusive), within REACH words? */
function matchBefore(tokens: readonly Token[], to: number, s: Sentence, frames: MatchFrames): boolean {
  for (let j = to - 1; j >= Math.max(s.tokenStart, to - REACH); j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    const k = bareKey(t);
    if (frames.verbs.has(k) || frames.nouns.has(k)) return true;
  }
  return false;
}

/** Is token i in a team's slot of a match report? */
export function inTeamSlot(tokens: readonly Token[], i: number, s: Sentence, frames: MatchFrames): boolean {
  if (i <= s.tokenStart) return false;
  const prev = tokens[i - 1]!;
  // Most words before a place are none of the frame's words: settle them without reading objects.
  if (prev.kind !== 'word') return false;
  if (TO.has(prev.norm)) return moveBefore(tokens, i - 1, s, frames);
  if (!(someReadingIn(prev, frames.verbs) || someReadingIn(prev, frames.opponents) || frames.objects.has(prev.norm))) return false;
  const before = bareKey(prev);
  if (frames.verbs.has(before) || frames.opponents.has(before)) return true;
  return frames.objects.has(before) && matchBefore(tokens, i - 1, s, frames);
}

/** Candidates for the cities read as clubs in a team's slot of a match report. */
export function clubsByMatch(context: ExtractContext, places: PlaceLexicon, frames: MatchFrames, sports: ReadonlySet<string>, placeCues: ReadonlySet<string>, starts: Uint8Array): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  const homographs = homographSet(context.key);
  const triggers = triggerSet(context.key);
  scanStarts(context, starts, PLACE_START, (i, s) => {
    const t = tokens[i]!;
    // The club's name stands bare: بالشارقة, في الشارقة are the city even in a match report.
    // After a move's إلى (a word that cues a place) the report's words of sport alone decide, anywhere in
    // the sentence, the verb of the move not among them (a writer moves too: انتقل إلى القاهرة حيث عمل).
    const moved = i > s.tokenStart && TO.has(tokens[i - 1]!.norm);
    if (t.clitics?.prefixes.length || !inTeamSlot(tokens, i, s, frames) || (moved ? !sportInSentence(tokens, s, sports, frames.transfers) : !inSportsReport(tokens, i, s, sports, placeCues))) return i + 1;
    // منافسة دبي (competing with Dubai) folds like منافسه (its rival): a noun in ة is no opponent with its pronoun.
    if (lastLetter(context.text, tokens[i - 1]!) === 0x0629 /* ة */) return i + 1;
    const m = matchPlace(places.trie, tokens, i, s);
    // مخيم الزعتري, مدينة عيسى: a listed name that opens with a place noun names the place, never a club.
    if (m === undefined || m.place.kind !== 'city' || m.start !== t.start || (m.end === i + 1 && homographs.has(t.norm)) || (m.end > i + 1 && triggers.has(t.norm))) return i + 1;
    out.push({ type: 'ORGANIZATION', start: m.start, end: tokens[m.end - 1]!.end, rule: 'club-in-match', score: 1 });
    return m.end;
  });
  return out;
}

/**
 * Is token i a team in a frame that names one: a team's slot, or the genitive of a squad noun or of a
 * noun of what a team holds (مدرب الاتحاد, رصيد التعاون)? A club's name spelled like a common word
 * needs one; a word of sport nearby is not enough (المركز يعتزم التعاون مع …).
 */
export function inTeamFrame(tokens: readonly Token[], i: number, s: Sentence, frames: MatchFrames, squadNouns: ReadonlySet<string>): boolean {
  if (inTeamSlot(tokens, i, s, frames)) return true;
  if (i <= s.tokenStart) return false;
  const prefixes = tokens[i]!.clitics?.prefixes ?? [];
  // مباراة الأنصار والنجمة: the second team of a match noun, behind و.
  if (prefixes.length === 1 && prefixes[0] === 'و') return i - 2 >= s.tokenStart && frames.nouns.has(bareKey(tokens[i - 2]!));
  if (prefixes.length > 0) return false;
  const before = bareKey(tokens[i - 1]!);
  return frames.teamNouns.has(before) || squadNouns.has(before) || frames.nouns.has(before);
}
