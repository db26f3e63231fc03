/**
 * The built CLI for tests that spawn it (not a test file itself). It is built fresh from src/ with
 * esbuild, the way tsup builds dist/ (dist/index.js, dist/cli.js and dist/cli-worker.js side by side),
 * into a directory under node_modules/.cache: a stale or half-rebuilt dist/ cannot make the tests
 * pass or fail, and zod and piscina resolve from the project's node_modules as they do from dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const external = ['zod', 'piscina'];

let built: Promise<string> | undefined;

/** Removes the builds of test processes that have ended (a killed test worker leaves its build behind). */
function removeStale(cache: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(cache);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^dist-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0); // still running: leave it
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(cache, name), { recursive: true, force: true });
    }
  }
}

/** Builds the CLI once per test file; returns the path of cli.js. */
export function builtCli(): Promise<string> {
  built ??= (async () => {
    const cache = join(ROOT, 'node_modules', '.cache', 'arabic-entities-test');
    removeStale(cache);
    const dir = join(cache, `dist-${process.pid}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const common = { bundle: true, format: 'esm', target: 'node20', external, logLevel: 'silent', absWorkingDir: ROOT } as const;
    await Promise.all([
      build({ ...common, entryPoints: ['src/index.ts'], outfile: join(dir, 'index.js'), platform: 'neutral', mainFields: ['module', 'main'] }),
      build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: join(dir, 'cli.js'), platform: 'node' }),
      build({ ...common, entryPoints: ['src/cli/stream/worker.ts'], outfile: join(dir, 'cli-worker.js'), platform: 'node' }),
    ]);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'cli.js');
  })();
  return built;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with the given arguments and standard input. */
export async function runCli(args: string[], input?: string | Buffer, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const cli = await builtCli();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of it (usage errors)
    child.stdin.end(input ?? '');
  });
}

/** Whether a command exists on this machine. */
export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export { ROOT };
