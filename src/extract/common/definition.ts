// What the encyclopedia-definition rules share (نجيب محفوظ روائي مصري, جربة هي جزيرة تونسية, أرامكو شركة
// نفط سعودية): the pronoun between a name and what it is, and the nationality that makes it a definition.
import type { Sentence, Token } from '../../schema.js';

/** How far after the defining noun its nisba may stand (عالم فيزياء نظرية ألماني: three words). */
const NISBA_WINDOW = 3;

/** The pronoun a definition may put between the name and what it is (هو, هي), normalized. */
const COPULAS = new Set(['هو', 'هي']);

/** A glossary's mark between the name and what it is (تيمقاد : مدينة رومانية, مروي - مدينة أثرية). */
const DEFINING_MARKS = new Set([':', '-', '–']);

/** The token after the name, past هو / هي, or a colon or dash, if one stands there. */
export function afterCopula(tokens: readonly Token[], i: number, s: Sentence): number {
  return i < s.tokenEnd && (COPULAS.has(tokens[i]!.norm) || DEFINING_MARKS.has(tokens[i]!.norm)) ? i + 1 : i;
}

/** Verbs of where a place lies (مدينة أثرية تقع في), normalized: like في, they make a definition of it. */
const LOCATED = new Set(['تقع', 'يقع', 'الواقعه', 'الواقع']);

/**
 * Does an indefinite nisba (مصري, بولندية) stand within a few words after the defining noun at k, or,
 * when `orIn`, the preposition في (نهر في لبنان)? That is what makes a definition of the phrase: «محمد
 * صلاح لاعب» alone may be a list of words.
 */
export function nationalityAfter(tokens: readonly Token[], k: number, s: Sentence, nisba: { has(key: string): boolean }, orIn = false): boolean {
  for (let j = k + 1; j < s.tokenEnd && j <= k + NISBA_WINDOW; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    // حكم دولة الموحدين في المغرب: a definite word right after the noun makes it a construct (the state
    // of the Almohads), not what the sentence's subject is.
    if (j === k + 1 && t.norm.startsWith('ال')) return false;
    if (orIn && (t.norm === 'في' || LOCATED.has(t.norm))) return true;
    if (!t.norm.startsWith('ال') && nisba.has(t.norm)) return true;
  }
  return false;
}
