import type { Command } from 'commander';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

export function registerImport(program: Command, effects: CliEffects): void {
  program
    .command('import')
    .description(
      'Importér filer eller mapper (nøgletalseksporter, DST-klassifikation, DAGI-grænser, REGK31, tidy CSV)',
    )
    .argument('<stier...>', 'filer eller mapper; formatet genkendes ud fra indholdet')
    .option(
      '--price-basis <niveau>',
      'prisniveauet for beløb i filer, der ikke selv angiver det (nøgletalseksporter): current (løbende priser) eller fixed:2010 (faste 2010-priser). Uden det aflæses det af overlap med gemte værdier',
    )
    .addHelpText(
      'after',
      '\nEksempel:\n  potentiale import ../shared/data/raw\n  potentiale import full_noegletal.csv --json\n  potentiale import eksport.csv --price-basis fixed:2010',
    )
    .action(async (paths: string[], opts: { priceBasis?: string }, cmd: Command) => {
      const [{ parsePriceLevel }, { importFiles }, { importProgress }] = await Promise.all([
        import('../../core/index.ts'),
        import('../import-files.ts'),
        import('../progress.ts'),
      ]);
      const options = globalOptions(cmd);
      const priceBasis =
        opts.priceBasis === undefined
          ? undefined
          : parsePriceLevel(opts.priceBasis, '--price-basis');
      const outcomes = await withDatabase(options, effects, (db) =>
        importFiles(db, paths, {
          cwd: effects.cwd,
          now: effects.now,
          progress: importProgress(effects, options.json === true),
          ...(priceBasis ? { priceBasis } : {}),
        }),
      );
      if (options.json) {
        printJson(effects, { files: outcomes });
        return;
      }
      const imported = outcomes.filter((o) => o.outcome === 'imported').length;
      const skipped = outcomes.filter((o) => o.outcome === 'skipped').length;
      const refused = outcomes.filter((o) => o.outcome === 'refused').length;
      effects.stdout(
        `${imported} filer importeret, ${skipped} sprunget over, ${refused} afvist.\n`,
      );
    });
}
