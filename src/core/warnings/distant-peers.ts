import { formatNumber } from '../format/index.ts';
import { percentile } from '../stats/index.ts';
import type { WarningOf } from './warning.ts';
import { distinctDecimals, municipalityName, ordinalEn } from './words.ts';

/** The percentile of all k-th neighbour distances above which the peers count as far away. */
export const DISTANT_PEERS_PERCENTILE = 95;

/** What the distant-peers rule looks at. */
export interface DistantPeersInput {
  /** The municipality the peer group is for. */
  readonly code: string;
  /** The size of the nearest group. */
  readonly k: number;
  /** Its distance to its k-th nearest peer (kthNeighbourDistances). */
  readonly distance: number;
  /**
   * Every municipality's k-th neighbour distance with the same variables, weights and year
   * (normally the 98, its own included); NaN for those that cannot be placed, which are skipped.
   */
  readonly distances: ArrayLike<number>;
  /** The figure whose theme chose the variables, or null for the default variables. */
  readonly keyFigureId?: string | null;
}

/**
 * `distant-peers`: the municipality's k-th neighbour is farther away than the 95th percentile
 * (type 7) of every municipality's k-th neighbour distance (DESIGN.md §3.4c), so its peers are
 * less alike than peers usually are. "Above" is strict: at the percentile is no warning.
 * Undefined when the distance is not a finite number or no other distance is.
 * @example distantPeersWarning({ code: '825', k: 10, distance: 5.88, distances })?.messageDa
 * // 'Sammenligningskommunerne ligger langt fra Læsø: den 10. nærmeste er i afstand 5,9, …'
 */
export function distantPeersWarning(
  input: DistantPeersInput,
): WarningOf<'distant-peers'> | undefined {
  const { code, k, distance } = input;
  if (!Number.isFinite(distance)) return undefined;
  const finite = Array.from(input.distances).filter((d) => Number.isFinite(d));
  if (finite.length === 0) return undefined;
  const p95 = percentile(finite, DISTANT_PEERS_PERCENTILE);
  if (!(distance > p95)) return undefined;
  const name = municipalityName(code);
  const d = distinctDecimals(distance, p95);
  const [ownDa, limitDa] = [formatNumber('da', distance, d), formatNumber('da', p95, d)];
  const [ownEn, limitEn] = [formatNumber('en', distance, d), formatNumber('en', p95, d)];
  return {
    code: 'distant-peers',
    keyFigureId: input.keyFigureId ?? null,
    messageDa:
      `Sammenligningskommunerne ligger langt fra ${name}: den ${k}. nærmeste er i afstand ` +
      `${ownDa}, mere end for 95 % af landets kommuner (grænsen er ${limitDa}). ` +
      `Benchmarket bygger på kommuner, der ligner ${name} mindre, end sammenligningskommuner ` +
      'plejer at ligne hinanden; brug potentialet med forsigtighed.',
    messageEn:
      `The peers are far from ${name}: the ${ordinalEn(k)} nearest is at distance ${ownEn}, ` +
      `farther than for 95 % of the municipalities (the limit is ${limitEn}). The benchmark ` +
      `rests on municipalities less alike ${name} than peers usually are; use the potential ` +
      'with care.',
    detail: {
      k,
      distance,
      percentile95: p95,
      municipalities: finite.length,
      nearerThan: finite.filter((x) => x < distance).length,
    },
  };
}
