import { Option, type Command } from 'commander';
import { THEMES } from '../../core/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';

export function registerKeyFigures(program: Command, effects: CliEffects): void {
  program
    .command('keyfigures')
    .alias('noegletal')
    .description('Vis nøgletalskataloget (og nøgletal set i importer, der ikke er i kataloget)')
    .addOption(new Option('--theme <tema>', 'kun ét tema').choices([...THEMES]))
    .addOption(
      new Option('--kind <art>', 'kun én art').choices([
        'cost',
        'activity',
        'quality',
        'structure',
        'finance',
      ]),
    )
    .option('--catalogued', 'kun nøgletal i kataloget')
    .action(async (opts: { theme?: string; kind?: string; catalogued?: boolean }, cmd: Command) => {
      const { listKeyFigures } = await import('../../db/index.ts');
      const options = globalOptions(cmd);
      const list = await withDatabase(options, effects, (db) =>
        listKeyFigures(db, {
          ...(opts.theme ? { theme: opts.theme } : {}),
          ...(opts.kind ? { kind: opts.kind } : {}),
          ...(opts.catalogued ? { catalogued: true } : {}),
        }),
      );
      if (options.json) return printJson(effects, { keyFigures: list });
      effects.stdout(
        formatTable(
          ['Id', 'Navn', 'Enhed', 'Art', 'År', 'Katalog'],
          list.map((k) => [
            k.id,
            k.nameDa,
            k.unit,
            k.kind ?? '',
            k.firstYear === null ? '' : `${k.firstYear}-${k.lastYear}`,
            k.catalogued ? 'ja' : 'nej',
          ]),
        ),
      );
    });
}
