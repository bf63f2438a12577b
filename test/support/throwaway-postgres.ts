// A PostgreSQL cluster in a temp folder on a free loopback port, for tests and benchmarks.
// PostgreSQL refuses to run as root, so as root the cluster is run as the `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayPostgres {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

const BIN_DIRS = [
  '/usr/lib/postgresql/15/bin',
  '/usr/lib/postgresql/16/bin',
  '/usr/lib/postgresql/17/bin',
];

function findBinDir(): string {
  const fromEnv = process.env['POTENTIALE_PG_BIN'];
  if (fromEnv) return fromEnv;
  const dir = BIN_DIRS.find((d) => existsSync(join(d, 'initdb')));
  if (!dir) {
    throw new Error(
      'PostgreSQL-serveren blev ikke fundet (/usr/lib/postgresql/15/bin). Installér den med: apt-get install -y postgresql-15',
    );
  }
  return dir;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function asPostgresUser(bin: string, args: readonly string[]): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot ? ['runuser', '-u', 'postgres', '--', bin, ...args] : [bin, ...args];
}

function run(cmd: readonly string[]): void {
  const [file, ...args] = cmd;
  if (!file) throw new Error('empty command');
  const r = spawnSync(file, args, { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${cmd.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  }
}

/** Initialises and starts a new cluster; `stop()` shuts it down and removes its folder. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findBinDir();
  const dataDir = mkdtempSync(join(tmpdir(), 'potentiale-pg-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    chmodSync(dataDir, 0o777);
    execFileSync('chown', ['postgres:postgres', dataDir]);
  }
  const pgdata = join(dataDir, 'data');
  run(
    asPostgresUser(join(bin, 'initdb'), [
      '-D',
      pgdata,
      '-U',
      'potentiale',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]),
  );
  const port = await freePort();
  run(
    asPostgresUser(join(bin, 'pg_ctl'), [
      '-D',
      pgdata,
      '-l',
      join(dataDir, 'log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=off -c max_connections=200`,
      'start',
    ]),
  );
  const url = `postgres://potentiale@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    dataDir,
    async stop() {
      run(asPostgresUser(join(bin, 'pg_ctl'), ['-D', pgdata, '-m', 'fast', '-w', 'stop']));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
