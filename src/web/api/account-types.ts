/**
 * The answers of the issue-15 routes (session, my account, saved groups on the server). The
 * GET answers are read from the typed app (AppType) like the others; the two POST answers
 * (a new token, a TOTP secret) are written here from the schemas in
 * src/server/schemas/accounts.ts (routes.ts maps GET routes only).
 */
import type { ApiAnswer } from './routes.ts';

/** `GET /session`: who is logged in, and the CSRF token for writes. */
export type SessionDocument = ApiAnswer<'session'>;

export type SessionUser = Extract<SessionDocument, { readonly loggedIn: true }>['user'];

/** A role that logs in (a reader is anonymous). */
export type AccountRole = SessionUser['role'];

/** One of my sessions (`GET /account/sessions`). */
export type AccountSession = ApiAnswer<'account/sessions'>['sessions'][number];

/** One of my API tokens (`GET /account/tokens`); the token itself is never listed. */
export type AccountToken = ApiAnswer<'account/tokens'>['tokens'][number];

/** `POST /account/tokens`: the new token, shown once. */
export interface CreatedToken {
  readonly token: string;
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
}

/** `POST /account/totp`: a new secret to confirm (nothing is stored yet). */
export interface TotpSetup {
  readonly secret: string;
  readonly uri: string;
}

/** A peer group saved on the server for a municipality (null: saved with the CLI). */
export type ServerGroup = ApiAnswer<'groups'>['groups'][number];
