// Benchmark (not a test): MB/s of normalize and analyze on one core, on a corpus of at least 4 MB built
// from the bundled article and, when present, the sentences of the development set in ../shared.
// Usage: npm run bench [-- --corpus PATH] [-- --min-mb N]
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { analyze, defaultExtractors, normalize } from '../dist/index.js';
import { documents as articleSizedDocuments } from './corpus.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const devPath = arg('corpus', new URL('../../shared/data/anercorp/train.txt', import.meta.url).pathname);
const minBytes = Number(arg('min-mb', '4')) * 1024 * 1024;

/** Documents of the benchmark: the article, plus dev-set sentences grouped into ~3 KB articles, repeated to the size asked. */
function documents() {
  const docs = articleSizedDocuments(devPath);
  const corpus = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const d of docs) {
      corpus.push(d);
      bytes += Buffer.byteLength(d);
    }
  }
  return { corpus, bytes, fromDev: docs.length > 1 };
}

/** MB/s of one timed round: whole passes over the corpus until at least two seconds have gone by. */
function round(corpus, bytes, fn) {
  const t0 = process.hrtime.bigint();
  let sink = 0;
  let passes = 0;
  let seconds = 0;
  do {
    for (const d of corpus) sink += fn(d);
    passes++;
    seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (seconds < 2);
  return { mbs: (bytes * passes) / 1024 / 1024 / seconds, sink };
}

/**
 * The best and the median of three rounds. The machines here are shared: other jobs take the core
 * now and then, so the best round is the figure for the code, the median says how steady it was.
 */
function measure(label, corpus, bytes, fn) {
  for (let i = 0; i < Math.min(corpus.length, 200); i++) fn(corpus[i]); // warm up
  const rounds = [0, 1, 2].map(() => round(corpus, bytes, fn).mbs).sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} ${rounds[2].toFixed(1).padStart(7)} MB/s best, ${rounds[1].toFixed(1).padStart(6)} median of 3 rounds`);
  return rounds[2];
}

const { corpus, bytes, fromDev } = documents();
console.log(`node ${process.version} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), one core`);
console.log(`corpus: ${corpus.length} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB UTF-8 (${fromDev ? 'article + development-set sentences' : 'bundled article only'})`);
/** Median over fresh processes of the time to import the package (ESM and CommonJS), module loader included. */
function loadTime(kind) {
  const entry = new URL(kind === 'esm' ? '../dist/index.js' : '../dist/index.cjs', import.meta.url).pathname;
  const code = kind === 'esm'
    ? `const t = performance.now(); import(${JSON.stringify(entry)}).then(() => console.log(performance.now() - t));`
    : `const t = performance.now(); require(${JSON.stringify(entry)}); console.log(performance.now() - t);`;
  const times = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' })));
  times.sort((a, b) => a - b);
  console.log(`${`load (${kind}, median of 7)`.padEnd(34)} ${times[3].toFixed(0).padStart(7)} ms`);
}
loadTime('esm');
loadTime('cjs');
measure('normalize', corpus, bytes, (d) => normalize(d).text.length);
measure('analyze, no extractors', corpus, bytes, (d) => analyze(d, { extractors: [] }).tokens.length);
const VALUE_TYPES = new Set(['MONEY', 'PERCENT', 'NUMBER', 'DATE']);
const values = defaultExtractors().filter((e) => e.types.every((t) => VALUE_TYPES.has(t)));
const names = defaultExtractors().filter((e) => !values.includes(e));
measure('analyze, value extractors only', corpus, bytes, (d) => analyze(d, { extractors: values }).mentions.length);
measure('analyze, name extractors only', corpus, bytes, (d) => analyze(d, { extractors: names }).mentions.length);
measure(`analyze, all ${defaultExtractors().length} extractors`, corpus, bytes, (d) => analyze(d).mentions.length);
