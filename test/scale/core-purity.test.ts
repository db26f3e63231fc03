/**
 * The library core (all of src/ but the CLI) uses no network, no filesystem and no eval: it runs the
 * same in a browser, a worker or a sandbox, and nothing in a document can make it load or run code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function coreFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(SRC, 'cli') ? [] : coreFiles(path);
    return /\.(ts|js|mjs|json)$/.test(name) ? [path] : [];
  });
}

/** Source without comments, so that prose about the rule does not trip it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch(', /\bfetch\s*\(/],
  ['eval(', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ["a 'node:' module", /['"`]node:/],
  ['require(', /\brequire\s*\(/],
  ['a dynamic import()', /(^|[^.\w])import\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['a Node built-in module', /from\s+['"](fs|path|os|child_process|worker_threads|net|http|https|vm)['"]/],
];

describe('the library core', () => {
  const files = coreFiles();

  it('is what this test scans (src/ without src/cli)', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => relative(SRC, f).startsWith('cli'))).toBe(false);
    expect(files).toContain(join(SRC, 'analyze.ts'));
  });

  it.each(FORBIDDEN)('never uses %s', (_, pattern) => {
    const offenders = files.filter((f) => !f.endsWith('.json') && pattern.test(code(readFileSync(f, 'utf8')))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('would catch a use of each (the patterns are not vacuous)', () => {
    const samples = ["await fetch('https://x')", 'eval("1")', 'new Function("return 1")', "import { readFileSync } from 'node:fs';", "const fs = require('fs')", "await import('./x.js')", 'new XMLHttpRequest()', 'new WebSocket(u)', "import { join } from 'path';"];
    FORBIDDEN.forEach(([, pattern], i) => expect(pattern.test(code(samples[i]!))).toBe(true));
    // …and not prose or look-alikes.
    expect(FORBIDDEN.some(([, p]) => p.test(code('// no node: module, no fetch() here\nconst node: Node = x; retrieval(); obj.eval(1);')))).toBe(false);
  });
});
