import type { Command } from 'commander';
import { YEAR_KIND_DA } from '../../core/index.ts';
import {
  computePackageFor,
  defaultYearFor,
  parsePackageRequest,
  presentPackage,
} from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { municipalityByCode } from '../resolve-args.ts';
import { describeYearAndPrices } from './describe-prices.ts';
import { withEngineOptions, withPricesOption } from './engine-options.ts';

const STATUS_DA = {
  included: 'medtaget',
  overlaps: 'overlapper',
  aggregate: 'samlet niveau',
  'no-potential': 'intet potentiale',
  'not-summable': 'summeres ikke',
} as const;

export function registerPackage(program: Command, effects: CliEffects): void {
  withPricesOption(
    withEngineOptions(
      program
        .command('package')
        .alias('pakke')
        .description('Potentialepakken: potentialet pr. tema og nøgletal, summeret uden overlap')
        .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn')
        .option(
          '--year <år>',
          'året, fx 2018 (standard: det nyeste år, der mest er regnskab og dækker mindst halvdelen af nettodriftsudgifterne)',
        ),
    ),
    'årets egne løbende priser',
  ).action(
    async (
      opts: {
        municipality: string;
        year?: string;
        benchmark?: string;
        peers?: string;
        prices?: string;
      },
      cmd: Command,
    ) => {
      const options = globalOptions(cmd);
      const q = parsePackageRequest(opts, 'cli');
      const municipality = municipalityByCode(q.code);
      const { year: asked, level, peers, prices } = q;
      const { a, chosenYear } = await withDatabase(options, effects, async (db) => {
        const chosenYear = asked ?? (await defaultYearFor(db, municipality.code, prices)) ?? 0;
        const a = await computePackageFor(db, {
          code: municipality.code,
          year: chosenYear,
          level,
          peers,
          ...(prices ? { prices } : {}),
        });
        return { a, chosenYear };
      });
      const p = a.package;
      const doc = presentPackage(a);
      if (options.json)
        return printJson(effects, { ...doc, yearChosenByDefault: asked === undefined });
      effects.stdout(
        `Potentialepakke for ${municipality.name} (${municipality.code}), ${describeYearAndPrices({ year: chosenYear, yearKind: a.yearKinds.main, prices: a.prices, unconverted: a.pricesFellBack })}, benchmark: ${p.levelKey}\n`,
      );
      if (asked === undefined)
        effects.stdout(
          `(${chosenYear} er valgt som det nyeste år, der mest er regnskab og dækker mindst halvdelen af udgifterne; vælg et andet med --year)\n`,
        );
      effects.stdout(
        `Dækningsgrad: ${a.coverage.share === null ? (a.coverage.reasonDa ?? 'ukendt') : `${formatNumber(a.coverage.share * 100, 1)} % af ${a.coverage.denominatorDa ?? ''}`}\n\n`,
      );
      for (const t of p.themes) {
        effects.stdout(
          `${t.nameDa}: ${formatNumber(t.total.positive, 0)} kr. (netto ${formatNumber(t.total.signed, 0)} kr.)\n`,
        );
        effects.stdout(
          formatTable(
            ['Nøgletal', 'Art', 'Egen', 'Benchmark', 'Potentiale (kr.)', 'Status'],
            t.figures.map((f) => [
              f.nameDa,
              a.figurePrices[f.keyFigureId]
                ? YEAR_KIND_DA[a.figurePrices[f.keyFigureId]?.yearKind ?? 'accounts']
                : '',
              formatNumber(f.potential.unitCost),
              formatNumber(f.potential.benchmark),
              formatNumber(f.potential.signed, 0),
              f.countedIn
                ? `${STATUS_DA[f.status]} (talt under ${f.countedIn})`
                : STATUS_DA[f.status],
            ]),
            [false, false, true, true, true, false],
          ),
        );
        effects.stdout('\n');
      }
      effects.stdout(
        `I alt (uden overlap): ${formatNumber(p.total.positive, 0)} ${doc.unitLabelDa} at hente; nettoposition ${formatNumber(p.total.signed, 0)} kr. (negativ = samlet mindreforbrug mod benchmark)\n`,
      );
      if (a.warnings.length) {
        effects.stdout('\nAdvarsler:\n');
        for (const w of a.warnings) effects.stdout(`  - ${w.messageDa}\n`);
      }
      const noValues = a.withoutData.filter((w) => w.reason.startsWith('ingen værdier'));
      const other = a.withoutData.filter((w) => !w.reason.startsWith('ingen værdier'));
      for (const w of other) effects.stdout(`Ikke med: ${w.keyFigureId}: ${w.reason}\n`);
      if (noValues.length)
        effects.stdout(
          `\n${noValues.length} nøgletal har ingen værdier i ${chosenYear} (--json viser hvilke).\n`,
        );
    },
  );
}
