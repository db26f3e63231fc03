// Words read inside a name that may belong to the sentence instead: a noun in construct with a definite
// common noun (حسني مبارك وسام العلوم), a role noun that is a name too (نجم لوس أنجلوس ليكرز), and the
// particles of European names with the word they join (دو لا سابليير).
import { lastLetter } from './word-shapes.js';
import type { Sentence, Token } from '../../schema.js';
import type { ChainRun } from './chain-step.js';
import type { NameContext } from './name-chain.js';
import { plausibleName } from './name-words.js';
import { COMMON, FAMILY, wordIs } from './word-classes.js';

/** Is the word after j a definite common noun no family bears (العلوم, الدولة), bare? */
export function constructWithCommon(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const next = j + 1 < sentence.tokenEnd ? tokens[j + 1]! : undefined;
  if (next === undefined || next.kind !== 'word' || next.clitics?.prefixes.length || !next.norm.startsWith('ال')) return false;
  // مريم يوسف جمال المولودة في إثيوبيا: a feminine participle agrees with the woman named, no genitive.
  if (next.norm.startsWith('الم') && lastLetter(ctx.text, next) === 0x0629 /* ة */) return false;
  const { people } = ctx;
  return (wordIs(people, next, COMMON) || people.common.has(next.norm.slice(2))) && !people.familyWords.has(next.norm) && !wordIs(people, next, FAMILY) && !people.given.has(next.norm.slice(2)) && !ctx.nisba.has(next.norm);
}

/**
 * ليبرون جيمس نجم لوس أنجلوس ليكرز, محمد صلاح نجم المنتخب: after a name of two words, a role noun that
 * is a name too (نجم, «star of») in construct with a team, a place or a definite common noun describes
 * the person; before anything else it is the name's (أحمد فؤاد نجم الذي).
 */
export function roleInConstruct(ctx: NameContext, tokens: readonly Token[], run: ChainRun, sentence: Sentence): boolean {
  const t = tokens[run.j]!;
  const k = run.j + 1;
  if (run.j - run.i < 2 || k >= sentence.tokenEnd || t.clitics?.prefixes.length || !ctx.people.roleNames.has(t.norm) || ctx.stop.has(tokens[k]!.norm)) return false;
  return ctx.knownBodyEnd(k) > 0 || ctx.isPlace(k) || constructWithCommon(ctx, tokens, run.j, sentence);
}

/** Can the word at j be joined to a name by the particle before it (a plausible name without the article)? */
export function particleWord(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  return j < sentence.tokenEnd && plausibleName(ctx, tokens, j) && !tokens[j]!.norm.startsWith('ال');
}

/** Two particles at j and j + 1 and a word they join (دي لا فيغا, فان دن بيرغ). */
export function particlePair(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  return j + 1 < sentence.tokenEnd && ctx.people.particles.has(tokens[j + 1]!.norm) && particleWord(ctx, tokens, j + 2, sentence);
}
