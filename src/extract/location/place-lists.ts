// Places named in a list after a plural or dual place noun: بمناطق تيشي وأوقاس وملبو, بمنطقتي السبالة وبئر
// الحفي, ولايات جندوبة وباجة والكاف. The noun says what the names are; the lexicon knows only some of them.
import type { Sentence, Token } from '../../schema.js';
import { accusative } from '../person/word-shapes.js';
import type { Candidate } from '../types.js';
import { readingKey } from '../../segment/finish-tokens.js';

/** Plural and dual place nouns that a list of place names follows (مدنا: the accusative, وتضم مدنا رئيسية مثل). */
export const LIST_TRIGGERS = [
  'مناطق', 'منطقتي', 'أحياء', 'حيي', 'قرى', 'قريتي', 'بلدات', 'بلدتي', 'مدن', 'مدنا', 'مدينتي', 'ولايات', 'ولايتي',
  'محافظات', 'محافظتي', 'محليات', 'أقاليم', 'إقليمي', 'مخيمات', 'مخيمي', 'دواوير', 'أقضية', 'ضواحي',
  'مراكز', // Egyptian district centres (مراكز بيلا وسيدي سالم); health or trade centres take no names
  'مديريات', 'مديريتي', 'بلديات', 'بلديتي', 'نواحي', 'ناحيتي', 'قضاءي', 'حارات', 'حارتي',
  // Algerian دوائر, Moroccan عمالات and Tunisian معتمديات are districts too
  'دوائر', 'دائرتي', 'عمالات', 'عمالتي', 'معتمديات', 'معتمديتي',
  // Chinese, Canadian and Argentine provinces: مقاطعتي لياونينغ وهيبي
  'مقاطعات', 'مقاطعتي', 'مقاطعتا',
  // duals in the nominative: وتقع إلى الشمال منها مدينتا أبيوكوتا وإيبادان
  'منطقتا', 'قريتا', 'بلدتا', 'مدينتا', 'ولايتا', 'محافظتا', 'مخيما', 'حارتا', 'دائرتا',
  // rivers, islands, lakes and oases: ملتقى نهري دارو وشنيل, جزيرتا أنغوجا وبمبا
  'أنهار', 'نهري', 'نهرا', 'جزر', 'جزيرتي', 'جزيرتا', 'بحيرات', 'بحيرتي', 'واحات', 'واحتي',
  // two facilities named after their places: مينائي الضبة وقنا, معبري رفح وكرم أبو سالم, سدي الموصل وحديثة
  'مينائي', 'ميناءي', 'ميناءا', 'معبري', 'معبرا', 'مطاري', 'مطارا', 'سدي',
  // oil and gas fields named after their places: حقلي الرميلة والزبير, حقول صافر
  'حقول', 'حقلي', 'حقلا',
  // resorts and reserves: منتجعي إفران وأوكايمدن, محميتي ماساي مارا وأمبوسيلي
  'منتجعات', 'منتجعي', 'منتجعا', 'محميات', 'محميتي', 'محميتا',
];

/** The dual place nouns of LIST_TRIGGERS: exactly two places follow them. */
export const DUAL_TRIGGERS = [
  'منطقتي', 'حيي', 'قريتي', 'بلدتي', 'مدينتي', 'ولايتي', 'محافظتي', 'إقليمي', 'مخيمي', 'مديريتي', 'بلديتي', 'ناحيتي',
  'قضاءي', 'حارتي', 'دائرتي', 'عمالتي', 'منطقتا', 'قريتا', 'بلدتا', 'مدينتا', 'ولايتا', 'محافظتا', 'مخيما', 'حارتا',
  'دائرتا', 'مقاطعتي', 'مقاطعتا', 'نهري', 'نهرا', 'جزيرتي', 'جزيرتا', 'بحيرتي', 'واحتي', 'مينائي', 'ميناءي', 'ميناءا', 'معبري', 'معبرا', 'مطاري', 'مطارا', 'سدي', 'حقلي', 'حقلا',
  'منتجعي', 'منتجعا', 'محميتي', 'محميتا',
];

