// `npm run bench -- import`: the import throughput of full_noegletal.csv (parse, validate and
// store in one transaction) against PostgreSQL's own COPY of the same rows into a table of the
// same shape, on the same engine, in the same run. Both engines when PostgreSQL is installed.
import { PGlite } from '@electric-sql/pglite';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { CATALOGUE, fixedPrices, isMoneyUnit, storedBasis } from '../src/core/index.ts';
import { importFiles } from '../src/cli/import-files.ts';
import { openDatabase, type DatabaseTarget } from '../src/db/index.ts';
import { parseNoegletalCsv } from '../src/sources/index.ts';
import { rawDataPath } from '../test/support/shared-data.ts';
import { startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';

const FILE = rawDataPath('noegletal-wdmdev', 'full_noegletal.csv');
const RUNS = 3;
// A nøgletal export does not state its price level; the wdmdev export is in 2010 prices.
const PRICE_BASIS = fixedPrices(2010);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

// The rows our import stores, as CSV in the table's column order: the year kind from the
// export's header, the price basis on money only (a unit in kroner, catalogue first).
function observationsCsv(): { csv: string; rows: number } {
  const parsed = parseNoegletalCsv(new Uint8Array(readFileSync(FILE)), 'full_noegletal.csv');
  const unit = new Map(parsed.keyFigures.map((k) => [k.id, k.unit ?? '']));
  for (const k of CATALOGUE) unit.set(k.id, k.unit);
  const basis = storedBasis(PRICE_BASIS);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = parsed.observations.map(
    (o) =>
      `${q(o.keyFigureId)},${o.municipalityCode},${o.year},${o.value === null ? '' : String(o.value)},${o.status},${q(o.raw)},1,` +
      `${parsed.yearKinds?.get(o.year) ?? 'accounts'},${isMoneyUnit(unit.get(o.keyFigureId) ?? '') ? basis : 'none'}`,
  );
  return { csv: `${lines.join('\n')}\n`, rows: lines.length };
}

async function timeOurImport(target: DatabaseTarget): Promise<number> {
  const db = await openDatabase(target, { catalogue: CATALOGUE });
  try {
    const t0 = performance.now();
    const [outcome] = await importFiles(db, [FILE], {
      cwd: process.cwd(),
      now: () => new Date(),
      priceBasis: PRICE_BASIS,
    });
    const ms = performance.now() - t0;
    if (outcome?.outcome !== 'imported' || outcome.summary.inserted !== 476_280)
      throw new Error(`unexpected import outcome: ${JSON.stringify(outcome)}`);
    return ms;
  } finally {
    await db.close();
  }
}

const COPY_TABLE = `CREATE TABLE copy_reference (LIKE observations INCLUDING ALL)`;

async function timePgliteCopy(dir: string, csv: string): Promise<number> {
  // Migrates the folder, and closes it before PGlite opens it again.
  await (await openDatabase({ kind: 'pglite', dir })).close();
  const db = new PGlite(dir);
  try {
    await db.exec(COPY_TABLE);
    const t0 = performance.now();
    await db.query(`COPY copy_reference FROM '/dev/blob' WITH (FORMAT csv)`, [], {
      blob: new Blob([csv]),
    });
    return performance.now() - t0;
  } finally {
    await db.close();
  }
}

async function timeServerCopy(url: string, csv: string): Promise<number> {
  await (await openDatabase({ kind: 'postgres', url })).close();
  const dir = mkdtempSync(join(tmpdir(), 'potentiale-copy-'));
  chmodSync(dir, 0o755);
  const file = join(dir, 'rows.csv');
  writeFileSync(file, csv, { mode: 0o644 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(COPY_TABLE);
    const t0 = performance.now();
    // A server-side COPY of a local file: the fastest way in, with no client round trips.
    await client.query(`COPY copy_reference FROM '${file}' WITH (FORMAT csv)`);
    return performance.now() - t0;
  } finally {
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

function report(engine: string, rows: number, ours: number[], copy: number[]): void {
  const o = median(ours);
  const c = median(copy);
  console.log(
    `${engine.padEnd(10)} rows ${rows}  ours ${(o / 1000).toFixed(2)} s (${Math.round(rows / (o / 1000)).toLocaleString('en')} rows/s)` +
      `  COPY ${(c / 1000).toFixed(2)} s (${Math.round(rows / (c / 1000)).toLocaleString('en')} rows/s)  ratio ours/COPY ${(o / c).toFixed(2)}×` +
      `  throughput ${(c / o).toFixed(2)}× COPY's (goal ≥ 0.5×)`,
  );
}

export async function run(): Promise<void> {
  const { csv, rows } = observationsCsv();
  console.log(
    `full_noegletal.csv: ${rows} observations; median of ${RUNS} runs; ours = parse + validate + store in one transaction`,
  );

  const ours: number[] = [];
  const copy: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const base = mkdtempSync(join(tmpdir(), 'potentiale-bench-'));
    ours.push(await timeOurImport({ kind: 'pglite', dir: join(base, 'ours') }));
    copy.push(await timePgliteCopy(join(base, 'copy'), csv));
    rmSync(base, { recursive: true, force: true });
  }
  report('PGlite', rows, ours, copy);

  let server;
  try {
    server = await startThrowawayPostgres();
  } catch (e) {
    console.log(`PostgreSQL: skipped (${e instanceof Error ? e.message : String(e)})`);
    return;
  }
  try {
    const oursPg: number[] = [];
    const copyPg: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      oursPg.push(
        await timeOurImport({
          kind: 'postgres',
          url: await createDatabase(server.url, `ours_${i}`),
        }),
      );
      copyPg.push(await timeServerCopy(await createDatabase(server.url, `copy_${i}`), csv));
    }
    report('PostgreSQL', rows, oursPg, copyPg);
  } finally {
    await server.stop();
  }
}
