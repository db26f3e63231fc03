// Benchmark (not a test) of the streaming CLI: `analyze --jsonl` over a generated corpus with 1 worker
// (in this thread) and with 2 worker threads, in the same run; prints MB/s, the speed-up and the peak
// resident memory of each run (the whole process, worker threads included). With --ceiling it also runs
// each half of the corpus in its own one-worker process, both at once: the same work split in two with
// nothing shared, the bound for what two worker threads can reach on this machine.
// Usage: npm run bench:cli [-- --mb 16] [-- --workers 1,2] [-- --runs 2] [-- --corpus PATH] [-- --no-tokens] [-- --ceiling] [-- --cli dist/cli.js]
import { spawn } from 'node:child_process';
import { openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const cli = arg('cli', fileURLToPath(new URL('../dist/cli.js', import.meta.url)));
const workers = arg('workers', '1,2').split(',').map(Number);
const runs = Number(arg('runs', '1'));
const extra = args.includes('--no-tokens') ? ['--no-tokens'] : [];

// Peak RSS of the child, printed on its standard error as it exits.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

function run(corpus, n) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', RSS_HOOK, cli, 'analyze', '--jsonl', corpus, '--workers', String(n), '--no-progress', ...extra], {
      stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (b) => (err += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`arabic-entities exited with ${code}: ${err}`));
      resolve({ seconds, rssMB: Number(/maxrss (\d+)/.exec(err)?.[1] ?? NaN) / 1024 });
    });
  });
}

/** Writes the two halves of a JSON Lines file, cut at the line nearest its middle, to temporary files. */
function splitInHalves(path) {
  const bytes = readFileSync(path);
  let cut = bytes.indexOf(0x0a, bytes.length >> 1) + 1;
  if (cut <= 0) cut = bytes.length;
  return [bytes.subarray(0, cut), bytes.subarray(cut)].map((part, i) => {
    const half = join(os.tmpdir(), `arabic-entities-bench-${process.pid}-half${i}.jsonl`);
    writeFileSync(half, part);
    return half;
  });
}

let corpus = arg('corpus');
let generated = false;
if (!corpus) {
  corpus = join(os.tmpdir(), `arabic-entities-bench-${process.pid}.jsonl`);
  await writeCorpus(corpus, Number(arg('mb', '16')) * 1024 * 1024);
  generated = true;
}
try {
  const bytes = statSync(corpus).size;
  const mb = bytes / 1024 / 1024;
  console.log(`node ${process.version} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.availableParallelism()} cores), load average ${os.loadavg()[0].toFixed(2)}`);
  console.log(`corpus: ${corpus} (${mb.toFixed(1)} MB JSON Lines)${extra.length ? ', --no-tokens' : ''}; best of ${runs} run(s)`);
  let base;
  for (const n of workers) {
    let best;
    for (let r = 0; r < runs; r++) {
      const result = await run(corpus, n);
      if (!best || result.seconds < best.seconds) best = result;
    }
    const rate = mb / best.seconds;
    base ??= rate;
    console.log(
      `--workers ${n}`.padEnd(13) +
        `${rate.toFixed(2).padStart(7)} MB/s  ${best.seconds.toFixed(1).padStart(6)} s  ×${(rate / base).toFixed(2)}  peak RSS ${best.rssMB.toFixed(0)} MB`,
    );
  }
  if (args.includes('--ceiling') && base) {
    // The same corpus cut in two at a line, each half in its own one-thread process, both started
    // together: the work a pool of two splits, with nothing shared. The later finisher sets the rate.
    const halves = splitInHalves(corpus);
    try {
      const both = await Promise.all(halves.map((half) => run(half, 1)));
      const rate = mb / Math.max(...both.map((r) => r.seconds));
      console.log(`${'2 processes'.padEnd(13)}${rate.toFixed(2).padStart(7)} MB/s  ×${(rate / base).toFixed(2)}  (each half of the corpus in its own --workers 1 process, at once)`);
    } finally {
      for (const half of halves) rmSync(half, { force: true });
    }
  }
} finally {
  if (generated) rmSync(corpus, { force: true });
}
