import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import {
  CATALOGUE,
  InvalidInputError,
  PotentialeError,
  STATBANK_TABLES,
  type KeyFigure,
  type StatbankTableId,
} from '../../core/index.ts';
import {
  applyImport,
  observationCounts,
  type Database,
  type ImportSummary,
} from '../../db/index.ts';
import {
  DEFAULT_TABLES,
  createStatbankClient,
  fetchStatbank,
  type FetchProgress,
  type FetchedTable,
  type StatbankClientOptions,
} from '../../sources/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

/** What a fetch needs besides the database. */
export interface FetchRunOptions {
  readonly client?: StatbankClientOptions;
  readonly tables?: readonly StatbankTableId[];
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly catalogue?: readonly KeyFigure[];
  readonly now?: () => Date;
  readonly onProgress?: (event: FetchProgress) => void;
}

/** The outcome of a fetch: the tables, and what the import changed. */
export interface FetchReport {
  readonly fromYear: number;
  readonly toYear: number;
  readonly tables: readonly FetchedTable[];
  readonly fromCache: boolean;
  readonly import: ImportSummary;
}

/**
 * Fetches the default (or named) StatBank tables and stores them with applyImport in ONE
 * transaction for the whole fetch: every answer is downloaded and parsed before anything is
 * written, so a failure anywhere (network, API error, cut-off answer, database) leaves the
 * database exactly as it was.
 * @example await fetchAndApply(db, { fromYear: 2020 }) // { tables: [...], import: { inserted: … } }
 */
export async function fetchAndApply(
  db: Database,
  options: FetchRunOptions = {},
): Promise<FetchReport> {
  const client = createStatbankClient(options.client);
  const fetched = await fetchStatbank(client, {
    catalogue: options.catalogue ?? CATALOGUE,
    ...(options.tables ? { tables: options.tables } : {}),
    ...(options.fromYear !== undefined ? { fromYear: options.fromYear } : {}),
    ...(options.toYear !== undefined ? { toYear: options.toYear } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const summary = await applyImport(db, fetched.parsed, {
    fileName: fetched.fileName,
    sha256: fetched.sha256,
    byteSize: fetched.byteSize,
    importedAt: (options.now ?? (() => new Date()))(),
  });
  return {
    fromYear: fetched.fromYear,
    toYear: fetched.toYear,
    tables: fetched.tables,
    fromCache: fetched.responses.every((r) => r.fromCache),
    import: summary,
  };
}

/** What the first run did: fetched, found data already, or could not fetch (and why, in Danish). */
export type FirstRunOutcome =
  | { readonly status: 'fetched'; readonly report: FetchReport }
  | { readonly status: 'has-data' }
  | { readonly status: 'not-fetched'; readonly message: string };

/**
 * The first run's building block for `potentiale serve`: on a database with no observations,
 * fetch the default StatBank tables; otherwise do nothing. Never throws for a missing network
 * or a refused fetch: it returns the Danish reason, and the database is unchanged, so the
 * server can show the empty state that explains how to import files or fetch later.
 * @example const r = await firstRun(db, { client: { cacheDir } }); if (r.status === 'not-fetched') log(r.message)
 */
export async function firstRun(
  db: Database,
  options: FetchRunOptions = {},
): Promise<FirstRunOutcome> {
  const counts = await observationCounts(db);
  if (Object.values(counts).some((n) => n > 0)) return { status: 'has-data' };
  try {
    return { status: 'fetched', report: await fetchAndApply(db, options) };
  } catch (e) {
    if (e instanceof PotentialeError && e.kind !== 'database' && e.kind !== 'internal') {
      return {
        status: 'not-fetched',
        message: `Kunne ikke hente tal fra Danmarks Statistik: ${e.message} Databasen er tom; importér filer med "potentiale import <mappe>" eller hent senere med "potentiale fetch".`,
      };
    }
    throw e;
  }
}

/** The StatBank settings a CLI run takes from the environment (tests point them at a loopback server). */
export function clientOptionsFromEnv(
  effects: CliEffects,
  cacheFlag: string | undefined,
  offline: boolean,
): StatbankClientOptions {
  const env = effects.env;
  const cacheDir = resolve(
    effects.cwd,
    cacheFlag ??
      env['POTENTIALE_STATBANK_CACHE'] ??
      join(env['POTENTIALE_HOME'] ?? '.potentiale', 'statbank'),
  );
  const timeout = Number(env['POTENTIALE_STATBANK_TIMEOUT_MS'] ?? '');
  const retries = Number(env['POTENTIALE_STATBANK_RETRIES'] ?? '');
  return {
    cacheDir,
    offline,
    ...(env['POTENTIALE_STATBANK_URL'] ? { baseUrl: env['POTENTIALE_STATBANK_URL'] } : {}),
    ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
    ...(Number.isInteger(retries) && retries >= 0 && env['POTENTIALE_STATBANK_RETRIES']
      ? { retries }
      : {}),
    now: effects.now,
  };
}

function parseYear(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(raw))
    throw new InvalidInputError(`${flag} skal være et årstal, fx 2020 (fik "${raw}")`, flag);
  return Number(raw);
}

function parseTables(raw: string | undefined): readonly StatbankTableId[] | undefined {
  if (raw === undefined) return undefined;
  const ids = raw
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t) => t !== '');
  const known = Object.keys(STATBANK_TABLES);
  const bad = ids.filter((t) => !known.includes(t));
  if (bad.length || ids.length === 0) {
    throw new InvalidInputError(
      `ukendt tabel ${bad.join(', ')}; mulige: ${known.join(', ')}`,
      '--tables',
    );
  }
  return ids.filter((t): t is StatbankTableId => known.includes(t));
}

