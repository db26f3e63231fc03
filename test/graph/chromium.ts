/** Drives Debian's headless Chromium from tests: no browser library, just the command line. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

function run(args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  try {
    return execFileSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 90_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The DOM after the page loaded and its scripts ran, serialized. */
export function dumpDom(file: string, width = 1280, height = 2000): string {
  return run([`--window-size=${width},${height}`, '--dump-dom', pathToFileURL(file).href]);
}

/** A PNG screenshot of the page's first `height` pixels. */
export function screenshot(file: string, png: string, width = 1280, height = 2000): void {
  run([`--window-size=${width},${height}`, `--screenshot=${png}`, pathToFileURL(file).href]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(data: Buffer): { width: number; height: number } {
  if (data.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
