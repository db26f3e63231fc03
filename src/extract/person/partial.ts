import type { Candidate, ExtractContext } from '../types.js';
import { scanSentences } from '../lexicon/scan.js';
import { bareKey, someReadingIn, tokenForms } from '../lexicon/token-forms.js';
import { locativeCueSet } from '../location/place-words.js';
import { functionWordSet } from '../common/words.js';
import { personLexicon } from './lexicon.js';
import { placeLexicon } from '../location/lexicon.js';
import { organizationLexicon } from '../organization/lexicon.js';

/**
 * Later mentions of part of a name found in full (هيكى after ماثيو هيكى): the last word of every
 * multi-word person name becomes a name for the rest of the document, matched with or without proclitics.
 */
export function findPartialNames(context: ExtractContext, people: readonly Candidate[]): Candidate[] {
  const { tokens, key } = context;
  const names = personLexicon(key);
  const stop = functionWordSet(key);
  const places = placeLexicon(key);
  const known = organizationLexicon(key).known;
  const allah = key('الله');
  // المستنصر بالله, الحاكم بأمر الله: a throne name's بالله or لله is no surname either.
  const ofAllah = new Set([allah, key('بالله'), key('لله')]);
  // Words that end a full name without standing for the person alone: regnal numbers (الثاني), the
  // الله of compound names (نصر الله, عبد الله), particles, roles, and words that name something else
  // on their own: a place, a nisba, a listed organization (الأهلي).
  // A town's name of nisba shape (الوزاني, الشدادي) is lent too: as a family name it stands for the man
  // wherever no locative word makes it the town (ويقيم الوزاني منذ …, but في الوزاني).
  const townName = (w: string): boolean => w.length >= 6 && w.startsWith('ال') && w.endsWith('ي') && places.trie.startsWith(w);
  const lends = (w: string): boolean =>
    !names.ordinals.has(w) && !ofAllah.has(w) && !names.postTitles.has(w) && !stop.has(w) && !names.titles.startsWith(w) && !names.verbs.has(w) &&
    (!places.trie.startsWith(w) || townName(w)) && !places.nisba.has(w) && !known.startsWith(w);
  const cues = locativeCueSet(key);
  const surnames = new Map<string, number>(); // normalized last word → start offset of the full name
  for (const p of people) {
    // Only names read with a cue or a known given name lend their last word; a guessed name does not.
    if (p.rule === 'reporting-verb' || p.rule === 'family-name') continue;
    const words = key(context.text.slice(p.start, p.end)).split(' ');
    if (words.length >= 2) {
      const last = words[words.length - 1]!;
      // صلاح الدين, أحمد نور الدين: the definite second word of a compound is no name on its own (the
      // second word of a surname, نجاد of أحمدي نجاد, is).
      const n = words.length;
      if (last.startsWith('ال') && names.compound.longest(words[n - 2]!, n - 1, (k) => words[k])?.end === n) continue;
      if (last.length >= 3 && lends(last) && !surnames.has(last)) surnames.set(last, p.start);
    }
  }
  if (surnames.size === 0) return [];
  const out: Candidate[] = [];
  // Spans of the names already found, in text order, walked with one pointer as the scan moves on.
  const found = [...people].sort((a, b) => a.start - b.start);
  let next = 0;
  let coveredUntil = -1;
  scanSentences(context, (i) => {
    const t = tokens[i]!;
    while (next < found.length && found[next]!.start <= t.start) coveredUntil = Math.max(coveredUntil, found[next++]!.end);
    if (t.kind !== 'word' || coveredUntil >= t.end || !someReadingIn(t, surnames)) return i + 1;
    const form = tokenForms(t).find((f) => surnames.has(f.key));
    if (form && townName(form.key)) {
      // The town's name as a man's: bare or behind و, with no locative word before it, it outranks the place.
      const cued = form.prefixes.some((p) => p !== 'و') || (i > 0 && tokens[i - 1]!.sentence === t.sentence && cues.has(bareKey(tokens[i - 1]!)));
      if (!cued) out.push({ type: 'PERSON', start: form.start, end: t.end, rule: 'partial', score: 1 });
    } else if (form) out.push({ type: 'PERSON', start: form.start, end: t.end, rule: 'partial', score: -1 });
    return i + 1;
  });
  return out;
}
