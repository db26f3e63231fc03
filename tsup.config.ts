import { defineConfig } from 'tsup';

// franc and its helpers are ESM-only: bundling them keeps the CommonJS build loadable with require().
const bundled = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    noExternal: bundled,
    splitting: false,
    treeshake: true,
  },
  {
    // cli-worker: the JSONL pipeline's worker threads; it loads the library from dist/index.js next to it.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/stream/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
  },
]);