/** The commas that may stand before و between items. */
const COMMAS = new Set(['،', ',']);

/** Adverbs of time that may close a list of places (أمس, اليوم), normalized. */
const TIME_ADVERBS = new Set(['امس', 'اليوم', 'غدا']);

export interface ListWords {
  /** Where a listed place read at token j ends (exclusive), or -1. */
  placeEnd: (j: number) => number;
  /** Is the word at j a listed place spelled like a common word (الزرقاء, معان), a place only in context? */
  homograph: (j: number) => boolean;
  /** Can this word (its key as the list reads it) be an unlisted place's name (no word of the lists, no adjective, no tanween)? */
  nameWord: (key: string, t: Token) => boolean;
  isFunctionWord: (norm: string) => boolean;
  /** Words that open a place name of two words (بئر الحفي, عين عرب), normalized. */
  openers: ReadonlySet<string>;
  /** Is the word a person's name (سيدي يحيى: after an opener the place is named for a man)? */
  personName: (norm: string) => boolean;
  /** Words that introduce the items after a plural place noun (منها, مثل, أبرزها), normalized. */
  introducers: ReadonlySet<string>;
  /** Adjectives of size or direction that end a place's name (صهرجت الكبرى), normalized. */
  nameAdjectives: ReadonlySet<string>;
}

/**
 * Words that introduce the items of a list after a plural place noun and its adjectives (قرى صغيرة ،
 * منها ماحص والفحيص; أحياء مثل تقسيم والفاتح; مدن عدة من أبرزها …), with و or without.
 */
export const LIST_INTRODUCERS = ['منها', 'ومنها', 'مثل', 'ومثل', 'غرار', 'أبرزها', 'وأبرزها', 'أهمها', 'وأهمها', 'أشهرها', 'وأشهرها', 'أكبرها', 'وأكبرها', 'بينها'];

/** Proclitics that open the next phrase after a list's item: و, and the prepositions ل and ب. */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['و', 'ل', 'ب']);

/** أخرى and الأخرى, normalized, with ى folded or kept. */
const OTHER = new Set(['اخري', 'الاخري', 'اخرى', 'الاخرى']);

/** How many words may stand between the plural noun and the word that introduces its items (صغيرة ، من). */
const BEFORE_INTRODUCER = 4;

/**
 * Where the items start when a word introduces them shortly after the plural noun at i: its adjectives,
 * another plural noun behind و, a comma and من may stand between (بلدات وقرى صغيرة ، منها). Undefined
 * when no introducer is there, or a definite word, a function word or another mark comes first.
 */
function introducedItems(tokens: readonly Token[], i: number, sentence: Sentence, w: ListWords, definite: boolean): number | undefined {
  for (let k = i + 1; k < sentence.tokenEnd && k <= i + BEFORE_INTRODUCER; k++) {
    const t = tokens[k]!;
    if (w.introducers.has(t.norm)) return k + 1;
    // … and على before غرار (معتمديات ، على غرار حفوز والسبيخة). A noun with the article takes
    // adjectives with it (المدن المتضررة الأخرى مثل); أخرى is an adjective too (مدن أخرى مثل).
    const adjective = t.kind === 'word' && !t.clitics?.prefixes.length && (OTHER.has(t.norm) || (t.norm.startsWith('ال') ? definite : true) && !w.isFunctionWord(t.norm));
    const between = t.norm === '،' || t.norm === ',' || t.norm === 'من' || t.norm === 'ومن' || (t.norm === 'علي' && tokens[k + 1]?.norm === 'غرار') || adjective;
    if (!between) return undefined;
  }
  return undefined;
}

/**
 * The word as an item of the list reads it: the first as written, later ones behind و alone (وأوقاس → أوقاس;
 * وبستان is و + بستان, not و + ب + ستان). Undefined when it has no such reading.
 */
