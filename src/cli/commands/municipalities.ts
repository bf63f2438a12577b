import type { Command } from 'commander';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';

export function registerMunicipalities(program: Command, effects: CliEffects): void {
  program
    .command('municipalities')
    .alias('kommuner')
    .description('Vis de 98 kommuner med region og landsdel')
    .action(async (_opts: unknown, cmd: Command) => {
      const { listMunicipalities } = await import('../../db/index.ts');
      const options = globalOptions(cmd);
      const list = await withDatabase(options, effects, (db) => listMunicipalities(db));
      if (options.json) return printJson(effects, { municipalities: list });
      effects.stdout(
        formatTable(
          ['Kode', 'Kommune', 'Region', 'Landsdel'],
          list.map((m) => [m.code, m.name, m.regionName, m.landsdelName ?? '']),
        ),
      );
    });
}
