import type { Command } from 'commander';
import { YEAR_KIND_DA } from '../../core/index.ts';
import {
  parseSeriesRequest,
  presentKeyFigureWithNotes,
  presentSeries,
  requireKeyFigure,
  seriesAnswer,
} from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { municipalityByCode } from '../resolve-args.ts';
import { priceLevelLabelDa } from './describe-prices.ts';
import { withPricesOption } from './engine-options.ts';

export function registerSeries(program: Command, effects: CliEffects): void {
  withPricesOption(
    program
      .command('series')
      .alias('serie')
      .description('Vis et nøgletal for én kommune over alle år')
      .requiredOption('--key-figure <id eller navn>', 'nøgletallets id eller præcise navn')
      .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn'),
    'faste priser i det nyeste år, prisindekset når',
  ).action(
    async (opts: { keyFigure: string; municipality: string; prices?: string }, cmd: Command) => {
      const options = globalOptions(cmd);
      const q = parseSeriesRequest(opts, 'cli');
      const municipality = municipalityByCode(q.code);
      const request = q.prices;
      const { keyFigure, answer } = await withDatabase(options, effects, async (db) => {
        const keyFigure = await requireKeyFigure(db, q.keyFigure, '--key-figure');
        return {
          keyFigure,
          answer: await seriesAnswer(db, keyFigure, municipality.code, request),
        };
      });
      const doc = presentSeries(keyFigure, answer);
      if (options.json) {
        return printJson(effects, {
          keyFigure: presentKeyFigureWithNotes(keyFigure),
          municipality,
          ...doc,
        });
      }
      const breaks = new Map(keyFigure.breaks.map((b) => [b.year, b.description]));
      effects.stdout(
        `${keyFigure.nameDa} (${doc.unitLabelDa || keyFigure.id}), ${municipality.name} (${municipality.code})\n\n`,
      );
      effects.stdout(
        formatTable(
          ['År', 'Art', 'Værdi', 'Prisniveau', 'Status', 'Volumen', 'Databrud'],
          doc.series.map((p) => [
            String(p.year),
            `${YEAR_KIND_DA[p.yearKind]}${p.chosen ? '' : ' (vises ikke)'}`,
            formatNumber(p.value),
            p.prices
              ? `${priceLevelLabelDa(p.prices, p.year)}${p.unconverted ? ' (ikke omregnet)' : ''}`
              : '',
            p.status === 'value' ? '' : p.status,
            formatNumber(p.volume, 0),
            breaks.get(p.year) ?? '',
          ]),
          [false, false, true, false, false, true, false],
        ),
      );
    },
  );
}
