import { join, resolve } from 'node:path';
import type CliProgress from 'cli-progress';
import type { Command } from 'commander';
import { ATTRIBUTIONS, InvalidInputError, STATBANK_TABLES } from '../../core/index.ts';
import type { FetchTable } from '../../engine/index.ts';
import {
  DEFAULT_TABLES,
  PRICE_INDEX_TABLE,
  type FetchProgress,
  type StatbankClientOptions,
} from '../../sources/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

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
  const baseUrl = env['POTENTIALE_STATBANK_URL'] ?? '';
  return {
    cacheDir,
    offline,
    ...(baseUrl !== '' ? { baseUrl } : {}),
    ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
    ...(Number.isInteger(retries) &&
    retries >= 0 &&
    (env['POTENTIALE_STATBANK_RETRIES'] ?? '') !== ''
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

function parseTables(raw: string | undefined): readonly FetchTable[] | undefined {
  if (raw === undefined) return undefined;
  const ids = raw
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t) => t !== '');
  const known: readonly string[] = [...Object.keys(STATBANK_TABLES), PRICE_INDEX_TABLE];
  const bad = ids.filter((t) => !known.includes(t));
  if (bad.length || ids.length === 0) {
    throw new InvalidInputError(
      `ukendt tabel ${bad.join(', ')}; mulige: ${known.join(', ')}`,
      '--tables',
    );
  }
  return [...new Set(ids)].filter((t): t is FetchTable => known.includes(t));
}

async function progressBars(
  effects: CliEffects,
  json: boolean,
): Promise<(e: FetchProgress) => void> {
  if (json) return () => undefined;
  if (!effects.isTty) {
    return (e) => {
      if (e.done === e.total) effects.stderr(`${e.table}: ${e.rows} rækker hentet\n`);
    };
  }
  const { default: cliProgress } = await import('cli-progress');
  const multi = new cliProgress.MultiBar(
    {
      format: '  {table} [{bar}] {value}/{total} svar | {rows} rækker',
      hideCursor: true,
      stream: process.stderr,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, CliProgress.SingleBar>();
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
    .option(
      '--tables <tabeller>',
      `kommasepareret, fx ${DEFAULT_TABLES.join(',')}; BUDK32 henter budgettet pr. funktion (på REGK31's nøgletal, som budgetår); ${PRICE_INDEX_TABLE} henter pris- og lønindekset (alle år)`,
    )
    .option('--from <år>', 'første år (ellers de seneste 5 år)')
    .option('--to <år>', 'sidste år (ellers det seneste år alle tabeller har)')
    .option('--offline', 'brug kun de gemte svar i cachen (ingen netværk)')
    .option('--cache <mappe>', 'mappe til de rå svar (ellers .potentiale/statbank)')
    .addHelpText(
      'after',
      `\nEksempel:\n  potentiale fetch\n  potentiale fetch --from 2018 --offline\n  potentiale fetch --tables BUDK32\n  potentiale fetch --tables ${PRICE_INDEX_TABLE}\n\nKilde: ${ATTRIBUTIONS.statbank.citationDa} (${ATTRIBUTIONS.statbank.licence ?? ''}).`,
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
        const { fetchAndApply } = await import('../../engine/index.ts');
        const onProgress = await progressBars(effects, options.json === true);
        const report = await withDatabase(options, effects, (db) =>
          fetchAndApply(db, {
            client: clientOptionsFromEnv(effects, opts.cache, opts.offline === true),
            ...(tables ? { tables } : {}),
            ...(fromYear !== undefined ? { fromYear } : {}),
            ...(toYear !== undefined ? { toYear } : {}),
            now: effects.now,
            onProgress,
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
        const p = report.priceIndex;
        if (p) {
          effects.stdout(
            `${p.table}: pris- og lønindeks ${p.fromYear}-${p.toYear}, basisår ${p.baseYear} (nøgletal ${p.keyFigure}, opdateret ${p.updated})\n`,
          );
        }
        const count = report.tables.length + (p ? 1 : 0);
        const values =
          report.tables.length > 0
            ? `, ${i.rowsRead} værdier: ${i.inserted} nye, ${i.updated} ændrede, ${i.unchanged} uændrede`
            : '';
        effects.stdout(
          `${count} ${count === 1 ? 'tabel' : 'tabeller'}${report.fromCache ? ' fra cachen' : ''}${values}.\nKilde: ${ATTRIBUTIONS.statbank.citationDa}.\n`,
        );
      },
    );
}
