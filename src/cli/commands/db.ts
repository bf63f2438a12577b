import type { Command } from 'commander';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';

export function registerDb(program: Command, effects: CliEffects): void {
  const db = program.command('db').description('Databasen: migrationer og status');
  db.command('migrate')
    .description('Anvend manglende migrationer (sker også automatisk)')
    .action(async (_opts: unknown, cmd: Command) => {
      const { migrationStatus } = await import('../../db/index.ts');
      const options = globalOptions(cmd);
      const states = await withDatabase(options, effects, (d) => migrationStatus(d));
      if (options.json) return printJson(effects, { migrations: states });
      effects.stdout(`Databasen er opdateret: ${states.length} migrationer anvendt.\n`);
    });
  db.command('status')
    .description('Vis hvor databasen er, migrationer, importer og antal værdier')
    .action(async (_opts: unknown, cmd: Command) => {
      const {
        listImports,
        listPriceIndexYears,
        migrationStatus,
        observationCounts,
        resolveDatabaseTarget,
      } = await import('../../db/index.ts');
      const BASIS_HOW_DA = {
        stated: 'angivet i kilden',
        flag: '--price-basis',
        detected: 'aflæst',
      };
      const options = globalOptions(cmd);
      const target = resolveDatabaseTarget({
        dbFlag: options.db,
        env: effects.env,
        cwd: effects.cwd,
      });
      const status = await withDatabase(options, effects, async (d) => ({
        engine: d.kind,
        location: d.location,
        migrations: await migrationStatus(d),
        imports: (await listImports(d)).map(({ diagnostics: _d, ...rest }) => rest),
        observations: await observationCounts(d),
        priceIndex: await listPriceIndexYears(d),
      }));
      if (options.json) return printJson(effects, { target: target.kind, ...status });
      effects.stdout(`Database: ${status.engine} (${status.location})\n`);
      effects.stdout(
        `Migrationer: ${status.migrations.map((m) => `${m.version} ${m.name} ${(m.appliedAt ?? '') !== '' ? '✓' : 'mangler'}`).join(', ')}\n`,
      );
      effects.stdout(
        `Værdier: ${
          Object.entries(status.observations)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ') || 'ingen'
        }\n\n`,
      );
      if (status.imports.length) {
        effects.stdout(
          formatTable(
            [
              'Id',
              'Fil',
              'Format',
              'Tidspunkt',
              'Status',
              'Nye',
              'Ændrede',
              'Prisniveau',
              'Budgetår',
            ],
            status.imports.map((i) => [
              String(i.id),
              i.fileName,
              i.format,
              i.importedAt,
              i.status,
              String(i.inserted),
              String(i.updated),
              (i.priceBasis ?? '') !== ''
                ? `${i.priceBasis} (${BASIS_HOW_DA[i.priceBasisHow ?? 'stated']})`
                : '',
              Object.keys(i.yearKinds).join(', '),
            ]),
          ),
        );
      } else {
        effects.stdout('Ingen importer endnu. Brug: potentiale import <fil eller mappe>\n');
      }
      const sources = [...new Set(status.priceIndex.map((y) => y.source))];
      for (const source of sources) {
        const years = status.priceIndex.filter(
          (y) => y.source === source && y.keyFigureId === null,
        );
        if (years.length)
          effects.stdout(
            `\nPris- og lønindeks (${source}): ${years[0]?.year}-${years.at(-1)?.year}, basisår ${years[0]?.baseYear}\n`,
          );
      }
    });
}
