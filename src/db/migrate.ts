import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PotentialeError } from '../core/index.ts';
import type { Database } from './database.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export interface MigrationState {
  readonly version: number;
  readonly name: string;
  readonly appliedAt: string | null;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant will do; it keeps two processes from migrating the same database at once.
const LOCK_KEY = 7_270_001;

/** The migrations shipped with this version, in order (files `NNNN_name.sql`, append-only). */
export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), 'utf8');
      return {
        version: Number(f.slice(0, 4)),
        name: f.slice(5, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

async function ensureTable(db: Database): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
}

/**
 * Applies the pending migrations in one transaction and records them. Refuses to run when an
 * applied migration's file has changed since (migrations are append-only).
 * @returns the versions applied now (empty when the database was up to date)
 */
export async function migrate(db: Database, migrations = listMigrations()): Promise<number[]> {
  await ensureTable(db);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const applied = await tx.query<{ version: number; checksum: string }>(
      'SELECT version, checksum FROM schema_migrations',
    );
    const byVersion = new Map(applied.map((r) => [r.version, r.checksum]));
    const done: number[] = [];
    for (const m of migrations) {
      const checksum = byVersion.get(m.version);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new PotentialeError(
            'database',
            `Migration ${m.version} (${m.name}) er ændret efter den blev kørt; migrationer må kun tilføjes, aldrig ændres`,
          );
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
        [m.version, m.name, m.checksum],
      );
      done.push(m.version);
    }
    return done;
  });
}

/** Every known migration with when it was applied (null when pending). */
export async function migrationStatus(
  db: Database,
  migrations = listMigrations(),
): Promise<MigrationState[]> {
  await ensureTable(db);
  const rows = await db.query<{ version: number; applied_at: Date | string }>(
    'SELECT version, applied_at FROM schema_migrations',
  );
  const at = new Map(rows.map((r) => [r.version, new Date(r.applied_at).toISOString()]));
  return migrations.map((m) => ({
    version: m.version,
    name: m.name,
    appliedAt: at.get(m.version) ?? null,
  }));
}
