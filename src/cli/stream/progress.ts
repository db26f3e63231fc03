import { formatSummary, megabytes, rate, type Totals } from './summary.js';

/** Where progress goes: standard error, or a test's buffer. */
export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Redraws on a terminal at most this often; elsewhere (a log file, with --progress) prints a line this often. */
const TTY_INTERVAL_MS = 100;
const LOG_INTERVAL_MS = 2000;
const BAR_WIDTH = 20;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The progress line: documents, MB (of the total when the input size is known), MB/s, errors, and
 * the ETA when the size is known.
 */
export function formatProgress(t: Totals, totalBytes: number | undefined, bar: boolean): string {
  const parts = [`${(t.lines - t.errors).toLocaleString('en-US')} docs`];
  if (totalBytes !== undefined && totalBytes > 0) {
    const done = Math.min(1, t.bytes / totalBytes);
    const filled = Math.round(done * BAR_WIDTH);
    const head = bar ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ` : '';
    parts[0] = `${head}${Math.floor(done * 100)}%  ${parts[0]}`;
    parts.push(`${megabytes(t.bytes)}/${megabytes(totalBytes)} MB`);
  } else parts.push(`${megabytes(t.bytes)} MB`);
  parts.push(`${rate(t.bytes, t.seconds)} MB/s`);
  parts.push(`${t.errors.toLocaleString('en-US')} ${t.errors === 1 ? 'error' : 'errors'}`);
  if (totalBytes !== undefined && totalBytes > 0 && t.bytes > 0 && t.seconds > 0) {
    parts.push(`ETA ${clock(((totalBytes - t.bytes) * t.seconds) / t.bytes)}`);
  }
  return parts.join('  ');
}

/**
 * A progress display on standard error: a line redrawn in place on a terminal, or a plain line every
 * two seconds elsewhere (only when asked for with --progress). `finish` replaces it with the summary.
 */
export class Progress {
  private last: number;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    // A terminal shows the line at once; a log gets its first line after an interval (a short run logs only its summary).
    this.last = sink.isTTY === true ? -Infinity : now();
  }

  update(t: Totals): void {
    const now = this.now();
    const tty = this.sink.isTTY === true;
    if (now - this.last < (tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
    this.last = now;
    const line = formatProgress(t, this.totalBytes, tty);
    if (tty) {
      const width = this.sink.columns && this.sink.columns > 10 ? this.sink.columns - 1 : 120;
      this.sink.write(`\r${line.slice(0, width)}\x1b[K`);
      this.drawn = true;
    } else this.sink.write(`arabic-entities: ${line}\n`);
  }

  finish(t: Totals): void {
    if (this.drawn) this.sink.write('\r\x1b[K');
    this.sink.write(formatSummary(t) + '\n');
  }
}
