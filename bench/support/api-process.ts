// The API as a separate process for the benchmarks: `potentiale serve` on a free loopback port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/shared-data.ts';

export const BIN = join(repoRoot, 'bin', 'potentiale.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Runs the CLI to completion; throws with its stderr when it fails. */
export function cli(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`potentiale ${args.join(' ')}: ${r.stderr}`);
}

/** Starts `potentiale serve --no-web` on `db` and resolves when it listens. */
export async function startApi(
  db: string,
  env: NodeJS.ProcessEnv = process.env,
  extraArgs: readonly string[] = [],
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--port', String(port), '--db', db, '--no-fetch', ...extraArgs],
    {
      stdio: ['ignore', (process.env['BENCH_DEBUG'] ?? '') !== '' ? 'inherit' : 'ignore', 'pipe'],
      env,
    },
  );
  child.stderr?.on('data', (d: Buffer) => {
    if ((process.env['BENCH_DEBUG'] ?? '') !== '') process.stderr.write(d);
  });
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) =>
      /kører på/.test(d.toString()) ? resolve() : undefined,
    );
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Resident set size of a process in MB (Linux `ps`). */
export function rssMb(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const out = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Number(out.stdout.trim()) / 1024;
}
