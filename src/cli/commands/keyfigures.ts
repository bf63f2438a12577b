import type { Command } from 'commander';
import { THEMES } from '../../core/index.ts';
import { KEY_FIGURE_KINDS, parseKeyFiguresRequest } from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';

export function registerKeyFigures(program: Command, effects: CliEffects): void {
  program
    .command('keyfigures')
    .alias('noegletal')
    .description('Vis nøgletalskataloget (og nøgletal set i importer, der ikke er i kataloget)')
    .option('--theme <tema>', `kun ét tema: ${THEMES.join(', ')}`)
    .option('--kind <art>', `kun én art: ${KEY_FIGURE_KINDS.join(', ')}`)
    .option('--catalogued', 'kun nøgletal i kataloget')
    .action(async (opts: { theme?: string; kind?: string; catalogued?: boolean }, cmd: Command) => {
      const { listKeyFigures } = await import('../../db/index.ts');
      const options = globalOptions(cmd);
      const q = parseKeyFiguresRequest(opts, 'cli');
      const list = await withDatabase(options, effects, (db) =>
        listKeyFigures(db, {
          ...(q.theme ? { theme: q.theme } : {}),
          ...(q.kind ? { kind: q.kind } : {}),
          ...(q.catalogued ? { catalogued: true } : {}),
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
