/** Turns money matches into MONEY candidates with exact amounts, ISO currencies and diagnostics. */
import type { MoneyValue, Sentence } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { formatDec, mulDec, type Dec } from '../numbers/decimal.js';
import { reportNumberProblem } from '../numbers/problems.js';
import type { DocView } from '../numbers/token-view.js';
import type { MoneyMatch } from './find-money.js';
import type { MoneyLexicon } from './lexicon.js';
import { resolveCurrency, scanDocument, type DocumentCurrencies } from './resolve-currency.js';

export function resolveMoney(
  matches: readonly MoneyMatch[],
  context: ExtractContext,
  view: DocView,
  money: MoneyLexicon,
  sentences: readonly Sentence[],
): Candidate[] {
  let doc: DocumentCurrencies | undefined;
  const documentInfo = (): DocumentCurrencies => {
    if (doc) return doc;
    doc = scanDocument(view, money, sentences);
    // Codes stated with an amount (500 ر.س, 3 ملايين دينار كويتي) also qualify the family's word.
    for (const m of matches) {
      const family = m.code ? m.family ?? money.familyOfCode.get(m.code) : undefined;
      if (!family || !m.code) continue;
      let codes = doc.qualified.get(family);
      if (!codes) doc.qualified.set(family, (codes = new Set()));
      codes.add(m.code);
    }
    return doc;
  };
  return matches.map((m) => {
    const reading = resolveCurrency(m.family, m.code, money, documentInfo);
    const unit = m.family && !m.code ? money.families.get(m.family)?.unit ?? null : null;
    const inUnits = (d: Dec): string => formatDec(unit ? mulDec(d, unit) : d);
    const a = m.amount;
    const value: MoneyValue = { kind: 'money', amount: a.value ? inUnits(a.value) : null, currency: reading.code };
    if (a.min && a.max) [value.min, value.max] = [inUnits(a.min), inUnits(a.max)];
    if (a.vague || m.qualifier?.approximate) value.approximate = true;
    if (m.qualifier) value.qualifier = m.qualifier.text;
    const span = { start: m.start, end: m.end };
    if (reading.code === null) {
      context.diagnose({ code: 'money.currency-unresolved', severity: 'warning', message: `Currency left null: ${reading.why}.`, ...span });
    }
    if (a.vague) context.diagnose({ code: 'money.vague-amount', severity: 'info', message: 'A vague amount (ملايين, مئات الآلاف) has no exact value.', ...span });
    reportNumberProblem(context, a, span);
    return { type: 'MONEY', start: m.start, end: m.end, value, rule: m.rule };
  });
}
