import type { Database, Queryable } from './database.ts';

/** What one write did, for the audit log (decision 0011 §6). Never a secret in before/after. */
export interface AuditEntry {
  readonly at: Date;
  /** The user who wrote, or null (the CLI, or a write before login such as a reset). */
  readonly userId: number | null;
  /** Who, for people: "cli", or the user's email, or "token:<id>". */
  readonly actor: string;
  /** What, as dotted lower-case words: "user.create", "token.revoke". */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string | null;
  readonly municipality?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly requestId?: string | null;
}

/** An audit row as read back. */
export interface AuditRecord {
  readonly id: number;
  readonly at: string;
  readonly userId: number | null;
  /** The user's email as it is now (null for the CLI or a deleted user). */
  readonly userEmail: string | null;
  readonly actor: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly municipality: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

interface AuditRow {
  id: number | string;
  at: Date | string;
  user_id: number | null;
  email: string | null;
  actor: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  municipality: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

const json = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** Appends one row to the audit log. Call it with the write's transaction. */
export async function appendAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (at, user_id, actor, action, resource_type, resource_id,
       municipality, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10)`,
    [
      entry.at.toISOString(),
      entry.userId,
      entry.actor,
      entry.action,
      entry.resourceType,
      entry.resourceId ?? null,
      entry.municipality ?? null,
      json(entry.before),
      json(entry.after),
      entry.requestId ?? null,
    ],
  );
}

/**
 * Runs a write and appends its audit row in one transaction: both are committed, or neither
 * (a write that fails, or whose audit row cannot be written, leaves nothing).
 * @param entry the audit row, from the write's result
 */
export async function audited<T>(
  db: Database,
  write: (tx: Queryable) => Promise<T>,
  entry: (result: T) => AuditEntry,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await write(tx);
    await appendAudit(tx, entry(result));
    return result;
  });
}

/**
 * The audit log, oldest first: since a time (inclusive), of one user (the writes it made and
 * those made to its account, resource type "user" with its id), at most `limit` rows.
 */
export async function listAudit(
  db: Queryable,
  filter: { readonly since?: Date; readonly userId?: number; readonly limit?: number } = {},
): Promise<AuditRecord[]> {
  const rows = await db.query<AuditRow>(
    `SELECT a.*, u.email FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE ($1::timestamptz IS NULL OR a.at >= $1::timestamptz)
       AND ($2::integer IS NULL OR a.user_id = $2::integer
         OR (a.resource_type = 'user' AND a.resource_id = $2::integer::text))
     ORDER BY a.at, a.id LIMIT $3`,
    [filter.since?.toISOString() ?? null, filter.userId ?? null, filter.limit ?? 10_000],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    userId: r.user_id,
    userEmail: r.email,
    actor: r.actor,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    municipality: r.municipality,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  }));
}
