// An unlisted club named in the slot of the other team (فاز الهلال على الزوراء, تعادل الرمثا مع
// الفيصلي): after على, مع or أمام that follow a verb or a noun of the match, one definite word no list
// knows is the team. Listed clubs and cities have their own readings (find.ts, club-by-match.ts).
import type { Token } from '../../schema.js';
import type { ExtractContext, Candidate } from '../types.js';
import { inTeamSlot, type MatchFrames } from './club-by-match.js';
import { inSportsReport } from './sports.js';

/** What the slot reader must know of words: the lists a team's name is none of. */
export interface SlotWords {
  frames: MatchFrames;
  sports: ReadonlySet<string>;
  placeCues: ReadonlySet<string>;
  /** A word of any list (common word, function word, nisba, title, place, known body). */
  listed: (i: number) => boolean;
}

/** A definite word of one piece that could be a club's name: no proclitic, no pronoun, no plural or dual. */
function nameShaped(t: Token): boolean {
  const n = t.norm;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || !n.startsWith('ال') || n.length < 5) return false;
  return !['ان', 'ين', 'ون', 'ات'].some((e) => n.endsWith(e));
}

/** Candidates for unlisted clubs in the other team's slot of a match report. */
export function clubsInSlot(context: ExtractContext, w: SlotWords): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = context.sentences[t.sentence]!;
    if (s.skip || i <= s.tokenStart || !w.frames.objects.has(tokens[i - 1]!.norm) || !nameShaped(t) || w.listed(i)) continue;
    // The team stands alone: the next word is no adjective or genitive of it (على الفريق الضيف).
    const next = tokens[i + 1];
    if (next !== undefined && i + 1 < s.tokenEnd && next.kind === 'word' && next.norm.startsWith('ال') && !next.clitics?.prefixes.length) continue;
    if (!inTeamSlot(tokens, i, s, w.frames) || !inSportsReport(tokens, i, s, w.sports, w.placeCues)) continue;
    out.push({ type: 'ORGANIZATION', start: t.start, end: t.end, rule: 'club-in-slot', score: -1 });
  }
  return out;
}
