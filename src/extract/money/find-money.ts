/**
 * Finds money spans: an amount followed by a currency (1.5 مليون دولار, 500 ج.م, ملايين الدولارات,
 * «بين 2 و3 ملايين دولار») or a currency symbol or code before the amount ($1.5 مليون, USD 500).
 * The currency may be followed by a nationality adjective (جنيه مصري, دولار هونج كونج). Values are
 * resolved separately (resolve-money.ts).
 */
import type { Sentence } from '../../schema.js';
import type { Qualifier } from '../numbers/lexicon.js';
import { qualifierAfter, readAmount, type Amount } from '../numbers/read-amount.js';
import { afterPhrase } from '../numbers/read-number.js';
import { MONEY_START } from '../lexicon/value-starts.js';
import { spaced, type DocView } from '../numbers/token-view.js';
import type { MoneyLexicon } from './lexicon.js';

export interface MoneyMatch {
  first: number;
  next: number;
  start: number;
  end: number;
  amount: Amount;
  family: string | null;
  /** ISO code stated in the text (an adjective, a code, a symbol such as € or ج.م). */
  code: string | null;
  qualifier?: Qualifier;
  rule: 'amount-currency' | 'symbol-amount' | 'range' | 'vague' | 'elided-currency';
}

interface CurrencyHit {
  family: string | null;
  code: string | null;
  next: number;
}

/** The currency after an amount: a currency word (plus adjective) or a symbol/code; null if none. */
function currencyAfter(view: DocView, money: MoneyLexicon, amount: Amount, end: number): CurrencyHit | null {
  const { tokens } = view;
  let k = amount.next;
  if (k >= end) return null;
  // مئات الملايين من الدولارات, خمسة وعشرون ألفا من الجنيهات: من + the currency with the article.
  const partitive = (amount.vague || amount.hasScale) && tokens[k]!.norm === money.from;
  if (partitive) k++;
  const t = tokens[k];
  if (!t || k >= end) return null;
  const symbol = money.symbols.match(tokens, k, end);
  if (symbol && k === amount.next) return { family: symbol.payload.family, code: symbol.payload.code, next: symbol.next };
  const form = t.kind === 'word' ? money.forms.get(t.norm) : undefined;
  // After من the article is required; a vague count takes either (ملايين الدولارات, بضعة ملايين دولار).
  if (!form || !(partitive ? form.definite : amount.vague || !form.definite)) return null;
  if (money.notCurrency.match(tokens, k, end)) return null; // ريال مدريد
  const adjective = money.adjectives.get(form.family)?.match(tokens, k + 1, end);
  if (adjective) return { family: form.family, code: adjective.payload.code, next: adjective.next };
  return { family: form.family, code: null, next: k + 1 };
}

/** $1.5 مليون, USD 500, نحو € 3 ملايين: a symbol or code, then the amount. */
function symbolFirst(view: DocView, money: MoneyLexicon, i: number, end: number): MoneyMatch | null {
  const { tokens, lex } = view;
  const q = lex.qualifiersBefore.match(tokens, i, end);
  const k = q ? q.next : i;
  const symbol = money.symbols.match(tokens, k, end);
  if (!symbol || symbol.next >= end) return null;
  const lastOfSymbol = tokens[symbol.next - 1]!;
  if (!spaced(view.text, lastOfSymbol.end, tokens[symbol.next]!.start)) return null;
  const amount = readAmount(view, symbol.next, end);
  if (!amount || amount.vague || amount.first !== symbol.next || amount.qualifier) return null;
  const m: MoneyMatch = {
    first: k, next: amount.next, start: tokens[k]!.start, end: amount.end, amount,
    family: symbol.payload.family, code: symbol.payload.code, rule: 'symbol-amount',
  };
  if (q) m.qualifier = q.payload;
  return m;
}

function moneyAt(view: DocView, money: MoneyLexicon, i: number, end: number): MoneyMatch | null {
  const first = symbolFirst(view, money, i, end);
  if (first) return first;
  const amount = readAmount(view, i, end);
  if (!amount) return null;
  const currency = currencyAfter(view, money, amount, end);
  if (!currency) return null;
  const rule = amount.vague ? 'vague' : amount.min ? 'range' : 'amount-currency';
  const m: MoneyMatch = {
    first: amount.first, next: currency.next, start: amount.start, end: view.tokens[currency.next - 1]!.end, amount,
    family: currency.family, code: currency.code, rule,
  };
  const qualifier = amount.qualifier ?? qualifierAfter(view, currency.next, end)?.qualifier;
  if (qualifier) m.qualifier = qualifier;
  return m;
}

/** What follows a bare scaled amount when it is money by ellipsis: nothing that could be a counted noun. */
function endsElliptically(view: DocView, money: MoneyLexicon, k: number, end: number): boolean {
  const t = view.tokens[k];
  if (!t || k >= end) return true;
  if (t.kind === 'punct') return t.norm !== '%' && t.norm !== '٪';
  if (money.elisionFollowers.has(t.norm)) return true;
  // «3 مليارات من السعودية»: من + a place is the source; من + anything else may be partitive (من العملاء).
  return t.norm === money.from && money.cues.match(view.tokens, k + 1, end) !== null;
}

/**
 * Ellipsis: an amount with no currency of its own takes the currency of the money stated earlier in
 * the same sentence when it follows a comparison word («6 مليارات دولار … مقارنة بـ4.5 مليار») or is a
 * scaled amount that nothing counts («منها 3 مليارات من السعودية، و2.5 مليار من الإمارات»).
 */
function elidedCurrency(view: DocView, money: MoneyLexicon, i: number, end: number, earlier: MoneyMatch): MoneyMatch | null {
  const { tokens, lex } = view;
  const cue = money.elisionCues.match(tokens, i, end);
  const at = cue ? cue.next : i;
  if (at >= end) return null;
  const amount = readAmount(view, at, end);
  if (!amount || amount.vague || amount.value === null) return null;
  const after = tokens[amount.next];
  if (cue) {
    if (after && amount.next < end && (lex.countedNouns.match(tokens, amount.next, end) || after.norm === '%' || after.norm === '٪')) return null;
    if (after && amount.next < end && (money.forms.has(after.norm) || money.symbols.startsWith(after.norm))) return null;
  } else if (!amount.hasScale || !endsElliptically(view, money, amount.next, end)) return null;
  const m: MoneyMatch = { first: amount.first, next: amount.next, start: amount.start, end: amount.end, amount, family: earlier.family, code: earlier.code, rule: 'elided-currency' };
  if (amount.qualifier) m.qualifier = amount.qualifier;
  return m;
}

/** All money matches in the given sentences, left to right, never overlapping. */
export function findMoney(view: DocView, money: MoneyLexicon, sentences: readonly Sentence[]): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  for (const s of sentences) {
    let earlier: MoneyMatch | null = null;
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      if ((view.starts[i]! & MONEY_START) === 0) {
        i++;
        continue;
      }
      const m: MoneyMatch | null = moneyAt(view, money, i, s.tokenEnd) ?? (earlier && elidedCurrency(view, money, i, s.tokenEnd, earlier));
      if (m) {
        out.push(m);
        if (m.rule !== 'elided-currency') earlier = m;
        i = m.next;
      } else i = afterPhrase(view, i);
    }
  }
  return out;
}
