import type { Command } from 'commander';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';

/** `potentiale groups`: saved comparison groups, used with `--peers saved:<navn>`. */
export function registerGroups(program: Command, effects: CliEffects): void {
  const groups = program
    .command('groups')
    .alias('grupper')
    .description('Gemte sammenligningsgrupper (brug dem med --peers saved:<navn>)');
  groups
    .command('list')
    .description('Vis de gemte grupper')
    .action(async (_opts: unknown, cmd: Command) => {
      const [{ findMunicipality }, { listPeerGroups }] = await Promise.all([
        import('../../core/index.ts'),
        import('../../db/index.ts'),
      ]);
      const options = globalOptions(cmd);
      const list = await withDatabase(options, effects, (db) => listPeerGroups(db));
      if (options.json) return printJson(effects, { groups: list });
      if (list.length === 0)
        return effects.stdout(
          'Ingen gemte grupper. Gem en med: potentiale groups save <navn> --codes 101,147,…\n',
        );
      effects.stdout(
        formatTable(
          ['Navn', 'Kommuner'],
          list.map((g) => [g.name, g.codes.map((c) => findMunicipality(c)?.name ?? c).join(', ')]),
        ),
      );
    });
  groups
    .command('save')
    .description('Gem (eller erstat) en gruppe')
    .argument('<navn>', 'gruppens navn')
    .requiredOption('--codes <koder>', 'kommunekoder, kommasepareret, fx 706,707,727')
    .action(async (name: string, opts: { codes: string }, cmd: Command) => {
      const [{ InvalidInputError }, { savePeerGroup }, { parseMunicipalityCode }] =
        await Promise.all([
          import('../../core/index.ts'),
          import('../../db/index.ts'),
          import('../../engine/index.ts'),
        ]);
      const options = globalOptions(cmd);
      const clean = name.trim();
      if (!/^[\p{L}\p{N} _.-]{1,100}$/u.test(clean))
        throw new InvalidInputError(
          `Gruppenavnet "${name}" skal være 1-100 bogstaver, tal, mellemrum, _ . eller -`,
          'navn',
        );
      const codes = [
        ...new Set(
          opts.codes
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
            .map((c) => parseMunicipalityCode(c, '--codes')),
        ),
      ];
      if (codes.length === 0)
        throw new InvalidInputError('--codes skal nævne mindst én kommune', '--codes');
      const saved = await withDatabase(options, effects, (db) =>
        savePeerGroup(db, clean, codes, effects.now()),
      );
      if (options.json) return printJson(effects, saved);
      effects.stdout(
        `Gemt: ${saved.name} (${saved.codes.length} kommuner). Brug: --peers "saved:${saved.name}"\n`,
      );
    });
  groups
    .command('delete')
    .description('Slet en gemt gruppe')
    .argument('<navn>', 'gruppens navn')
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      const [{ NotFoundError }, { deletePeerGroup }] = await Promise.all([
        import('../../core/index.ts'),
        import('../../db/index.ts'),
      ]);
      const options = globalOptions(cmd);
      const deleted = await withDatabase(options, effects, (db) =>
        deletePeerGroup(db, name.trim()),
      );
      if (!deleted) throw new NotFoundError(`Der er ingen gemt gruppe ved navn "${name}"`);
      if (options.json) return printJson(effects, { deleted: name.trim() });
      effects.stdout(`Slettet: ${name.trim()}\n`);
    });
}
