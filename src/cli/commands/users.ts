import type { Command } from 'commander';
import type { Account, Database, Queryable } from '../../db/index.ts';
import { globalOptions, printJson, readStdin, withDatabase, type CliEffects } from '../context.ts';
import { formatTable } from '../format.ts';
import {
  formatTime,
  parseDuration,
  parseEmail,
  parseRoleAndCodes,
  RESET_TOKEN_TTL_MS,
  ROLE_DA,
} from './account-args.ts';

const ACTOR = 'cli';
const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/** What the audit log and `--json` show of a user: never its hash or TOTP secret. */
const publicUser = (u: Account) => ({
  email: u.email,
  role: u.role,
  municipalities: u.municipalities,
  disabled: u.disabledAt !== null,
});

/** The user with this email, or a not-found error naming it. */
async function existingUser(db: Queryable, email: string): Promise<Account> {
  const [{ NotFoundError }, { findUserByEmail }] = await Promise.all([
    import('../../core/index.ts'),
    import('../../db/index.ts'),
  ]);
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`Der er ingen bruger med e-mailen "${email}"`);
  return user;
}

/** A one-time reset token for a user, stored as its hash with its audit row. */
async function issueReset(
  tx: Queryable,
  user: Account,
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const [{ issueToken }, { appendAudit, createPasswordReset }] = await Promise.all([
    import('../../server/auth/index.ts'),
    import('../../db/index.ts'),
  ]);
  const { token, hash } = issueToken();
  const { expiresAt } = await createPasswordReset(
    tx,
    { userId: user.id, tokenHash: hash, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
    now,
  );
  await appendAudit(tx, {
    at: now,
    userId: null,
    actor: ACTOR,
    action: 'user.password-reset.issue',
    resourceType: 'user',
    resourceId: String(user.id),
    after: { email: user.email, expiresAt },
  });
  return { token, expiresAt };
}

const resetText = (email: string, token: string, expiresAt: string): string =>
  `Engangsnøgle til at vælge adgangskode for ${email} (gælder til ${formatTime(expiresAt)} og kan bruges én gang):\n${token}\nBrugeren åbner <serverens adresse>/ny-adgangskode#${token} (fx http://localhost:3000/ny-adgangskode#${token}).\nGiv den kun til brugeren selv; den vises ikke igen.\n`;

/** Reads a password from stdin (one trailing newline dropped) and checks the policy. */
async function passwordFromStdin(effects: CliEffects): Promise<string> {
  const [{ InvalidInputError }, { checkPasswordPolicy, passwordProblemMessage }] =
    await Promise.all([import('../../core/index.ts'), import('../../server/auth/index.ts')]);
  const password = (await readStdin(effects)).replace(/\r?\n$/, '');
  if (password === '')
    throw new InvalidInputError('Der kom ingen adgangskode på standard input', '--password-stdin');
  const problem = checkPasswordPolicy(password);
  if (problem !== undefined)
    throw new InvalidInputError(passwordProblemMessage(problem), '--password-stdin');
  return password;
}

async function refuseDuplicate(db: Queryable, email: string): Promise<void> {
  const [{ PotentialeError }, { findUserByEmail }] = await Promise.all([
    import('../../core/index.ts'),
    import('../../db/index.ts'),
  ]);
  if (await findUserByEmail(db, email))
    throw new PotentialeError('conflict', `Der findes allerede en bruger med e-mailen "${email}"`);
}

/** `potentiale users`: the accounts of people who write (readers have none). */
export function registerUsers(program: Command, effects: CliEffects): void {
  const users = program
    .command('users')
    .alias('brugere')
    .description('Brugere, der kan logge ind og skrive (opret, vis, deaktivér, nulstil, invitér)');

  users
    .command('add')
    .description(
      'Opret en bruger; uden --password-stdin udskrives en engangsnøgle til at vælge adgangskode',
    )
    .argument('<email>', 'brugerens e-mailadresse')
    .requiredOption('--role <rolle>', 'municipality-editor, national-editor eller admin')
    .option('--municipality <koder>', 'kommunekoder for en municipality-editor, fx 766,751')
    .option('--password-stdin', 'læs adgangskoden fra standard input')
    .action(
      async (
        rawEmail: string,
        opts: { role: string; municipality?: string; passwordStdin?: boolean },
        cmd: Command,
      ) => {
        const email = await parseEmail(rawEmail);
        const { role, codes } = await parseRoleAndCodes(opts.role, opts.municipality);
        const password = opts.passwordStdin === true ? await passwordFromStdin(effects) : null;
        const [{ hashPassword }, { appendAudit, createUser }] = await Promise.all([
          import('../../server/auth/index.ts'),
          import('../../db/index.ts'),
        ]);
        const passwordHash = password === null ? null : await hashPassword(password);
        const options = globalOptions(cmd);
        const now = effects.now();
        const out = await withDatabase(options, effects, (db: Database) =>
          db.transaction(async (tx) => {
            await refuseDuplicate(tx, email);
            const user = await createUser(
              tx,
              { email, role, municipalities: codes, passwordHash },
              now,
            );
            await appendAudit(tx, {
              at: now,
              userId: null,
              actor: ACTOR,
              action: 'user.create',
              resourceType: 'user',
              resourceId: String(user.id),
              municipality: codes.length === 1 ? (codes[0] ?? null) : null,
              after: { ...publicUser(user), hasPassword: user.hasPassword },
            });
            return { user, reset: user.hasPassword ? null : await issueReset(tx, user, now) };
          }),
        );
        if (options.json)
          return printJson(effects, {
            user: out.user,
            ...(out.reset
              ? { resetToken: out.reset.token, resetExpiresAt: out.reset.expiresAt }
              : {}),
          });
        const where = codes.length > 0 ? ` for ${codes.join(', ')}` : '';
        effects.stdout(`Oprettet: ${email} (${ROLE_DA[role]}${where}).\n`);
        if (out.reset) effects.stdout(resetText(email, out.reset.token, out.reset.expiresAt));
      },
    );

  users
    .command('list')
    .description('Vis brugerne (aldrig adgangskoder eller nøgler)')
    .action(async (_opts: unknown, cmd: Command) => {
      const { listUsers } = await import('../../db/index.ts');
      const options = globalOptions(cmd);
      const list = await withDatabase(options, effects, (db) => listUsers(db));
      if (options.json) return printJson(effects, { users: list });
      if (list.length === 0)
        return effects.stdout(
          'Ingen brugere. Opret den første administrator med: potentiale users add <email> --role admin --password-stdin\n',
        );
      const now = effects.now();
      effects.stdout(
        formatTable(
          ['E-mail', 'Rolle', 'Kommuner', 'Status', 'Adgangskode', 'TOTP'],
          list.map((u) => [
            u.email,
            u.role,
            u.municipalities.join(', '),
            u.disabledAt !== null
              ? 'deaktiveret'
              : u.lockedUntil !== null && new Date(u.lockedUntil) > now
                ? `låst til ${formatTime(u.lockedUntil)}`
                : 'aktiv',
            u.hasPassword ? 'ja' : 'nej',
            u.totpEnabled ? 'ja' : 'nej',
          ]),
        ),
      );
    });

  for (const [name, disable] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(name)
      .description(
        disable
          ? 'Deaktivér en bruger: den logges ud overalt, og dens API-nøgler virker ikke'
          : 'Aktivér en deaktiveret bruger igen',
      )
      .argument('<email>', 'brugerens e-mailadresse')
      .action(async (rawEmail: string, _opts: unknown, cmd: Command) => {
        const email = await parseEmail(rawEmail);
        const { appendAudit, disableUser, enableUser } = await import('../../db/index.ts');
        const options = globalOptions(cmd);
        const now = effects.now();
        const user = await withDatabase(options, effects, (db) =>
          db.transaction(async (tx) => {
            const before = await existingUser(tx, email);
            const after = (await (disable ? disableUser : enableUser)(
              tx,
              before.id,
              now,
            )) as Account;
            await appendAudit(tx, {
              at: now,
              userId: null,
              actor: ACTOR,
              action: disable ? 'user.disable' : 'user.enable',
              resourceType: 'user',
              resourceId: String(before.id),
              before: publicUser(before),
              after: publicUser(after),
            });
            return after;
          }),
        );
        if (options.json) return printJson(effects, { user });
        effects.stdout(`${disable ? 'Deaktiveret' : 'Aktiveret'}: ${user.email}\n`);
      });
  }

  users
    .command('reset-password')
    .description('Udskriv en engangsnøgle, som brugeren vælger en ny adgangskode med')
    .argument('<email>', 'brugerens e-mailadresse')
    .action(async (rawEmail: string, _opts: unknown, cmd: Command) => {
      const email = await parseEmail(rawEmail);
      const { PotentialeError } = await import('../../core/index.ts');
      const options = globalOptions(cmd);
      const now = effects.now();
      const reset = await withDatabase(options, effects, (db) =>
        db.transaction(async (tx) => {
          const user = await existingUser(tx, email);
          if (user.disabledAt !== null)
            throw new PotentialeError(
              'conflict',
              `Brugeren "${email}" er deaktiveret; aktivér den først med: potentiale users enable ${email}`,
            );
          return issueReset(tx, user, now);
        }),
      );
      if (options.json)
        return printJson(effects, { email, resetToken: reset.token, expiresAt: reset.expiresAt });
      effects.stdout(resetText(email, reset.token, reset.expiresAt));
    });

  users
    .command('invite')
    .description('Invitér en bruger: udskriver en engangsnøgle, som opretter kontoen')
    .argument('<email>', 'den inviteredes e-mailadresse')
    .requiredOption('--role <rolle>', 'municipality-editor, national-editor eller admin')
    .option('--municipality <koder>', 'kommunekoder for en municipality-editor, fx 766,751')
    .option(
      '--expires <varighed>',
      'hvor længe invitationen gælder, fx 7d eller 48h (højst 30d)',
      '7d',
    )
    .action(
      async (
        rawEmail: string,
        opts: { role: string; municipality?: string; expires: string },
        cmd: Command,
      ) => {
        const email = await parseEmail(rawEmail);
        const { role, codes } = await parseRoleAndCodes(opts.role, opts.municipality);
        const ttl = await parseDuration(opts.expires, '--expires', HOUR_MS, 30 * DAY_MS);
        const [{ issueToken }, { appendAudit, createInvitation }] = await Promise.all([
          import('../../server/auth/index.ts'),
          import('../../db/index.ts'),
        ]);
        const options = globalOptions(cmd);
        const now = effects.now();
        const { token, hash } = issueToken();
        const invitation = await withDatabase(options, effects, (db) =>
          db.transaction(async (tx) => {
            await refuseDuplicate(tx, email);
            const made = await createInvitation(
              tx,
              {
                tokenHash: hash,
                email,
                role,
                municipalities: codes,
                expiresAt: new Date(now.getTime() + ttl),
              },
              now,
            );
            await appendAudit(tx, {
              at: now,
              userId: null,
              actor: ACTOR,
              action: 'invitation.create',
              resourceType: 'invitation',
              resourceId: email,
              municipality: codes.length === 1 ? (codes[0] ?? null) : null,
              after: { email, role, municipalities: codes, expiresAt: made.expiresAt },
            });
            return made;
          }),
        );
        if (options.json) return printJson(effects, { invitation, token });
        effects.stdout(
          `Invitation til ${email} (${ROLE_DA[role]}), gælder til ${formatTime(invitation.expiresAt)} og kan bruges én gang:\n${token}\nDen inviterede åbner <serverens adresse>/invitation#${token} (fx http://localhost:3000/invitation#${token}).\nDen vises ikke igen.\n`,
        );
      },
    );
}
