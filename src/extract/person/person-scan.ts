import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { coordinatedName } from './coordinated.js';
import type { NameContext } from './name-chain.js';
import { bodiesByStart } from './role-body.js';

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

  constructor(
    readonly context: ExtractContext,
    readonly ctx: NameContext,
  ) {
    this.tokens = context.tokens;
  }

  push(c: Candidate): void {
    if (!this.eponym) this.out.push(c);
  }

  /** Organizations found so far, by the token they start at (built on first need: few roles ask). */
  bodies(): Map<number, number> {
    return (this.#bodies ??= bodiesByStart(this.context.previous, this.tokens));
  }

  /** Pushes a person from original offset `start` to the end of token `end - 1`, then reads the list it opens. */
  name(start: number, end: number, sentence: Sentence, rule: string): number {
    this.push({ type: 'PERSON', start, end: this.tokens[end - 1]!.end, rule });
    return this.listGoesOn(end, sentence);
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
