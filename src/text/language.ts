import { franc } from './franc-lazy.js';
import type { Language } from '../schema.js';

/** How much of the document is sampled: language id must not cost a pass over a huge input. */
const SAMPLE = 8192;
/** franc is unreliable under about this many characters. */
const FRANC_MIN = 30;
/** Letters used by Persian, Urdu and other Perso-Arabic orthographies but not by Arabic. */
const PERSO_URDU = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06c1, 0x06be]);
/** Arabic-script languages franc can tell apart. */
const ARABIC_SCRIPT_LANGUAGES = ['arb', 'pes', 'prs', 'urd', 'skr', 'pbu', 'uig', 'zlm'];

/** 0 not a letter, 1 an Arabic-script letter, 2 a Perso-Urdu letter, 3 a letter of another script; built on first use. */
let letterClasses: Uint8Array | undefined;

function letterClassTable(): Uint8Array {
  if (letterClasses) return letterClasses;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isArabicLetter(c)) t[c] = PERSO_URDU.has(c) ? 2 : 1;
    else if (isOtherLetter(c)) t[c] = 3;
  }
  return (letterClasses = t);
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

function isOtherLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x0900 && c <= 0x0dff);
}

/**
 * Document language from a bounded sample of the ORIGINAL text (normalization folds Persian letters).
 * Arabic-script text without Perso-Urdu letters is Arabic by script alone; otherwise franc decides,
 * which is what tells Persian and Urdu from Arabic.
 */
export function detectLanguage(text: string): Language {
  const end = Math.min(text.length, SAMPLE);
  let arabic = 0;
  let other = 0;
  let perso = 0;
  const classes = letterClassTable();
  for (let i = 0; i < end; i++) {
    const k = classes[text.charCodeAt(i)]!;
    if (k === 1) arabic++;
    else if (k === 2) {
      arabic++;
      perso++;
    } else if (k === 3) other++;
  }
  const letters = arabic + other;
  if (letters === 0) return { code: 'und', arabicScriptRatio: 0, method: 'empty' };
  const ratio = Math.round((arabic / letters) * 1000) / 1000;
  if (arabic >= other) {
    if (perso <= arabic * 0.002) return { code: 'arb', arabicScriptRatio: ratio, method: 'script' };
    const sample = text.slice(0, end);
    if (arabic < FRANC_MIN) return { code: 'und', arabicScriptRatio: ratio, method: 'script' };
    const code = franc(sample, { only: ARABIC_SCRIPT_LANGUAGES, minLength: FRANC_MIN });
    return { code, arabicScriptRatio: ratio, method: 'franc' };
  }
  const code = other >= FRANC_MIN ? franc(text.slice(0, Math.min(end, 2000)), { minLength: FRANC_MIN }) : 'und';
  return { code, arabicScriptRatio: ratio, method: other >= FRANC_MIN ? 'franc' : 'script' };
}
