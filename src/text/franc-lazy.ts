/**
 * franc's language identification (franc 6, MIT, Titus Wormer), with its trigram models built lazily,
 * one script at a time. franc itself turns every model of every script into a lookup table when it is
 * imported: about half the package's load time, paid by every program that imports the library,
 * although most Arabic documents never reach franc (the script alone decides). Same data, same
 * algorithm, same answers; only the moment the tables are built differs.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

type Model = Map<string, number>;
/** Trigram → rank tables per script, in franc's language order; built on first use of the script. */
const models = new Map<string, Array<[string, Model]>>();

function modelsOf(script: string): Array<[string, Model]> | undefined {
  let built = models.get(script);
  if (built) return built;
  const languages = (data as Record<string, Record<string, string>>)[script];
  if (!languages) return undefined;
  built = Object.entries(languages).map(([language, trigrams]) => {
    const list = trigrams.split('|');
    const model: Model = new Map();
    for (let weight = list.length - 1; weight >= 0; weight--) model.set(list[weight]!, weight);
    return [language, model];
  });
  models.set(script, built);
  return built;
}

/** The script whose characters occur most (franc's getTopScript). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const [script, expression] of Object.entries(expressions as Record<string, RegExp>)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Trigram counts of the cleaned, padded value (trigram-utils' asTuples, without the sort, which the sum below does not need). */
function trigramCounts(value: string): Map<string, number> {
  const clean = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const padded = ' ' + clean + ' ';
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function distance(counts: Map<string, number>, model: Model): number {
  let sum = 0;
  for (const [gram, count] of counts) {
    const rank = model.get(gram);
    sum += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return sum;
}

export interface FrancOptions {
  only?: readonly string[];
  minLength?: number;
}

/** The most probable language of `value` (ISO 639-3), or 'und'; franc's `franc(value, { only, minLength })`. */
export function franc(value: string, options: FrancOptions = {}): string {
  const only = options.only ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  const [script, count] = topScript(value);
  const allowed = (language: string) => only.length === 0 || only.includes(language);
  const languages = script === undefined ? undefined : modelsOf(script);
  if (!script || !languages) {
    if (!script || count === 0 || !allowed(script)) return 'und';
    return script;
  }
  const counts = trigramCounts(value);
  let best = 'und';
  let bestDistance = Infinity;
  // franc sorts by distance with a stable sort and takes the first: the earliest language of the least distance.
  for (const [language, model] of languages) {
    if (!allowed(language)) continue;
    const d = distance(counts, model);
    if (d < bestDistance) {
      bestDistance = d;
      best = language;
    }
  }
  return best;
}
