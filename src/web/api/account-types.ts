/**
 * The answers of the issue-15 routes (session, my account, password reset, invitations,
 * saved groups on the server), written by hand from the HTTP contract while those routes are
 * written in parallel; once AppType has them they can be read from it like the others.
 */

/** A role that logs in (a reader is anonymous). */
export type AccountRole = 'municipality-editor' | 'national-editor' | 'admin';

export interface SessionUser {
  readonly id: number;
  readonly email: string;
  readonly role: AccountRole;
  /** The municipality codes an editor writes for (empty for the other roles). */
  readonly municipalities: readonly string[];
  readonly totp: boolean;
}

/** `GET /session`: who is logged in, and the CSRF token for writes. */
export type SessionDocument =
  | { readonly loggedIn: false }
  | {
      readonly loggedIn: true;
      readonly csrfToken: string;
      readonly expiresAt: string;
      readonly user: SessionUser;
    };

/** One of my sessions (`GET /account/sessions`). */
export interface AccountSession {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly current: boolean;
}

/** One of my API tokens (`GET /account/tokens`); the token itself is never listed. */
export interface AccountToken {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

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
export interface ServerGroup {
  readonly id: number;
  readonly name: string;
  readonly municipality: string | null;
  readonly codes: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