function itemReading(t: Token, first: boolean): { key: string; start: number } | undefined {
  const readings = [t.clitics, ...(t.alternatives ?? [])];
  // Right after the plural noun the first item is read as written: بوزوفا after أقضية is no ب + a word.
  // (But not a word in لل, ل + the article: مركز إقليمي للتجارة is a regional centre for trade, and no
  // dual construct takes ل.)
  if (first) return t.clitics?.prefixes[0] === 'و' || (t.clitics?.prefixes[0] === 'ل' && t.clitics.article) ? undefined : { key: t.norm, start: t.start };
  const r = readings.find((c) => c !== undefined && c.prefixes.length === 1 && c.prefixes[0] === 'و');
  return r ? { key: readingKey(r), start: r.baseStart } : undefined;
}

/** The items of a list read from token j on: the unlisted names found, how many items in all, and where it ends. */
interface ListRead {
  found: Candidate[];
  items: number;
  end: number;
}

/**
 * Reads list items from token j: joined by و (or «، و»), each a listed place or an unlisted name of one
 * word (two after an opener: وبئر الحفي). `items` counts the items already read before j (the first item
 * is bare), at most `most` of them. A listed place spelled like a word is given too: the list is what makes it a place
 * (محافظات إربد ، والزرقاء ، ومعان); the scan gives the others.
 */
function readItems(tokens: readonly Token[], j: number, sentence: Sentence, w: ListWords, items: number, most = Infinity): ListRead {
  const found: Candidate[] = [];
  let listedBefore = false; // a place the lexicon lists (not one spelled like a word) stood before in the list
  while (j < sentence.tokenEnd && items < most) {
    // «، و» goes on with a listed place only: after a comma an unlisted word is as often a new clause.
    const comma = items > 0 && COMMAS.has(tokens[j]!.norm) && j + 1 < sentence.tokenEnd && itemReading(tokens[j + 1]!, false) !== undefined && w.placeEnd(j + 1) > j + 1;
    if (comma) j++;
    const t = tokens[j]!;
    // بولايات وداي وسيلا: no list opens with «and», so a first item in و is read as written, unless what
    // follows و is a word (مدن وقرى: two nouns).
    const ownWaw = items === 0 && t.clitics?.prefixes[0] === 'و' && !t.clitics.article && w.nameWord(t.norm, t) && w.nameWord(t.norm.slice(1), t) && !w.isFunctionWord(t.norm.slice(1));
    const reading = ownWaw ? { key: t.norm, start: t.start } : itemReading(t, items === 0);
    if (reading === undefined) break;
    const listed = w.placeEnd(j);
    if (listed > j) {
      // أوروبا ، وينبع من تلال فالداي: a place spelled like a verb, before a preposition, is that verb
      // opening a clause (it springs from), not the list going on.
      const after = listed < sentence.tokenEnd ? tokens[listed]! : undefined;
      if (items > 0 && listed === j + 1 && w.homograph(j) && after !== undefined && after.kind === 'word' && !after.clitics?.prefixes.length && w.isFunctionWord(after.norm)) break;
      // (A homograph right after the plural noun is the place the noun announces, and counts as listed:
      // مخيمات جنين ونور شمس.)
      if (listed === j + 1 && w.homograph(j)) found.push({ type: 'LOCATION', start: reading.start, end: t.end, rule: 'list', score: -1 });
      if (!(listed === j + 1 && w.homograph(j)) || items === 0) listedBefore = true;
      j = listed;
      items++;
      continue;
    }
    const { key, start } = reading;
    // ولايات كسلا وسيلا: after a listed place, a word spelled like a given name is the next place too.
    const afterListed = listedBefore && w.personName(key) && !w.isFunctionWord(key) && key.length >= 3;
    // (وأبو فلاح: a word that opens place names, read with its second word below.)
    if (t.kind !== 'word' || t.script !== 'arabic' || !(w.nameWord(key, t) || afterListed || (listedBefore && w.openers.has(key)))) break;
    // أطول أنهار المغرب وأغزرها: a long word with a pronoun is an elative or a noun of the sentence (بنها,
    // أبها are short).
    if (key.length >= 6 && (key.endsWith('ها') || key.endsWith('هم'))) break;
    const second = tokens[j + 1];
    const bareSecond = second !== undefined && j + 1 < sentence.tokenEnd && second.kind === 'word' && !second.clitics?.prefixes.length;
    // … and so is a name of two words that opens with one, where the list or the sentence goes on after
    // them (مخيمات جنين وطولكرم ونور شمس ، …).
    // (A function word after them closes the list too: مخيمات جنين وطولكرم ونور شمس حتى.)
    // (So does a word behind a preposition: مخيمي طولكرم ونور شمس لليوم الخامس.)
    const closes = (k: number): boolean => k >= sentence.tokenEnd || tokens[k]!.kind !== 'word' || PHRASE_OPENERS.has(tokens[k]!.clitics?.prefixes[0] ?? '') || w.isFunctionWord(tokens[k]!.norm);
    const pair = afterListed && bareSecond && !second.norm.startsWith('ال') && !w.isFunctionWord(second.norm) && closes(j + 2);
    // After listed places, an opener takes any word the phrase closes after (قرى المغير وسنجل وأبو فلاح ،).
    const two = pair || (w.openers.has(key) && bareSecond && (w.nameWord(second.norm, second) || w.personName(second.norm) || (listedBefore && !w.isFunctionWord(second.norm) && closes(j + 2))));
    // بني, عين alone are no place: an opener whose second word the list cannot read is an item it
    // cannot bound, counted but not given, and the list ends there.
    if (w.openers.has(key) && !two) {
      items++;
      break;
    }
    const end = two ? j + 2 : j + 1;
    // No definite noun right after a name (ضواحي المدينة وانتظم الأمن: a verb and its subject); a
    // direction (وطلوزة جنوب مدينة طوباس), punctuation or the list going on with و may follow it.
    const after = tokens[end];
    // وصهرجت الكبرى: an adjective of size or direction is the name's own.
    const sized = end < sentence.tokenEnd && after !== undefined && after.kind === 'word' && !after.clitics?.prefixes.length && w.nameAdjectives.has(after.norm);
    if (!sized && end < sentence.tokenEnd && after !== undefined && after.kind === 'word' && !after.clitics?.prefixes.length && after.norm.startsWith('ال') && !w.isFunctionWord(after.norm)) break;
    // وقفات احتجاجية: an indefinite adjective after the word makes it a noun of the sentence.
    if (!sized && end < sentence.tokenEnd && after !== undefined && after.kind === 'word' && !after.clitics?.prefixes.length && (after.norm.endsWith('يه') || after.norm.endsWith('ية')) && w.placeEnd(end) < 0) break;
    const itemEnd = sized ? end + 1 : end;
    // An item spelled like a name stands against the person reader's reading of it: the listed place
    // before it decides (score 1).
    found.push({ type: 'LOCATION', start, end: tokens[itemEnd - 1]!.end, rule: 'list', score: afterListed || (two && listedBefore) ? 1 : -1 });
    j = itemEnd;
    items++;
  }
  return { found, items, end: j };
}

