import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { freshTarget } from '../support/engines.ts';

// F12: no output of any command shows a database password, wherever it stands in the URL.
const PASSWORD = 'Hemmelig7f3a9Kode';

/** Everything a run wrote to stdout and stderr, and its exit code. */
interface Run {
  readonly args: readonly string[];
  readonly code: number;
  readonly output: string;
}

/** Runs the CLI in-process; `serve` stops as soon as it has started. */
async function run(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  let output = '';
  const code = await runCli(args, {
    stdout: (s) => {
      output += s;
    },
    stderr: (s) => {
      output += s;
    },
    env,
    cwd: process.cwd(),
    now: () => new Date('2026-11-23T12:00:00Z'),
    isTty: false,
    signals: { wait: async () => undefined },
  });
  return { args, code, output };
}

describe('database passwords in every position, through every command that shows a URL', () => {
  const runs: Run[] = [];
  let base: URL;
  let drop: () => Promise<void>;
  let tidy: string;
  let blocker: Server;
  let busyPort: number;
  beforeAll(async () => {
    const target = await freshTarget('postgres');
    if (target.kind !== 'postgres') throw new Error('postgres expected');
    drop = target.drop;
    base = new URL(target.url);
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-secrets-'));
    tidy = join(dir, 'tidy.csv');
    writeFileSync(tidy, 'municipality_code;year;key_figure;value\n101;2020;hemmelig-test;1\n');
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    busyPort = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => blocker?.close(resolve));
    await drop?.();
  });

  /** The server's URL with the password put in the given places (the server trusts anyone). */
  const withPassword = (
    places: readonly ('userinfo' | 'password' | 'sslpassword')[],
    change: (u: URL) => void = () => undefined,
  ): string => {
    const u = new URL(base);
    if (places.includes('userinfo')) u.password = PASSWORD;
    if (places.includes('password')) u.searchParams.set('password', PASSWORD);
    if (places.includes('sslpassword')) u.searchParams.set('sslpassword', PASSWORD);
    change(u);
    return u.toString();
  };

  it('db status, db status --json, import and serve on a reachable server', async () => {
    for (const places of [
      ['userinfo'],
      ['password'],
      ['sslpassword'],
      ['userinfo', 'password', 'sslpassword'],
    ] as const) {
      const url = withPassword(places);
      for (const [args, env] of [
        [['db', 'status', '--db', url], {}],
        [['db', 'status', '--json', '--db', url], {}],
        [['db', 'status', '--json'], { DATABASE_URL: url }],
        [['import', tidy, '--price-basis', 'current'], { DATABASE_URL: url }],
        [['serve', '--port', '0', '--no-fetch', '--no-web'], { DATABASE_URL: url }],
        [['serve', '--port', String(busyPort), '--no-fetch', '--no-web', '--db', url], {}],
      ] as const) {
        runs.push(await run(args, env));
      }
    }
    expect(runs.filter((r) => r.code === 0)).toHaveLength(4 * 5);
    // The URLs are shown, masked.
    expect(runs.map((r) => r.output).join('')).toMatch(
      /postgres:\/\/potentiale:\*\*\*@127\.0\.0\.1:\d+\/\w+\?password=\*\*\*&sslpassword=\*\*\*/,
    );
  });

  it('failures: an unreachable server, an unknown database, a keyword/value string', async () => {
    const failing = [
      withPassword(['userinfo', 'password'], (u) => {
        u.port = '1';
      }),
      withPassword(['userinfo', 'sslpassword'], (u) => {
        u.pathname = '/findes_ikke';
      }),
      `host=127.0.0.1 port=${base.port} user=potentiale password=${PASSWORD} dbname=x`,
      `postgres://potentiale:${PASSWORD}@[::1:bad/x`,
    ];
    for (const url of failing) {
      runs.push(await run(['db', 'status', '--db', url]));
      runs.push(await run(['import', tidy, '--price-basis', 'current'], { DATABASE_URL: url }));
      runs.push(
        await run(['serve', '--port', '0', '--no-fetch', '--no-web'], { DATABASE_URL: url }),
      );
    }
    expect(runs.slice(-failing.length * 3).every((r) => r.code !== 0)).toBe(true);
  });

  it('the real command, db status --json with the password as a query parameter', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['bin/potentiale.js', 'db', 'status', '--json'],
      { env: { ...process.env, DATABASE_URL: withPassword(['password']) } },
    );
    runs.push({ args: ['bin'], code: 0, output: stdout + stderr });
    expect(JSON.parse(stdout)).toMatchObject({ engine: 'postgres' });
  });

  it('never showed the password', () => {
    expect(runs.length).toBeGreaterThan(30);
    for (const r of runs) expect(r.output, r.args.join(' ')).not.toContain(PASSWORD);
  });
});
