// A JSON Lines corpus for the CLI benchmarks: {"id", "text"} per line, about 3 KB of Arabic news text
// each, from the bundled article and, when present, the development set's sentences (../shared),
// repeated until the corpus reaches the size asked for. Written as a stream: memory stays small.
// Usage: node scripts/corpus.mjs OUT.jsonl [--mb 200]
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';

const article = new URL('../fixtures/ahram-tip-2024.txt', import.meta.url);
const devSet = new URL('../../shared/data/anercorp/train.txt', import.meta.url);

/** Article-sized documents: the fixture, plus dev-set sentences (from `devPath`) grouped into ~3 KB articles. */
export function documents(devPath = devSet) {
  const docs = [readFileSync(article, 'utf8')];
  if (existsSync(devPath)) {
    let sentence = [];
    let current = [];
    let size = 0;
    for (const line of readFileSync(devPath, 'utf8').split('\n')) {
      const token = line.trim().split(/\s+/)[0];
      if (token) sentence.push(token);
      else if (sentence.length) {
        const s = sentence.join(' ');
        current.push(s);
        size += s.length;
        sentence = [];
        if (size > 3000) {
          docs.push(current.join(' '));
          current = [];
          size = 0;
        }
      }
    }
    if (current.length) docs.push(current.join(' '));
  }
  return docs;
}

/** Writes at least `bytes` of JSON Lines to `path`; resolves to { bytes, lines }. */
export async function writeCorpus(path, bytes) {
  const docs = documents();
  const out = createWriteStream(path);
  let written = 0;
  let lines = 0;
  while (written < bytes) {
    for (const text of docs) {
      const line = JSON.stringify({ id: `doc-${lines}`, text }) + '\n';
      written += Buffer.byteLength(line);
      lines++;
      if (!out.write(line)) await once(out, 'drain');
      if (written >= bytes) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return { bytes: written, lines, fromDevSet: docs.length > 1 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, ...rest] = process.argv.slice(2);
  if (!path) {
    console.error('usage: node scripts/corpus.mjs OUT.jsonl [--mb 200]');
    process.exit(2);
  }
  const i = rest.indexOf('--mb');
  const mb = i >= 0 ? Number(rest[i + 1]) : 200;
  const { bytes, lines } = await writeCorpus(path, mb * 1024 * 1024);
  console.log(`wrote ${path}: ${lines} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
}
