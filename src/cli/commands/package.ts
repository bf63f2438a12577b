import type { Command } from 'commander';
import { computePackageFor, presentPackage } from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { parseYear, resolveMunicipality } from '../resolve-args.ts';
import { engineOptions, withEngineOptions } from './engine-options.ts';

const STATUS_DA = {
  included: 'medtaget',
  overlaps: 'overlapper',
  aggregate: 'samlet niveau',
  'no-potential': 'intet potentiale',
  'not-summable': 'summeres ikke',
} as const;

export function registerPackage(program: Command, effects: CliEffects): void {
  withEngineOptions(
    program
      .command('package')
      .alias('pakke')
      .description('Potentialepakken: potentialet pr. tema og nøgletal, summeret uden overlap')
      .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn')
      .requiredOption('--year <år>', 'året, fx 2019'),
  ).action(
    async (
      opts: { municipality: string; year: string; benchmark?: string; peers?: string },
      cmd: Command,
    ) => {
      const options = globalOptions(cmd);
      const municipality = resolveMunicipality(opts.municipality);
      const year = parseYear(opts.year);
      const { level, peers } = engineOptions(opts);
      const a = await withDatabase(options, effects, (db) =>
        computePackageFor(db, { code: municipality.code, year, level, peers }),
      );
      const p = a.package;
      if (options.json) return printJson(effects, presentPackage(a));
      effects.stdout(
        `Potentialepakke for ${municipality.name} (${municipality.code}), ${year}, benchmark: ${p.levelKey}\n\n`,
      );
      for (const t of p.themes) {
        effects.stdout(
          `${t.nameDa}: ${formatNumber(t.total.positive, 0)} kr. (netto ${formatNumber(t.total.signed, 0)} kr.)\n`,
        );
        effects.stdout(
          formatTable(
            ['Nøgletal', 'Egen', 'Benchmark', 'Potentiale (kr.)', 'Status'],
            t.figures.map((f) => [
              f.nameDa,
              formatNumber(f.potential.unitCost),
              formatNumber(f.potential.benchmark),
              f.potential.signed === null ? '-' : formatNumber(f.potential.signed, 0),
              STATUS_DA[f.status],
            ]),
            [false, true, true, true, false],
          ),
        );
        effects.stdout('\n');
      }
      effects.stdout(`I alt (uden overlap): ${formatNumber(p.total.positive, 0)} kr.\n`);
      if (a.withoutData.length)
        effects.stdout(
          `Uden data i ${year}: ${a.withoutData.map((w) => w.keyFigureId).join(', ')}\n`,
        );
    },
  );
}
