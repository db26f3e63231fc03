/** Diagnostics for numbers that were found but could not be given an exact value, or only one reading of several. */
import type { ExtractContext } from '../types.js';
import type { Amount } from './read-amount.js';

const MESSAGES = {
  inexact: 'The amount has no finite decimal value (a third of a scale word); it was left null rather than rounded.',
  'too-large': 'The number is too large to print exactly within the digit limit; it was left null.',
} as const;

/** Reports why an amount has no value, and when its decimal point could have been a thousands separator. */
export function reportNumberProblem(context: ExtractContext, amount: Amount, span: { start: number; end: number }): void {
  const at = { start: span.start, end: span.end };
  if (amount.problem) context.diagnose({ code: `number.${amount.problem}`, severity: 'warning', message: MESSAGES[amount.problem], ...at });
  if (amount.ambiguousSeparator) {
    context.diagnose({
      code: 'number.ambiguous-separator',
      severity: 'info',
      message: 'A dot followed by three digits was read as a decimal point (89.500 = 89.5); some outlets use it to group thousands.',
      ...at,
    });
  }
}
