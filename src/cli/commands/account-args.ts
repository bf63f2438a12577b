import type { AccountRole } from '../../db/index.ts';

/** The roles in Danish, for messages and tables. */
export const ROLE_DA: Readonly<Record<AccountRole, string>> = {
  'municipality-editor': 'kommuneredaktør',
  'national-editor': 'national redaktør',
  admin: 'administrator',
};

/** How long a reset token printed by the CLI lasts (it is handed over by the admin). */
export const RESET_TOKEN_TTL_MS = 24 * 60 * 60_000;

const DAY_MS = 24 * 60 * 60_000;

/** A checked email address: trimmed, lower-cased, one @, no spaces, at most 254 characters. */
export async function parseEmail(raw: string): Promise<string> {
  const [{ InvalidInputError }, { normaliseEmail }] = await Promise.all([
    import('../../core/index.ts'),
    import('../../db/index.ts'),
  ]);
  const email = normaliseEmail(raw);
  if (email.length > 254 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new InvalidInputError(`"${raw}" er ikke en gyldig e-mailadresse`, 'email');
  return email;
}

/**
 * A role and its municipalities, checked together: a municipality-editor needs at least one
 * of the 98 codes, the other roles none.
 */
export async function parseRoleAndCodes(
  rawRole: string,
  rawCodes: string | undefined,
): Promise<{ role: AccountRole; codes: string[] }> {
  const [{ InvalidInputError }, { ACCOUNT_ROLES }, { parseMunicipalityCode }] = await Promise.all([
    import('../../core/index.ts'),
    import('../../db/index.ts'),
    import('../../engine/index.ts'),
  ]);
  const role = ACCOUNT_ROLES.find((r) => r === rawRole.trim());
  if (role === undefined) {
    const reader =
      rawRole.trim() === 'reader' ? ' (læsere er anonyme og har ingen brugerkonto)' : '';
    throw new InvalidInputError(
      `Ukendt rolle "${rawRole}"${reader}; mulige roller: ${ACCOUNT_ROLES.join(', ')}`,
      '--role',
    );
  }
  const codes = [
    ...new Set(
      (rawCodes ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
        .map((c) => parseMunicipalityCode(c, '--municipality')),
    ),
  ].sort();
  if (role === 'municipality-editor' && codes.length === 0)
    throw new InvalidInputError(
      'Rollen municipality-editor skal have mindst én kommune: --municipality 766,…',
      '--municipality',
    );
  if (role !== 'municipality-editor' && codes.length > 0)
    throw new InvalidInputError(
      `Rollen ${role} skrives ikke for bestemte kommuner; --municipality hører kun til municipality-editor`,
      '--municipality',
    );
  return { role, codes };
}

/**
 * A period like `90d` or `12h`, from `min` to `max` milliseconds.
 * @example parseDuration('7d', '--expires', 3_600_000, 30 * 86_400_000) // 604_800_000
 */
export async function parseDuration(
  raw: string,
  parameter: string,
  min: number,
  max: number,
): Promise<number> {
  const { InvalidInputError, OutOfRangeError } = await import('../../core/index.ts');
  const m = /^(\d{1,4})([dh])$/.exec(raw.trim());
  if (!m)
    throw new InvalidInputError(
      `${parameter} "${raw}" er ikke en varighed; skriv fx 90d (dage) eller 12h (timer)`,
      parameter,
    );
  const ms = Number(m[1]) * (m[2] === 'd' ? DAY_MS : 60 * 60_000);
  if (ms < min || ms > max)
    throw new OutOfRangeError(
      `${parameter} "${raw}" skal være mellem ${describe(min)} og ${describe(max)}`,
      parameter,
      min,
      max,
    );
  return ms;
}

const describe = (ms: number): string =>
  ms % DAY_MS === 0 ? `${ms / DAY_MS} dage` : `${ms / (60 * 60_000)} timer`;

/** A time for people: `2026-12-07 14:05 UTC`. */
export function formatTime(iso: string | null): string {
  return iso === null ? '–' : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
