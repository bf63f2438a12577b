import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawDataPath, repoRoot } from '../../support/shared-data.ts';
import type { TestUser } from './test-users.ts';

export interface WebServer {
  readonly url: string;
  readonly home: string;
  stop(): Promise<void>;
}

const bin = join(repoRoot, 'bin', 'potentiale.js');

/**
 * `potentiale serve` in a child process on a free port with its own PGlite folder; with
 * `importRealData`, `potentiale import ../shared/data/raw` runs first, then `potentiale users
 * add` for each of `users` (as an admin would). `env` is added to the server's environment
 * (e.g. POTENTIALE_SECRET_KEY). Resolves with the URL the server printed.
 */
export async function startWebServer(options: {
  readonly importRealData: boolean;
  readonly users?: readonly TestUser[];
  readonly env?: Readonly<Record<string, string>>;
  /** Folders or files (the project's own fixtures) imported after the real data. */
  readonly alsoImport?: readonly string[];
}): Promise<WebServer> {
  // serve serves dist/web and never builds it: build it here when src/web is newer.
  const built = spawnSync(
    process.execPath,
    [join(repoRoot, 'scripts', 'build.js'), '--web', '--if-stale'],
    { encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`npm run build (web) failed: ${built.stderr}`);
  const home = mkdtempSync(join(tmpdir(), 'potentiale-e2e-'));
  const db = join(home, 'db');
  if (options.importRealData) {
    const imported = spawnSync(process.execPath, [bin, 'import', rawDataPath(), '--db', db], {
      encoding: 'utf8',
    });
    // Some files in the raw folder are refused on purpose (exit 2 = some files refused).
    if (imported.status !== 0 && imported.status !== 2)
      throw new Error(`potentiale import failed (${imported.status}): ${imported.stderr}`);
  }
  for (const path of options.alsoImport ?? []) {
    const imported = spawnSync(process.execPath, [bin, 'import', path, '--db', db], {
      encoding: 'utf8',
    });
    if (imported.status !== 0)
      throw new Error(`potentiale import ${path} failed (${imported.status}): ${imported.stderr}`);
  }
  for (const user of options.users ?? []) addUser(db, user);
  // Every browser test logs in from 127.0.0.1: the per-address login limit (10 a minute by
  // default, tested in test/server/accounts-api.test.ts) would count them all as one client.
  const args = [
    'serve',
    '--db',
    db,
    '--port',
    '0',
    '--no-fetch',
    '--login-attempts-per-minute',
    '600',
  ];
  // The server's request log (one JSON line per answer, with its milliseconds) goes to the file
  // POTENTIALE_E2E_SERVER_LOG names, to find what a slow browser test waited for.
  const logPath = process.env['POTENTIALE_E2E_SERVER_LOG'];
  const child = spawn(process.execPath, [bin, ...args], {
    stdio: ['ignore', logPath ? openSync(logPath, 'a') : 'ignore', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      err += chunk;
      const m = /kører på (http:\/\/\S+)/.exec(err);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`potentiale serve exited (${code}): ${err}`)));
  });
  return {
    url,
    home,
    stop: () => stopChild(child).then(() => rmSync(home, { recursive: true, force: true })),
  };
}

/** `potentiale users add <email> --role … [--municipality …] --password-stdin` on the folder. */
function addUser(db: string, user: TestUser): void {
  const codes = user.municipalities ?? [];
  const args = [bin, 'users', 'add', user.email, '--role', user.role, '--password-stdin'];
  if (codes.length > 0) args.push('--municipality', codes.join(','));
  const added = spawnSync(process.execPath, [...args, '--db', db], {
    input: `${user.password}\n`,
    encoding: 'utf8',
  });
  if (added.status !== 0)
    throw new Error(`potentiale users add ${user.email} failed (${added.status}): ${added.stderr}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
