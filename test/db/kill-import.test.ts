import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '../../src/db/index.ts';
import { ENGINES, freshTarget } from '../support/engines.ts';
import { rawDataPath, repoRoot } from '../support/shared-data.ts';
import { FULL_EXPORT_FLAG } from '../support/price-basis.ts';

const BIN = join(repoRoot, 'bin', 'potentiale.js');

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Starts an import and SIGKILLs it as soon as it reports that it is storing values. */
function killDuringImport(args: string[]): Promise<{ signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (/lagrer .*full_noegletal\.csv/.test(stderr)) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

async function snapshot(target: DatabaseTarget) {
  const db = await openDatabase(target);
  try {
    const [row] = await db.query<{ n: number; digest: string; imports: number }>(
      `SELECT (SELECT count(*)::int FROM observations) AS n,
              (SELECT md5(coalesce(string_agg(key_figure_id || municipality_code || year || coalesce(value::text, status), ',' ORDER BY key_figure_id, municipality_code, year), '')) FROM observations) AS digest,
              (SELECT count(*)::int FROM imports) AS imports`,
    );
    return row;
  } finally {
    await db.close();
  }
}

describe.each(ENGINES)('an import killed with SIGKILL on %s', (engine) => {
  let target: DatabaseTarget & { drop(): Promise<void> };
  let dbArg: string;
  beforeAll(async () => {
    target = await freshTarget(engine, join(mkdtempSync(join(tmpdir(), 'potentiale-kill-')), 'db'));
    dbArg = target.kind === 'postgres' ? target.url : (target.dir as string);
  });
  afterAll(async () => {
    await target?.drop();
  });

  it('leaves the previous state intact and the database usable', async () => {
    const small = join(mkdtempSync(join(tmpdir(), 'potentiale-small-')), 'small.csv');
    writeFileSync(
      small,
      'municipality_code;year;key_figure;value\n101;2019;testfigur;1,5\n147;2019;testfigur;2\n',
    );
    const first = await run(['import', small, '--db', dbArg]);
    expect(first.stderr).not.toMatch(/fejl/);
    const before = await snapshot(target);
    expect(before?.n).toBe(2);

    const killed = await killDuringImport([
      'import',
      rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'),
      ...FULL_EXPORT_FLAG,
      '--db',
      dbArg,
    ]);
    expect(killed.signal).toBe('SIGKILL');
    expect(await snapshot(target)).toEqual(before);

    const again = await run([
      'import',
      rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'),
      ...FULL_EXPORT_FLAG,
      '--db',
      dbArg,
    ]);
    expect(again.code).toBe(0);
    expect((await snapshot(target))?.n).toBe(2 + 180 * 98 * 27);
  });
});
