// Runs `arabic-entities eval` (the built CLI, dist/cli.js) on the development set in ../shared.
// Usage: npm run build && node scripts/eval-dev.mjs [--format json] [--limit N] [--top N]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dev = fileURLToPath(new URL('../../shared/data/anercorp/train.txt', import.meta.url));
if (!existsSync(cli)) {
  console.error('eval-dev: dist/cli.js is missing; run npm run build first');
  process.exit(1);
}
if (!existsSync(dev)) {
  console.error(`eval-dev: no development set at ${dev}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, 'eval', dev, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
