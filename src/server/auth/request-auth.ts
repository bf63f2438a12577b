import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ANONYMOUS, type Actor } from '../../core/index.ts';
import {
  findApiTokenByHash,
  findSession,
  touchSession,
  type Account,
  type Database,
  type StoredSession,
} from '../../db/index.ts';
import { problem } from '../problem.ts';
import { overTls } from './client-address.ts';
import { hashToken, looksLikeApiToken } from './tokens.ts';

/** The session cookie's name (decision 0011 §2). */
export const SESSION_COOKIE = 'potentiale_session';
/** A session's last use is written at most this often (idle expiry is 30 minutes). */
const TOUCH_EVERY_MS = 60_000;

/** Who sent a request, and how they proved it. */
export type RequestAuth =
  | {
      readonly via: 'anonymous';
      readonly actor: Actor;
      /** A session cookie came but names no live session (expired, logged out, forged). */
      readonly staleSession: boolean;
    }
  | {
      readonly via: 'session';
      readonly actor: Actor;
      readonly account: Account;
      readonly session: StoredSession;
      /** The session token from the cookie: the CSRF token is derived from it. */
      readonly sessionToken: string;
    }
  | {
      readonly via: 'token';
      readonly actor: Actor;
      readonly account: Account;
      readonly tokenId: number;
    };

const ANONYMOUS_AUTH: RequestAuth = { via: 'anonymous', actor: ANONYMOUS, staleSession: false };
// Keyed by the context: middleware (the body limit) may replace c.req.raw on the way in.
const auths = new WeakMap<Context, RequestAuth>();

/** Who sent this request (set by `authenticate`; anonymous before it or without it). */
export function authOf(c: Context): RequestAuth {
  return auths.get(c) ?? ANONYMOUS_AUTH;
}

/** The policy's actor for an account. */
export function actorFor(account: Account): Actor {
  return {
    kind: 'user',
    userId: String(account.id),
    role: account.role,
    municipalities: account.municipalities,
  };
}

/** How the audit log names who wrote: the email, and the token's id for a script. */
export function auditActor(auth: RequestAuth): { userId: number | null; actor: string } {
  if (auth.via === 'anonymous') return { userId: null, actor: 'anonym' };
  const label =
    auth.via === 'token' ? `${auth.account.email} (token:${auth.tokenId})` : auth.account.email;
  return { userId: auth.account.id, actor: label };
}

/**
 * The CSRF token of a session: derived from the session token (SHA-256 of a fixed prefix and
 * the token), so the server can give it again on every GET /api/v1/session without storing it;
 * the database keeps only its hash (sessions.csrf_hash). It cannot be computed without the
 * cookie, which scripts on other sites cannot read.
 */
export function csrfTokenFor(sessionToken: string): string {
  return hashToken(`csrf:${sessionToken}`);
}

export interface CookieOptions {
  readonly trustProxy?: boolean;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure over TLS. */
export function setSessionCookie(
  c: Context,
  token: string,
  expiresAt: Date,
  options: CookieOptions,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: overTls(c, options.trustProxy),
    expires: expiresAt,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context, options: CookieOptions): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: overTls(c, options.trustProxy),
  });
}

/**
 * Works out who sent each API request: `Authorization: Bearer pt_…` (a script; a token that is
 * malformed, unknown, expired or revoked gets 401 at once), else the session cookie (a browser;
 * a cookie naming no live session is cleared and the request is anonymous), else anonymous.
 * It decides nothing: the guard (guard.ts) asks the policy.
 */
export function authenticate(
  db: Database,
  now: () => Date,
  options: CookieOptions = {},
): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header !== undefined) {
      const [scheme, value = ''] = header.trim().split(/\s+/, 2);
      if (scheme?.toLowerCase() !== 'bearer')
        return problem(
          c,
          401,
          'Kun Authorization: Bearer <API-nøgle> understøttes.',
          'Only Authorization: Bearer <API token> is supported.',
          'Authorization',
          { 'WWW-Authenticate': 'Bearer realm="potentiale"' },
        );
      const found = looksLikeApiToken(value)
        ? await findApiTokenByHash(db, hashToken(value), now())
        : undefined;
      if (!found)
        return problem(
          c,
          401,
          'API-nøglen er ugyldig, udløbet eller tilbagekaldt.',
          'The API token is invalid, expired or revoked.',
          'Authorization',
          { 'WWW-Authenticate': 'Bearer realm="potentiale", error="invalid_token"' },
        );
      auths.set(c, {
        via: 'token',
        actor: actorFor(found.account),
        account: found.account,
        tokenId: found.token.id,
      });
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie === undefined || cookie === '') return next();
    const at = now();
    const found = /^[A-Za-z0-9_-]{43}$/.test(cookie)
      ? await findSession(db, hashToken(cookie), at)
      : undefined;
    if (!found) {
      auths.set(c, { via: 'anonymous', actor: ANONYMOUS, staleSession: true });
      await next();
      // Unless the answer started a new session (a login), forget the dead cookie.
      if (!(c.res.headers.get('Set-Cookie') ?? '').includes(`${SESSION_COOKIE}=`))
        clearSessionCookie(c, options);
      return;
    }
    if (at.getTime() - new Date(found.session.lastSeenAt).getTime() >= TOUCH_EVERY_MS)
      await touchSession(db, found.session.tokenHash, at);
    auths.set(c, {
      via: 'session',
      actor: actorFor(found.account),
      account: found.account,
      session: found.session,
      sessionToken: cookie,
    });
    return next();
  };
}
