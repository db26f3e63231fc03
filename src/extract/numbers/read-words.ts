/**
 * Numbers below a thousand written in words, in the order Arabic writes them: hundreds, then units,
 * then tens, joined by و (مائة وخمسة وعشرون = 125); teens are a unit followed by عشر/عشرة without و
 * (أحد عشر, خمسة عشر); a unit directly before مائة/مئة multiplies it (ثلاث مئة = 300).
 */
import type { NumberAtom } from './lexicon.js';
import { isConjunction, wordEntry, type DocView } from './token-view.js';

const START = 0;
const HUNDREDS = 1;
const UNITS = 2;
/** After a teen or ten (عشرة): no tens may follow. */
const CLOSED_UNITS = 3;
const TENS = 4;

interface WordsState {
  value: number;
  stage: number;
  lastUnit: number;
  /** A unit such as أحد or اثنا that is only a number before عشر. */
  pendingTeen: boolean;
}

function step(s: WordsState, atom: NumberAtom, viaAnd: boolean): WordsState | null {
  if (s.pendingTeen && !(atom.kind === 'unit' && atom.teenMarker && !viaAnd)) return null;
  if (atom.kind === 'unit') {
    if (atom.teenMarker && !viaAnd && s.stage === UNITS && s.lastUnit < 10) {
      return { value: s.value + 10, stage: CLOSED_UNITS, lastUnit: 0, pendingTeen: false };
    }
    const ok = viaAnd ? s.stage === HUNDREDS : s.stage === START;
    if (!ok) return null;
    return {
      value: s.value + atom.value,
      stage: atom.value === 10 ? CLOSED_UNITS : UNITS,
      lastUnit: atom.value,
      pendingTeen: atom.teenOnly === true,
    };
  }
  if (atom.kind === 'hundred') {
    if (!viaAnd && s.stage === START) return { value: atom.value, stage: HUNDREDS, lastUnit: 0, pendingTeen: false };
    if (!viaAnd && s.stage === UNITS && atom.value === 100 && s.lastUnit >= 3 && s.value === s.lastUnit) {
      return { value: s.lastUnit * 100, stage: HUNDREDS, lastUnit: 0, pendingTeen: false };
    }
    return null;
  }
  if (atom.kind === 'ten') {
    const ok = viaAnd ? s.stage === HUNDREDS || (s.stage === UNITS && s.lastUnit < 10) : s.stage === START;
    return ok ? { value: s.value + atom.value, stage: TENS, lastUnit: 0, pendingTeen: false } : null;
  }
  return null;
}

export interface WordsNumber {
  value: number;
  next: number;
}

/**
 * Reads a number in words starting at token `i` (whose entry may carry any proclitic); stops before
 * anything that does not continue it, including a و that joins something else.
 */
export function readWords(view: DocView, i: number, end: number): WordsNumber | null {
  const first = wordEntry(view, i);
  if (!first) return null;
  let state = step({ value: 0, stage: START, lastUnit: 0, pendingTeen: false }, first.atom, false);
  if (!state) return null;
  let next = i + 1;
  let best: WordsNumber | null = state.pendingTeen ? null : { value: state.value, next };
  while (next < end) {
    let k = next;
    let viaAnd = false;
    let entry = wordEntry(view, k);
    if (isConjunction(view, k)) {
      viaAnd = true;
      entry = wordEntry(view, ++k);
      if (entry && entry.prefix !== '') entry = undefined;
    } else if (entry && entry.prefix === view.lex.conjunction) viaAnd = true;
    else if (entry && entry.prefix !== '') entry = undefined;
    if (!entry || entry.definite) break;
    const after = step(state, entry.atom, viaAnd);
    if (!after) break;
    state = after;
    next = k + 1;
    if (!state.pendingTeen) best = { value: state.value, next };
  }
  return best;
}
