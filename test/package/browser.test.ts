import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

/** Every source file of the library core: all of src/ but the CLI. */
function coreFiles(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join('src', 'cli') ? [] : coreFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the library core runs in browsers', () => {
  test('no core file imports a node: module or a Node built-in', () => {
    const offenders = coreFiles().filter((file) => /from ['"](node:|fs['"]|path['"]|os['"]|child_process|worker_threads)/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('the core bundles for the browser platform', async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);
    expect(code).toContain('analyze');
  });
});
