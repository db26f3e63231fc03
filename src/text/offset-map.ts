/**
 * Maps offsets in normalized text back to the original text.
 *
 * The map is a sorted list of segments. In a plain segment normalized character k maps to original
 * character `orig + (k - norm)`; in an expansion segment every normalized character maps to the single
 * original character at `orig` (a lam-alef ligature that became two letters). A deletion simply starts a
 * new segment, so deleted characters (diacritics, tatweel, controls) attach to the character before them
 * when a range ends there. One-to-one replacements (ة → ه) never need a segment.
 */
export class OffsetMap {
  constructor(
    private readonly norms: Int32Array,
    private readonly origs: Int32Array,
    private readonly expands: Uint8Array,
    readonly normalizedLength: number,
    readonly originalLength: number,
  ) {}

  /** The segment found last: tokens are mapped in text order, so the next lookup is almost always here or just after. */
  private last = 0;

  private segment(n: number): number {
    const { norms } = this;
    let k = this.last;
    if (norms[k]! <= n) {
      // Walk forward a few segments before falling back to a binary search.
      for (let step = 0; step < 4; step++) {
        if (k + 1 >= norms.length || norms[k + 1]! > n) return (this.last = k);
        k++;
      }
    }
    return (this.last = this.search(n));
  }

  private search(n: number): number {
    let lo = 0;
    let hi = this.norms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.norms[mid]! <= n) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset where normalized character `n` starts. */
  toOriginalStart(n: number): number {
    if (n >= this.normalizedLength) return this.originalLength;
    if (n <= 0 && this.norms.length === 0) return 0;
    const k = this.segment(n);
    return this.expands[k] ? this.origs[k]! : this.origs[k]! + (n - this.norms[k]!);
  }

  /**
   * Does one plain segment map all of normalized [from, to)? Then original offsets inside it are
   * `toOriginalStart(from)` plus the distance from `from`, with no segment to look up (clitic offsets).
   */
  plainThrough(from: number, to: number): boolean {
    if (to > this.normalizedLength || this.norms.length === 0) return false;
    const k = this.segment(from);
    return this.expands[k] === 0 && (k + 1 >= this.norms.length || this.norms[k + 1]! >= to);
  }

  /** Original offset that ends a range whose normalized end is `n` (rounded outward inside an expansion). */
  toOriginalEnd(n: number): number {
    if (n >= this.normalizedLength) return this.originalLength;
    if (n <= 0) return this.toOriginalStart(0);
    const k = this.segment(n);
    if (this.expands[k] && n > this.norms[k]!) return this.origs[k]! + 1;
    return this.toOriginalStart(n);
  }

  /** Maps a half-open normalized range to the exact original range it came from. */
  toOriginalRange(start: number, end: number): [number, number] {
    const s = this.toOriginalStart(start);
    return [s, Math.max(s, this.toOriginalEnd(end))];
  }

  /** The map of a text normalization left unchanged. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(Int32Array.of(0), Int32Array.of(0), Uint8Array.of(0), length, length);
  }
}

/** Growable segment lists used while normalizing. */
export class OffsetMapBuilder {
  private norms: number[] = [0];
  private origs: number[] = [0];
  private expands: number[] = [0];

  /** Starts a plain segment: normalized offset `norm` maps to original offset `orig`. */
  plain(norm: number, orig: number): void {
    this.push(norm, orig, 0);
  }

  /** Starts an expansion segment: normalized characters from `norm` all map to original character `orig`. */
  expand(norm: number, orig: number): void {
    this.push(norm, orig, 1);
  }

  private push(norm: number, orig: number, expand: number): void {
    const last = this.norms.length - 1;
    if (this.norms[last] === norm) {
      this.origs[last] = orig;
      this.expands[last] = expand;
      return;
    }
    this.norms.push(norm);
    this.origs.push(orig);
    this.expands.push(expand);
  }

  build(normalizedLength: number, originalLength: number): OffsetMap {
    return new OffsetMap(
      Int32Array.from(this.norms),
      Int32Array.from(this.origs),
      Uint8Array.from(this.expands),
      normalizedLength,
      originalLength,
    );
  }
}
