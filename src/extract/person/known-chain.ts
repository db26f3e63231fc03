import type { Sentence } from '../../schema.js';
import { sonOfCommonNoun } from './chain-guards.js';
import { readName } from './name-chain.js';
import { givenBeforeWald } from './mauritanian.js';
import { givenBeforeSurname } from './given-before.js';
import { loneNameIsWord } from './lone-name.js';
import { agreesWithNounBefore, givenBeforeSonOf } from './name-edges.js';
import { definiteFirstName } from './maghrebi-given.js';
import type { PersonScan } from './person-scan.js';
import { bareKey } from '../lexicon/token-forms.js';
import { definiteFeminineNisba } from '../location/adjective-reading.js';
import { alefSeatAfterConjunction } from '../common/spelling.js';
import { derivedVerbalNoun } from './word-shapes.js';
import { AMBIGUOUS, GIVEN, wordIs } from './word-classes.js';

/** Prepositions of time an event noun follows (بعد انتصار, قبل اعتدال), normalized. */
const TIME_PREPOSITIONS = new Set(['بعد', 'قبل', 'عقب', 'اثر', 'منذ', 'خلال', 'وبعد', 'وقبل']);

/**
 * Reads a name with no cue before it, opened by a listed given or family name at token i: a chain, or
 * one word when it is not the common word it is spelled like. Reaches back for the given name a chain
 * leaves out (before بن, ولد, or a listed family name). Returns where the scan goes on.
 */
export function readKnownChain(scan: PersonScan, i: number, sentence: Sentence): number {
  const { ctx, tokens, context } = scan;
  const t = tokens[i]!;
  // حيث أشرف كارل ياسبرز: a given name that is a word too (أشرف: supervised) right before a
  // transliterated given name is the word; the foreign name starts after it.
  if (foreignNameNext(ctx, tokens, i, sentence)) return i + 1;
  // بعد انتصار سيف الدولة: after a preposition of time, a given name of a derived verbal noun's shape
  // (انتصار, اعتدال, ابتسام) is the event, and the name after it its agent.
  if (i > sentence.tokenStart && !t.clitics?.prefixes.length && TIME_PREPOSITIONS.has(tokens[i - 1]!.norm) && derivedVerbalNoun(t.norm) && wordIs(ctx.people, t, AMBIGUOUS)) return i + 1;
  const name = readName(ctx, tokens, i, sentence, false);
  if (!name || name.known === 0) return i + 1;
  // وآلت ولاية العهد: with a madda after it the و is the conjunction, so the whole word is no name (والت).
  if (name.start === t.start && alefSeatAfterConjunction(context.text, t)) return i + 1;
  // والخليل بن أحمد الفراهيدي: the chain opens with بن, so the word before it is the given name.
  const given = givenBeforeSonOf(ctx, tokens, i, sentence);
  // نعوم شومسكي ابن رجل متخصص: after a name, ابن and a common noun describe him (ابن كثير alone is a name).
  if (given >= 0 && sonOfCommonNoun(ctx, t, tokens[i + 1]!)) return i + 2;
  if (given >= 0) return scan.name(given, name.end, sentence, 'name-chain');
  // والمصطفى ولد محمد الحبيب: the given name before ولد and the father's name read here.
  const son = name.start === t.start ? givenBeforeWald(ctx, tokens, i, sentence) : -1;
  if (son >= 0) return scan.name(son, name.end, sentence, 'name-chain');
  // الحبيب بورقيبة, الباجي قائد السبسي: Maghrebi usage gives the first name the article.
  if (name.start === t.start && definiteFirstName(ctx, tokens, i, sentence)) return scan.name(tokens[i - 1]!.start, name.end, sentence, 'name-chain');
  // وحافظ المغربي سفيان البقالي: a country's adjective before a listed given name introduces that name
  // (the Moroccan Soufiane), so the word before it is no name of its own but the verb (preserved).
  if (name.end - i === 2 && countryAdjectiveBeforeName(ctx, tokens, i + 1, sentence)) return i + 1;
  const single = name.end - i < 2;
  // The name's own word: the whole token when the name starts where it does (كاسترو, not ك + استرو).
  const own = name.start === t.start ? t.norm : bareKey(t);
  const rule = !single ? 'name-chain' : ctx.people.family.has(own) ? 'family-name' : 'given-name';
  if (rule === 'family-name' && agreesWithNounBefore(ctx, tokens, i, sentence.tokenStart)) return i + 1;
  if (single && loneNameIsWord(ctx, tokens, i, sentence, context.key)) return i + 1;
  // لجنتي التقييم is no ل + جنتي: a whole word no name is made of (here the dual of a body's head) is not
  // read as a proclitic and a lone name.
  if (single && name.start !== t.start && ctx.notName(i) && !ctx.isPlace(i)) return i + 1;
  // واين روني: the unlisted given name before a listed family name.
  // وقال شاين نيلسون: a transliterated given name is a surname too (Nelson, Wilson).
  const surnameLike = rule === 'family-name' || (rule === 'given-name' && ctx.people.foreign.has(own));
  // جائزة مان بوكر: a thing named for a person, by an unlisted word and a family name after its noun.
  if (single && surnameLike && name.start === t.start && namedThingBefore(ctx, tokens, i, sentence)) return i + 1;
  const givenStart = surnameLike && name.start === t.start ? givenBeforeSurname(ctx, tokens, i, sentence) : -1;
  // ميرسك الدنماركية وهاباج لويد الألمانية: a feminine country's adjective after an unlisted given name
  // and a surname agrees with a company or a thing, not a man.
  if (givenStart >= 0 && feminineNisbaAt(ctx, tokens, name.end, sentence)) return name.end;
  // هونغ كونغ: not where the given name and the surname are exactly a listed place of two words.
  if (givenStart >= 0 && i > 0 && tokens[i - 1]!.start <= givenStart && ctx.placeLength(i - 1) === name.end - i + 1) return name.end;
  if (givenStart >= 0) return scan.name(givenStart, name.end, sentence, 'name-chain');
  // A lone listed name is a weak reading (score -1): a longer candidate over it wins.
  scan.push({ type: 'PERSON', start: name.start, end: tokens[name.end - 1]!.end, rule, score: single ? -1 : 0 });
  return single ? name.end : scan.listGoesOn(name.end, sentence);
}

