import type { Command } from 'commander';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';
import { formatTime, parseDuration, parseEmail } from './account-args.ts';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/** `potentiale tokens`: API tokens for scripts (`Authorization: Bearer pt_…`). */
export function registerTokens(program: Command, effects: CliEffects): void {
  const tokens = program
    .command('tokens')
    .alias('noegler')
    .description('API-nøgler til scripts (opret, vis, tilbagekald)');

  tokens
    .command('create')
    .description('Opret en API-nøgle til en bruger; nøglen skrives én gang, alene, på stdout')
    .argument('<email>', 'brugeren, hvis rettigheder nøglen får')
    .option('--name <navn>', 'et navn, der siger hvad nøglen bruges til', 'api')
    .option(
      '--expires <varighed>',
      'hvor længe nøglen gælder, fx 90d eller 12h (højst 365d)',
      '90d',
    )
    .action(async (rawEmail: string, opts: { name: string; expires: string }, cmd: Command) => {
      const { InvalidInputError, NotFoundError, PotentialeError } =
        await import('../../core/index.ts');
      const email = await parseEmail(rawEmail);
      const name = opts.name.trim();
      if (!/^[\p{L}\p{N} _.:-]{1,100}$/u.test(name))
        throw new InvalidInputError(
          `Nøglens navn "${opts.name}" skal være 1-100 bogstaver, tal, mellemrum, _ . : eller -`,
          '--name',
        );
      const ttl = await parseDuration(opts.expires, '--expires', HOUR_MS, 365 * DAY_MS);
      const [{ issueToken }, { appendAudit, createApiToken, findUserByEmail }] = await Promise.all([
        import('../../server/auth/index.ts'),
        import('../../db/index.ts'),
      ]);
      const options = globalOptions(cmd);
      const now = effects.now();
      const { token, hash } = issueToken('api');
      await withDatabase(options, effects, (db) =>
        db.transaction(async (tx) => {
          const user = await findUserByEmail(tx, email);
          if (!user) throw new NotFoundError(`Der er ingen bruger med e-mailen "${email}"`);
          if (user.disabledAt !== null)
            throw new PotentialeError(
              'conflict',
              `Brugeren "${email}" er deaktiveret; aktivér den først med: potentiale users enable ${email}`,
            );
          const made = await createApiToken(
            tx,
            { userId: user.id, name, tokenHash: hash, expiresAt: new Date(now.getTime() + ttl) },
            now,
          );
          await appendAudit(tx, {
            at: now,
            userId: null,
            actor: 'cli',
            action: 'token.create',
            resourceType: 'api-token',
            resourceId: String(made.id),
            after: { email, name, expiresAt: made.expiresAt },
          });
        }),
      );
      if (options.json) return printJson(effects, { token });
      effects.stdout(`${token}\n`);
    });

  tokens
    .command('list')
    .description(
      'Vis API-nøgler (aldrig selve nøglen): navn, oprettet, udløber, tilbagekaldt, sidst brugt',
    )
    .argument('[email]', 'kun denne brugers nøgler')
    .action(async (rawEmail: string | undefined, _opts: unknown, cmd: Command) => {
      const [{ NotFoundError }, { findUserByEmail, listApiTokens }] = await Promise.all([
        import('../../core/index.ts'),
        import('../../db/index.ts'),
      ]);
      const email = rawEmail === undefined ? undefined : await parseEmail(rawEmail);
      const options = globalOptions(cmd);
      const list = await withDatabase(options, effects, async (db) => {
        if (email === undefined) return listApiTokens(db);
        const user = await findUserByEmail(db, email);
        if (!user) throw new NotFoundError(`Der er ingen bruger med e-mailen "${email}"`);
        return listApiTokens(db, { userId: user.id });
      });
      if (options.json) return printJson(effects, { tokens: list });
      if (list.length === 0)
        return effects.stdout('Ingen API-nøgler. Opret en med: potentiale tokens create <email>\n');
      effects.stdout(
        formatTable(
          ['Id', 'Bruger', 'Navn', 'Oprettet', 'Udløber', 'Tilbagekaldt', 'Sidst brugt'],
          list.map((t) => [
            String(t.id),
            t.email,
            t.name,
            formatTime(t.createdAt),
            formatTime(t.expiresAt),
            formatTime(t.revokedAt),
            formatTime(t.lastUsedAt),
          ]),
        ),
      );
    });

  tokens
    .command('revoke')
    .description('Tilbagekald en API-nøgle (den virker ikke mere)')
    .argument('<id>', 'nøglens id (fra tokens list)')
    .action(async (rawId: string, _opts: unknown, cmd: Command) => {
      const [{ InvalidInputError, NotFoundError }, { appendAudit, findApiToken, revokeApiToken }] =
        await Promise.all([import('../../core/index.ts'), import('../../db/index.ts')]);
      if (!/^[1-9][0-9]{0,8}$/.test(rawId.trim()))
        throw new InvalidInputError(`"${rawId}" er ikke en nøgles id (et helt tal)`, 'id');
      const id = Number(rawId.trim());
      const options = globalOptions(cmd);
      const now = effects.now();
      const { before, after } = await withDatabase(options, effects, (db) =>
        db.transaction(async (tx) => {
          const found = await findApiToken(tx, id);
          if (!found) throw new NotFoundError(`Der er ingen API-nøgle med id ${id}`);
          if (found.revokedAt !== null) return { before: found, after: found };
          const revoked = await revokeApiToken(tx, id, now);
          await appendAudit(tx, {
            at: now,
            userId: null,
            actor: 'cli',
            action: 'token.revoke',
            resourceType: 'api-token',
            resourceId: String(id),
            before: { email: found.email, name: found.name, revokedAt: null },
            after: { email: found.email, name: found.name, revokedAt: revoked?.revokedAt },
          });
          return { before: found, after: revoked ?? found };
        }),
      );
      if (options.json) return printJson(effects, { token: after });
      effects.stdout(
        before.revokedAt !== null
          ? `API-nøgle ${id} (${after.name}) var allerede tilbagekaldt ${formatTime(before.revokedAt)}.\n`
          : `Tilbagekaldt: API-nøgle ${id} (${after.name}, ${after.email}).\n`,
      );
    });
}
