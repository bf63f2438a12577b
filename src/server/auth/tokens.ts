import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The prefix of an API token, so that a leaked one is recognisable (secret scanners). */
export const API_TOKEN_PREFIX = 'pt_';
const TOKEN_BYTES = 32;

/** A new random token: 32 bytes from the system's CSPRNG, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** A new API token: `pt_` and a random token. */
export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomToken()}`;
}

/** The SHA-256 of a token, lower-case hex: what the database stores and looks up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token and its hash (the token is given out once, the hash is stored). */
export function issueToken(kind: 'api' | 'plain' = 'plain'): {
  readonly token: string;
  readonly hash: string;
} {
  const token = kind === 'api' ? newApiToken() : randomToken();
  return { token, hash: hashToken(token) };
}

/** Whether a token matches a stored hash, compared in constant time (for CSRF tokens). */
export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a string has the shape of an API token (before anything is looked up). */
export function looksLikeApiToken(value: string): boolean {
  return /^pt_[A-Za-z0-9_-]{43}$/.test(value);
}
