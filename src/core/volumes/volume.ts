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
