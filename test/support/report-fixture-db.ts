// The report's fixture database (issue 20): the made-up figures of test/fixtures/report for all
// 98 municipalities, imported on either engine into a fresh database. Used by the golden PDF
// text, the API and the `--all` tests; never real data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE } from '../../src/core/index.ts';
import { importFiles } from '../../src/cli/import-files.ts';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/index.ts';
import { writeReportFixture } from '../fixtures/report/fixture.ts';
import { freshTarget, type EngineName } from './engines.ts';

/** The fixture's year for the report tests: its newest, all accounts. */
export const REPORT_FIXTURE_YEAR = 2019;

export interface ReportFixture {
  /** What `--db` takes: the PGlite folder or the PostgreSQL URL. */
  readonly location: string;
  /** Opens the database (PGlite: one handle at a time; close it before the CLI opens it). */
  open(): Promise<Database>;
  /** Removes the folder or drops the database. */
  drop(): Promise<void>;
}

/** A fresh database on `engine` with the report fixture imported (amounts in current prices). */
export async function reportFixtureDatabase(engine: EngineName): Promise<ReportFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'report-fixture-'));
  const target = await freshTarget(engine, join(dir, 'db'));
  const open = () => openDatabase(target as DatabaseTarget, { catalogue: CATALOGUE });
  const db = await open();
  try {
    const [outcome] = await importFiles(db, [writeReportFixture(dir)], {
      cwd: dir,
      now: () => new Date('2026-12-07T09:00:00Z'),
      priceBasis: { basis: 'current', year: null },
    });
    if (outcome?.outcome !== 'imported')
      throw new Error(`The report fixture was not imported: ${JSON.stringify(outcome)}`);
  } finally {
    await db.close();
  }
  return {
    location: target.kind === 'postgres' ? target.url : join(dir, 'db'),
    open,
    async drop() {
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
