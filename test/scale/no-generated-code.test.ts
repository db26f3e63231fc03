/**
 * zod builds a fast parser per object schema with `new Function` unless told not to; src/zod.ts tells
 * it not to, before any schema exists. This file loads the library with the Function constructor
 * trapped and checks that loading it, analyzing text and validating a document never call it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const RealFunction = globalThis.Function;
const generated: string[] = [];
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args: string[]) {
    generated.push(String(args.at(-1)).slice(0, 60));
    return Reflect.construct(target, args);
  },
  apply(target, self, args: string[]) {
    generated.push(String(args.at(-1)).slice(0, 60));
    return Reflect.apply(target, self, args);
  },
});
afterAll(() => {
  globalThis.Function = RealFunction;
});

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('generated code', () => {
  it('is never made while loading, analyzing, validating or parsing options', async () => {
    const { analyze, DocumentSchema, AnalyzeOptionsSchema } = await import('../../src/index.js');
    const doc = analyze('قال الرئيس عبد الفتاح السيسي إن مصر تلقت 1.5 مليون دولار في عام 2024.', { normalize: { digits: true } });
    expect(doc.mentions.length).toBeGreaterThan(2);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(AnalyzeOptionsSchema.safeParse({ tokens: 'yes' }).success).toBe(false);
    expect(generated).toEqual([]);
  });

  it('would be seen by the trap (it is not vacuous)', () => {
    const before = generated.length;
    new globalThis.Function('return 1');
    expect(generated.length).toBe(before + 1);
    generated.length = before;
  });

  it('cannot come from a schema module that skips src/zod.ts (zod is imported there only)', () => {
    const direct = sourceFiles()
      .filter((f) => /from\s+['"]zod['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(direct).toEqual(['zod.ts']);
  });

  // The build can lose the switch that src/ has: a bundler told the package has no side effects drops
  // src/zod.ts's config call (package.json lists that file as the one with a side effect).
  it.each(['index.js', 'index.cjs'])('is never made by the built dist/%s (when built)', (file) => {
    if (!existsSync(join(DIST, file))) return; // dist/ appears after `npm run build`
    const load = file.endsWith('.cjs') ? `require(${JSON.stringify(join(DIST, file))})` : `await import(${JSON.stringify(join(DIST, file))})`;
    const script = `
      const Real = Function; let made = 0;
      globalThis.Function = new Proxy(Real, { construct: (t, a) => (made++, Reflect.construct(t, a)), apply: (t, s, a) => (made++, Reflect.apply(t, s, a)) });
      (async () => {
        const m = ${load};
        const doc = m.analyze('قال الرئيس عبد الفتاح السيسي إن مصر تلقت 1.5 مليون دولار.');
        m.DocumentSchema.parse(doc);
        console.log(JSON.stringify({ made, mentions: doc.mentions.length }));
      })();`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { made: number; mentions: number };
    expect(out.mentions).toBeGreaterThan(2);
    expect(out.made).toBe(0);
  });
});
