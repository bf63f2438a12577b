import type { Command } from 'commander';
import { valuesForYear } from '../../db/index.ts';
import { presentValueRows, requireKeyFigure } from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { parseYear } from '../resolve-args.ts';
import { describeKeyFigure } from './describe-key-figure.ts';

export function registerValues(program: Command, effects: CliEffects): void {
  program
    .command('values')
    .alias('vaerdier')
    .description('Vis et nøgletal for alle 98 kommuner i ét år, med volumen')
    .requiredOption('--key-figure <id eller navn>', 'nøgletallets id eller præcise navn')
    .requiredOption('--year <år>', 'året, fx 2019')
    .action(async (opts: { keyFigure: string; year: string }, cmd: Command) => {
      const options = globalOptions(cmd);
      const year = parseYear(opts.year);
      const { keyFigure, values } = await withDatabase(options, effects, async (db) => {
        const keyFigure = await requireKeyFigure(db, opts.keyFigure);
        return { keyFigure, values: await valuesForYear(db, keyFigure.id, year, keyFigure.volume) };
      });
      if (options.json) {
        return printJson(effects, {
          keyFigure: describeKeyFigure(keyFigure),
          year,
          values: presentValueRows(values),
        });
      }
      effects.stdout(`${keyFigure.nameDa} (${keyFigure.unit || keyFigure.id}), ${year}\n\n`);
      effects.stdout(
        formatTable(
          ['Kode', 'Kommune', 'Værdi', 'Status', 'Volumen'],
          values.map((v) => [
            v.code,
            v.name,
            formatNumber(v.value),
            v.status === 'value' ? '' : v.status,
            formatNumber(v.volume, 0),
          ]),
          [false, false, true, false, true],
        ),
      );
    });
}
