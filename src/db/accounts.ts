import { ROLES, type Role } from '../core/index.ts';
import type { Queryable } from './database.ts';

/** The roles that log in (a reader is anonymous and has no row): the policy's roles. */
export const ACCOUNT_ROLES = ROLES;
export type AccountRole = Role;

/** Decision 0011 §2 and §7: how long sessions live, and the progressive lockout. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_FIRST_MS = 60_000;
export const LOCKOUT_MAX_MS = 60 * 60_000;

/** A user, without the password hash or TOTP secret (see findUserCredentials for those). */
export interface Account {
  readonly id: number;
  readonly email: string;
  readonly role: AccountRole;
  /** The municipality codes an editor writes for (sorted; empty for the other roles). */
  readonly municipalities: readonly string[];
  readonly hasPassword: boolean;
  readonly totpEnabled: boolean;
  readonly disabledAt: string | null;
  readonly failedLogins: number;
  readonly lockedUntil: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a login checks: the account and its secrets. */
export interface AccountCredentials {
  readonly account: Account;
  readonly passwordHash: string | null;
  readonly totpSecret: string | null;
}

interface UserRow {
  id: number;
  email: string;
  role: AccountRole;
  password_hash: string | null;
  totp_secret: string | null;
  disabled_at: Date | string | null;
  failed_logins: number;
  locked_until: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  codes: string[] | null;
}

const iso = (d: Date | string): string => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null): string | null => (d === null ? null : iso(d));

const USER_SELECT = `SELECT u.*, ARRAY(SELECT m.code FROM user_municipalities m
  WHERE m.user_id = u.id ORDER BY m.code) AS codes FROM users u`;

const toAccount = (r: UserRow): Account => ({
  id: r.id,
  email: r.email,
  role: r.role,
  municipalities: r.codes ?? [],
  hasPassword: r.password_hash !== null,
  totpEnabled: r.totp_secret !== null,
  disabledAt: isoOrNull(r.disabled_at),
  failedLogins: r.failed_logins,
  lockedUntil: isoOrNull(r.locked_until),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** An email as stored and compared: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export interface NewAccount {
  readonly email: string;
  readonly role: AccountRole;
  readonly municipalities?: readonly string[];
  readonly passwordHash?: string | null;
}

/**
 * Creates a user with its municipalities. Run it in a transaction (with its audit row): the
 * user and its codes are two statements. A duplicate email fails on the unique index.
 */
export async function createUser(db: Queryable, input: NewAccount, now: Date): Promise<Account> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO users (email, role, password_hash, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $4) RETURNING id`,
    [normaliseEmail(input.email), input.role, input.passwordHash ?? null, now.toISOString()],
  );
  const id = (row as { id: number }).id;
  const codes = [...new Set(input.municipalities ?? [])];
  if (codes.length > 0)
    await db.query(
      'INSERT INTO user_municipalities (user_id, code) SELECT $1, unnest($2::text[])',
      [id, codes],
    );
  return (await findUserById(db, id)) as Account;
}

/** The user with this email (case-insensitive), or undefined. */
export async function findUserByEmail(db: Queryable, email: string): Promise<Account | undefined> {
  const [row] = await db.query<UserRow>(`${USER_SELECT} WHERE lower(u.email) = $1`, [
    normaliseEmail(email),
  ]);
  return row ? toAccount(row) : undefined;
}

/** The user with this id, or undefined. */
export async function findUserById(db: Queryable, id: number): Promise<Account | undefined> {
  const [row] = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [id]);
  return row ? toAccount(row) : undefined;
}

/** The user with this email and its password hash and TOTP secret, for a login. */
export async function findUserCredentials(
  db: Queryable,
  email: string,
): Promise<AccountCredentials | undefined> {
  const [row] = await db.query<UserRow>(`${USER_SELECT} WHERE lower(u.email) = $1`, [
    normaliseEmail(email),
  ]);
  return row
    ? { account: toAccount(row), passwordHash: row.password_hash, totpSecret: row.totp_secret }
    : undefined;
}

/** Every user, by email. */
export async function listUsers(db: Queryable): Promise<Account[]> {
  return (await db.query<UserRow>(`${USER_SELECT} ORDER BY u.email`)).map(toAccount);
}

/**
 * Sets a user's password hash and clears the lockout (a new password is a fresh start).
 * @returns false when there is no such user
 */
export async function setPasswordHash(
  db: Queryable,
  userId: number,
  passwordHash: string,
  now: Date,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = $3
     WHERE id = $1 RETURNING id`,
    [userId, passwordHash, now.toISOString()],
  );
  return rows.length > 0;
}

