import type { MentionType } from '../../schema.js';

export interface TypeStyle {
  /** Short label drawn next to a highlighted mention. */
  short: string;
  /** The type's name in Arabic, for the legend. */
  arabic: string;
  background: string;
  /** Border and text accent, dark enough to read on white. */
  accent: string;
}

/** One colour per mention type, shared by the HTML page and the Graphviz export. */
export const TYPE_STYLES: Record<MentionType, TypeStyle> = {
  PERSON: { short: 'PER', arabic: 'شخص', background: '#fde2e4', accent: '#be123c' },
  ORGANIZATION: { short: 'ORG', arabic: 'منظمة', background: '#dbeafe', accent: '#1d4ed8' },
  LOCATION: { short: 'LOC', arabic: 'مكان', background: '#dcfce7', accent: '#15803d' },
  MISC: { short: 'MISC', arabic: 'أخرى', background: '#f3e8ff', accent: '#7e22ce' },
  TITLE: { short: 'TITLE', arabic: 'لقب', background: '#fef9c3', accent: '#a16207' },
  MONEY: { short: 'MONEY', arabic: 'مبلغ', background: '#fef3c7', accent: '#b45309' },
  PERCENT: { short: '%', arabic: 'نسبة', background: '#ffedd5', accent: '#c2410c' },
  NUMBER: { short: 'NUM', arabic: 'عدد', background: '#e5e7eb', accent: '#374151' },
  DATE: { short: 'DATE', arabic: 'تاريخ', background: '#cffafe', accent: '#0e7490' },
};

/** Literal relation objects (a title text, a country code) in the drawn graph. */
export const LITERAL_STYLE = { background: '#ffffff', accent: '#6b7280' };
