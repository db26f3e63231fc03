import { scanStarts } from '../lexicon/scan.js';
import { nameStarts, PERSON_START } from '../lexicon/name-starts.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import { nameContext, titleEnd } from './context.js';
import { likelyFirstName, plausibleName, readName } from './name-chain.js';
import { findPartialNames } from './partial.js';
import { findQuotedNames } from './quoted.js';
import { findLifespanNames } from './lifespan.js';
import { coordinatedName } from './coordinated.js';
import { nationalityNoun } from './nationality.js';
import { letterNotProclitic } from './initial-letters.js';
import eponymHeads from './data/eponym-heads.json';
import { keyedSetWithArticle } from '../common/words.js';
import { bareForm } from '../lexicon/token-forms.js';

/** Heads named after a person (مطار محمد الخامس, جامعة الملك فهد): the name after one is no PERSON mention. */
const eponymHeadSet = keyedSetWithArticle(eponymHeads.words);
import type { Sentence, Token } from '../../schema.js';

/** The token's key after proclitics (ومحمد → محمد). */
function bareKey(t: Token): string {
  const forms = tokenForms(t);
  return (forms.find((f) => f.prefixed) ?? forms[0]!).key;
}

/**
 * A lone family name of nisba shape right after a definite noun is an adjective agreeing with it
 * (الطيران الحربي, التقرير الشهري, الفريق الفاسي): family names of that shape (الحربي, الشهري) are
 * spelled like the adjectives they came from. Alone after a verb or a preposition it stays a name.
 */
function agreesWithNounBefore(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (i <= sentenceStart || t.clitics?.prefixes.length || !t.norm.startsWith('ال') || !t.norm.endsWith('ي')) return false;
  const before = tokens[i - 1]!;
  return before.kind === 'word' && before.script === 'arabic' && bareKey(before).startsWith('ال');
}

/**
 * What follows the speaker of a reporting verb: the complementizers that open reported speech (إن, أن,
 * and ان as news often writes both, with a pronoun: إنه, أنها), the setting of the statement (في, خلال,
 * أمس, اليوم), a relative (الذي), or the quote itself (« " :), or a comma before an apposition.
 */
const AFTER_SPEAKER = new Set(['ان', 'إن', 'أن', 'انه', 'إنه', 'أنه', 'انها', 'إنها', 'أنها', 'في', 'خلال', 'الذي', 'امس', 'أمس', 'اليوم', ':', '"', '«', '،', ',']);

/** A participle in the sound masculine plural: م + at least three letters + ون / ين (مسلحون, مراقبين). */
function participlePlural(n: string): boolean {
  return n.length >= 6 && n.startsWith('م') && (n.endsWith('ون') || n.endsWith('ين'));
}

/**
 * Is token k the lone speaker of a reporting verb, before what opens or sets the statement (وقال أنان إن,
 * ووصف سولانا الذي, وأضاف بلازي في بيان)? A bare word —
 * no proclitic, no article (وقالت الوزارة إن is an organization or a role), nothing a lexicon lists as
 * a common word, title, place or nationality.
 */
function speakerBeforeThat(ctx: ReturnType<typeof nameContext>, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined || next === undefined || k + 1 >= sentence.tokenEnd || !AFTER_SPEAKER.has(ctx.text.slice(next.start, next.end))) return false;
  // A first letter read as a proclitic may be the name's own (وأضاف بلازي), but not ل: after قال it
  // names whom the words were said to (وقال لرويترز).
  const prefixes = t.clitics?.prefixes ?? [];
  if ((prefixes.length > 0 && (prefixes.includes('ل') || !letterNotProclitic(ctx, t))) || t.norm.startsWith('ال') || t.norm.length < 3) return false;
  // A sound plural says who in general (دبلوماسيون, متمردون): the plural of a nisba or of a listed word.
  const n = t.norm;
  if (n.endsWith('يون') || n.endsWith('يين') || ((n.endsWith('ون') || n.endsWith('ين')) && ctx.people.common.has(n.slice(0, -2)))) return false;
  // Names may end in ا (سولانا); the accusative of a listed word (أيضا, رسميا) may not.
  if (n.endsWith('ا') && ctx.people.common.has(n.slice(0, -1))) return false;
  // A word ending in ه or ة here is a noun, mostly with a pronoun (وأكد رغبته, وأبلغ احتجاجه, وتابعت قائلة);
  // a participle in the sound plural says who in general (وقال متمردون, وأكد مسلحون); a dual is no name.
  if (n.endsWith('ه') || participlePlural(n) || n.endsWith('تين') || n.endsWith('تان')) return false;
  return plausibleName(ctx, tokens, k) && (likelyFirstName(n) || n.endsWith('ا')) && !ctx.people.titles.startsWith(t.norm) && !ctx.people.titles.startsWith('ال' + t.norm);
}

