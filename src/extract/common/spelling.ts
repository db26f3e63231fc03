import functionWords from './data/function-words.json';

/** Strips diacritics and tatweel only: the written spelling, before letter folds. */
export function spelling(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) return s.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  }
  return s; // the common case: nothing to strip, no regex run
}

const written = new Set((functionWords as string[]).map(spelling));

/**
 * Is this original word spelled as a function word? Letter folds make names collide with particles
 * (على → علي, the name Ali; أم 'or'): the original spelling tells them apart.
 */
export function spelledAsFunctionWord(original: string): boolean {
  const s = spelling(original);
  return written.has(s) || (s.length > 2 && (s.charCodeAt(0) === 0x0648 || s.charCodeAt(0) === 0x0641) && written.has(s.slice(1)));
}
