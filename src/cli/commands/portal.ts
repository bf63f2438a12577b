import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

const ACTOR = 'cli';

/** `potentiale portal`: bulk import and export of the knowledge portal's items. */
export function registerPortal(program: Command, effects: CliEffects): void {
  const portal = program
    .command('portal')
    .alias('viden')
    .description('Videnportalen: importér og eksportér indhold (cases, anbefalinger, værktøjer …)');
  portal
    .command('import')
    .description(
      'Importér indhold fra en JSON-fil eller en mappe med JSON-filer (alt eller intet). ' +
        'Indhold med samme titel og ejerkommune rettes i stedet for at blive gentaget.',
    )
    .argument('<fil-eller-mappe>', 'fx content/portal')
    .action(async (path: string, _opts: unknown, cmd: Command) => {
      const [{ portalFiles, readPortalFiles }, db, { checkReferences }] = await Promise.all([
        import('./portal-files.ts'),
        import('../../db/index.ts'),
        import('../../server/portal/index.ts'),
      ]);
      const { fieldsOf } = db;
      const items = readPortalFiles(portalFiles(path));
      const options = globalOptions(cmd);
      const now = effects.now();
      const counts = await withDatabase(options, effects, (database) =>
        database.transaction(async (tx) => {
          const c = { created: 0, updated: 0, unchanged: 0 };
          for (const { fields } of items) {
            await checkReferences(tx, fields);
            const existing = await db.findItemByTitle(tx, fields.title, fields.municipality);
            if (
              existing &&
              JSON.stringify(fieldsOf(existing)) === JSON.stringify(fieldsOf(fields))
            ) {
              c.unchanged += 1;
              continue;
            }
            const item = existing
              ? (await db.updateItem(tx, existing.id, fields, undefined, null, now)).after
              : await db.createItem(tx, fields, null, now);
            await db.appendAudit(tx, {
              at: now,
              userId: null,
              actor: ACTOR,
              action: 'portal.write',
              resourceType: 'portal-item',
              resourceId: String(item.id),
              municipality: item.municipality,
              ...(existing ? { before: { ...existing, attachments: undefined } } : {}),
              after: { ...item, attachments: undefined },
            });
            c[existing ? 'updated' : 'created'] += 1;
          }
          return c;
        }),
      );
      if (options.json) return printJson(effects, { files: path, ...counts });
      effects.stdout(
        `Importeret fra ${path}: ${counts.created} nye, ${counts.updated} rettet, ${counts.unchanged} uændret.\n`,
      );
    });
  portal
    .command('export')
    .description(
      'Eksportér alt indhold som JSON, der kan importeres igen (kladder og arkiverede med)',
    )
    .option('--out <fil>', 'skriv til filen i stedet for til skærmen')
    .action(async (opts: { out?: string }, cmd: Command) => {
      const { listAllItems, fieldsOf } = await import('../../db/index.ts');
      const options = globalOptions(cmd);
      const items = await withDatabase(options, effects, (db) => listAllItems(db));
      const text = `${JSON.stringify(items.map(fieldsOf), null, 2)}\n`;
      if (opts.out === undefined) return effects.stdout(text);
      writeFileSync(opts.out, text);
      if (options.json) return printJson(effects, { out: opts.out, items: items.length });
      effects.stdout(`Eksporteret ${items.length} stykker indhold til ${opts.out}\n`);
    });
}