/**
 * Finds PERSON candidates: a name after a title or role (السفيرة نائلة جبر; الرئيس الأمريكي جو بايدن),
 * a name after a reporting verb, a chain that starts with a known given or family name (ماثيو هيكى),
 * a quoted name with a cue beside it, and later partial mentions of a name found in full.
 */
export function findPeople(context: ExtractContext): Candidate[] {
  const { tokens } = context;
  const ctx = nameContext(context);
  const out: Candidate[] = [...findQuotedNames(context, ctx), ...findLifespanNames(context, ctx)];
  const eponymHeads = eponymHeadSet(context.key);
  let eponym = false; // the phrase being read names a place or an institution after a person
  const push = (c: Candidate): void => {
    if (!eponym) out.push(c);
  };
  // After a name, the people listed with و (… وغانلوكا زامبروتا وديفد تريزيغيه); returns where the list ends.
  const listGoesOn = (k: number, sentence: Sentence): number => {
    for (let next = coordinatedName(ctx, tokens, k, sentence); next; next = coordinatedName(ctx, tokens, k, sentence)) {
      push({ type: 'PERSON', start: next.start, end: tokens[next.end - 1]!.end, rule: 'coordinated', score: 0 });
      k = next.end;
    }
    return k;
  };
  scanStarts(context, nameStarts(context), PERSON_START, (i, sentence) => {
    const t = tokens[i]!;
    eponym = i > sentence.tokenStart && eponymHeads.has(bareForm(tokens[i - 1]!).key);
    const title = titleEnd(ctx, tokens, i, sentence);
    const verb = tokenForms(t).some((f) => ctx.people.verbs.has(f.key));
    if (title > 0 || verb) {
      // Skip what completes the role (الأمريكي, الخارجية) before the name: at most three words.
      let k = verb ? i + 1 : title;
      for (let skipped = 0; title > 0 && k < sentence.tokenEnd && skipped < 3; skipped++) {
        const w = tokens[k]!;
        if (readName(ctx, tokens, k, sentence, false) || !w.norm.startsWith('ال') || ctx.stop.has(w.norm)) break;
        k++;
      }
      const name = readName(ctx, tokens, k, sentence, title > 0);
      // One unlisted word after a role (الملك ساكنا, اللاعب طلب) is too weak; two words or a known name are not.
      if (name && (name.known > 0 || (title > 0 && name.end - k >= 2))) {
        push({ type: 'PERSON', start: name.start, end: tokens[name.end - 1]!.end, rule: title > 0 ? 'title' : 'reporting-verb' });
        return listGoesOn(name.end, sentence);
      }
      // وقال أنان إن …: one unlisted word between a reporting verb and إن / أن is the speaker.
      if (verb && speakerBeforeThat(ctx, tokens, k, sentence)) {
        push({ type: 'PERSON', start: tokens[k]!.start, end: tokens[k]!.end, rule: 'speaker' });
        return k + 1;
      }
      return title > 0 ? title : i + 1;
    }
    // والفرنسي ليليان تورام: a nationality standing for a person, then a name of two words or more.
    if (nationalityNoun(ctx, tokens, i, sentence)) {
      const named = readName(ctx, tokens, i + 1, sentence, true);
      if (named && named.end - (i + 1) >= 2) {
        push({ type: 'PERSON', start: named.start, end: tokens[named.end - 1]!.end, rule: 'nationality' });
        return listGoesOn(named.end, sentence);
      }
    }
    const name = readName(ctx, tokens, i, sentence, false);
    if (name && name.known > 0) {
      const single = name.end - i < 2;
      const rule = !single ? 'name-chain' : ctx.people.family.has(bareKey(t)) ? 'family-name' : 'given-name';
      if (rule === 'family-name' && agreesWithNounBefore(tokens, i, sentence.tokenStart)) return i + 1;
      push({ type: 'PERSON', start: name.start, end: tokens[name.end - 1]!.end, rule, score: single ? -1 : 0 });
      return single ? name.end : listGoesOn(name.end, sentence);
    }
    return i + 1;
  });
  return [...out, ...findPartialNames(context, out)];
}
