// Word sets written in the folded spelling (امس, الي, سنه) for rules that test a token's normalized
// form: with normalization options that keep the hamza (alef: false), the alef maksura or the taa
// marbuta, the same words reach the rules spelled أمس, إلى, سنة. A set built here holds every spelling
// a folded word can stand for, so it answers alike under every option set.

const ALEFS = ['ا', 'أ', 'إ', 'آ'];

/** The spellings a folded word may stand for: a bare alef that opens it (or its article's noun) with any hamza, a final ي as ى, a final ه as ة. */
export function unfoldedSpellings(word: string): string[] {
  let forms = [word];
  // (الي, الا are إلى and إلا: a word of three letters has no article.)
  const article = word.startsWith('ال') && word.length > 3;
  const at = article && word.charAt(2) === 'ا' ? 2 : word.startsWith('ا') && !article ? 0 : -1;
  if (at >= 0) forms = forms.flatMap((f) => ALEFS.map((a) => f.slice(0, at) + a + f.slice(at + 1)));
  if (word.endsWith('ي')) forms = forms.flatMap((f) => [f, f.slice(0, -1) + 'ى']);
  if (word.endsWith('ه') && word.length > 2) forms = forms.flatMap((f) => [f, f.slice(0, -1) + 'ة']);
  return forms;
}

/** A set of folded words that also holds every spelling each may stand for (see unfoldedSpellings). */
export function spellings(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap(unfoldedSpellings));
}
