import type { VolumeDefinition } from '../key-figures/index.ts';

/**
 * The volume Q of a unit cost for one municipality and year: the population, times the share
 * in percent when the definition has one. Null when a needed value is missing.
 * @example computeVolume({ population: 'indbyggertal', share: 'andel-67', description: '' }, 1000, 20) // 200
 */
export function computeVolume(
  definition: VolumeDefinition,
  population: number | null,
  share: number | null,
): number | null {
  if (population === null) return null;
  if (definition.share === undefined) return population;
  if (share === null) return null;
  return (population * share) / 100;
}

/**
 * The share (a key-figure id) that gives the volume of `year`: `before.share` for a year before
 * `before.year`, otherwise `share`; undefined for a per-inhabitant volume (population alone).
 * @example volumeShareFor({ population: 'indbyggertal', share: 'andel-17-64-aarige', description: '', before: { year: 2004, share: 'andel-17-66-aarige', description: '' } }, 2000) // 'andel-17-66-aarige'
 */
export function volumeShareFor(definition: VolumeDefinition, year: number): string | undefined {
  const { before } = definition;
  return before !== undefined && year < before.year ? before.share : definition.share;
}
