// An unlisted club named in the slot of the other team (فاز الهلال على الزوراء, تعادل الرمثا مع
// الفيصلي): after على, مع or أمام that follow a verb or a noun of the match, one definite word no list
// knows is the team. Listed clubs and cities have their own readings (find.ts, club-by-match.ts).
import type { Token } from '../../schema.js';
import type { ExtractContext, Candidate } from '../types.js';
import { inTeamSlot, type MatchFrames } from './club-by-match.js';
import { inSportsReport } from './sports.js';
import { passGates, SLOT_OBJECT } from '../lexicon/pass-gates.js';

/** What the slot reader must know of words: the lists a team's name is none of. */
export interface SlotWords {
  frames: MatchFrames;
  sports: ReadonlySet<string>;
  placeCues: ReadonlySet<string>;
  /** A word of any list (common word, function word, nisba, title, place, known body). */
  listed: (i: number) => boolean;
  /** Nationality adjectives, normalized: a club's country after its name (باتشوكا المكسيكي). */
  nisba: ReadonlyMap<string, string>;
}

/**
 * A word of one piece that could be a club's name: definite, or bare before its country's masculine
 * nisba (باتشوكا المكسيكي); no proclitic, no plural or dual.
 */
function nameShaped(t: Token, countryNext: boolean): boolean {
  const n = t.norm;
  // Read as written: after على or مع no proclitic but و opens the word (باتشوكا is no ب + a word).
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes[0] === 'و' || !(n.startsWith('ال') || countryNext) || n.length < 4) return false;
  return !['ان', 'ين', 'ون', 'ات'].some((e) => n.endsWith(e));
}

/** Candidates for unlisted clubs in the other team's slot of a match report. */
export function clubsInSlot(context: ExtractContext, w: SlotWords): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  // The first letters of the prepositions of the slot (على, مع, أمام …), from the data.
  const objectInitials = new Set([...w.frames.objects].map((o) => o.charCodeAt(0)));
  const gates = passGates(context);
  for (let i = 1; i < tokens.length; i++) {
    // The gate bit of the word before (some reading of it is a slot's preposition) settles almost every
    // token with one array read; then its first letter and one set lookup.
    if ((gates[i - 1]! & SLOT_OBJECT) === 0) continue;
    const prevNorm = tokens[i - 1]!.norm;
    if (!objectInitials.has(prevNorm.charCodeAt(0)) || !w.frames.objects.has(prevNorm)) continue;
    const t = tokens[i]!;
    const s = context.sentences[t.sentence]!;
    if (s.skip || i <= s.tokenStart) continue;
    const next = tokens[i + 1];
    const definiteNext = next !== undefined && i + 1 < s.tokenEnd && next.kind === 'word' && next.norm.startsWith('ال') && !next.clitics?.prefixes.length;
    const countryNext = definiteNext && next.norm.endsWith('ي') && w.nisba.has(next.norm);
    if (!nameShaped(t, countryNext) || w.listed(i)) continue;
    // The team stands alone, or with its country: the next word is no other adjective or genitive of it (على الفريق الضيف).
    if (definiteNext && !countryNext) continue;
    if (!inTeamSlot(tokens, i, s, w.frames) || !inSportsReport(tokens, i, s, w.sports, w.placeCues)) continue;
    out.push({ type: 'ORGANIZATION', start: t.start, end: t.end, rule: 'club-in-slot', score: -1 });
  }
  return out;
}
