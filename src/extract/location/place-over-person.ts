// Where a place and a man's name share the words, the evidence that the place is meant: a place joined
// to it by و (بغداد وصلاح الدين), or a place trigger right before it (لقضاء أبي الخصيب).
import type { Sentence, Token } from '../../schema.js';

/** A lexicon match: where its name starts (after proclitics) and the token after it. */
interface Hit {
  start: number;
  end: number;
}

/**
 * Is the place read at token i (its match `hit`) behind و right after a place (`placeEndsAt`), or followed
 * by و and a listed place (`placeAt`)?
 */
export function joinedToPlace(tokens: readonly Token[], i: number, hit: Hit, sentence: Sentence, placeEndsAt: (j: number) => boolean, placeAt: (j: number) => Hit | undefined): boolean {
  const t = tokens[i]!;
  if (hit.start > t.start && t.norm.startsWith('و') && i > sentence.tokenStart && placeEndsAt(i)) return true;
  if (hit.end >= sentence.tokenEnd) return false;
  const next = tokens[hit.end]!;
  const after = next.norm.startsWith('و') ? placeAt(hit.end) : undefined;
  return after !== undefined && after.start > next.start;
}

/**
 * Triggers, keyed with the default options, whose name may be a person's: ولاية is a term of office too
 * (ولاية ترامب الثانية), and a city may be named for a man (مدينة زويل للعلوم, مدينة محمد بن راشد).
 */
const NAMED_FOR_PEOPLE = new Set(['ولايه', 'مدينه']);

/** معسكر, keyed: before a man's one name it is his side (معسكر ماكرون); a camp's name is longer (معسكر أبو شوك). */
const CAMP = 'معسكر';

/**
 * Streets, squares, quarters, forests and beaches, keyed with the default options: named for a man or not,
 * the one word after one is the place's name (شارع فيصل, ميدان رمسيس, حارة صخر, غابة دارين).
 */
const LANDMARKS = new Set(['شارع', 'ميدان', 'ساحه', 'حاره', 'غابه', 'شاطئ']);

/**
 * One past the last token of the name the person reader found right after the place trigger at i
 * (قضاء أبي الخصيب, بلدة إل إيخيدو), which is the place's; -1 when there is none, when the trigger may
 * be followed by a man's name (NAMED_FOR_PEOPLE), or when the name is one listed given name (بلدة
 * إبراهيم: Abraham's town). `personEnd` maps a person candidate's start to its end.
 */
export function personNamedPlaceEnd(tokens: readonly Token[], i: number, sentence: Sentence, triggerKey: string, personEnd: ReadonlyMap<number, number>, given: ReadonlySet<string>): number {
  const next = tokens[i + 1]!;
  const end = personEnd.get(next.start);
  // (A trigger with the article, رئيس بلدية العاصمة محمد باقر قاليباف, is a noun standing for a place
  // named before: the capital has its own name, and the man after it is a man.)
  if (end === undefined || NAMED_FOR_PEOPLE.has(triggerKey) || triggerKey.startsWith('ال') || next.clitics?.prefixes.length || (end === next.end && ((given.has(next.norm) && !LANDMARKS.has(triggerKey)) || triggerKey === CAMP))) return -1;
  let k = i + 1;
  while (k < sentence.tokenEnd && tokens[k]!.end < end) k++;
  return k + 1;
}
