import { resolve } from 'node:path';
import { InvalidInputError, PotentialeError, type KeyFigure } from '../core/index.ts';
import type { Database } from './database.ts';
import { hideSecrets, maskDatabaseUrl } from './database-url.ts';
import { diskFullLocation, diskFullMessage } from './disk-full.ts';
import { migrate } from './migrate.ts';
import { seedMunicipalities, syncCatalogue } from './reference-data.ts';

/** Where the database is: a PostgreSQL URL, a PGlite folder, or PGlite in memory (tests). */
export type DatabaseTarget =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'pglite'; readonly dir: string | undefined };

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
    refuseKeywordValue(flag, '--db');
    if (/^postgres(ql)?:\/\//.test(flag)) return { kind: 'postgres', url: flag };
    return { kind: 'pglite', dir: resolve(options.cwd, flag) };
  }
  const url = options.env['DATABASE_URL'] ?? '';
  if (url !== '') {
    refuseKeywordValue(url, 'DATABASE_URL');
    return { kind: 'postgres', url };
  }
  const home = options.env['POTENTIALE_HOME'];
  return {
    kind: 'pglite',
    dir: resolve(options.cwd, home !== undefined && home !== '' ? home : '.potentiale'),
  };
}

/**
 * node-postgres reads only URLs (and socket paths): a libpq keyword/value string
 * (`host=h password=…`) would be taken as a database name on a host called "base", or by
 * `--db` as a folder. Refused, with its password masked.
 */
function refuseKeywordValue(text: string, parameter: string): void {
  if (/^\s*\w+\s*=/.test(text))
    throw new InvalidInputError(
      `${parameter} skal være en URL, fx postgres://bruger:adgangskode@vært:5432/database, ikke "${maskDatabaseUrl(text)}"`,
      parameter,
    );
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
      target.kind === 'postgres'
        ? await (await import('./postgres.ts')).openPostgres(target.url)
        : await (await import('./pglite.ts')).openPglite(target.dir);
  } catch (e) {
    const full = diskFullLocation(e, target);
    const where =
      target.kind === 'postgres'
        ? `PostgreSQL-serveren ${maskDatabaseUrl(target.url)}`
        : `databasen i ${target.dir ?? 'hukommelsen'}`;
    // A driver's message may quote the connection string; it never shows a password.
    const reason = hideSecrets(describe(e), [target.kind === 'postgres' ? target.url : '']);
    const error = new PotentialeError(
      'database',
      full !== undefined ? diskFullMessage(full) : `Kunne ikke åbne ${where}: ${reason}`,
    );
    error.cause = e;
    throw error;
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

/** An error's message; PGlite's file-system errors are plain objects with an errno. */
function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'errno' in e)
    return `filsystemfejl (errno ${String(e.errno)})`;
  return String(e);
}