/** Sets (or with null removes) a user's encrypted TOTP secret. */
export async function setTotpSecret(
  db: Queryable,
  userId: number,
  encryptedSecret: string | null,
  now: Date,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE users SET totp_secret = $2, totp_last_step = NULL, updated_at = $3
     WHERE id = $1 RETURNING id`,
    [userId, encryptedSecret, now.toISOString()],
  );
  return rows.length > 0;
}

/**
 * Accepts a TOTP code's time step for a user once: true when `step` is later than every step
 * accepted before (one statement, so two logins with one code cannot both succeed), false for
 * a code used already.
 */
export async function claimTotpStep(db: Queryable, userId: number, step: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE users SET totp_last_step = $2
     WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
    [userId, step],
  );
  return rows.length > 0;
}

/**
 * Disables a user and ends its sessions (its API tokens stop working while it is disabled).
 * @returns the account as it is now, or undefined when there is no such user
 */
export async function disableUser(
  db: Queryable,
  userId: number,
  now: Date,
): Promise<Account | undefined> {
  await db.query(
    `UPDATE users SET disabled_at = coalesce(disabled_at, $2), updated_at = $2 WHERE id = $1`,
    [userId, now.toISOString()],
  );
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return findUserById(db, userId);
}

/** Enables a disabled user again (its lockout cleared). */
export async function enableUser(
  db: Queryable,
  userId: number,
  now: Date,
): Promise<Account | undefined> {
  await db.query(
    `UPDATE users SET disabled_at = NULL, failed_logins = 0, locked_until = NULL, updated_at = $2
     WHERE id = $1`,
    [userId, now.toISOString()],
  );
  return findUserById(db, userId);
}

/** Whether an account is locked out at `now`. */
export function isLockedOut(account: Account, now: Date): boolean {
  return account.lockedUntil !== null && new Date(account.lockedUntil) > now;
}

/**
 * The lockout after `failures` failed logins in a row (decision 0011 §7): none before the
 * fifth, then 1 minute, doubling with each further failure, at most 1 hour.
 * @example lockoutFor(5) // 60_000
 */
export function lockoutFor(failures: number): number {
  if (failures < LOCKOUT_AFTER_FAILURES) return 0;
  const doublings = Math.min(failures - LOCKOUT_AFTER_FAILURES, 12);
  return Math.min(LOCKOUT_FIRST_MS * 2 ** doublings, LOCKOUT_MAX_MS);
}

/**
 * Counts a failed login (one statement, so two at once both count) and locks the account per
 * lockoutFor. @returns the failures in a row and the lock's end, or undefined (no such user)
 */
export async function recordFailedLogin(
  db: Queryable,
  userId: number,
  now: Date,
): Promise<{ failedLogins: number; lockedUntil: string | null } | undefined> {
  const [row] = await db.query<{ failed_logins: number }>(
    'UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins',
    [userId],
  );
  if (!row) return undefined;
  const ms = lockoutFor(row.failed_logins);
  const lockedUntil = ms > 0 ? new Date(now.getTime() + ms).toISOString() : null;
  if (lockedUntil !== null)
    // greatest: of two failures counted at once, the longer lock stays.
    await db.query('UPDATE users SET locked_until = greatest(locked_until, $2) WHERE id = $1', [
      userId,
      lockedUntil,
    ]);
  return { failedLogins: row.failed_logins, lockedUntil };
}

/** A successful login: the failures and the lock are forgotten. */
export async function recordSuccessfulLogin(db: Queryable, userId: number): Promise<void> {
  await db.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [userId]);
}
