// `npm run bench -- login`: a failed login through the HTTP API for an account that exists
// (argon2id verification of its real hash) and for an email that has none (verification of a
// dummy hash), RUNS times each, interleaved, on an in-memory PGlite. The reference is the known
// account, measured in the same run: the ratio should be close to 1, so a login's duration does
// not tell whether an account exists (issue 15; ASVS 2.2.1 / OWASP's timing advice).
import { CATALOGUE } from '../src/core/index.ts';
import { createUser, openDatabase } from '../src/db/index.ts';
import { createLoginThrottle, hashPassword } from '../src/server/auth/index.ts';
import { createApp } from '../src/server/index.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function run(): Promise<void> {
  const db = await openDatabase({ kind: 'pglite', dir: undefined }, { catalogue: CATALOGUE });
  const now = new Date();
  await createUser(
    db,
    {
      email: 'kendt@kommune.dk',
      role: 'admin',
      passwordHash: await hashPassword('den rigtige adgangskode'),
    },
    now,
  );
  // Far apart in time so the known account never locks; no address limit.
  let clock = now.getTime();
  const app = createApp({
    db,
    now: () => new Date((clock += 3_600_000)),
    loginThrottle: createLoginThrottle(1e9),
  });
  const attempt = async (email: string): Promise<number> => {
    const t = performance.now();
    const r = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'en forkert adgangskode' }),
    });
    if (r.status !== 401) throw new Error(`expected 401, got ${r.status}`);
    return performance.now() - t;
  };
  await attempt('kendt@kommune.dk');
  await attempt('ukendt@kommune.dk');
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    known.push(await attempt('kendt@kommune.dk'));
    unknown.push(await attempt(`ukendt${i}@kommune.dk`));
  }
  await db.close();
  const k = median(known);
  const u = median(unknown);
  console.log(`failed login, known account (reference): median ${k.toFixed(1)} ms over ${RUNS}`);
  console.log(`failed login, unknown email:            median ${u.toFixed(1)} ms over ${RUNS}`);
  console.log(`ratio unknown / known: ${(u / k).toFixed(2)} (1.00 = indistinguishable)`);
}
