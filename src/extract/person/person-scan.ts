import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { coordinatedName } from './coordinated.js';
import type { NameContext } from './name-chain.js';
import { bodiesByStart } from './role-body.js';
import { letterSet } from '../organization/letter-name.js';
import { firstEndingAfter } from '../../segment/spans.js';
import { participleShape, throneEndingEnd } from './throne-names.js';
import { regnalBefore } from './regnal-name.js';
import { givenBeforeWald, waldSurnameStart } from './mauritanian.js';

/** A token's word without a و before it (وبروتوكول stays whole: only a letter name is looked up). */
function bareLetter(t: Token): string {
  return t.clitics?.prefixes.length === 1 && t.clitics.prefixes[0] === 'و' ? t.clitics.stem : t.norm;
}

/**
 * What the readers of one document's person scan share: the name context, where found names go, and
 * whether the phrase being read names a place or an institution after a person (then nothing is kept:
 * مطار الملك خالد, جامعة الملك سعود).
 */
export class PersonScan {
  readonly out: Candidate[] = [];
  readonly tokens: readonly Token[];
  /** The phrase being read is an eponym (its head was the word before): found names are dropped. */
  eponym = false;
  #bodies: Map<number, number> | undefined;
  #known: Candidate[] | undefined;

  constructor(
    readonly context: ExtractContext,
    readonly ctx: NameContext,
  ) {
    this.tokens = context.tokens;
  }

  push(c: Candidate): void {
    // الظاهر بيبرس, الأشرف خليل: a regnal name right before the name is part of it.
    const k = this.tokens.length > 0 ? firstEndingAfter(this.tokens, c.start) : -1;
    if (k >= 0 && k < this.tokens.length && this.tokens[k]!.start === c.start) {
      const sentence = this.context.sentences[this.tokens[k]!.sentence]!;
      const regnal = regnalBefore(this.tokens, k, sentence, this.context.key);
      if (regnal >= 0) c = { ...c, start: regnal };
      // فوز ولد عبد العزيز, الرئيس ولد عبد العزيز: a Mauritanian surname read from the father's name on.
      else if (givenBeforeWald(this.ctx, this.tokens, k, sentence) < 0) {
        const wald = waldSurnameStart(this.ctx, this.tokens, k, sentence);
        if (wald >= 0) c = { ...c, start: wald };
      }
    }
    if (!this.eponym && !this.spelledLetters(c.start, c.end) && !this.insidePlace(c.start, c.end) && !this.insideKnownBody(c.start, c.end)) this.out.push(c);
  }

  /**
   * ومقاتلي جيش المهدي الموالين: does the name start on a later word of a well-known organization found
   * already and run past its end? The organization is meant; its last word (المهدي) opens no name there.
   */
  private insideKnownBody(start: number, end: number): boolean {
    // The last body opening before the name, by binary search: the known bodies a trie finds do not nest.
    const bodies = this.knownBodies();
    let lo = 0;
    let hi = bodies.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bodies[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const b = lo > 0 ? bodies[lo - 1]! : undefined;
    return b !== undefined && start < b.end && b.end < end;
  }

  /** The well-known organizations found before the person scan, by start (built on first need). */
  private knownBodies(): readonly Candidate[] {
    return (this.#known ??= this.context.previous.filter((c) => c.type === 'ORGANIZATION' && c.rule === 'known').sort((a, b) => a.start - b.start));
  }

  /**
   * بيونغ يانغ العودة: does the name start on a later word of a listed place of several words and run past
   * it? A name starts no place's middle; the place is meant.
   */
  private insidePlace(start: number, end: number): boolean {
    const { tokens, ctx } = this;
    const k = firstEndingAfter(tokens, start);
    if (k <= 0 || k >= tokens.length || tokens[k]!.start !== start || tokens[k - 1]!.sentence !== tokens[k]!.sentence) return false;
    for (let from = k - 1; from >= Math.max(0, k - 3); from--) {
      const length = ctx.placeLength(from);
      if (from + length > k && tokens[from + length - 1]!.end < end) return true;
    }
    return false;
  }

  /** Organizations found so far, by the token they start at (built on first need: few roles ask). */
  bodies(): Map<number, number> {
    return (this.#bodies ??= bodiesByStart(this.context.previous, this.tokens));
  }

  /** Pushes a person from original offset `start` to the end of token `end - 1`, then reads the list it opens. */
  name(start: number, end: number, sentence: Sentence, rule: string): number {
    // عبد الرحمن الناصر لدين الله: a name ending in a throne name's participle takes the phrase that ties it to God.
    const last = this.tokens[end - 1]!;
    if (end < sentence.tokenEnd && participleShape(last.norm) && !last.clitics?.prefixes.length) {
      const throne = throneEndingEnd(this.tokens, end, sentence, this.context.key, this.ctx.people.ordinals);
      if (throne > end) end = throne;
    }
    this.push({ type: 'PERSON', start, end: this.tokens[end - 1]!.end, rule });
    return this.listGoesOn(end, sentence);
  }

  /**
   * Do the words from `start` to token `end - 1` spell Latin letters (جي سي سي, إتش تي إم إل: GCC,
   * HTML): two letter names or more, the last word one of them? A person's name ends in a surname, not
   * an initial (جي دي فانس, لي كوان يو).
   */
  private spelledLetters(start: number, end: number): boolean {
    const { tokens } = this;
    // The token that ends the name: the last one starting before `end`.
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid]!.start < end) lo = mid;
      else hi = mid - 1;
    }
    const letters = letterSet(this.context.key);
    if (tokens.length === 0 || !letters.has(tokens[lo]!.norm)) return false;
    let n = 0;
    for (let k = lo; k >= 0 && tokens[k]!.end > start; k--) if (letters.has(bareLetter(tokens[k]!))) n++;
    return n >= 2;
  }

  /** After a name, the people listed with و (… وغانلوكا زامبروتا وديفد تريزيغيه); returns where the list ends. */
  listGoesOn(k: number, sentence: Sentence): number {
    for (let next = coordinatedName(this.ctx, this.tokens, k, sentence); next; next = coordinatedName(this.ctx, this.tokens, k, sentence)) {
      this.push({ type: 'PERSON', start: next.start, end: this.tokens[next.end - 1]!.end, rule: 'coordinated', score: 0 });
      k = next.end;
    }
    return k;
  }
}
