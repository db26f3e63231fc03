import functionWords from './data/function-words.json';
import { hasBehindConjunction } from './words.js';

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
  return hasBehindConjunction(written, s);
}

/**
 * spelledAsFunctionWord of the tokens of one text, memoized by token (its start, its end checked): the
 * person rules ask it of the same tokens again and again (18,000 times a benchmark round, of 3,900
 * spellings), and each time the word was sliced out of the text and looked up.
 */
export function tokenSpellingTest(text: string): (t: { start: number; end: number }) => boolean {
  const answers = new Int8Array(text.length); // 0 not asked yet, 1 yes, 2 no
  const ends = new Int32Array(text.length);
  return (t) => {
    const a = answers[t.start]!;
    if (a !== 0 && ends[t.start] === t.end) return a === 1;
    const yes = spelledAsFunctionWord(text.slice(t.start, t.end));
    answers[t.start] = yes ? 1 : 2;
    ends[t.start] = t.end;
    return yes;
  };
}

/**
 * What careless writing puts for a letter: a bare alef for a hamza seat or madda, ي for ى, ه for ة.
 * Never the other way round: nobody writes the particle الآن as آلان, nor أية as آية.
 */
const LOOSER = new Map<number, number>([
  [0x622, 0x627], // آ → ا
  [0x623, 0x627], // أ → ا
  [0x625, 0x627], // إ → ا
  [0x649, 0x64a], // ى → ي (and ي → ى, see writtenFor)
  [0x629, 0x647], // ة → ه
]);

function loosen(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(LOOSER.get(c) ?? c);
  }
  return out;
}

/** Letters that can be a proclitic before a function word (وفي, بأن, لكن, فإن). */
const PROCLITIC_LETTERS = new Set([0x648, 0x641, 0x628, 0x644, 0x643]);

/** Function-word spellings by their loosened form. */
const byLoosened = new Map<string, string[]>();
for (const w of written) {
  const k = loosen(w);
  const list = byLoosened.get(k);
  if (list) list.push(w);
  else byLoosened.set(k, [w]);
}

/** Could `w` be the function word `f` as written carelessly (each letter the same or its looser stand-in)? */
function writtenFor(f: string, w: string): boolean {
  for (let i = 0; i < f.length; i++) {
    const a = f.charCodeAt(i);
    const b = w.charCodeAt(i);
    // Egyptian usage writes a final ي as ى too (فى, الذى): between the two there is no direction.
    if (a !== b && LOOSER.get(a) !== b && !(a === 0x64a && b === 0x649)) return false;
  }
  return true;
}

/**
 * Could this original word, or what follows its proclitics, be a function word written carelessly?
 * Letter folds make آلان (Alain) and الآن (now), إيدي and أيدي meet; علي may still be على written
 * without its dotless ya. Letters outside the Arabic block leave the answer yes (Persian ی for ى).
 */
export function mayBeFunctionWord(original: string): boolean {
  const s = spelling(original);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x621 || s.charCodeAt(i) > 0x64a) return true;
  for (let from = 0; from <= Math.min(2, s.length - 2); from++) {
    const tail = s.slice(from);
    for (const f of byLoosened.get(loosen(tail)) ?? []) if (writtenFor(f, tail)) return true;
    if (!PROCLITIC_LETTERS.has(s.charCodeAt(from))) break; // آلان is not آ + لأن
  }
  return false;
}

/**
 * Does the token open with the article as written? Folds make آلان, ألمانيا and إلياس begin with ال too,
 * but the article is always written with a bare alef.
 */
export function articleWritten(text: string, t: { start: number; norm: string }): boolean {
  return t.norm.startsWith('ال') && text.charCodeAt(t.start) === 0x0627;
}

/**
 * Does the token open with و or ف and a madda or a hamza seat (وآلت, فأدى, وإن)? They are written on a
 * word's first alef, so the و or ف is the conjunction: no name is spelled so (والت Walt, واين Wayne, فادي
 * Fadi take a bare alef).
 */
export function alefSeatAfterConjunction(text: string, t: { start: number; end: number }): boolean {
  const first = text.charCodeAt(t.start);
  if (first !== 0x648 && first !== 0x641) return false;
  const c = text.charCodeAt(afterFirstLetter(text, t)); // وَآلت: past the conjunction's vowel
  // فأدى نائبه: a hamza seat there says the same (فادي, Fadi, is written with a bare alef).
  return c === 0x622 || c === 0x623 || c === 0x625;
}

/** Is the code unit a mark written on a letter (harakat, superscript alef) or tatweel? */
export function isWrittenMark(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;
}

/** The offset in the original text after the token's first letter and the marks written on it (لِهو → هو). */
export function afterFirstLetter(text: string, t: { start: number; end: number }): number {
  let k = t.start + 1;
  while (k < t.end && isWrittenMark(text.charCodeAt(k))) k++;
  return k;
}
