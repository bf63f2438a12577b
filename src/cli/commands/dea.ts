import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { RETURNS_TO_SCALE } from '../../core/index.ts';
import { DEA_DEFAULTS } from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

interface DeaFlags {
  data?: string;
  id?: string;
  municipal?: boolean;
  year?: string;
  inputs: string;
  outputs: string;
  nonDiscretionary?: string;
  rts?: string;
  orientation?: string;
  slack?: boolean;
  super?: boolean;
  format: 'csv' | 'json';
}

export function registerDea(program: Command, effects: CliEffects): void {
  program
    .command('dea')
    .description(
      'Data envelopment analysis (som R Benchmarking): effektivitet, peers, λ, slacks og super-effektivitet',
    )
    .option('--data <fil.csv>', 'en CSV med en række pr. enhed')
    .option('--id <kolonne>', 'kolonnen med enhedernes id (med --data)')
    .option('--municipal', 'brug databasens nøgletal for de 98 kommuner (med --year)')
    .option('--year <år>', 'året (med --municipal)')
    .requiredOption('--inputs <a,b>', 'input-kolonner (eller nøgletal; id:total = værdi × volumen)')
    .requiredOption(
      '--outputs <c,d>',
      'output-kolonner (eller nøgletal; id:total = værdi × volumen)',
    )
    .option('--non-discretionary <e>', 'faste inputs, fx udgiftsbehov')
    .option(
      '--rts <rts>',
      `skalaafkast: ${RETURNS_TO_SCALE.join(', ')} (standard: ${DEA_DEFAULTS.rts})`,
    )
    .option(
      '--orientation <retning>',
      `input- eller outputorienteret: input eller output (in/out virker også; standard: ${DEA_DEFAULTS.orientation})`,
    )
    .option('--slack', 'fase 2: maksimér slacks med effektiviteten fastholdt (standard)')
    .option('--no-slack', 'kun fase 1: ingen slacks')
    .option('--super', 'super-effektivitet (enheden uden for sit eget referencesæt)')
    .addOption(new Option('--format <format>', 'uddata').choices(['csv', 'json']).default('csv'))
    .addHelpText(
      'after',
      '\nEksempler:\n  potentiale dea --data data.csv --id firm --inputs x1,x2 --outputs y --rts vrs --slack\n  potentiale dea --municipal --year 2019 --inputs udgifter-aeldre-pr-67-aarig:total --outputs andel-67-aarige:total --non-discretionary udgiftsbehov-landet',
    )
    .action(async (flags: DeaFlags, cmd: Command) => {
      const [{ InvalidInputError }, engine, { parseDataTable }] = await Promise.all([
        import('../../core/index.ts'),
        import('../../engine/index.ts'),
        import('../../sources/index.ts'),
      ]);
      const {
        deaCsv,
        parseDeaModel,
        parseMunicipalDeaRequest,
        parseTableDeaRequest,
        presentDea,
        runDea,
        runMunicipalDea,
        requireKeyFigure,
        spell,
      } = engine;
      const options = globalOptions(cmd);
      // The model is parsed first, so a bad model is refused the same way whatever the data.
      parseDeaModel({ ...flags }, 'cli');
      let run;
      if (flags.municipal) {
        if ((flags.data ?? '') !== '')
          throw new InvalidInputError('Brug enten --data eller --municipal, ikke begge', '--data');
        const { model, year } = parseMunicipalDeaRequest({ ...flags }, 'cli');
        run = await withDatabase(options, effects, (db) =>
          runMunicipalDea(db, {
            ...model,
            year,
            resolve: (id, parameter) => requireKeyFigure(db, id, spell(parameter, 'cli')),
          }),
        );
      } else {
        if (flags.data === undefined || flags.data === '')
          throw new InvalidInputError(
            'Angiv --data <fil.csv> og --id <kolonne> (eller --municipal --year <år>)',
            '--data',
          );
        const { model: request, id } = parseTableDeaRequest({ ...flags }, 'cli');
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(readFileSync(resolve(effects.cwd, flags.data)));
        } catch {
          throw new InvalidInputError(`Filen findes ikke: ${flags.data}`, '--data');
        }
        const table = parseDataTable(bytes, flags.data, {
          id,
          columns: [...request.inputs, ...request.nonDiscretionary, ...request.outputs],
        });
        run = runDea(table.ids, table.columns, request);
      }
      if (flags.format === 'json' || options.json) return printJson(effects, presentDea(run));
      effects.stdout(deaCsv(run));
    });
}
