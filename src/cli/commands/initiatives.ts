import type { Command } from 'commander';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

/** How the audit log names the CLI: the operator on the machine, as the portal import does. */
const ACTOR = 'cli';
/** The largest workbook the import reads (as the HTTP import). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** `potentiale initiatives`: the XLSX template, the all-or-nothing import and the export. */
export function registerInitiatives(program: Command, effects: CliEffects): void {
  const initiatives = program
    .command('initiatives')
    .alias('initiativer')
    .description(
      'Effektiviseringsinitiativer i regneark: skabelon, import (alt eller intet) og eksport',
    );
  initiatives
    .command('template')
    .alias('skabelon')
    .description(
      'Skriv en tom XLSX-skabelon med rullelister og en vejledning (arkene Initiativer, Gevinster, Vejledning)',
    )
    .option('--out <fil>', 'filen der skrives', 'initiativer-skabelon.xlsx')
    .action(async (opts: { out: string }, cmd: Command) => {
      const { initiativesWorkbook } = await import('../../server/initiatives/index.ts');
      const bytes = await initiativesWorkbook();
      writeFileSync(opts.out, bytes);
      if (globalOptions(cmd).json)
        return printJson(effects, { out: opts.out, bytes: bytes.length });
      effects.stdout(`Skabelonen er skrevet til ${opts.out} (${bytes.length} byte)\n`);
    });
  initiatives
    .command('import')
    .description(
      'Importér initiativer fra en udfyldt skabelon. Hver række tjekkes (fejl nævner ark, række og kolonne); ' +
        'er der én fejl, gemmes intet. Et initiativ med samme kommunekode og titel rettes i stedet for at blive oprettet igen.',
    )
    .argument('<xlsx>', 'den udfyldte skabelon, fx initiativer.xlsx')
    .action(async (path: string, _opts: unknown, cmd: Command) => {
      const [{ InvalidFileError }, { importInitiatives }] = await Promise.all([
        import('../../core/index.ts'),
        import('../../server/initiatives/index.ts'),
      ]);
      const size = statSync(path, { throwIfNoEntry: false })?.size;
      if (size === undefined)
        throw new InvalidFileError([
          { severity: 'error', file: path, message: 'Filen findes ikke' },
        ]);
      if (size > MAX_FILE_BYTES)
        throw new InvalidFileError([
          {
            severity: 'error',
            file: path,
            message: `Filen er ${size} byte; højst ${MAX_FILE_BYTES} (2 MB). Del den op.`,
          },
        ]);
      const options = globalOptions(cmd);
      const bytes = new Uint8Array(readFileSync(path));
      if (!options.json) effects.stderr(`Læser og tjekker ${basename(path)} …\n`);
      const result = await withDatabase(options, effects, (db) =>
        importInitiatives(db, bytes, {
          fileName: basename(path),
          now: effects.now(),
          by: { userId: null, actor: ACTOR },
        }),
      );
      if (options.json) return printJson(effects, { file: path, ...result });
      const word = { created: 'oprettet', updated: 'rettet', unchanged: 'uændret' } as const;
      for (const r of result.rows)
        effects.stdout(
          `  række ${r.row}: ${word[r.action]} ${r.municipality} "${r.title}" (id ${r.id})\n`,
        );
      effects.stdout(
        `Importeret fra ${path}: ${result.created} ${result.created === 1 ? 'nyt' : 'nye'}, ${result.updated} rettet, ${result.unchanged} uændret.\n`,
      );
    });
  initiatives
    .command('export')
    .alias('eksport')
    .description(
      'Eksportér alle initiativer i skabelonens layout (kan importeres igen), interne med',
    )
    .option('--out <fil>', 'filen der skrives', 'initiativer.xlsx')
    .action(async (opts: { out: string }, cmd: Command) => {
      const [{ listInitiatives }, { initiativesWorkbook }] = await Promise.all([
        import('../../db/index.ts'),
        import('../../server/initiatives/index.ts'),
      ]);
      const options = globalOptions(cmd);
      const list = await withDatabase(options, effects, (db) => listInitiatives(db));
      // Oldest first, so that an import of the file creates them in the same order.
      const ordered = [...list].sort((a, b) => a.id - b.id);
      const bytes = await initiativesWorkbook(ordered);
      writeFileSync(opts.out, bytes);
      if (options.json) return printJson(effects, { out: opts.out, initiatives: ordered.length });
      effects.stdout(
        `Eksporteret ${ordered.length} ${ordered.length === 1 ? 'initiativ' : 'initiativer'} til ${opts.out}\n`,
      );
    });
}
