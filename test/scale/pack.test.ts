/**
 * What `npm pack` would publish: the build, the README, the licence, package.json and the sample
 * article the README runs the CLI on — no sources, no tests, no gold annotations, no scripts.
 * (--ignore-scripts: listing the files must not rebuild dist/ under the other tests' feet.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function packList(): string[] {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort();
}

describe('the published package', () => {
  const files = packList();

  it('holds only the build, the docs a user reads, and the sample article', () => {
    const allowed = /^(dist\/[^/]+\.(js|cjs|d\.ts|d\.cts|json)|README\.md|LICENSE|package\.json|fixtures\/ahram-tip-2024\.txt)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
  });

  it('leaves out sources, tests, gold annotations, scripts and CI', () => {
    for (const f of files) {
      expect(f).not.toMatch(/^(src|test|scripts|docs|\.ci)\//);
      expect(f).not.toMatch(/gold|\.test\.|\.map$|tsconfig|vitest|tsup/);
    }
  });

  it('holds every file the exports, the bin and the worker pool need (when built)', () => {
    if (!existsSync(`${ROOT}/dist/cli.js`)) return; // dist/ appears after `npm run build`
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/cli-worker.js', 'package.json', 'README.md', 'LICENSE']) {
      expect(files).toContain(f);
    }
    // Written by `npm run build` after tsup (scripts/write-json-schema.mjs): a bare `tsup` leaves it out.
    if (existsSync(`${ROOT}/dist/document.schema.json`)) expect(files).toContain('dist/document.schema.json');
  });
});
