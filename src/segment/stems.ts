import stems from './data/stems.json';

const built = new WeakMap<(s: string) => string, ReadonlySet<string>>();

/**
 * Words that begin with a proclitic letter or ال as part of the word itself (بلد, لبنان, فرنسا, والي),
 * normalized the way the document is, so the clitic splitter leaves them whole.
 */
export function stemLexicon(key: (s: string) => string): ReadonlySet<string> {
  let set = built.get(key);
  if (!set) {
    set = new Set((stems as string[]).map(key));
    built.set(key, set);
  }
  return set;
}
