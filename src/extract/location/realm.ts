// The realm in a ruler's title written without the article: ملك أراجون, سلطان زنجبار, أمير الكويت. A
// ruler named by the title says الملك فيصل, with the article; the indefinite title is in construct
// with what he rules. Listed places are found by the lexicon; this reads the unlisted ones.
import type { Token } from '../../schema.js';
import { REALM_TITLE } from '../lexicon/name-starts.js';
import { hasTanween, scanStarts } from '../lexicon/scan.js';
import type { Candidate, ExtractContext } from '../types.js';
import { lastLetter } from '../person/word-shapes.js';

/** بن, ابن, normalized: a title after one is a man's name (سعيد بن سلطان). */
const SON_OF_WORDS = new Set(['بن', 'ابن']);

/** دار, a land named for its people (دار مساليت, دار فور), normalized. */
const LAND = 'دار';

/** Rulers' titles in construct with a realm, normalized (ملكة, إمبراطور …). */
export const REALM_TITLES = ['ملك', 'ملكة', 'سلطان', 'امبراطور', 'امبراطورة', 'قيصر', 'شاه'];

/** Is this word the realm's name? An Arabic word without article, proclitic or tanween that no list claims. */
export type RealmWord = (t: Token, i: number) => boolean;

export function findRealms(context: ExtractContext, titles: ReadonlySet<string>, starts: Uint8Array, realmWord: RealmWord): Candidate[] {
  const { tokens, text } = context;
  const out: Candidate[] = [];
  scanStarts(context, starts, REALM_TITLE, (i, s) => {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // With the article (للملكة أمييهيا, الملك فيصل) the title names the ruler, not the realm.
    if (next === undefined || i + 1 >= s.tokenEnd || t.kind !== 'word' || t.clitics?.article || !titles.has(t.clitics?.prefixes.length ? t.clitics.stem : t.norm)) return i + 1;
    if (next.kind !== 'word' || next.script !== 'arabic' || next.norm.startsWith('ال') || next.clitics?.prefixes.length || next.norm.length < 3 || hasTanween(text, next)) return i + 1;
    if (!realmWord(next, i + 1)) return i + 1;
    // سعيد بن سلطان عاصمته: a title that is a name after بن, and a noun with its pronoun, name no realm.
    if ((i > s.tokenStart && SON_OF_WORDS.has(tokens[i - 1]!.norm)) || lastLetter(text, next) === 0x0647 /* ه */) return i + 1;
    // سلطان دار مساليت: دار, a land, with the people it is named for.
    const land = tokens[i + 2];
    const two = next.norm === LAND && land !== undefined && i + 2 < s.tokenEnd && land.kind === 'word' && land.script === 'arabic' && !land.clitics?.prefixes.length && !land.norm.startsWith('ال') && realmWord(land, i + 2);
    out.push({ type: 'LOCATION', start: next.start, end: (two ? land! : next).end, rule: 'realm', score: -1 });
    return two ? i + 3 : i + 2;
  });
  return out;
}