/** Is token j a definite country's adjective (المغربي) right before a listed given name that opens a name of two words? */
function countryAdjectiveBeforeName(ctx: PersonScan['ctx'], tokens: PersonScan['tokens'], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  if (j + 2 >= sentence.tokenEnd || t.clitics?.prefixes.length || !t.norm.startsWith('ال') || !ctx.nisba.has(t.norm)) return false;
  const next = tokens[j + 1]!;
  if (next.clitics?.prefixes.length || !wordIs(ctx.people, next, GIVEN) || wordIs(ctx.people, next, AMBIGUOUS)) return false;
  const named = readName(ctx, tokens, j + 1, sentence, false);
  return named !== undefined && named.end - (j + 1) >= 2;
}

/** Is token j, inside the sentence, a definite feminine country's adjective (الألمانية, الدنماركية)? */
function feminineNisbaAt(ctx: PersonScan['ctx'], tokens: PersonScan['tokens'], j: number, sentence: Sentence): boolean {
  return j < sentence.tokenEnd && definiteFeminineNisba(tokens[j]!, ctx.nisba);
}

/** Is token i an Arabic given name that is a word too, bare, before a whole word that is a transliterated given name? */
function foreignNameNext(ctx: PersonScan['ctx'], tokens: PersonScan['tokens'], i: number, sentence: Sentence): boolean {
  const { people } = ctx;
  const t = tokens[i]!;
  if (i + 1 >= sentence.tokenEnd || t.clitics?.prefixes.length || !people.ambiguous.has(t.norm) || people.foreign.has(t.norm)) return false;
  const next = tokens[i + 1]!;
  return people.foreign.has(next.norm) && !people.ambiguous.has(next.norm) && !people.family.has(next.norm);
}

/** Is token i a bare word after one bare unlisted word that follows a noun of things named for people (جائزة, مطار)? */
function namedThingBefore(ctx: PersonScan['ctx'], tokens: PersonScan['tokens'], i: number, sentence: Sentence): boolean {
  if (i - 2 < sentence.tokenStart || !ctx.eponymHead(i - 2)) return false;
  // وأدى نستور كيرشنر: وأدى folds to وادي (a valley), but و and a past verb open a clause.
  const head = bareKey(tokens[i - 2]!);
  if (head.startsWith('و') && ctx.people.pastVerbs.has(head.slice(1))) return false;
  const prev = tokens[i - 1]!;
  return prev.kind === 'word' && !prev.clitics?.prefixes.length && !ctx.notName(i - 1);
}
