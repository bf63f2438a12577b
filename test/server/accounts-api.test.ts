// Logging in and writing over HTTP (issue 15): sessions and their cookie, CSRF, lockout and
// rate limits, expiry, tokens, one-time tokens, TOTP, logout (here and everywhere), the audit
// log, and that no secret reaches the request log. Both engines.
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiToken,
  createPasswordReset,
  createUser,
  disableUser,
  revokeApiToken,
  type Account,
  type Database,
} from '../../src/db/index.ts';
import { createLoginThrottle, hashPassword, issueToken } from '../../src/server/auth/index.ts';
import { createApp, type RequestLog } from '../../src/server/index.ts';
import { accountClient } from '../support/account-client.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const T0 = new Date('2026-12-07T09:00:00Z');
const PASSWORD = 'rigtig-lang-adgangskode-1';
const SECRET_KEY = 'accounts-test-key-accounts-test-key-0123';

describe.each(ENGINES)('accounts over HTTP (%s)', (engine) => {
  let db: Database;
  let now = T0;
  const logs: RequestLog[] = [];
  const errors: unknown[] = [];
  const secrets: string[] = [PASSWORD];
  let app: ReturnType<typeof createApp>;
  let editor: Account;

  const { call, logIn } = accountClient(
    () => app,
    (secret) => secrets.push(secret),
    PASSWORD,
  );

  const groupCount = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM peer_groups'))[0]?.n);

  beforeAll(async () => {
    db = await freshDatabase(engine);
    app = createApp({
      db,
      now: () => now,
      secretKey: SECRET_KEY,
      loginThrottle: createLoginThrottle(1000),
      log: (e) => logs.push(e),
      logError: (e) => errors.push(e),
    });
    const passwordHash = await hashPassword(PASSWORD);
    editor = await createUser(
      db,
      {
        email: 'Redaktoer@Aarhus.dk',
        role: 'municipality-editor',
        municipalities: ['766'],
        passwordHash,
      },
      now,
    );
    await createUser(db, { email: 'admin@potentiale.dk', role: 'admin', passwordHash }, now);
    await createUser(db, { email: 'laast@kommune.dk', role: 'national-editor', passwordHash }, now);
    await createUser(
      db,
      { email: 'slaaet-fra@kommune.dk', role: 'national-editor', passwordHash },
      now,
    );
    await createUser(db, { email: 'totp@kommune.dk', role: 'national-editor', passwordHash }, now);
  });
  afterAll(async () => db.close());

  it('logs in with a session cookie that is HttpOnly, SameSite=Lax, Path=/ (Secure only on TLS)', async () => {
    const { setCookie, cookie } = await logIn('redaktoer@aarhus.dk');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const me = await call('GET', '/api/v1/session', { cookie });
    expect(me.body).toMatchObject({
      loggedIn: true,
      user: {
        email: 'redaktoer@aarhus.dk',
        role: 'municipality-editor',
        municipalities: ['766'],
        totp: false,
      },
    });
    expect(me.headers.get('Cache-Control')).toBe('no-store');
    expect(me.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await call('GET', '/api/v1/session')).body).toEqual({ loggedIn: false });
  });

  it('answers a wrong password and an unknown account alike (401, one generic text)', async () => {
    const wrong = await call('POST', '/api/v1/session', {
      body: { email: 'admin@potentiale.dk', password: 'forkert-adgangskode-123' },
    });
    const unknown = await call('POST', '/api/v1/session', {
      body: { email: 'ingen@kommune.dk', password: 'forkert-adgangskode-123' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe('Forkert e-mail eller adgangskode.');
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers.get('Set-Cookie')).toBeNull();
  });

  it('locks an account after 5 failures (429 with Retry-After, even with the right password), then lets it in', async () => {
    for (let i = 0; i < 5; i++)
      expect(
        (
          await call('POST', '/api/v1/session', {
            body: { email: 'laast@kommune.dk', password: `forkert-${i}-adgangskode` },
          })
        ).status,
      ).toBe(401);
    const locked = await call('POST', '/api/v1/session', {
      body: { email: 'laast@kommune.dk', password: PASSWORD },
    });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('Retry-After')).toBe('60');
    expect(String(locked.body.detailEn)).toMatch(/Too many login attempts/);
    // Unknown emails are locked on the same schedule, so a lockout reveals nothing.
    for (let i = 0; i < 5; i++)
      await call('POST', '/api/v1/session', {
        body: { email: 'findes-ikke@kommune.dk', password: `forkert-${i}-adgangskode` },
      });
    expect(
      (
        await call('POST', '/api/v1/session', {
          body: { email: 'findes-ikke@kommune.dk', password: PASSWORD },
        })
      ).status,
    ).toBe(429);
    now = new Date(now.getTime() + 61_000);
    await logIn('laast@kommune.dk');
  });

  it('refuses a write with a session but a missing or wrong CSRF token (403), and writes nothing', async () => {
    const { cookie, csrf } = await logIn('redaktoer@aarhus.dk');
    const body = { name: 'Nabokommuner', municipality: '766', codes: ['615', '706'] };
    const before = await groupCount();
    const missing = await call('POST', '/api/v1/groups', { body, cookie });
    const wrong = await call('POST', '/api/v1/groups', { body, cookie, csrf: 'x'.repeat(64) });
    expect([missing.status, wrong.status]).toEqual([403, 403]);
    expect(missing.body.parameter).toBe('X-CSRF-Token');
    expect(await groupCount()).toBe(before);
    const saved = await call('POST', '/api/v1/groups', { body, cookie, csrf });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      name: 'Nabokommuner',
      municipality: '766',
      codes: ['615', '706'],
    });
    expect(saved.headers.get('Location')).toBe(`/api/v1/groups/${String(saved.body.id)}`);
    // Everyone reads it.
    const list = await call('GET', '/api/v1/groups?municipality=766');
    expect(list.body.groups).toEqual([saved.body]);
    // The same name again for 766 is a conflict; for 101 the editor is refused.
    expect((await call('POST', '/api/v1/groups', { body, cookie, csrf })).status).toBe(409);
    const other = await call('POST', '/api/v1/groups', {
      body: { ...body, municipality: '101' },
      cookie,
      csrf,
    });
    expect(other.status).toBe(403);
    expect(other.body.detail).toBe('Du kan kun skrive for 766, ikke for 101.');
    const bad = await call('POST', '/api/v1/groups', {
      body: { ...body, name: 'Ny', codes: ['999'] },
      cookie,
      csrf,
    });
    expect(bad.status).toBe(400);
    const deleted = await call('DELETE', `/api/v1/groups/${String(saved.body.id)}`, {
      cookie,
      csrf,
    });
    expect(deleted.status).toBe(204);
    expect(
      (await call('DELETE', `/api/v1/groups/${String(saved.body.id)}`, { cookie, csrf })).status,
    ).toBe(404);
  });

  it('ends a session after 30 idle minutes: a write gets 401 naming it, and the cookie is cleared', async () => {
    const { cookie, csrf } = await logIn('redaktoer@aarhus.dk');
    now = new Date(now.getTime() + 31 * 60_000);
    const r = await call('POST', '/api/v1/groups', {
      body: { name: 'Sent', municipality: '766', codes: ['615'] },
      cookie,
      csrf,
    });
    expect(r.status).toBe(401);
    expect(r.body.detail).toBe('Din session er udløbet eller ugyldig. Log ind igen.');
    expect(r.headers.get('Set-Cookie')).toMatch(/potentiale_session=;/);
    const forged = await call('POST', '/api/v1/groups', {
      body: { name: 'Falsk', municipality: '766', codes: ['615'] },
      cookie: 'A'.repeat(43),
      csrf,
    });
    expect(forged.status).toBe(401);
  });

  it('logs out here, and everywhere', async () => {
    const a = await logIn('redaktoer@aarhus.dk');
    const b = await logIn('redaktoer@aarhus.dk');
    expect((await call('DELETE', '/api/v1/session', { cookie: a.cookie })).status).toBe(403);
    const out = await call('DELETE', '/api/v1/session', { cookie: a.cookie, csrf: a.csrf });
    expect(out.status).toBe(204);
    expect(out.headers.get('Set-Cookie')).toMatch(/potentiale_session=;/);
    expect((await call('GET', '/api/v1/session', { cookie: a.cookie })).body).toEqual({
      loggedIn: false,
    });
    expect((await call('GET', '/api/v1/session', { cookie: b.cookie })).body.loggedIn).toBe(true);
    const c = await logIn('redaktoer@aarhus.dk');
    const sessions = await call('GET', '/api/v1/account/sessions', { cookie: c.cookie });
    expect((sessions.body.sessions as unknown[]).length).toBe(2);
    expect(
      (await call('DELETE', '/api/v1/session?everywhere=true', { cookie: c.cookie, csrf: c.csrf }))
        .status,
    ).toBe(204);
    expect((await call('GET', '/api/v1/session', { cookie: b.cookie })).body).toEqual({
      loggedIn: false,
    });
  });

  it('writes with an API token without CSRF; a revoked token gets 401', async () => {
    const { token, hash } = issueToken('api');
    secrets.push(token);
    const made = await createApiToken(
      db,
      { userId: editor.id, name: 'script', tokenHash: hash, expiresAt: null },
      now,
    );
    const saved = await call('POST', '/api/v1/groups', {
      body: { name: 'Fra script', municipality: '766', codes: ['751'] },
      token,
    });
    expect(saved.status).toBe(201);
    await revokeApiToken(db, made.id, now);
    const revoked = await call('POST', '/api/v1/groups', {
      body: { name: 'Igen', municipality: '766', codes: ['751'] },
      token,
    });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('WWW-Authenticate')).toMatch(/invalid_token/);
    expect((await call('GET', '/api/v1/groups', { token })).status).toBe(401);
  });

  it('refuses a disabled user like a wrong password, and ends its sessions', async () => {
    const { cookie } = await logIn('slaaet-fra@kommune.dk');
    const account = (
      await db.query<{ id: number }>("SELECT id FROM users WHERE email = 'slaaet-fra@kommune.dk'")
    )[0];
    await disableUser(db, account?.id ?? 0, now);
    expect((await call('GET', '/api/v1/session', { cookie })).body).toEqual({ loggedIn: false });
    const r = await call('POST', '/api/v1/session', {
      body: { email: 'slaaet-fra@kommune.dk', password: PASSWORD },
    });
    expect(r.status).toBe(401);
    expect(r.body.detail).toBe('Forkert e-mail eller adgangskode.');
  });

  it('uses a reset token once, and refuses weak passwords', async () => {
    const { token, hash } = issueToken();
    secrets.push(token);
    await createPasswordReset(
      db,
      { userId: editor.id, tokenHash: hash, expiresAt: new Date(now.getTime() + 3600_000) },
      now,
    );
    const short = await call('POST', '/api/v1/password-reset', {
      body: { token, password: 'kort' },
    });
    expect(short.status).toBe(400);
    expect(short.body.parameter).toBe('password');
    const common = await call('POST', '/api/v1/password-reset', {
      body: { token, password: 'password1234' },
    });
    expect(common.status).toBe(400);
    expect(String(common.body.detail)).toMatch(/almindelig/);
    const first = await call('POST', '/api/v1/password-reset', {
      body: { token, password: `${PASSWORD}-ny` },
    });
    expect(first.status).toBe(204);
    const again = await call('POST', '/api/v1/password-reset', {
      body: { token, password: `${PASSWORD}-igen` },
    });
    expect(again.status).toBe(400);
    expect(again.body.parameter).toBe('token');
    await logIn('redaktoer@aarhus.dk', `${PASSWORD}-ny`);
    secrets.push(`${PASSWORD}-ny`);
  });

  it('sets up TOTP with a code, then asks for it at login', async () => {
    const { cookie, csrf } = await logIn('totp@kommune.dk');
    const setup = await call('POST', '/api/v1/account/totp', { cookie, csrf });
    expect(setup.status).toBe(200);
    const secret = String(setup.body.secret);
    secrets.push(secret);
    expect(String(setup.body.uri)).toMatch(/^otpauth:\/\/totp\/Potentiale:totp%40kommune\.dk\?/);
    const totp = new TOTP({ secret, digits: 6, period: 30 });
    const wrong = await call('PUT', '/api/v1/account/totp', {
      body: { secret, code: '000000' },
      cookie,
      csrf,
    });
    expect(wrong.status).toBe(400);
    const code = totp.generate({ timestamp: now.getTime() });
    expect(
      (await call('PUT', '/api/v1/account/totp', { body: { secret, code }, cookie, csrf })).status,
    ).toBe(204);
    const stored = await db.query<{ totp_secret: string }>(
      "SELECT totp_secret FROM users WHERE email = 'totp@kommune.dk'",
    );
    expect(stored[0]?.totp_secret).toMatch(/^v1:/);
    expect(stored[0]?.totp_secret).not.toContain(secret);
    const without = await call('POST', '/api/v1/session', {
      body: { email: 'totp@kommune.dk', password: PASSWORD },
    });
    expect(without.status).toBe(401);
    expect(without.body.parameter).toBe('totp');
    // Each code counts once (ASVS 2.8.4): the confirming code cannot log in, nor can a code
    // that already did; the next period's code can.
    const again = (totpCode: string) =>
      call('POST', '/api/v1/session', {
        body: { email: 'totp@kommune.dk', password: PASSWORD, totp: totpCode },
      });
    expect((await again(code)).body.parameter).toBe('totp');
    now = new Date(now.getTime() + 30_000);
    const next = totp.generate({ timestamp: now.getTime() });
    await logIn('totp@kommune.dk', PASSWORD, next);
    expect((await again(next)).status).toBe(401);
  });

  it('shows admins the audit log, with before and after and no secrets; others get 403', async () => {
    const admin = await logIn('admin@potentiale.dk');
    const editorSession = await logIn('redaktoer@aarhus.dk', `${PASSWORD}-ny`);
    expect((await call('GET', '/api/v1/audit', { cookie: editorSession.cookie })).status).toBe(403);
    expect((await call('GET', '/api/v1/audit')).status).toBe(401);
    const log = await call('GET', '/api/v1/audit?user=redaktoer@aarhus.dk', {
      cookie: admin.cookie,
    });
    expect(log.status).toBe(200);
    const entries = log.body.entries as {
      action: string;
      before: unknown;
      after: unknown;
      actor: string;
    }[];
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'session.create',
        'peer-group.save',
        'peer-group.delete',
        'session.delete',
        'session.delete-all',
        'user.password-reset',
      ]),
    );
    const deletion = entries.find((e) => e.action === 'peer-group.delete');
    expect(deletion?.before).toMatchObject({ name: 'Nabokommuner', municipality: '766' });
    const text = JSON.stringify(log.body);
    for (const s of secrets.filter((x) => x.length >= 8)) expect(text).not.toContain(s);
  });

  it('keeps every secret out of the request log', () => {
    expect(logs.length).toBeGreaterThan(40);
    const text = JSON.stringify(logs) + JSON.stringify(errors.map(String));
    expect(secrets.length).toBeGreaterThan(10);
    for (const s of secrets.filter((x) => x.length >= 8)) expect(text).not.toContain(s);
    expect(errors).toEqual([]);
  });
});
