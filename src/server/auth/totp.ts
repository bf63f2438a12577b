import { Secret, TOTP } from 'otpauth';

/** The issuer shown in authenticator apps. */
export const TOTP_ISSUER = 'Potentiale';

const totp = (secret: string, label = ''): TOTP =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/** A new TOTP secret (160 random bits, base32, as RFC 4226 recommends) and its otpauth URI. */
export function newTotpSecret(email: string): { readonly secret: string; readonly uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totp(secret, email).toString() };
}

/** Whether `secret` is a base32 TOTP secret of at least 128 bits. */
export function isTotpSecret(secret: string): boolean {
  return /^[A-Z2-7]{26,128}$/.test(secret);
}

/**
 * The time step (30-second period since the epoch) `code` is the code of for `secret`: the
 * current one, or the one just before or after (one period of clock drift each way, RFC 6238
 * §5.2); undefined when it matches none. A caller accepts each step once (claimTotpStep).
 */
export function totpStep(secret: string, code: string, now: Date): number | undefined {
  if (!/^\d{6}$/.test(code) || !isTotpSecret(secret)) return undefined;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? undefined : Math.floor(now.getTime() / 30_000) + delta;
}
