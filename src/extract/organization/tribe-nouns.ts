// A tribe named after the noun for one (قبيلة مراد, عشيرة البو فهد, قبيلتي مراد وعبيدة): a group of people,
// an organization by the convention of the corpora this library is scored on, though the name is a man's.
import type { Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { passGates, TRIBE_NOUN } from '../lexicon/pass-gates.js';
import { hasTanween } from '../lexicon/scan.js';
import { bareKey } from '../lexicon/token-forms.js';
import { imperfectInitial } from '../person/word-shapes.js';
import type { Candidate, ExtractContext } from '../types.js';
import tribeNouns from './data/tribe-nouns.json';

/** Nouns for a tribe (قبيلة, عشيرة), keyed. */
export const tribeNounSet = keyedSetOf(tribeNouns.nouns);
const connectorSet = keyedSetOf(tribeNouns.connectors);
const pluralSet = keyedSetOf(tribeNouns.plurals);

/** Pronouns on a noun (ضروبها, منازلهم): the sentence going on, no tribe's name. */
const PRONOUN_ENDS = ['ها', 'هم', 'هما'];

/** What the finder asks of the lists: is this normalized word a word of the sentence, and is a place named at token j? */
export interface TribeWords {
  isWord: (n: string) => boolean;
  isPlace: (j: number) => boolean;
}

/** Tribes named after a tribe noun; each with score 1, over the man's name the person reader sees there. */
export function findTribeNames(context: ExtractContext, w: TribeWords): Candidate[] {
  const { tokens, sentences, text, key } = context;
  const nouns = tribeNounSet(key);
  const connectors = connectorSet(key);
  const plurals = pluralSet(key);
  const out: Candidate[] = [];
  // Reads one tribe's name at j: a connector and its word, or one word; returns one past it, or -1.
  const nameEnd = (j: number, end: number, behindWaw: boolean): number => {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.script !== 'arabic' || hasTanween(text, t)) return -1;
    const prefixes = t.clitics?.prefixes ?? [];
    if (behindWaw ? !(prefixes.length === 1 && prefixes[0] === 'و') : prefixes.length > 0) return -1;
    const n = behindWaw ? bareKey(t) : t.norm;
    if (connectors.has(n)) return j + 1 < end && plain(tokens[j + 1]!, j + 1) ? j + 2 : -1;
    // قبائل البربر, قبائل الريف: after the plural a definite word names a people or a region, not a tribe.
    if (plural && n.startsWith('ال')) return -1;
    return plain(t, j, n) ? j + 1 : -1;
  };
  let plural = false;
  const gates = passGates(context);
  // A name word: no word of the lists, no adjective in -ية, no imperfect verb (يحكم; تتمتع, where a tribe's
  // name in ت is short: تميم, تغلب), no place.
  const plain = (t: Token, j: number, n = t.norm): boolean => t.kind === 'word' && t.script === 'arabic' && n.length >= 3 && !PRONOUN_ENDS.some((p) => n.length > p.length + 2 && n.endsWith(p)) && !w.isWord(n) && !(n.startsWith('ال') && w.isWord(n.slice(2))) && !n.endsWith('يه') && !imperfectInitial(n) && !(n.length >= 5 && n.startsWith('ت')) && !w.isPlace(j) && !hasTanween(text, t);
  for (const s of sentences) {
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      if ((gates[i]! & TRIBE_NOUN) === 0) continue;
      const t = tokens[i]!;
      // The word as written first: only a token with a proclitic (لقبيلة, وعشيرة) needs its bare reading.
      if (t.kind !== 'word') continue;
      const noun = nouns.has(t.norm) ? t.norm : t.clitics?.prefixes.length ? bareKey(t) : '';
      if (!nouns.has(noun)) continue;
      plural = plurals.has(noun);
      let end = nameEnd(i + 1, s.tokenEnd, false);
      if (end < 0) continue;
      out.push({ type: 'ORGANIZATION', start: tokens[i + 1]!.start, end: tokens[end - 1]!.end, rule: 'tribe', score: 1 });
      // قبيلتي مراد وعبيدة, قبائل آيت عطا وآيت مرغاد: the names a plural or dual noun lists.
      while (end < s.tokenEnd && !noun.endsWith('ه')) {
        const next = nameEnd(end, s.tokenEnd, true);
        if (next < 0) break;
        const first = tokens[end]!;
        out.push({ type: 'ORGANIZATION', start: first.clitics!.baseStart, end: tokens[next - 1]!.end, rule: 'tribe', score: 1 });
        end = next;
      }
      i = end - 1;
    }
  }
  return out;
}
