import type { Command } from 'commander';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';
import { formatTime, parseEmail } from './account-args.ts';

/** `potentiale audit`: the audit log of every write (who, when, what, before and after). */
export function registerAudit(program: Command, effects: CliEffects): void {
  program
    .command('audit')
    .alias('revision')
    .description('Vis revisionssporet: hvem skrev hvad hvornår (før og efter)')
    .option(
      '--since <dato>',
      'kun fra dette tidspunkt, fx 2026-12-01 (UTC) eller 2026-12-01T08:00:00Z',
    )
    .option('--user <email>', 'kun hvad denne bruger skrev, og hvad der blev gjort ved dens konto')
    .action(async (opts: { since?: string; user?: string }, cmd: Command) => {
      const [{ InvalidInputError, NotFoundError }, { findUserByEmail, listAudit }] =
        await Promise.all([import('../../core/index.ts'), import('../../db/index.ts')]);
      let since: Date | undefined;
      if (opts.since !== undefined) {
        const raw = opts.since.trim();
        const ok = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(
          raw,
        );
        since = ok ? new Date(raw) : undefined;
        if (since === undefined || Number.isNaN(since.getTime()))
          throw new InvalidInputError(
            `--since "${opts.since}" er ikke en dato; skriv fx 2026-12-01 eller 2026-12-01T08:00:00Z`,
            '--since',
          );
      }
      const email = opts.user === undefined ? undefined : await parseEmail(opts.user);
      const options = globalOptions(cmd);
      const rows = await withDatabase(options, effects, async (db) => {
        let userId: number | undefined;
        if (email !== undefined) {
          const user = await findUserByEmail(db, email);
          if (!user) throw new NotFoundError(`Der er ingen bruger med e-mailen "${email}"`);
          userId = user.id;
        }
        return listAudit(db, {
          ...(since ? { since } : {}),
          ...(userId === undefined ? {} : { userId }),
        });
      });
      if (options.json) return printJson(effects, { entries: rows });
      if (rows.length === 0) return effects.stdout('Ingen skrivninger i revisionssporet.\n');
      effects.stdout(
        formatTable(
          ['Tidspunkt', 'Hvem', 'Handling', 'Ressource', 'Kommune', 'Efter'],
          rows.map((r) => [
            formatTime(r.at),
            r.actor,
            r.action,
            r.resourceId === null ? r.resourceType : `${r.resourceType} ${r.resourceId}`,
            r.municipality ?? '',
            r.after === null ? '' : JSON.stringify(r.after),
          ]),
        ),
      );
    });
}
