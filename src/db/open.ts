import { resolve } from 'node:path';
import { PotentialeError, type KeyFigure } from '../core/index.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { seedMunicipalities, syncCatalogue } from './reference-data.ts';

/** Where the database is: a PostgreSQL URL, a PGlite folder, or PGlite in memory (tests). */
export type DatabaseTarget =
  | { readonly engine: 'postgres'; readonly url: string }
  | { readonly engine: 'pglite'; readonly dir: string | undefined };

/**
 * Chooses the database from the `--db` flag and the environment: `--db <dir>` wins, then
 * DATABASE_URL (a PostgreSQL server), then POTENTIALE_HOME, then `.potentiale/` in `cwd`.
 */
export function resolveDatabaseTarget(options: {
  readonly dbFlag?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}): DatabaseTarget {
  const flag = options.dbFlag;
  if (flag !== undefined && flag !== '') {
    if (/^postgres(ql)?:\/\//.test(flag)) return { engine: 'postgres', url: flag };
    return { engine: 'pglite', dir: resolve(options.cwd, flag) };
  }
  const url = options.env['DATABASE_URL'];
  if (url) return { engine: 'postgres', url };
  const home = options.env['POTENTIALE_HOME'];
  return { engine: 'pglite', dir: resolve(options.cwd, home || '.potentiale') };
}

export interface OpenOptions {
  /** Apply pending migrations and reference data (default true). */
  readonly migrate?: boolean;
  /** The reviewed catalogue to write into key_figures. */
  readonly catalogue?: readonly KeyFigure[];
}

/** Opens the database, applies pending migrations and syncs the municipalities and catalogue. */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  let db: Database;
  try {
    db =
      target.engine === 'postgres' ? await openPostgres(target.url) : await openPglite(target.dir);
  } catch (e) {
    const where =
      target.engine === 'postgres'
        ? 'PostgreSQL-serveren'
        : `databasen i ${target.dir ?? 'hukommelsen'}`;
    throw new PotentialeError(
      'database',
      `Kunne ikke åbne ${where}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (options.migrate !== false) {
    try {
      await migrate(db);
      await db.transaction(async (tx) => {
        await seedMunicipalities(tx);
        await syncCatalogue(tx, options.catalogue ?? []);
      });
    } catch (e) {
      await db.close();
      throw e;
    }
  }
  return db;
}
