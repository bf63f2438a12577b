import type { Queryable } from './database.ts';
import {
  createUser,
  findUserById,
  normaliseEmail,
  setPasswordHash,
  type Account,
  type AccountRole,
} from './accounts.ts';
import { deleteUserSessions } from './sessions.ts';

const iso = (d: Date | string): string => new Date(d).toISOString();

/** Stores a one-time password reset token's hash for a user, valid until `expiresAt`. */
export async function createPasswordReset(
  db: Queryable,
  input: { readonly userId: number; readonly tokenHash: string; readonly expiresAt: Date },
  now: Date,
): Promise<{ expiresAt: string }> {
  await db.query(
    `INSERT INTO password_resets (token_hash, user_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [input.tokenHash, input.userId, now.toISOString(), input.expiresAt.toISOString()],
  );
  return { expiresAt: input.expiresAt.toISOString() };
}

/**
 * Uses a password reset token: the first use before its expiry, by a user who is not
 * disabled, returns the user's id and marks it used (one statement, so two uses at once
 * cannot both succeed); every other use is undefined.
 */
export async function consumePasswordReset(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<number | undefined> {
  const [row] = await db.query<{ user_id: number }>(
    `UPDATE password_resets r SET used_at = $2 FROM users u
     WHERE r.token_hash = $1 AND u.id = r.user_id AND r.used_at IS NULL AND r.expires_at > $2
       AND u.disabled_at IS NULL
     RETURNING r.user_id`,
    [tokenHash, now.toISOString()],
  );
  return row?.user_id;
}

/**
 * Completes a password reset: uses the token (once, before its expiry), stores the new hash,
 * clears the lockout and ends the user's sessions everywhere. Run it in a transaction with its
 * audit row. @returns the account, or undefined when the token is unknown, used or expired
 */
export async function completePasswordReset(
  db: Queryable,
  tokenHash: string,
  passwordHash: string,
  now: Date,
): Promise<Account | undefined> {
  const userId = await consumePasswordReset(db, tokenHash, now);
  if (userId === undefined) return undefined;
  await setPasswordHash(db, userId, passwordHash, now);
  await deleteUserSessions(db, userId);
  return findUserById(db, userId);
}

/** An invitation, as stored (never the token). */
export interface Invitation {
  readonly email: string;
  readonly role: AccountRole;
  readonly municipalities: readonly string[];
  readonly invitedBy: number | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

interface InvitationRow {
  email: string;
  role: AccountRole;
  codes: string[];
  invited_by: number | null;
  created_at: Date | string;
  expires_at: Date | string;
  used_at: Date | string | null;
}

const toInvitation = (r: InvitationRow): Invitation => ({
  email: r.email,
  role: r.role,
  municipalities: r.codes,
  invitedBy: r.invited_by,
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
  usedAt: r.used_at === null ? null : iso(r.used_at),
});

/** Stores an invitation's token hash: who may create an account, with which role and codes. */
export async function createInvitation(
  db: Queryable,
  input: {
    readonly tokenHash: string;
    readonly email: string;
    readonly role: AccountRole;
    readonly municipalities?: readonly string[];
    readonly invitedBy?: number | null;
    readonly expiresAt: Date;
  },
  now: Date,
): Promise<Invitation> {
  const [row] = await db.query<InvitationRow>(
    `INSERT INTO invitations (token_hash, email, role, codes, invited_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7) RETURNING *`,
    [
      input.tokenHash,
      normaliseEmail(input.email),
      input.role,
      [...new Set(input.municipalities ?? [])].sort(),
      input.invitedBy ?? null,
      now.toISOString(),
      input.expiresAt.toISOString(),
    ],
  );
  return toInvitation(row as InvitationRow);
}

/** The invitation with this token hash that can still be accepted at `now`, or undefined. */
export async function findInvitation(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<Invitation | undefined> {
  const [row] = await db.query<InvitationRow>(
    'SELECT * FROM invitations WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2',
    [tokenHash, now.toISOString()],
  );
  return row ? toInvitation(row) : undefined;
}

/**
 * Accepts an invitation: marks it used (the first use before its expiry wins) and creates its
 * user with the given password hash. Run it in a transaction: when the user cannot be created
 * (the email has an account by now), the invitation must stay unused.
 * @returns the new account, or undefined when the invitation is unknown, used or expired
 */
export async function acceptInvitation(
  db: Queryable,
  tokenHash: string,
  passwordHash: string,
  now: Date,
): Promise<Account | undefined> {
  const [row] = await db.query<InvitationRow>(
    `UPDATE invitations SET used_at = $2
     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING *`,
    [tokenHash, now.toISOString()],
  );
  if (!row) return undefined;
  return createUser(
    db,
    { email: row.email, role: row.role, municipalities: row.codes, passwordHash },
    now,
  );
}
