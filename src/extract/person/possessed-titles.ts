/**
 * A definite title's first word without the article and with a possessive pronoun (الرئيس → رئيسه,
 * رئيسها …; المديرة → مديرته …): رئيسها التنفيذي is as definite as الرئيس التنفيذي. Listed once per
 * normalization, so the readers test a token against one set before any reading of it.
 */
export function possessedTitleWords(firstWords: Iterable<string>, key: (s: string) => string): string[] {
  const out: string[] = [];
  const taa = key('ة');
  for (const w of firstWords) {
    if (!w.startsWith('ال') || w.length < 5) continue;
    const base = w.endsWith(taa) ? `${w.slice(2, -1)}ت` : w.slice(2);
    for (const pronoun of ['ه', 'ها', 'هم', 'هما', 'اه', 'اها']) out.push(key(base + pronoun));
  }
  return out;
}
