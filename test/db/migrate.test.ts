import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate, migrationStatus, type Database } from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

describe.each(ENGINES)('migrate(db) on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('has applied every shipped migration and records them', async () => {
    const status = await migrationStatus(db);
    expect(status.length).toBe(listMigrations().length);
    expect(status.every((s) => s.appliedAt !== null)).toBe(true);
  });

  it('applies nothing the second time', async () => {
    expect(await migrate(db)).toEqual([]);
  });

  it('refuses to run when an applied migration was edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    const [first] = listMigrations();
    writeFileSync(join(dir, `0001_${first?.name}.sql`), `${first?.sql}\n-- edited`);
    await expect(migrate(db, listMigrations(dir))).rejects.toThrow(/ændret/);
  });

  it('seeds the 5 regions and 98 municipalities', async () => {
    const [r] = await db.query<{ regions: number; municipalities: number }>(
      'SELECT (SELECT count(*)::int FROM regions) AS regions, (SELECT count(*)::int FROM municipalities) AS municipalities',
    );
    expect(r).toEqual({ regions: 5, municipalities: 98 });
  });
});
