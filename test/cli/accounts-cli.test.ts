import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.ts';
import { CATALOGUE } from '../../src/core/index.ts';
import {
  consumePasswordReset,
  findApiTokenByHash,
  findUserCredentials,
  listAudit,
  openDatabase,
  type AuditRecord,
  type DatabaseTarget,
} from '../../src/db/index.ts';
import { hashToken, verifyPassword } from '../../src/server/auth/index.ts';
import { ENGINES, freshTarget } from '../support/engines.ts';

const NOW = new Date('2026-12-01T08:00:00Z');
const PASSWORD = 'Rødgrød med fløde 2026';

/** Runs `potentiale <args>` in-process with this stdin and a fixed clock. */
async function run(args: readonly string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env: {},
    cwd: process.cwd(),
    now: () => NOW,
    isTty: false,
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}

describe.each(ENGINES)('users, tokens and audit commands on %s', (engine) => {
  let target: DatabaseTarget & { drop(): Promise<void> };
  let db: string;
  const cli = (args: readonly string[], stdin?: string) => run([...args, '--db', db], stdin);
  /** Reads the database between commands (PGlite: one process at a time, so open and close). */
  async function read<T>(fn: (d: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
    const d = await openDatabase(target, { catalogue: CATALOGUE });
    try {
      return await fn(d);
    } finally {
      await d.close();
    }
  }
  const audit = (): Promise<AuditRecord[]> => read((d) => listAudit(d));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-accounts-'));
    target = await freshTarget(engine, join(dir, 'db'));
    db = target.kind === 'postgres' ? target.url : (target.dir as string);
  });
  afterAll(async () => {
    await target?.drop();
  });

  it('creates the first admin with a password from stdin, hashed, and audits it', async () => {
    const r = await cli(
      ['users', 'add', 'You@Example.dk', '--role', 'admin', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Oprettet: you@example.dk (administrator).\n');
    const creds = await read((d) => findUserCredentials(d, 'you@example.dk'));
    expect(creds?.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await verifyPassword(creds?.passwordHash ?? '', PASSWORD)).ok).toBe(true);
    const [row] = await audit();
    expect(row).toMatchObject({ actor: 'cli', action: 'user.create', userId: null });
    expect(JSON.stringify(row)).not.toContain('argon2');
  });

  it('creates an editor without a password and prints a one-time reset token once', async () => {
    const r = await cli([
      'users',
      'add',
      'redaktoer@aarhus.dk',
      '--role',
      'municipality-editor',
      '--municipality',
      '751,0101',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Oprettet: redaktoer@aarhus.dk (kommuneredaktør for 101, 751).');
    const token = /\n([A-Za-z0-9_-]{43})\n/.exec(r.stdout)?.[1] ?? '';
    expect(token).toHaveLength(43);
    const userId = await read(async (d) => {
      const id = await consumePasswordReset(d, hashToken(token), new Date(NOW.getTime() + 60_000));
      expect(
        await consumePasswordReset(d, hashToken(token), new Date(NOW.getTime() + 120_000)),
      ).toBeUndefined();
      return id;
    });
    expect(userId).toBeTypeOf('number');
    const list = await cli(['users', 'list', '--json']);
    const users = JSON.parse(list.stdout) as {
      users: { email: string; municipalities: string[]; hasPassword: boolean }[];
    };
    expect(users.users.map((u) => [u.email, u.municipalities, u.hasPassword])).toEqual([
      ['redaktoer@aarhus.dk', ['101', '751'], false],
      ['you@example.dk', [], true],
    ]);
    expect(list.stdout).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses bad input with a Danish message naming it, the right exit code, and writes nothing', async () => {
    const before = (await audit()).length;
    const cases: [string[], string, number, RegExp][] = [
      [['users', 'add', 'a@x.dk', '--role', 'editor'], '', 2, /Ukendt rolle "editor"/],
      [['users', 'add', 'a@x.dk', '--role', 'reader'], '', 2, /læsere er anonyme/],
      [
        ['users', 'add', 'a@x.dk', '--role', 'municipality-editor', '--municipality', '999'],
        '',
        2,
        /"999" er ikke en kommunekode/,
      ],
      [['users', 'add', 'a@x.dk', '--role', 'municipality-editor'], '', 2, /mindst én kommune/],
      [
        ['users', 'add', 'a@x.dk', '--role', 'admin', '--municipality', '101'],
        '',
        2,
        /hører kun til municipality-editor/,
      ],
      [
        ['users', 'add', 'a@x.dk', '--role', 'admin', '--password-stdin'],
        'kort\n',
        2,
        /for kort: den skal være mindst 12 tegn/,
      ],
      [
        ['users', 'add', 'a@x.dk', '--role', 'admin', '--password-stdin'],
        'Sommerfugl123\n',
        2,
        /for almindelig/,
      ],
      [
        ['users', 'add', 'ikke-en-mail', '--role', 'admin'],
        '',
        2,
        /"ikke-en-mail" er ikke en gyldig e-mailadresse/,
      ],
      [
        ['users', 'add', 'YOU@example.dk', '--role', 'admin'],
        '',
        1,
        /findes allerede en bruger med e-mailen "you@example.dk"/,
      ],
      [['users', 'disable', 'nobody@x.dk'], '', 4, /ingen bruger med e-mailen "nobody@x.dk"/],
      [['users', 'reset-password', 'nobody@x.dk'], '', 4, /ingen bruger/],
      [['users', 'invite', 'you@example.dk', '--role', 'admin'], '', 1, /findes allerede/],
      [
        ['users', 'invite', 'b@x.dk', '--role', 'admin', '--expires', '90d'],
        '',
        2,
        /--expires "90d" skal være mellem 1 timer og 30 dage/,
      ],
      [['tokens', 'create', 'nobody@x.dk'], '', 4, /ingen bruger/],
      [
        ['tokens', 'create', 'you@example.dk', '--expires', 'snart'],
        '',
        2,
        /"snart" er ikke en varighed/,
      ],
      [['tokens', 'revoke', 'abc'], '', 2, /"abc" er ikke en nøgles id/],
      [['tokens', 'revoke', '424242'], '', 4, /ingen API-nøgle med id 424242/],
      [['audit', '--since', 'i går'], '', 2, /--since "i går" er ikke en dato/],
    ];
    for (const [args, stdin, code, message] of cases) {
      const r = await cli(args, stdin);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).not.toContain('Sommerfugl123');
    }
    expect(await audit()).toHaveLength(before);
    const users = JSON.parse((await cli(['users', 'list', '--json'])).stdout) as {
      users: unknown[];
    };
    expect(users.users).toHaveLength(2);
  });

  it('prints an API token alone, lists it without the token, and revokes it', async () => {
    const r = await cli([
      'tokens',
      'create',
      'redaktoer@aarhus.dk',
      '--name',
      'budget-script',
      '--expires',
      '30d',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^pt_[A-Za-z0-9_-]{43}\n$/);
    const token = r.stdout.trim();
    const json = await cli(['tokens', 'create', 'you@example.dk', '--json']);
    const second = (JSON.parse(json.stdout) as { token: string }).token;
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual(['token']);
    const found = await read((d) => findApiTokenByHash(d, hashToken(token), NOW));
    expect(found?.account.email).toBe('redaktoer@aarhus.dk');
    expect(found?.token.expiresAt).toBe('2026-12-31T08:00:00.000Z');
    const list = await cli(['tokens', 'list', 'redaktoer@aarhus.dk', '--json']);
    const tokens = (JSON.parse(list.stdout) as { tokens: { id: number; name: string }[] }).tokens;
    expect(tokens.map((t) => t.name)).toEqual(['budget-script']);
    const all = await cli(['tokens', 'list']);
    expect(all.stdout).toContain('budget-script');
    for (const out of [list.stdout, all.stdout]) {
      expect(out).not.toContain(token);
      expect(out).not.toContain(second);
      expect(out).not.toContain(hashToken(token));
    }
    const revoke = await cli(['tokens', 'revoke', String(tokens[0]?.id)]);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toContain('Tilbagekaldt');
    expect(await read((d) => findApiTokenByHash(d, hashToken(token), NOW))).toBeUndefined();
    expect((await cli(['tokens', 'revoke', String(tokens[0]?.id)])).stdout).toContain('allerede');
  });

  it('disables and enables a user, invites, and shows the audit log', async () => {
    expect((await cli(['users', 'disable', 'redaktoer@aarhus.dk'])).stdout).toBe(
      'Deaktiveret: redaktoer@aarhus.dk\n',
    );
    const refused = await cli(['tokens', 'create', 'redaktoer@aarhus.dk']);
    expect([refused.code, refused.stdout]).toEqual([1, '']);
    expect(refused.stderr).toMatch(/er deaktiveret/);
    expect((await cli(['users', 'enable', 'redaktoer@aarhus.dk'])).code).toBe(0);
    const invite = await cli([
      'users',
      'invite',
      'ny@odense.dk',
      '--role',
      'municipality-editor',
      '--municipality',
      '461',
      '--expires',
      '48h',
    ]);
    expect(invite.code).toBe(0);
    expect(invite.stdout).toMatch(
      /^Invitation til ny@odense.dk \(kommuneredaktør\), gælder til 2026-12-03 08:00 UTC/,
    );
    // The link to the web page, with the key in the fragment (never sent to the server).
    expect(invite.stdout).toMatch(/\/invitation#[A-Za-z0-9_-]{43}\b/);
    const reset = await cli(['users', 'reset-password', 'you@example.dk', '--json']);
    const resetToken = (JSON.parse(reset.stdout) as { resetToken: string }).resetToken;
    const log = await cli(['audit', '--json']);
    const entries = (JSON.parse(log.stdout) as { entries: AuditRecord[] }).entries;
    expect(entries.map((e) => e.action)).toEqual([
      'user.create',
      'user.create',
      'user.password-reset.issue',
      'token.create',
      'token.create',
      'token.revoke',
      'user.disable',
      'user.enable',
      'invitation.create',
      'user.password-reset.issue',
    ]);
    expect(entries.every((e) => e.actor === 'cli')).toBe(true);
    // No secret in the log: no token, no hash of one, no password hash.
    expect(log.stdout).not.toMatch(/pt_|argon2/);
    expect(log.stdout).not.toContain(resetToken);
    expect(log.stdout).not.toContain(hashToken(resetToken));
    const mine = await cli(['audit', '--user', 'redaktoer@aarhus.dk', '--json']);
    expect(
      (JSON.parse(mine.stdout) as { entries: AuditRecord[] }).entries.map((e) => e.action),
    ).toEqual(['user.create', 'user.password-reset.issue', 'user.disable', 'user.enable']);
    const later = await cli(['audit', '--since', '2026-12-02']);
    expect(later.stdout).toBe('Ingen skrivninger i revisionssporet.\n');
    const table = await cli(['audit']);
    expect(table.stdout).toContain('user.disable');
  });
});