/**
 * Reads the list after the noun at token i, or after the word that introduces it (قرى صغيرة ، منها). A
 * list of two items or more gives the unlisted ones as places; fewer give nothing (مناطق عديدة). The
 * listed ones are left to the lexicon scan.
 */
export function placeList(tokens: readonly Token[], i: number, sentence: Sentence, w: ListWords, out: Candidate[], dual = false, definite = false): void {
  // After the noun with the article (المدن الأخرى مثل …) the items need a word that introduces them.
  const introduced = introducedItems(tokens, i, sentence, w, definite);
  if (definite && introduced === undefined) return;
  // A dual noun names two places: the sentence goes on after them (ببلديتي إسطنبول وأنقرة ومنتزعا: and taking).
  const read = readItems(tokens, introduced ?? i + 1, sentence, w, 0, dual && introduced === undefined ? 2 : Infinity);
  const { items, end } = read;
  // سدي درنة وإهمال صيانتهما: the two names a dual announces end its phrase; a noun with its pronoun right
  // after the second says the «second name» was a noun of the sentence (neglecting their upkeep), joined
  // by و to the phrase of one place. (A direction may follow the names: بلدتي الباذان وطلوزة جنوب طوباس.)
  const after = dual && items === 2 && end < sentence.tokenEnd ? tokens[end]! : undefined;
  const runsOn = after !== undefined && after.kind === 'word' && !after.clitics?.prefixes.length && after.clitics?.suffix !== undefined && !after.norm.startsWith('ال');
  const found = runsOn ? [] : read.found;
  // After a dual noun the two names are places whatever else they spell (قضاءي الفاو وأبي الخصيب).
  // A list with a listed place in it (ولايات كسلا وسيلا) outranks a lone given name (سيلا).
  const score = dual && items === 2 ? 1 : items > found.length ? 0 : undefined;
  if (items >= 2) for (const c of found) out.push(score === undefined || (c.score ?? 0) > score ? c : { ...c, score });
  // محافظتي ظفار والوسطى, ناحيتي القحطانية والشمال: a dual noun says two places follow, so the word
  // after و is the second even when it is a word too (الوسطى, الشمال).
  if (dual && items === 1) {
    const second = secondOfDual(tokens, end, sentence, w);
    if (second) out.push(...found, second);
  }
  // محافظتي الجنوب والنبطية: and the first is a place whatever it spells when a listed place is the second.
  const first = i + 1;
  if (dual && items === 0 && !introduced && first + 1 < sentence.tokenEnd) {
    const t = tokens[first]!;
    const next = tokens[first + 1]!;
    const joined = itemReading(next, false);
    if (t.kind === 'word' && !t.clitics?.prefixes.length && t.norm.length >= 3 && !w.isFunctionWord(t.norm) && joined !== undefined && w.placeEnd(first + 1) === first + 2 && !w.homograph(first + 1)) {
      out.push({ type: 'LOCATION', start: t.start, end: t.end, rule: 'list', score: 1 });
    }
  }
}

