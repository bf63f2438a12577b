import type { Command } from 'commander';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { withEngineOptions, withPricesOption } from './engine-options.ts';

interface ReportOptions {
  municipality?: string;
  all?: boolean;
  year?: string;
  format: string;
  out: string;
  lang: string;
  draft?: boolean;
  concurrency?: string;
  benchmark?: string;
  peers?: string;
  prices?: string;
}

/** The flags checked before anything is opened: a refusal names the flag and the value. */
async function checkFlags(opts: ReportOptions, cwd: string) {
  const { InvalidInputError } = await import('../../core/index.ts');
  const { REPORT_FORMATS } = await import('../../server/reports/index.ts');
  if ((opts.municipality === undefined) === (opts.all !== true))
    throw new InvalidInputError('Angiv enten --municipality <kode> eller --all', '--municipality');
  const format = REPORT_FORMATS.find((f) => f === opts.format);
  if (!format)
    throw new InvalidInputError(
      `--format skal være pdf, html eller docx, ikke "${opts.format}"`,
      '--format',
    );
  if (opts.lang !== 'da' && opts.lang !== 'en')
    throw new InvalidInputError(`--lang skal være da eller en, ikke "${opts.lang}"`, '--lang');
  const concurrency =
    opts.concurrency === undefined ? availableParallelism() : Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new InvalidInputError(
      `--concurrency skal være et helt tal fra 1 til 32, ikke "${opts.concurrency}"`,
      '--concurrency',
    );
  const out = resolve(cwd, opts.out);
  if (existsSync(out) && !statSync(out).isDirectory())
    throw new InvalidInputError(`--out skal være en mappe, men ${opts.out} er en fil`, '--out');
  const lang: 'da' | 'en' = opts.lang;
  return { format, lang, concurrency, out };
}

/** `potentiale report`: the standard report "Kend din kommune" as PDF, HTML or DOCX. */
export function registerReport(program: Command, effects: CliEffects): void {
  withPricesOption(
    withEngineOptions(
      program
        .command('report')
        .alias('rapport')
        .description(
          'Standardrapporten "Kend din kommune" for én kommune eller alle 98: PDF (A4, trykt i Chromium), HTML eller Word (DOCX)',
        )
        .option('--municipality <kode>', 'kommunekode (fx 766) eller navn')
        .option(
          '--all',
          'alle kommuner: én fil pr. kommune, med fremdrift; en fejl stopper ikke de andre',
        )
        .option('--year <år>', 'året (standard: pakkens standardår for hver kommune)')
        .option('--format <format>', 'pdf, html eller docx', 'pdf')
        .option('--out <mappe>', 'mappen filerne skrives i (oprettes)', '.')
        .option('--lang <sprog>', 'da eller en', 'da')
        .option('--draft', 'med kommunens seneste kladde (fortælling pr. afsnit) fra databasen')
        .option(
          '--concurrency <n>',
          'rapporter trykt samtidig i den ene browser (standard: antal kerner)',
        ),
    ),
    'årets egne løbende priser',
  ).action(async (opts: ReportOptions, cmd: Command) => {
    const options = globalOptions(cmd);
    const flags = await checkFlags(opts, effects.cwd);
    const [core, engine, report, server, db_, { runReports }] = await Promise.all([
      import('../../core/index.ts'),
      import('../../engine/index.ts'),
      import('../../report/index.ts'),
      import('../../server/reports/index.ts'),
      import('../../db/index.ts'),
      import('../report-run.ts'),
    ]);
    const raw = {
      municipality: opts.municipality ?? '101',
      ...(opts.year === undefined ? {} : { year: opts.year }),
      ...(opts.benchmark === undefined ? {} : { benchmark: opts.benchmark }),
      ...(opts.peers === undefined ? {} : { peers: opts.peers }),
      ...(opts.prices === undefined ? {} : { prices: opts.prices }),
    };
    const q = engine.parsePackageRequest(raw, 'cli');
    const codes = opts.all
      ? core.MUNICIPALITIES.filter((m) => !core.isChristiansoe(m.code))
      : core.MUNICIPALITIES.filter((m) => m.code === q.code);
    mkdirSync(flags.out, { recursive: true });
    let printer: Promise<InstanceType<typeof report.ReportPrinter>> | undefined;
    const outcomes = await withDatabase(options, effects, async (db) => {
      const shared = await engine.sharedPackageData(db);
      const topology = await engine.loadReportTopology(db);
      try {
        return await runReports(effects, {
          codes,
          format: flags.format,
          out: flags.out,
          json: options.json === true,
          concurrency: flags.concurrency,
          render: server.renderReport,
          printer: () =>
            (printer ??= report.ReportPrinter.launch({
              executablePath: report.chromiumPath(effects.env),
              concurrency: flags.concurrency,
            })),
          build: async (code) => {
            // With --draft, the draft's year, group and price level where no flag names them.
            const draft = opts.draft ? await db_.latestReportDraft(db, code) : undefined;
            const narratives = report.narrativesOf(draft?.narratives ?? {});
            const year = opts.year ?? (draft?.year == null ? undefined : String(draft.year));
            // --peers has a default: the draft's group counts unless the flag was given.
            const peers =
              cmd.getOptionValueSource('peers') === 'cli'
                ? opts.peers
                : (draft?.peers ?? opts.peers);
            const prices = opts.prices ?? draft?.prices ?? undefined;
            const asked = engine.parsePackageRequest(
              {
                ...raw,
                municipality: code,
                ...(year === undefined ? {} : { year }),
                ...(peers === undefined ? {} : { peers }),
                ...(prices === undefined ? {} : { prices }),
              },
              'cli',
            );
            return engine.buildReport(
              db,
              {
                ...asked,
                lang: flags.lang,
                narratives,
                spelled: {
                  benchmark: opts.benchmark ?? engine.DEFAULT_BENCHMARK,
                  peers: peers ?? engine.DEFAULT_PEERS,
                  ...(prices === undefined ? {} : { prices }),
                },
              },
              { shared, topology },
            );
          },
        });
      } finally {
        if (printer) await (await printer.catch(() => undefined))?.close();
      }
    });
    const failed = outcomes.filter((o) => 'error' in o);
    if (options.json) printJson(effects, { reports: outcomes });
    else {
      for (const o of outcomes)
        if (!('error' in o) && !opts.all) effects.stdout(`Skrevet ${o.file}\n`);
      if (opts.all)
        effects.stdout(
          `${outcomes.length - failed.length} rapporter skrevet i ${flags.out}, ${failed.length} fejlede.\n`,
        );
    }
    const first = failed[0];
    if (first && 'error' in first)
      throw new core.PotentialeError(
        opts.all ? 'internal' : first.kind,
        opts.all
          ? `Disse rapporter fejlede:\n${failed.map((f) => `  ${f.name} (${f.code}): ${'error' in f ? f.error : ''}`).join('\n')}`
          : first.error,
      );
  });
}
