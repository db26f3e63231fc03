import { describe, expect, it } from 'vitest';
import { formatProgress, Progress } from '../../../src/cli/stream/progress.js';
import { formatSummary, mentionCounts, type Totals } from '../../../src/cli/stream/summary.js';

const MB = 1024 * 1024;
const totals = (over: Partial<Totals> = {}): Totals => ({ lines: 1234, errors: 2, bytes: 50 * MB, mentions: {}, seconds: 10, ...over });

describe('progress and summary', () => {
  it('shows documents, MB, MB/s, errors and an ETA when the size is known', () => {
    expect(formatProgress(totals(), 200 * MB, false)).toBe('25%  1,232 docs  50.0/200.0 MB  5.0 MB/s  2 errors  ETA 0:30');
    expect(formatProgress(totals(), 200 * MB, true)).toMatch(/^\[#####-{15}\] 25% {2}1,232 docs/);
    expect(formatProgress(totals({ errors: 1 }), undefined, true)).toBe('1,233 docs  50.0 MB  5.0 MB/s  1 error');
    expect(formatProgress(totals({ bytes: 100 * MB, seconds: 4000 }), 250 * MB, false)).toMatch(/ETA 1:40:00$/);
  });

  it('summarizes on one line: documents, errors, mentions per type, MB/s', () => {
    const line = formatSummary(totals({ mentions: { LOCATION: 5, PERSON: 1200, MONEY: 3 } }));
    expect(line).toBe('arabic-entities: 1,232 documents, 2 errors; 1,208 mentions (PERSON 1,200, LOCATION 5, MONEY 3); 50.0 MB in 10.0 s (5.0 MB/s)');
    expect(line).not.toContain('\n');
    expect(mentionCounts({})).toBe('none');
    expect(mentionCounts({ ZEBRA: 1, DATE: 2 })).toBe('DATE 2, ZEBRA 1');
  });

  it('redraws in place on a terminal, at most every 100 ms, and clears the line before the summary', () => {
    let clock = 0;
    const written: string[] = [];
    const p = new Progress({ isTTY: true, columns: 80, write: (s) => written.push(s) }, 100 * MB, () => clock);
    p.update(totals());
    clock = 50;
    p.update(totals());
    clock = 150;
    p.update(totals());
    expect(written).toHaveLength(2);
    expect(written.every((w) => w.startsWith('\r') && w.endsWith('\x1b[K'))).toBe(true);
    expect(written.every((w) => w.length <= 80 + 4)).toBe(true);
    p.finish(totals());
    expect(written.at(-2)).toBe('\r\x1b[K');
    expect(written.at(-1)).toMatch(/^arabic-entities: 1,232 documents.*\n$/);
  });

  it('prints plain lines every two seconds when not on a terminal, and only the summary for a short run', () => {
    let clock = 0;
    const written: string[] = [];
    const p = new Progress({ isTTY: false, write: (s) => written.push(s) }, undefined, () => clock);
    p.update(totals());
    clock = 1000;
    p.update(totals());
    expect(written).toEqual([]);
    clock = 2500;
    p.update(totals());
    expect(written).toEqual(['arabic-entities: 1,232 docs  50.0 MB  5.0 MB/s  2 errors\n']);
    p.finish(totals());
    expect(written).toHaveLength(2);
    expect(written.join('')).not.toContain('\r');
  });
});
