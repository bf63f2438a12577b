import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** The environment variable with the server's key for secrets it must read back (TOTP). */
export const SECRET_KEY_VARIABLE = 'POTENTIALE_SECRET_KEY';
/** The shortest key accepted: 32 characters (e.g. `openssl rand -base64 32` gives 44). */
export const SECRET_KEY_MIN_LENGTH = 32;

const VERSION = 'v1';

/**
 * Encrypts and decrypts small secrets the server must read back (a TOTP secret) with
 * AES-256-GCM under a key derived from POTENTIALE_SECRET_KEY, so a copy of the database alone
 * does not give them away. Each value has its own random 96-bit IV; the tag authenticates it.
 * Stored as `v1:<iv>:<tag>:<ciphertext>` in base64url.
 */
export interface SecretBox {
  seal(plain: string): string;
  /** The plain text, or undefined when the value was not sealed with this key (or altered). */
  open(sealed: string): string | undefined;
}

/**
 * A box for `key`, or undefined when there is no key.
 * @throws Error when the key is shorter than SECRET_KEY_MIN_LENGTH (a configuration error)
 */
export function secretBox(key: string | undefined): SecretBox | undefined {
  if (key === undefined || key === '') return undefined;
  if (key.length < SECRET_KEY_MIN_LENGTH)
    throw new Error(
      `${SECRET_KEY_VARIABLE} er for kort (${key.length} tegn; mindst ${SECRET_KEY_MIN_LENGTH}). Lav en med: openssl rand -base64 32`,
    );
  const k = createHash('sha256').update(`potentiale-secret-box:${key}`, 'utf8').digest();
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', k, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv, tag, body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join(':');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(':');
      if (version !== VERSION || iv === undefined || tag === undefined || body === undefined)
        return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}
