// Verbs that encyclopedia text vowels: where a writer marks a passive (عُربت الدواوين, شُيدت القلعة),
// the vowels say what the bare letters leave open.
import type { Token } from '../../schema.js';

const DAMMA = 0x064f;
const KASRA = 0x0650;
const FATHA = 0x064e;
const SHADDA = 0x0651;

/** Is the code unit an Arabic letter (ء … ي)? */
function letter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * Is the word, as written, a passive past verb by its vowels: a damma on its first letter (after و or ف)
 * and a kasra on the second (فُعِل), or a damma on the first and a final ت with no fatha
 * (عُربت, شُيدت, سُكت, عُرّبت)? Names written with a first damma (عُمر, مُحمد, أُسامة) carry neither sign.
 */
export function passiveByVowels(text: string, t: Token): boolean {
  let k = t.start;
  let c = text.charCodeAt(k);
  if ((c === 0x0648 || c === 0x0641) && t.end - k > 3 && text.charCodeAt(k + 1) !== DAMMA) c = text.charCodeAt(++k);
  if (!letter(c) || text.charCodeAt(k + 1) !== DAMMA) return false;
  let letters = 1;
  let lastLetter = c;
  let secondKasra = false;
  let shadda = false;
  for (let m = k + 2; m < t.end; m++) {
    const d = text.charCodeAt(m);
    if (d === FATHA) return false;
    if (d === SHADDA) shadda = true;
    else if (letter(d)) {
      letters++;
      lastLetter = d;
    } else if (d === KASRA && letters === 2) secondKasra = true;
  }
  // (A shadda goes with the final ت only: عُرّبت, the passive of the doubled form; مُحمّد keeps its name.)
  return letters >= 3 && ((secondKasra && !shadda) || lastLetter === 0x062a /* ت */);
}
