import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Orientation, ReturnsToScale } from '../../core/index.ts';
import type { DeaRequest } from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

interface DeaFlags {
  data?: string;
  id?: string;
  municipal?: boolean;
  year?: string;
  inputs: string;
  outputs: string;
  nonDiscretionary?: string;
  rts: ReturnsToScale;
  orientation: 'in' | 'out';
  slack?: boolean;
  super?: boolean;
  format: 'csv' | 'json';
}

const list = (raw: string | undefined): string[] =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

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
    .addOption(
      new Option('--rts <rts>', 'skalaafkast').choices(['crs', 'vrs', 'drs', 'irs']).default('vrs'),
    )
    .addOption(
      new Option('--orientation <retning>', 'input- eller outputorienteret')
        .choices(['in', 'out'])
        .default('in'),
    )
    .option('--slack', 'fase 2: maksimér slacks med effektiviteten fastholdt')
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
      const { deaCsv, parseYear, presentDea, runDea, runMunicipalDea, requireKeyFigure } = engine;
      const options = globalOptions(cmd);
      const request: DeaRequest = {
        inputs: list(flags.inputs),
        outputs: list(flags.outputs),
        nonDiscretionary: list(flags.nonDiscretionary),
        rts: flags.rts,
        orientation: (flags.orientation === 'out' ? 'output' : 'input') satisfies Orientation,
        slack: flags.slack === true,
        super: flags.super === true,
      };
      if (request.inputs.length === 0 || request.outputs.length === 0)
        throw new InvalidInputError('DEA kræver mindst ét input og ét output', '--inputs');
      let run;
      if (flags.municipal) {
        if (flags.data)
          throw new InvalidInputError('Brug enten --data eller --municipal, ikke begge', '--data');
        if (!flags.year) throw new InvalidInputError('--municipal kræver --year', '--year');
        const year = parseYear(flags.year);
        run = await withDatabase(options, effects, (db) =>
          runMunicipalDea(db, { ...request, year, resolve: (id) => requireKeyFigure(db, id) }),
        );
      } else {
        if (!flags.data || !flags.id)
          throw new InvalidInputError(
            'Angiv --data <fil.csv> og --id <kolonne> (eller --municipal --year <år>)',
            '--data',
          );
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(readFileSync(resolve(effects.cwd, flags.data)));
        } catch {
          throw new InvalidInputError(`Filen findes ikke: ${flags.data}`, '--data');
        }
        const table = parseDataTable(bytes, flags.data, {
          id: flags.id,
          columns: [...request.inputs, ...request.nonDiscretionary, ...request.outputs],
        });
        run = runDea(table.ids, table.columns, request);
      }
      if (flags.format === 'json' || options.json) return printJson(effects, presentDea(run));
      effects.stdout(deaCsv(run));
    });
}
