import type { Command } from 'commander';
import {
  parseValuesRequest,
  presentKeyFigureWithNotes,
  presentValues,
  requireKeyFigure,
  valuesAnswer,
} from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { withPricesOption } from './engine-options.ts';
import { describeYearAndPrices } from './describe-prices.ts';

export function registerValues(program: Command, effects: CliEffects): void {
  withPricesOption(
    program
      .command('values')
      .alias('vaerdier')
      .description('Vis et nøgletal for alle 98 kommuner i ét år, med volumen')
      .requiredOption('--key-figure <id eller navn>', 'nøgletallets id eller præcise navn')
      .requiredOption('--year <år>', 'året, fx 2019'),
    'årets egne løbende priser',
  ).action(async (opts: { keyFigure: string; year: string; prices?: string }, cmd: Command) => {
    const options = globalOptions(cmd);
    const { keyFigure: asked, year, prices: request } = parseValuesRequest(opts, 'cli');
    const { keyFigure, answer } = await withDatabase(options, effects, async (db) => {
      const keyFigure = await requireKeyFigure(db, asked, '--key-figure');
      return { keyFigure, answer: await valuesAnswer(db, keyFigure, year, request) };
    });
    const doc = presentValues(keyFigure, answer);
    if (options.json)
      return printJson(effects, { keyFigure: presentKeyFigureWithNotes(keyFigure), ...doc });
    effects.stdout(
      `${keyFigure.nameDa} (${doc.unitLabelDa || keyFigure.id}), ${describeYearAndPrices(answer)}\n\n`,
    );
    effects.stdout(
      formatTable(
        ['Kode', 'Kommune', 'Værdi', 'Status', 'Volumen'],
        doc.values.map((v) => [
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
