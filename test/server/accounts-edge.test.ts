// Logging in behind a TLS proxy, and the per-address login limit (issue 15), each with its own
// app on a fresh database. Both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type Database } from '../../src/db/index.ts';
import { createLoginThrottle, hashPassword } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const PASSWORD = 'rigtig-lang-adgangskode-1';
const now = new Date('2026-12-07T09:00:00Z');

describe.each(ENGINES)('login at the edge (%s)', (engine) => {
  let db: Database;
  const call = (path: string, headers: Record<string, string> = {}) =>
    createApp({ db, now: () => now }).request(path, { headers });

  beforeAll(async () => {
    db = await freshDatabase(engine);
    await createUser(
      db,
      { email: 'admin@potentiale.dk', role: 'admin', passwordHash: await hashPassword(PASSWORD) },
      now,
    );
  });
  afterAll(async () => db.close());

  it('behind a trusted TLS proxy: Secure cookie and HSTS; without trust, neither', async () => {
    const tls = createApp({
      db,
      now: () => now,
      trustProxy: true,
      loginThrottle: createLoginThrottle(1000),
    });
    const r = await tls.request('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ email: 'admin@potentiale.dk', password: PASSWORD }),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('Set-Cookie')).toMatch(/Secure/);
    expect(r.headers.get('Strict-Transport-Security')).toMatch(/max-age=31536000/);
    const plain = await call('/api/v1/health', { 'X-Forwarded-Proto': 'https' });
    expect(plain.headers.get('Strict-Transport-Security')).toBeNull();
  });

  it('limits login attempts per client address (429)', async () => {
    const limited = createApp({ db, now: () => now, loginThrottle: createLoginThrottle(3) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await limited.request('/api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `x${i}@kommune.dk`, password: 'forkert-adgangskode-123' }),
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
