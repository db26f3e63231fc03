import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

// franc and its helpers are ESM-only: bundling them keeps the CommonJS build loadable with require().
const bundled = ['zod', 'franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

const LIBRARY_ENTRY = path.resolve('src/index.ts');

/**
 * The CLI is a thin client of the public API: its imports of src/index.ts become imports of
 * dist/index.js beside it, so the package ships the library once and the CLI runs the very code users
 * import.
 */
const libraryAsExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-as-external',
  setup(build) {
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return target === LIBRARY_ENTRY ? { path: './index.js', external: true } : undefined;
    });
  },
};

/**
 * Lexicon JSON goes into the bundle as JSON text parsed on first use (src/lazy-json.ts), not as an
 * object literal: V8 parses JSON text several times faster than it compiles a literal of the same size,
 * and a lexicon no document has needed yet costs nothing at load. The lexicons were most of the
 * package's load time; most are first read when a document needs them.
 */
const jsonAsParse: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const parsed: unknown = JSON.parse(await readFile(args.path, 'utf8'));
      const lazyJson = JSON.stringify(path.resolve('src/lazy-json.ts'));
      return {
        contents: `import { lazyJson } from ${lazyJson};\nexport default /* @__PURE__ */ lazyJson(${Array.isArray(parsed)}, ${JSON.stringify(JSON.stringify(parsed))});`,
        loader: 'js',
      };
    });
  },
};

/** Arabic text stays UTF-8 in the bundle (an escape is six bytes, a UTF-8 Arabic letter two). */
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

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
    esbuildPlugins: [jsonAsParse],
    esbuildOptions: utf8,
  },
  {
    // cli-worker: the JSONL pipeline's worker threads; it loads the library from dist/index.js next to it.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/stream/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryAsExternal, jsonAsParse],
    esbuildOptions: utf8,
    splitting: false,
  },
]);
