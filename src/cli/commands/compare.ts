import type { Command } from 'commander';
import {
  COMPARE_MAX,
  computeCompareFor,
  parseCompareRequest,
  presentCompare,
} from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { withEngineOptions, withPricesOption } from './engine-options.ts';

/** `potentiale compare`: a few municipalities' packages side by side (GET /api/v1/compare). */
export function registerCompare(program: Command, effects: CliEffects): void {
  withPricesOption(
    withEngineOptions(
      program
        .command('compare')
        .alias('sammenlign')
        .description(
          'Sammenlign kommuners potentialer: pr. tema og nøgletal egen værdi, gruppens median og potentiale',
        )
        .requiredOption(
          '--municipalities <koder>',
          `1-${COMPARE_MAX} kommunekoder eller navne adskilt af komma, fx 101,751,766`,
        )
        .option(
          '--year <år>',
          'året (standard: det standardår for pakken, flest af kommunerne har)',
        )
        .option('--themes <temaer>', 'temaer adskilt af komma (standard: alle)'),
    ),
    'årets egne løbende priser',
  ).action(async (opts: Record<string, string | undefined>, cmd: Command) => {
    const options = globalOptions(cmd);
    const q = parseCompareRequest(opts, 'cli');
    const doc = presentCompare(
      await withDatabase(options, effects, (db) => computeCompareFor(db, q)),
    );
    if (options.json) return printJson(effects, doc);
    const names = doc.municipalities.map((m) => m.municipality.name);
    const first = doc.municipalities[0];
    effects.stdout(
      `Sammenligning, ${doc.year}${doc.yearChosenByDefault ? ' (standardår; vælg et andet med --year)' : ''}, benchmark: ${doc.level}, beløb i ${first?.unitLabelDa ?? 'kr.'}\n\n`,
    );
    effects.stdout(
      formatTable(
        ['Tema', ...names],
        [
          ...doc.themes.map((t) => [
            t.nameDa,
            ...doc.municipalities.map((m) =>
              formatNumber(m.themes.find((x) => x.theme === t.theme)?.total ?? null, 0),
            ),
          ]),
          ['I alt, valgte temaer', ...doc.municipalities.map((m) => formatNumber(m.total, 0))],
        ],
        [false, ...names.map(() => true)],
      ),
    );
    for (const t of doc.themes) {
      effects.stdout(`\n${t.nameDa} (egen værdi / gruppens median / potentiale i kr.)\n`);
      effects.stdout(
        formatTable(
          ['Nøgletal', ...names],
          t.figures.map((f) => [
            f.nameDa,
            ...f.municipalities.map(
              (c) =>
                `${formatNumber(c.value)} / ${formatNumber(c.median)} / ${formatNumber(c.potential, 0)}`,
            ),
          ]),
          [false, ...names.map(() => true)],
        ),
      );
    }
  });
}
