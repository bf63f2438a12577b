import type { Command } from 'commander';
import { requireKeyFigure } from '../../engine/index.ts';
import { seriesFor } from '../../db/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { resolveMunicipality } from '../resolve-args.ts';
import { describeKeyFigure } from './describe-key-figure.ts';

export function registerSeries(program: Command, effects: CliEffects): void {
  program
    .command('series')
    .alias('serie')
    .description('Vis et nøgletal for én kommune over alle år')
    .requiredOption('--key-figure <id eller navn>', 'nøgletallets id eller præcise navn')
    .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn')
    .action(async (opts: { keyFigure: string; municipality: string }, cmd: Command) => {
      const options = globalOptions(cmd);
      const municipality = resolveMunicipality(opts.municipality);
      const { keyFigure, series } = await withDatabase(options, effects, async (db) => {
        const keyFigure = await requireKeyFigure(db, opts.keyFigure);
        return {
          keyFigure,
          series: await seriesFor(db, keyFigure.id, municipality.code, keyFigure.volume),
        };
      });
      if (options.json) {
        return printJson(effects, {
          keyFigure: describeKeyFigure(keyFigure),
          municipality,
          series,
        });
      }
      const breaks = new Map(keyFigure.breaks.map((b) => [b.year, b.description]));
      effects.stdout(
        `${keyFigure.nameDa} (${keyFigure.unit || keyFigure.id}), ${municipality.name} (${municipality.code})\n\n`,
      );
      effects.stdout(
        formatTable(
          ['År', 'Værdi', 'Status', 'Volumen', 'Databrud'],
          series.map((p) => [
            String(p.year),
            formatNumber(p.value),
            p.status === 'value' ? '' : p.status,
            formatNumber(p.volume, 0),
            breaks.get(p.year) ?? '',
          ]),
          [false, true, false, true, false],
        ),
      );
    });
}