function progressBars(effects: CliEffects, json: boolean): (e: FetchProgress) => void {
  if (json) return () => undefined;
  if (!effects.isTty) {
    return (e) => {
      if (e.done === e.total) effects.stderr(`${e.table}: ${e.rows} rækker hentet\n`);
    };
  }
  const multi = new cliProgress.MultiBar(
    {
      format: '  {table} [{bar}] {value}/{total} svar | {rows} rækker',
      hideCursor: true,
      stream: process.stderr,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return (e) => {
    let bar = bars.get(e.table);
    if (!bar) bars.set(e.table, (bar = multi.create(e.total, 0, { table: e.table, rows: 0 })));
    bar.update(e.done, { rows: e.rows });
    if ([...bars.values()].every((b) => b.getProgress() >= 1)) multi.stop();
  };
}

export function registerFetch(program: Command, effects: CliEffects): void {
  program
    .command('fetch')
    .description(
      `Hent de nyeste tal fra Danmarks Statistiks Statistikbank (${DEFAULT_TABLES.join(', ')}) og beregn nøgletallene`,
    )
    .option('--tables <tabeller>', `kommasepareret, fx ${DEFAULT_TABLES.join(',')}`)
    .option('--from <år>', 'første år (ellers de seneste 5 år)')
    .option('--to <år>', 'sidste år (ellers det seneste år alle tabeller har)')
    .option('--offline', 'brug kun de gemte svar i cachen (ingen netværk)')
    .option('--cache <mappe>', 'mappe til de rå svar (ellers .potentiale/statbank)')
    .addHelpText(
      'after',
      '\nEksempel:\n  potentiale fetch\n  potentiale fetch --from 2018 --offline\n\nKilde: Danmarks Statistik (CC BY 4.0).',
    )
    .action(
      async (
        opts: { tables?: string; from?: string; to?: string; offline?: boolean; cache?: string },
        cmd: Command,
      ) => {
        const options = globalOptions(cmd);
        const tables = parseTables(opts.tables);
        const fromYear = parseYear(opts.from, '--from');
        const toYear = parseYear(opts.to, '--to');
        const report = await withDatabase(options, effects, (db) =>
          fetchAndApply(db, {
            client: clientOptionsFromEnv(effects, opts.cache, opts.offline === true),
            ...(tables ? { tables } : {}),
            ...(fromYear !== undefined ? { fromYear } : {}),
            ...(toYear !== undefined ? { toYear } : {}),
            now: effects.now,
            onProgress: progressBars(effects, options.json === true),
          }),
        );
        if (options.json) {
          printJson(effects, report);
          return;
        }
        const i = report.import;
        for (const t of report.tables) {
          effects.stdout(
            `${t.table}: ${t.rows} rækker, ${t.years[0]}-${t.years.at(-1)} (opdateret ${t.updated})\n`,
          );
        }
        effects.stdout(
          `${report.tables.length} tabeller${report.fromCache ? ' fra cachen' : ''}, ${i.rowsRead} værdier: ${i.inserted} nye, ${i.updated} ændrede, ${i.unchanged} uændrede.\nKilde: Danmarks Statistik.\n`,
        );
      },
    );
}
