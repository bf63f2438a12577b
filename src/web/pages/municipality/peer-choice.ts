import type { Municipality } from '../../api/index.ts';

/** The peer-group choices the page offers besides saved groups (`saved:<name>`). */
export const PEER_CHOICES = ['nearest', 'region', 'landsdel', 'all'] as const;

/**
 * The API's `peers` parameter for a choice: the API knows nearest, region, all and saved
 * groups; "same landsdel" is sent as the list of the other municipalities in the landsdel.
 * Undefined while the municipalities needed for a landsdel list are not known.
 * @example peersParameter('landsdel', '766', all) // 'list:615,657,…'
 */
export function peersParameter(
  choice: string,
  code: string,
  municipalities: readonly Municipality[] | undefined,
): string | undefined {
  if (choice !== 'landsdel') return choice;
  if (!municipalities) return undefined;
  const own = municipalities.find((m) => m.code === code);
  if (!own?.landsdelCode) return 'region';
  const others = municipalities
    .filter((m) => m.landsdelCode === own.landsdelCode && m.code !== code)
    .map((m) => m.code);
  return `list:${others.join(',')}`;
}
