import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  appendAudit,
  completePasswordReset,
  audited,
  consumePasswordReset,
  createApiToken,
  createInvitation,
  createPasswordReset,
  createSession,
  createUser,
  deleteSession,
  deleteUserSessions,
  disableUser,
  enableUser,
  findApiTokenByHash,
  findSession,
  findUserByEmail,
  findUserCredentials,
  isLockedOut,
  listApiTokens,
  listAudit,
  listUsers,
  recordFailedLogin,
  recordSuccessfulLogin,
  revokeApiToken,
  touchSession,
  type Account,
  type Database,
} from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA';
const T0 = new Date('2026-12-01T08:00:00Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

describe.each(ENGINES)('accounts on %s', (engine) => {
  let db: Database;
  let editor: Account;
  beforeAll(async () => {
    db = await freshDatabase(engine);
    editor = await createUser(
      db,
      { email: ' Editor@Aarhus.DK ', role: 'municipality-editor', municipalities: ['751', '101'] },
      T0,
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores users with their municipalities; emails are unique whatever their case', async () => {
    expect(editor).toMatchObject({
      email: 'editor@aarhus.dk',
      role: 'municipality-editor',
      municipalities: ['101', '751'],
      hasPassword: false,
      disabledAt: null,
    });
    expect((await findUserByEmail(db, 'EDITOR@aarhus.dk'))?.id).toBe(editor.id);
    await expect(
      createUser(db, { email: 'editor@AARHUS.dk', role: 'admin' }, T0),
    ).rejects.toThrow();
    expect((await listUsers(db)).map((u) => u.email)).toEqual(['editor@aarhus.dk']);
  });

  it('refuses codes for a role that has none, an unknown code and an unknown role', async () => {
    const attempt = (input: Parameters<typeof createUser>[1]) =>
      db.transaction((tx) => createUser(tx, input, T0));
    await expect(
      attempt({ email: 'n@x.dk', role: 'national-editor', municipalities: ['101'] }),
    ).rejects.toThrow();
    await expect(
      attempt({ email: 'm@x.dk', role: 'municipality-editor', municipalities: ['999'] }),
    ).rejects.toThrow();
    await expect(
      attempt({ email: 'r@x.dk', role: 'reader' as 'admin', municipalities: [] }),
    ).rejects.toThrow();
    expect(await findUserByEmail(db, 'n@x.dk')).toBeUndefined();
    // An editor's role cannot change while it still has municipalities.
    await expect(
      db.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [editor.id]),
    ).rejects.toThrow();
    expect((await findUserByEmail(db, editor.email))?.role).toBe('municipality-editor');
  });

  it('locks an account progressively after 5 failures (1, 2, 4 … at most 60 minutes)', async () => {
    const u = await createUser(db, { email: 'lock@x.dk', role: 'admin', passwordHash: HASH }, T0);
    const locks: (number | null)[] = [];
    for (let i = 1; i <= 12; i++) {
      const r = await recordFailedLogin(db, u.id, at(i));
      expect(r?.failedLogins).toBe(i);
      locks.push(
        r?.lockedUntil === null
          ? null
          : (Date.parse(r?.lockedUntil ?? '') - at(i).getTime()) / 60_000,
      );
    }
    expect(locks).toEqual([null, null, null, null, 1, 2, 4, 8, 16, 32, 60, 60]);
    const locked = await findUserCredentials(db, 'lock@x.dk');
    expect(isLockedOut(locked?.account as Account, at(12))).toBe(true);
    expect(isLockedOut(locked?.account as Account, at(12 + 60))).toBe(false);
    await recordSuccessfulLogin(db, u.id);
    const after = (await findUserByEmail(db, 'lock@x.dk')) as Account;
    expect(after).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect((await recordFailedLogin(db, u.id, at(100)))?.lockedUntil).toBeNull();
  });

  it('ends a session after 30 idle minutes or 12 hours, and on logout', async () => {
    const s = { tokenHash: sha('s1'), csrfHash: sha('c1'), userId: editor.id };
    await createSession(db, s, T0);
    expect((await findSession(db, s.tokenHash, at(29)))?.account.email).toBe('editor@aarhus.dk');
    expect(await findSession(db, s.tokenHash, at(30))).toBeUndefined();
    // Kept alive every 20 minutes, it still ends 12 hours after it began.
    for (let m = 20; m < 12 * 60; m += 20) {
      expect(await findSession(db, s.tokenHash, at(m)), `minute ${m}`).toBeDefined();
      await touchSession(db, s.tokenHash, at(m));
    }
    expect(await findSession(db, s.tokenHash, at(12 * 60))).toBeUndefined();
    expect(await findSession(db, sha('forged'), at(1))).toBeUndefined();
    expect(await deleteSession(db, s.tokenHash)).toBe(true);
    expect(await findSession(db, s.tokenHash, at(1))).toBeUndefined();
  });

  it('logs out everywhere, and a disabled user has no live session', async () => {
    const u = await createUser(db, { email: 'two@x.dk', role: 'admin', passwordHash: HASH }, T0);
    await createSession(db, { tokenHash: sha('a'), csrfHash: sha('ca'), userId: u.id }, T0);
    await createSession(db, { tokenHash: sha('b'), csrfHash: sha('cb'), userId: u.id }, T0);
    expect(await deleteUserSessions(db, u.id)).toBe(2);
    await createSession(db, { tokenHash: sha('c'), csrfHash: sha('cc'), userId: u.id }, T0);
    await disableUser(db, u.id, at(1));
    expect(await findSession(db, sha('c'), at(2))).toBeUndefined();
    await createSession(db, { tokenHash: sha('d'), csrfHash: sha('cd'), userId: u.id }, at(3));
    expect(await findSession(db, sha('d'), at(4))).toBeUndefined();
    await enableUser(db, u.id, at(5));
    expect(await findSession(db, sha('d'), at(6))).toBeDefined();
  });

  it('finds an API token by its hash until it is revoked or expired', async () => {
    const live = await createApiToken(
      db,
      { userId: editor.id, name: 'script', tokenHash: sha('pt_live'), expiresAt: at(60) },
      T0,
    );
    await createApiToken(
      db,
      { userId: editor.id, name: 'forever', tokenHash: sha('pt_forever'), expiresAt: null },
      T0,
    );
    const found = await findApiTokenByHash(db, sha('pt_live'), at(1));
    expect(found?.account.id).toBe(editor.id);
    expect(found?.token.lastUsedAt).toBe(at(1).toISOString());
    expect(await findApiTokenByHash(db, sha('pt_live'), at(60))).toBeUndefined();
    expect(await findApiTokenByHash(db, sha('pt_forever'), at(10_000))).toBeDefined();
    expect((await revokeApiToken(db, live.id, at(2)))?.revokedAt).toBe(at(2).toISOString());
    expect(await findApiTokenByHash(db, sha('pt_live'), at(3))).toBeUndefined();
    const listed = await listApiTokens(db, { userId: editor.id });
    expect(listed.map((t) => t.name).sort()).toEqual(['forever', 'script']);
    expect(JSON.stringify(listed)).not.toContain(sha('pt_live'));
    expect(await revokeApiToken(db, 999_999, at(2))).toBeUndefined();
  });

  it('uses a password reset token once, and never after its expiry', async () => {
    const u = await createUser(db, { email: 'reset@x.dk', role: 'admin' }, T0);
    await createPasswordReset(db, { userId: u.id, tokenHash: sha('r1'), expiresAt: at(60) }, T0);
    await createPasswordReset(db, { userId: u.id, tokenHash: sha('r2'), expiresAt: at(60) }, T0);
    expect(await consumePasswordReset(db, sha('r1'), at(1))).toBe(u.id);
    expect(await consumePasswordReset(db, sha('r1'), at(2))).toBeUndefined();
    expect(await consumePasswordReset(db, sha('r2'), at(60))).toBeUndefined();
    expect(await consumePasswordReset(db, sha('nope'), at(1))).toBeUndefined();
  });

  it('completes a reset: new hash, lockout cleared, every session ended, once', async () => {
    const u = await createUser(db, { email: 'forgot@x.dk', role: 'admin', passwordHash: HASH }, T0);
    for (let i = 0; i < 6; i++) await recordFailedLogin(db, u.id, T0);
    await createSession(db, { tokenHash: sha('fs'), csrfHash: sha('fc'), userId: u.id }, T0);
    await createPasswordReset(db, { userId: u.id, tokenHash: sha('f1'), expiresAt: at(60) }, T0);
    const NEW = HASH.replace('c2FsdHNhbHRzYWx0', 'bmV3c2FsdG5ld3NhbHQ');
    const done = await db.transaction((tx) => completePasswordReset(tx, sha('f1'), NEW, at(1)));
    expect(done).toMatchObject({ email: 'forgot@x.dk', failedLogins: 0, lockedUntil: null });
    expect((await findUserCredentials(db, 'forgot@x.dk'))?.passwordHash).toBe(NEW);
    expect(await findSession(db, sha('fs'), at(2))).toBeUndefined();
    expect(await completePasswordReset(db, sha('f1'), HASH, at(2))).toBeUndefined();
    expect((await findUserCredentials(db, 'forgot@x.dk'))?.passwordHash).toBe(NEW);
  });

  it('accepts an invitation once before its expiry, creating its user', async () => {
    const invite = (token: string, email: string) =>
      createInvitation(
        db,
        {
          tokenHash: sha(token),
          email,
          role: 'municipality-editor',
          municipalities: ['766'],
          expiresAt: at(60),
        },
        T0,
      );
    await invite('i1', 'Invited@x.dk');
    await invite('i2', 'late@x.dk');
    const u = await db.transaction((tx) => acceptInvitation(tx, sha('i1'), HASH, at(1)));
    expect(u).toMatchObject({ email: 'invited@x.dk', municipalities: ['766'], hasPassword: true });
    expect(await acceptInvitation(db, sha('i1'), HASH, at(2))).toBeUndefined();
    expect(await acceptInvitation(db, sha('i2'), HASH, at(60))).toBeUndefined();
    await expect(
      createInvitation(
        db,
        { tokenHash: sha('i3'), email: 'a@x.dk', role: 'municipality-editor', expiresAt: at(60) },
        T0,
      ),
    ).rejects.toThrow();
  });

  it('writes the audit row with its write, or neither when the write fails', async () => {
    const entry = (email: string) => ({
      at: at(5),
      userId: null,
      actor: 'cli',
      action: 'user.create',
      resourceType: 'user',
      after: { email },
    });
    const ok = await audited(
      db,
      (tx) => createUser(tx, { email: 'audited@x.dk', role: 'national-editor' }, at(5)),
      (u) => ({ ...entry(u.email), resourceId: String(u.id) }),
    );
    await expect(
      audited(
        db,
        (tx) => createUser(tx, { email: 'AUDITED@x.dk', role: 'admin' }, at(5)),
        () => entry('dup'),
      ),
    ).rejects.toThrow();
    // A write whose audit row is refused is undone too.
    await expect(
      audited(
        db,
        (tx) => createUser(tx, { email: 'bad-audit@x.dk', role: 'admin' }, at(5)),
        () => ({ ...entry('x'), action: 'Not An Action' }),
      ),
    ).rejects.toThrow();
    expect(await findUserByEmail(db, 'bad-audit@x.dk')).toBeUndefined();
    const rows = await listAudit(db, { since: at(5) });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'cli',
      action: 'user.create',
      resourceId: String(ok.id),
      after: { email: 'audited@x.dk' },
    });
    await appendAudit(db, { ...entry('by'), userId: editor.id, actor: editor.email, at: at(6) });
    expect((await listAudit(db, { userId: editor.id })).map((r) => r.userEmail)).toEqual([
      'editor@aarhus.dk',
    ]);
    expect(await listAudit(db, { userId: ok.id })).toHaveLength(1);
    expect(await listAudit(db, { since: at(7) })).toEqual([]);
  });
});
