/** Builders that keep the value cases short: one line per case, the expected span text and value. */
import type { DateValue, MentionType, MoneyValue, NumberValue, PercentValue } from '../../../src/schema.js';

export interface Expected {
  type: MentionType;
  /** Exactly `text.slice(start, end)` of the mention. */
  text: string;
  value: MoneyValue | PercentValue | NumberValue | DateValue;
}

export interface ValueCase {
  phenomenon: string;
  text: string;
  /** Every value mention the text must produce, in document order (none for a negative case). */
  expect: Expected[];
  /** When given, the codes of every diagnostic the text must produce, in order. */
  diagnostics?: string[];
}

export const c = (phenomenon: string, text: string, ...expect: Expected[]): ValueCase => ({ phenomenon, text, expect });

/** A case that must also report these diagnostics (an unresolved value: no mention, a diagnostic). */
export const cd = (phenomenon: string, text: string, diagnostics: string[], ...expect: Expected[]): ValueCase => ({ phenomenon, text, expect, diagnostics });

type Extra<T> = Omit<Partial<T>, 'kind'>;

export const money = (text: string, amount: string | null, currency: string | null, extra: Extra<MoneyValue> = {}): Expected => ({
  type: 'MONEY', text, value: { kind: 'money', amount, currency, ...extra },
});

export const pct = (text: string, value: string | null, extra: Extra<PercentValue> = {}): Expected => ({
  type: 'PERCENT', text, value: { kind: 'percent', value, ...extra },
});

export const num = (text: string, value: string | null, unit?: string, extra: Extra<NumberValue> = {}): Expected => ({
  type: 'NUMBER', text, value: { kind: 'number', value, ...(unit ? { unit } : {}), ...extra },
});

export const date = (text: string, value: string, granularity: DateValue['granularity'], extra: Extra<DateValue> = {}): Expected => ({
  type: 'DATE', text, value: { kind: 'date', value, calendar: 'gregorian', granularity, ...extra },
});

export const hijri = (text: string, value: string, granularity: DateValue['granularity'], gregorian?: string): Expected =>
  date(text, value, granularity, { calendar: 'hijri', ...(gregorian ? { gregorian } : {}) });

export const year = (text: string, extra: Extra<DateValue> = {}): Expected => date(text, text.slice(0, 4), 'year', extra);
