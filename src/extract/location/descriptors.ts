import { perKeyer } from '../../text/lexicon-key.js';
import type { Token } from '../../schema.js';
import descriptors from './data/descriptors.json';
import { PhraseTrie, phraseWords } from '../lexicon/phrase-trie.js';
import { bareKey } from '../lexicon/token-forms.js';

/** Leading directions (normalized): جنوب لبنان is a part of Lebanon, جنوب أفريقيا a country of its own. */
const DIRECTIONS = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي']);

interface Descriptors {
  before: PhraseTrie<true>;
  after: ReadonlySet<string>;
  /** Natural features whose name may be a man's (جبل علي, بحيرة ناصر): then the whole is the name. */
  keptBeforeName: ReadonlySet<string>;
  /** Descriptors trimmed only when what is left is a listed place (بلاد الشام, بحر قزوين, واحة سيوة). */
  beforePlaceOnly: ReadonlySet<string>;
}

const load = perKeyer((key): Descriptors => {
  const before = new PhraseTrie<true>();
  for (const w of descriptors.before) before.add(phraseWords(w, key), true);
  return { before, after: new Set(descriptors.after.map(key)), keptBeforeName: new Set(descriptors.keptBeforeName.map(key)), beforePlaceOnly: new Set(descriptors.beforePlaceOnly.map(key)) };
});

/** Trailing epithets of places (المكرمة, المنورة), normalized with `key`. */
export function epithetSet(key: (s: string) => string): ReadonlySet<string> {
  return load(key).after;
}

/** سلطنة, normalized. */
const SULTANATE = 'سلطنه';

/**
 * The name proper inside a lexicon match: a leading descriptor (قطاع غزة, جنوب لبنان, مدينة مشهد) and a
 * trailing epithet (مكة المكرمة) stay outside the mention, as the corpora we score on annotate places;
 * a country's listed name (جنوب أفريقيا) and an epithet that makes a name of a common noun (المدينة المنورة) stay in.
 * `placeFrom(i)` is where the lexicon place starting at token i ends (-1: none): بلاد is trimmed only
 * when a place is left; `personName` says whether a word is a listed given or family name (a kind of place
 * and a man's name stay one name). Returns token indexes [from, to); the whole match when nothing is left.
 */
export function trimDescriptors(key: (s: string) => string, tokens: readonly Token[], from: number, to: number, kind: string, isTrigger: (norm: string) => boolean, placeFrom: (i: number) => number = () => -1, personName: (norm: string) => boolean = () => false): [number, number] {
  const d = load(key);
  let start = from;
  const first = bareKey(tokens[from]!);
  const lead = d.before.longest(first, from + 1, (i) => (i < to ? tokens[i]!.norm : undefined));
  // A country named with a direction (جنوب أفريقيا, كوريا الجنوبية) is one name, not a part of another;
  // بلاد, بحر, وادي and واحة leave only a place that is one by itself (بلاد الشام → الشام, بحر قزوين →
  // قزوين; بلاد الرافدين, بحر العرب, وادي النطرون stay whole), and
  // so does the head of a country's own name (جبل طارق, جزر القمر stay whole; مملكة البحرين → البحرين).
  const restIsPlace = lead !== undefined && placeFrom(lead.end) === to;
  // سلطنة عمان is how news names Oman (عمان alone is Amman as often): the sultanate stays in.
  const keep = (kind === 'country' && (DIRECTIONS.has(first) || first === SULTANATE || (lead !== undefined && !restIsPlace))) || (d.beforePlaceOnly.has(first) && lead !== undefined && !restIsPlace);
  // جبل علي, جبل عرفات, بحيرة ناصر: a mountain or a lake named with a man's name is one name; the name
  // alone is the man. (A town is not: the corpora mark مدينة نصر as نصر.)
  const named = lead !== undefined && lead.end === to - 1 && d.keptBeforeName.has(first) && personName(tokens[to - 1]!.norm);
  if (lead && lead.end < to && !keep && !named) start = lead.end;
  let end = to;
  // المدينة المنورة keeps its epithet: without it the name is the common noun 'the city' (behind a
  // proclitic too: بالمدينة المنورة).
  const word = bareKey(tokens[start]!);
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  if (end - start > 1 && d.after.has(tokens[end - 1]!.norm) && !(end - start === 2 && isTrigger(bare))) end--;
  return [start, end];
}
