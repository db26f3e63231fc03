/**
 * Memoizes a yes/no question about token i for one document: rules ask "is token i a place?" or "a
 * title?" many times while reading chains, and each answer costs a trie walk.
 */
export function memoByIndex(length: number, ask: (i: number) => boolean): (i: number) => boolean {
  const answers = new Int8Array(length); // 0 unknown, 1 yes, 2 no
  return (i) => {
    if (i < 0 || i >= length) return false;
    const a = answers[i];
    if (a === 1) return true;
    if (a === 2) return false;
    const yes = ask(i);
    answers[i] = yes ? 1 : 2;
    return yes;
  };
}
