import type { Observation } from '../../core/index.ts';
import type { AgeGroup } from './age-groups.ts';

/**
 * One municipality's age-group shares in per cent: 100 × count(group) / total, as a double
 * (one rounding, so indbyggertal × share / 100 gives back the count up to float rounding).
 * `raw` keeps the two integers the share is made of.
 * @example ageShareObservations(counts, '766', 2021, groups)[0]?.raw // 'FOLK1A 2021K1: 9712 af 46773'
 */
export function ageShareObservations(
  counts: readonly number[],
  municipalityCode: string,
  year: number,
  groups: readonly AgeGroup[],
): readonly Observation[] {
  const total = sumAges(counts, 0, counts.length - 1);
  return groups.map((g) => {
    const count = sumAges(counts, g.from, g.to);
    return {
      keyFigureId: g.keyFigureId,
      municipalityCode,
      year,
      value: (100 * count) / total,
      status: 'value',
      raw: `FOLK1A ${year}K1: ${count} af ${total}`,
    };
  });
}

/** Persons aged from..to (both included). */
export function sumAges(counts: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let age = from; age <= to; age++) sum += counts[age] ?? 0;
  return sum;
}