/**
 * The second place after a dual noun: و + one word (not a function word), or an opener and the word
 * after it (قضاءي الفاو وأبي الخصيب), where the phrase ends. The noun says a place stands there, so the
 * reading outranks a lone given name's (ولايتي تلمسان وبشار).
 */
function secondOfDual(tokens: readonly Token[], j: number, sentence: Sentence, w: ListWords): Candidate | undefined {
  if (j >= sentence.tokenEnd) return undefined;
  const t = tokens[j]!;
  const reading = itemReading(t, false);
  if (reading === undefined || t.kind !== 'word' || t.script !== 'arabic' || w.isFunctionWord(reading.key) || reading.key.length < 3) return undefined;
  const next = tokens[j + 1];
  const two = w.openers.has(reading.key) && next !== undefined && j + 1 < sentence.tokenEnd && next.kind === 'word' && !next.clitics?.prefixes.length && !w.isFunctionWord(next.norm);
  const end = two ? j + 2 : j + 1;
  const after = tokens[end];
  const closed = end >= sentence.tokenEnd || after!.kind === 'punct' || w.isFunctionWord(after!.norm) || after!.clitics?.prefixes.length === 1;
  return closed ? { type: 'LOCATION', start: reading.start, end: tokens[end - 1]!.end, rule: 'list', score: 1 } : undefined;
}

/**
 * The unlisted places joined by و to a listed one at a locative word (في طفس والمزيريب واليادودة, في
 * السلط والفحيص وماحص): the list must close at a mark or the sentence's end and hold three items or
 * more, so that a verb or a noun after و (في عمان والتقى, في القاهرة والأقاليم) reads no place.
 */
export function listAfterPlace(tokens: readonly Token[], placeEnd: number, sentence: Sentence, w: ListWords, out: Candidate[]): void {
  const { found, items, end } = readItems(tokens, placeEnd, sentence, w, 1);
  // … or at an adverb of time (في السلط والفحيص وماحص اعتبارا من الأول, … أمس): no verb or noun goes on.
  const after = tokens[end];
  const closed = end >= sentence.tokenEnd || after!.kind === 'punct' || (after!.kind === 'word' && !after!.clitics?.prefixes.length && (accusative(after!.norm) || TIME_ADVERBS.has(after!.norm)));
  if (items >= 3 && closed) for (const c of found) out.push(c);
}
