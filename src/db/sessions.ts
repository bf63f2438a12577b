import type { Queryable } from './database.ts';
import { findUserById, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, type Account } from './accounts.ts';

/** A stored session (the token itself is never stored, only its SHA-256). */
export interface StoredSession {
  readonly tokenHash: string;
  readonly userId: number;
  readonly csrfHash: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
}

interface SessionRow {
  token_hash: string;
  user_id: number;
  csrf_hash: string;
  created_at: Date | string;
  last_seen_at: Date | string;
  expires_at: Date | string;
}

const iso = (d: Date | string): string => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null): string | null => (d === null ? null : iso(d));

const toSession = (r: SessionRow): StoredSession => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  csrfHash: r.csrf_hash,
  createdAt: iso(r.created_at),
  lastSeenAt: iso(r.last_seen_at),
  expiresAt: iso(r.expires_at),
});

/** Starts a session at `now`; it ends 12 hours later at the latest (decision 0011 §2). */
export async function createSession(
  db: Queryable,
  input: { readonly tokenHash: string; readonly csrfHash: string; readonly userId: number },
  now: Date,
): Promise<StoredSession> {
  const [row] = await db.query<SessionRow>(
    `INSERT INTO sessions (token_hash, user_id, csrf_hash, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $4, $5) RETURNING *`,
    [
      input.tokenHash,
      input.userId,
      input.csrfHash,
      now.toISOString(),
      new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    ],
  );
  return toSession(row as SessionRow);
}

/**
 * The live session with this token hash and its user: not idle for 30 minutes or more, not
 * past its absolute expiry, and its user not disabled. Anything else is undefined.
 */
export async function findSession(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<{ session: StoredSession; account: Account } | undefined> {
  const [row] = await db.query<SessionRow>(
    `SELECT s.* FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3
       AND u.disabled_at IS NULL`,
    [tokenHash, now.toISOString(), new Date(now.getTime() - SESSION_IDLE_MS).toISOString()],
  );
  if (!row) return undefined;
  const account = await findUserById(db, row.user_id);
  return account ? { session: toSession(row), account } : undefined;
}

/** Marks a session as used at `now` (what idle expiry counts from). */
export async function touchSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.query(
    'UPDATE sessions SET last_seen_at = greatest(last_seen_at, $2) WHERE token_hash = $1',
    [tokenHash, now.toISOString()],
  );
}

/** Ends one session (log out); true when it existed. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<boolean> {
  return (
    (await db.query('DELETE FROM sessions WHERE token_hash = $1 RETURNING token_hash', [tokenHash]))
      .length > 0
  );
}

/** Ends every session of a user (log out everywhere); the number ended. */
export async function deleteUserSessions(db: Queryable, userId: number): Promise<number> {
  return (await db.query('DELETE FROM sessions WHERE user_id = $1 RETURNING token_hash', [userId]))
    .length;
}

/** The user's sessions that are still live at `now`, newest first. */
export async function listUserSessions(
  db: Queryable,
  userId: number,
  now: Date,
): Promise<StoredSession[]> {
  const rows = await db.query<SessionRow>(
    `SELECT * FROM sessions WHERE user_id = $1 AND expires_at > $2 AND last_seen_at > $3
     ORDER BY created_at DESC`,
    [userId, now.toISOString(), new Date(now.getTime() - SESSION_IDLE_MS).toISOString()],
  );
  return rows.map(toSession);
}

/** Deletes the sessions that have expired by `now` (either way); the number deleted. */
export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  return (
    await db.query(
      'DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING token_hash',
      [now.toISOString(), new Date(now.getTime() - SESSION_IDLE_MS).toISOString()],
    )
  ).length;
}

/** An API token as listed: never the token, nor its hash. */
export interface StoredApiToken {
  readonly id: number;
  readonly userId: number;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

interface TokenRow {
  id: number;
  user_id: number;
  email: string;
  name: string;
  created_at: Date | string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
}

const toToken = (r: TokenRow): StoredApiToken => ({
  id: r.id,
  userId: r.user_id,
  email: r.email,
  name: r.name,
  createdAt: iso(r.created_at),
  expiresAt: isoOrNull(r.expires_at),
  revokedAt: isoOrNull(r.revoked_at),
  lastUsedAt: isoOrNull(r.last_used_at),
});

const TOKEN_SELECT = `SELECT t.id, t.user_id, u.email, t.name, t.created_at, t.expires_at,
  t.revoked_at, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id`;

/** Stores a new API token's hash (the token is shown once, by the caller). */
export async function createApiToken(
  db: Queryable,
  input: {
    readonly userId: number;
    readonly name: string;
    readonly tokenHash: string;
    readonly expiresAt: Date | null;
  },
  now: Date,
): Promise<StoredApiToken> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [input.userId, input.name, input.tokenHash, now.toISOString(), input.expiresAt?.toISOString()],
  );
  return (await findApiToken(db, (row as { id: number }).id)) as StoredApiToken;
}

/** One API token by id, revoked or not, or undefined. */
export async function findApiToken(db: Queryable, id: number): Promise<StoredApiToken | undefined> {
  const [row] = await db.query<TokenRow>(`${TOKEN_SELECT} WHERE t.id = $1`, [id]);
  return row ? toToken(row) : undefined;
}

/** The API tokens (of one user, or everyone's), newest first. */
export async function listApiTokens(
  db: Queryable,
  filter: { readonly userId?: number } = {},
): Promise<StoredApiToken[]> {
  const rows =
    filter.userId === undefined
      ? await db.query<TokenRow>(`${TOKEN_SELECT} ORDER BY t.created_at DESC, t.id DESC`)
      : await db.query<TokenRow>(
          `${TOKEN_SELECT} WHERE t.user_id = $1 ORDER BY t.created_at DESC, t.id DESC`,
          [filter.userId],
        );
  return rows.map(toToken);
}

/**
 * Revokes a token at `now` (a second revocation keeps the first time).
 * @returns the token as it is now, or undefined when there is none with that id
 */
export async function revokeApiToken(
  db: Queryable,
  id: number,
  now: Date,
): Promise<StoredApiToken | undefined> {
  await db.query('UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1', [
    id,
    now.toISOString(),
  ]);
  return findApiToken(db, id);
}

/**
 * The usable token with this hash and its user: not revoked, not expired at `now`, its user
 * not disabled; anything else is undefined. Marks it as used at `now`.
 */
export async function findApiTokenByHash(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<{ token: StoredApiToken; account: Account } | undefined> {
  const [row] = await db.query<{ id: number; user_id: number }>(
    `UPDATE api_tokens t SET last_used_at = $2 FROM users u
     WHERE t.token_hash = $1 AND u.id = t.user_id AND t.revoked_at IS NULL
       AND (t.expires_at IS NULL OR t.expires_at > $2) AND u.disabled_at IS NULL
     RETURNING t.id, t.user_id`,
    [tokenHash, now.toISOString()],
  );
  if (!row) return undefined;
  const token = await findApiToken(db, row.id);
  const account = await findUserById(db, row.user_id);
  return token && account ? { token, account } : undefined;
}
