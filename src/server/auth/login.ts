import {
  appendAudit,
  claimTotpStep,
  createSession,
  deleteExpiredSessions,
  findUserCredentials,
  isLockedOut,
  lockoutFor,
  normaliseEmail,
  recordFailedLogin,
  recordSuccessfulLogin,
  setPasswordHash,
  type Account,
  type Database,
  type StoredSession,
} from '../../db/index.ts';
import { createRateLimiter, type RateLimiter } from '../heavy/index.ts';
import { dummyVerify, hashPassword, verifyPassword } from './password.ts';
import { csrfTokenFor } from './request-auth.ts';
import type { SecretBox } from './secret-box.ts';
import { hashToken, randomToken } from './tokens.ts';
import { totpStep } from './totp.ts';

/** Login attempts per minute from one address (a burst of this many, then one per 6 s). */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;
const MAX_UNKNOWN_REMEMBERED = 10_000;

/**
 * The in-memory side of login throttling: a token bucket per client address, and failures for
 * emails that have no account, locked out on the same schedule as real accounts (the database
 * keeps theirs), so a lockout does not reveal whether an account exists.
 */
export interface LoginThrottle {
  readonly addresses: RateLimiter;
  readonly unknown: Map<string, { failures: number; lockedUntil: number }>;
}

export function createLoginThrottle(perMinute = LOGIN_ATTEMPTS_PER_MINUTE): LoginThrottle {
  return { addresses: createRateLimiter({ perMinute }), unknown: new Map() };
}

export type LoginResult =
  | {
      readonly ok: true;
      readonly account: Account;
      readonly session: StoredSession;
      readonly sessionToken: string;
      readonly csrfToken: string;
    }
  | { readonly ok: false; readonly why: 'credentials' | 'totp-needed' | 'totp-wrong' }
  | { readonly ok: false; readonly why: 'throttled'; readonly retryAfterSeconds: number };

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/**
 * One login (decision 0011 §1–§2, §7): the address's rate limit, the account's lockout, the
 * password (argon2id; a dummy hash for an unknown account, so both take as long), the TOTP code
 * when the account has one, then a new session (its token and CSRF token are returned once; the
 * database keeps their hashes) and an audit row. A disabled account fails like a wrong password.
 */
export async function logIn(
  db: Database,
  input: { readonly email: string; readonly password: string; readonly totp?: string | undefined },
  context: {
    readonly now: Date;
    readonly client: string;
    readonly throttle: LoginThrottle;
    readonly box: SecretBox | undefined;
  },
): Promise<LoginResult> {
  const { now, throttle } = context;
  const rate = throttle.addresses.take(context.client);
  if (!rate.ok) return { ok: false, why: 'throttled', retryAfterSeconds: rate.retryAfterSeconds };
  const email = normaliseEmail(input.email);
  const found = await findUserCredentials(db, email);
  if (!found || found.passwordHash === null) {
    await dummyVerify(input.password);
    return unknownFailure(throttle, email, now);
  }
  const { account } = found;
  if (isLockedOut(account, now))
    return {
      ok: false,
      why: 'throttled',
      retryAfterSeconds: seconds(new Date(account.lockedUntil ?? 0).getTime() - now.getTime()),
    };
  const checked = await verifyPassword(found.passwordHash, input.password);
  if (!checked.ok || account.disabledAt !== null) {
    if (account.disabledAt === null) await recordFailedLogin(db, account.id, now);
    return { ok: false, why: 'credentials' };
  }
  if (found.totpSecret !== null) {
    if (input.totp === undefined || input.totp === '') return { ok: false, why: 'totp-needed' };
    const secret = context.box?.open(found.totpSecret);
    const step = secret === undefined ? undefined : totpStep(secret, input.totp, now);
    // A code counts once: a step accepted before (a replayed code) fails like a wrong one.
    if (step === undefined || !(await claimTotpStep(db, account.id, step))) {
      await recordFailedLogin(db, account.id, now);
      return { ok: false, why: 'totp-wrong' };
    }
  }
  const sessionToken = randomToken();
  const csrfToken = csrfTokenFor(sessionToken);
  const rehash = checked.needsRehash ? await hashPassword(input.password) : undefined;
  const session = await db.transaction(async (tx) => {
    await recordSuccessfulLogin(tx, account.id);
    if (rehash !== undefined) await setPasswordHash(tx, account.id, rehash, now);
    await deleteExpiredSessions(tx, now);
    const made = await createSession(
      tx,
      { tokenHash: hashToken(sessionToken), csrfHash: hashToken(csrfToken), userId: account.id },
      now,
    );
    await appendAudit(tx, {
      at: now,
      userId: account.id,
      actor: account.email,
      action: 'session.create',
      resourceType: 'session',
      resourceId: made.tokenHash.slice(0, 16),
      after: { expiresAt: made.expiresAt },
    });
    return made;
  });
  return { ok: true, account, session, sessionToken, csrfToken };
}

function unknownFailure(throttle: LoginThrottle, email: string, now: Date): LoginResult {
  const t = now.getTime();
  const seen = throttle.unknown.get(email) ?? { failures: 0, lockedUntil: 0 };
  if (seen.lockedUntil > t)
    return { ok: false, why: 'throttled', retryAfterSeconds: seconds(seen.lockedUntil - t) };
  seen.failures += 1;
  const lock = lockoutFor(seen.failures);
  if (lock > 0) seen.lockedUntil = t + lock;
  throttle.unknown.delete(email);
  throttle.unknown.set(email, seen);
  if (throttle.unknown.size > MAX_UNKNOWN_REMEMBERED)
    throttle.unknown.delete(throttle.unknown.keys().next().value as string);
  return { ok: false, why: 'credentials' };
}
