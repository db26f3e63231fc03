// Names before the role they are given in the accusative, as cabinet line-ups and appointments list them:
// «جو صدي وزيرا للطاقة ، عامر البساط وزيرا للاقتصاد», «وعين محمد الفلاحي سفيرا لدى فرنسا». The
// accusative says «as minister», so the words before it are the person it is said of.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { someReadingIn } from '../lexicon/token-forms.js';
import { ACCUSATIVE_ROLE, passGates } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import { readName, type NameContext } from './name-chain.js';
import { possessed } from './name-words.js';
import { lastLetter } from './word-shapes.js';
import accusativeRoles from './data/accusative-roles.json';
import { organizationLexicon } from '../organization/lexicon.js';
import { readingKey } from '../../segment/finish-tokens.js';
import { startAfterPrefix } from '../numbers/proclitics.js';
import { AMBIGUOUS, COMMON, FAMILY, GIVEN, wordIs } from './word-classes.js';

/** The commas that separate the items of a line-up. */
const COMMAS = new Set(['،', ',']);

/** Roles in the accusative of «as» (data/accusative-roles.json), and the feminine one counted before its portfolio only. */
export const accusativeRoleSet = keyedSetOf(accusativeRoles.words);
export const feminineMinisterSet = keyedSetOf(accusativeRoles.feminine);
/** Verbs of appointing before the name (عين, انتخب): never its first word. */
const APPOINTING = keyedSetOf(accusativeRoles.verbs);

/** Words a name before its role may have at most. */
const MAX_WORDS = 4;

/** PERSON candidates for the names that stand right before an accusative role. */
export function findRoleAccusativeNames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const roles = accusativeRoleSet(context.key);
  const portfolios = organizationLexicon(context.key).portfolios;
  const feminine = feminineMinisterSet(context.key);
  const out: Candidate[] = [];
  const gates = passGates(context);
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
      if ((gates[k]! & ACCUSATIVE_ROLE) === 0) continue; // no reading is a role or a portfolio: one array read
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      // ويانا دفوراكوفا للخارجية وميلان سوبوتكا للداخلية: in a line-up, the portfolio behind ل after a name
      // of two words or more after a comma or و is that minister's.
      const portfolio = t.clitics?.prefixes.length === 1 && t.clitics.prefixes[0] === 'ل' && t.clitics.article && portfolios.has(readingKey(t.clitics));
      if (portfolio) {
        const start = nameBefore(ctx, k, sentence, context, true);
        if (start >= 0) out.push({ type: 'PERSON', start, end: tokens[k - 1]!.end, rule: 'role-accusative' });
        continue;
      }
      // Every role ends in ا or ة: one character read settles most tokens before any lookup.
      const last = t.norm.charCodeAt(t.norm.length - 1);
      if (last !== 0x0627 && last !== 0x0647 && last !== 0x0629) continue;
      // (وزيرا may also read as و + a word: any reading of the token will do.)
      const role = someReadingIn(t, roles) || (someReadingIn(t, feminine) && portfolioAfter(tokens, k, sentence));
      if (!role) continue;
      const start = nameBefore(ctx, k, sentence, context);
      if (start >= 0) out.push({ type: 'PERSON', start, end: tokens[k - 1]!.end, rule: 'role-accusative' });
    }
  }
  return out;
}

/** Is the word after k a portfolio behind ل (للثقافة, لشؤون المرأة)? */
function portfolioAfter(tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const next = k + 1 < sentence.tokenEnd ? tokens[k + 1] : undefined;
  return next !== undefined && next.clitics?.prefixes[0] === 'ل';
}

/**
 * Where the name ending right before the role at k starts (its original offset), or -1: the longest run of
 * at most four words a name reading covers exactly, with a listed name in it or two words at least.
 */
function nameBefore(ctx: NameContext, k: number, sentence: Sentence, context: ExtractContext, listed = false): number {
  const { tokens } = context;
  for (let i = Math.max(sentence.tokenStart, k - MAX_WORDS); i < k; i++) {
    const first = tokens[i]!;
    if (first.kind !== 'word') continue;
    // (Before a portfolio the name opens an item of the line-up: after a comma or with و, of two words.)
    if (listed && (k - i < 2 || !(first.clitics?.prefixes[0] === 'و' || (i > sentence.tokenStart && COMMAS.has(tokens[i - 1]!.norm))))) continue;
    // عين ناجي عيسى محافظا: the verb of appointing is no word of the name.
    if (someReadingIn(first, APPOINTING(context.key))) continue;
    // انتخب المجلس اللويا جيرغا حامد كرزاي رئيسا: an unlisted word right before a listed given name that
    // reads to the role is the end of what came before; the name starts at the given name.
    if (!listed && k - i >= 3 && !wordIs(ctx.people, first, GIVEN | FAMILY | AMBIGUOUS) && !first.clitics?.prefixes.length && ctx.people.given.has(tokens[i + 1]!.norm) && !ctx.people.ambiguous.has(tokens[i + 1]!.norm)) continue;
    // عمل ابن بطوطة قاضيا: a verb or a common noun the lists know, and no name, opens none.
    if (k - i >= 2 && wordIs(ctx.people, first, COMMON) && !wordIs(ctx.people, first, GIVEN | FAMILY | AMBIGUOUS)) continue;
    // رفيق دربه عثمان سونكو: a noun with its pronoun opens no name.
    if (possessed(ctx, first.norm) || (first.norm.length >= 4 && lastLetter(ctx.text, first) === 0x0647 /* ه */)) continue;
    const name = readName(ctx, tokens, i, sentence, true);
    // انتخب درويش عضوا: one word is enough right after a verb of appointing, bare and no common word.
    const appointed = k - i === 1 && i > sentence.tokenStart && someReadingIn(tokens[i - 1]!, APPOINTING(context.key)) && !first.clitics?.prefixes.length && !first.norm.startsWith('ال') && !wordIs(ctx.people, first, COMMON) && !ctx.stop.has(first.norm);
    if (name === undefined || (name.known === 0 && k - i < 2 && !appointed)) continue;
    // عامر البساط وزيرا: the role closes the name, so a family name spelled like a word (البساط) is its
    // last word after a listed name.
    if (!(name.end === k || (name.end === k - 1 && name.known > 0 && lastWord(ctx, tokens[k - 1]!)))) continue;
    // وجو عيسى الخوري: a short word the splitter left whole opens with the list's و before a given name.
    const bare = first.norm.slice(1);
    const waw = listed && first.clitics === undefined && first.norm.startsWith('و') && (ctx.people.given.has(bare) || ctx.people.ambiguous.has(bare));
    return waw ? startAfterPrefix(ctx.text, first, 1) : name.start;
  }
  return -1;
}

/**
 * Can the word be a name's last, spelled like a word or not: bare or with the article only, no function
 * word, verb, title or country's adjective.
 */
function lastWord(ctx: NameContext, t: Token): boolean {
  const c = t.clitics;
  if (t.kind !== 'word' || t.script !== 'arabic' || (c !== undefined && c.prefixes.length > 0)) return false;
  const n = t.norm;
  // (تسلم عبداللطيف الزياني مهامه أمينا عاما: nor a noun with its pronoun, the verb's object.)
  if (lastLetter(ctx.text, t) === 0x0647 /* ه */ && !wordIs(ctx.people, t, GIVEN | FAMILY)) return false;
  return n.length >= 3 && !ctx.stop.has(n) && !ctx.people.common.has(n) && !ctx.people.verbs.has(n) && !ctx.people.pastVerbs.has(n) && !ctx.people.titles.startsWith(n) && !ctx.nisba.has(n) && !n.endsWith('ا');
}
