import { hash, parseOptions, verify, type Algorithm } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/**
 * argon2id with OWASP's minimum (decision 0011 §1): 19 MiB, 2 passes, 1 lane. They are stored
 * in each hash, so they can be raised later: older hashes still verify and say they need a
 * rehash.
 */
export const PASSWORD_HASH_PARAMETERS = {
  algorithm: 2 as Algorithm, // Algorithm.Argon2id (a const enum, unusable with isolatedModules)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** A password as hashed and compared: Unicode NFKC, so the same typed text always matches. */
const normalise = (password: string): string => password.normalize('NFKC');

/** The argon2id hash of a password, in its encoded form ($argon2id$v=19$m=…,t=…,p=…$…). */
export async function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), PASSWORD_HASH_PARAMETERS);
}

/** Whether a hash was made with weaker parameters (or another algorithm) than today's. */
export function needsRehash(encoded: string): boolean {
  try {
    const p = parseOptions(encoded);
    return (
      p.algorithm !== PASSWORD_HASH_PARAMETERS.algorithm ||
      p.memoryCost < PASSWORD_HASH_PARAMETERS.memoryCost ||
      p.timeCost < PASSWORD_HASH_PARAMETERS.timeCost ||
      p.parallelism < PASSWORD_HASH_PARAMETERS.parallelism
    );
  } catch {
    return true;
  }
}

/**
 * Checks a password against a stored hash. `needsRehash` says the hash's parameters are older
 * than today's: after a successful check, store hashPassword(password) instead.
 * A malformed hash does not match (and is not an error: the login fails like any other).
 */
export async function verifyPassword(
  encoded: string,
  password: string,
): Promise<{ readonly ok: boolean; readonly needsRehash: boolean }> {
  let ok: boolean;
  try {
    ok = await verify(encoded, normalise(password));
  } catch {
    ok = false;
  }
  return { ok, needsRehash: ok && needsRehash(encoded) };
}

/**
 * A hash of a password nobody knows, with today's parameters (the test checks they match), for
 * dummyVerify.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$xYhUnMbrVznaaWMLh/uzZw$vgRhjiwcu3G80eEhoOuc1uOsyfQuSdEDty1zJ43r+jw';

/**
 * Verifies `password` against a dummy hash and answers false: what a login does for an
 * unknown account (or one without a password), so that it takes as long as for a known one.
 */
export async function dummyVerify(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
  return false;
}

/** Why a password is refused, for the message; undefined when it is accepted. */
export type PasswordProblem = 'too-short' | 'too-long' | 'common';

/**
 * The password policy (decision 0011 §1): 12 to 256 characters after NFKC (counted as code
 * points, so an emoji is one), and not in the bundled list of common passwords (compared
 * lower-cased).
 */
export function checkPasswordPolicy(password: string): PasswordProblem | undefined {
  const normalised = normalise(password);
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (COMMON_PASSWORDS.has(normalised.toLowerCase())) return 'common';
  return undefined;
}

/** The Danish message for a refused password (never the password itself). */
export function passwordProblemMessage(problem: PasswordProblem): string {
  switch (problem) {
    case 'too-short':
      return `Adgangskoden er for kort: den skal være mindst ${PASSWORD_MIN_LENGTH} tegn`;
    case 'too-long':
      return `Adgangskoden er for lang: den må højst være ${PASSWORD_MAX_LENGTH} tegn`;
    case 'common':
      return 'Adgangskoden er for almindelig (den står på listen over kendte, svage adgangskoder); vælg en anden';
  }
}
