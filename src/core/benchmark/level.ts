import { InvalidInputError } from '../diagnostics/index.ts';
import { formatNumber } from '../format/index.ts';
import type { Polarity } from '../key-figures/index.ts';
import { findMunicipality } from '../municipalities/index.ts';
import { checkPercentile } from '../stats/index.ts';
import type { ReturnsToScale } from '../dea/index.ts';

/**
 * The unit cost a municipality is compared with (DESIGN.md §3.3), computed over its peer
 * group with the municipality itself left out.
 */
export type BenchmarkLevel =
  /** Unweighted mean of the peers' unit costs. */
  | { readonly kind: 'mean' }
  /** Weighted mean ΣC/ΣQ with C = c × Q: the unit cost of the peers taken together; what
   * noegletal.dk shows as "Gennemsnit" for a selection of municipalities. */
  | { readonly kind: 'ratio-of-sums' }
  /** Median; for an even count, the mean of the two middle values. */
  | { readonly kind: 'median' }
  /** Percentile p (0–100), type 7; the best quartile is p = 25 for lower-is-better. */
  | { readonly kind: 'percentile'; readonly p: number }
  /** Lowest value for lower-is-better, highest for higher-is-better. */
  | { readonly kind: 'best' }
  /** One chosen municipality's value, wherever it is. */
  | { readonly kind: 'municipality'; readonly code: string }
  /** c* = E_i × median_j (c_j / E_j), E = udgiftsbehov per inhabitant. */
  | { readonly kind: 'need-adjusted' }
  /** c* = ŷ_i + median_j (c_j − ŷ_j), ŷ from OLS on structural variables over all. */
  | { readonly kind: 'regression-adjusted' };

export type BenchmarkLevelKind = BenchmarkLevel['kind'];

/**
 * DEA as a benchmark level (DESIGN.md §3.6): not over the peer group but over all
 * municipalities with values; input-oriented, cost C = c × Q in, volume Q out, returns to
 * scale `rts`. Computed by the engine's DEA (an LP per municipality), not by computeBenchmark.
 */
export interface DeaLevel {
  readonly kind: 'dea';
  readonly rts: ReturnsToScale;
}

/** Every level a potential or a package can be computed at: the peer-group levels and DEA. */
export type PackageLevel = BenchmarkLevel | DeaLevel;

/**
 * A stable key for a level, for maps and JSON: "mean", "p25", "municipality:101", …
 * @example levelKey({ kind: 'percentile', p: 25 }) // 'p25'
 */
export function levelKey(level: PackageLevel): string {
  switch (level.kind) {
    case 'dea':
      return `dea:${level.rts}`;
    case 'percentile':
      return `p${level.p}`;
    case 'municipality':
      return `municipality:${level.code}`;
    default:
      return level.kind;
  }
}

/**
 * The level's Danish name for people.
 * @example describeLevelDa({ kind: 'percentile', p: 25 }) // '25. percentil'
 */
export function describeLevelDa(level: PackageLevel): string {
  switch (level.kind) {
    case 'dea':
      return `DEA (${level.rts.toUpperCase()}, inputorienteret: udgift ind, volumen ud, alle kommuner)`;
    case 'mean':
      return 'Uvægtet gennemsnit';
    case 'ratio-of-sums':
      // What noegletal.dk calls "Gennemsnit": its average rows are ΣC/ΣQ, not a mean of the c.
      return "Vægtet gennemsnit (samlet udgift / samlet volumen; noegletal.dk's »Gennemsnit«)";
    case 'median':
      return 'Median';
    case 'percentile':
      return `${formatNumber('da', level.p, { maxDecimals: 6 })}. percentil`;
    case 'best':
      return 'Bedste kommune';
    case 'municipality':
      return `Valgt kommune: ${findMunicipality(level.code)?.name ?? level.code}`;
    case 'need-adjusted':
      return 'Behovskorrigeret median (udgiftsbehov)';
    case 'regression-adjusted':
      return 'Regressionskorrigeret (forventet niveau + gruppens medianafvigelse)';
  }
}

/**
 * The level's English name for people.
 * @example describeLevelEn({ kind: 'percentile', p: 25 }) // '25th percentile'
 */
export function describeLevelEn(level: PackageLevel): string {
  switch (level.kind) {
    case 'dea':
      return `DEA (${level.rts.toUpperCase()}, input-oriented: spending in, volume out, all municipalities)`;
    case 'mean':
      return 'Unweighted mean';
    case 'ratio-of-sums':
      return "Weighted mean (total spending / total volume; noegletal.dk's »Gennemsnit«)";
    case 'median':
      return 'Median';
    case 'percentile':
      return `${ordinalEn(level.p)} percentile`;
    case 'best':
      return 'Best municipality';
    case 'municipality':
      return `Chosen municipality: ${findMunicipality(level.code)?.name ?? level.code}`;
    case 'need-adjusted':
      return 'Need-adjusted median (expenditure need)';
    case 'regression-adjusted':
      return 'Regression-adjusted (expected level + the group’s median deviation)';
  }
}

function ordinalEn(p: number): string {
  const n = formatNumber('en', p, { maxDecimals: 6 });
  if (!Number.isInteger(p)) return n;
  const tens = p % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : p % 10 === 1
        ? 'st'
        : p % 10 === 2
          ? 'nd'
          : p % 10 === 3
            ? 'rd'
            : 'th';
  return `${n}${suffix}`;
}

/**
 * The levels of a potential corridor: mean, ratio of sums, median, best quartile (25th
 * percentile for lower-is-better, 75th for higher-is-better), best, need-adjusted and
 * regression-adjusted. A neutral figure has no "best" and no best quartile.
 * @example standardLevels('lower-is-better').map(levelKey)
 * // ['mean', 'ratio-of-sums', 'median', 'p25', 'best', 'need-adjusted', 'regression-adjusted']
 */
export function standardLevels(polarity: Polarity): readonly BenchmarkLevel[] {
  const ranked: BenchmarkLevel[] =
    polarity === 'neutral'
      ? []
      : [{ kind: 'percentile', p: polarity === 'lower-is-better' ? 25 : 75 }, { kind: 'best' }];
  return [
    { kind: 'mean' },
    { kind: 'ratio-of-sums' },
    { kind: 'median' },
    ...ranked,
    { kind: 'need-adjusted' },
    { kind: 'regression-adjusted' },
  ];
}

/**
 * Refuses parameters a level cannot work with (InvalidInputError): p outside 0–100, "best"
 * of a neutral figure.
 * @example checkLevel({ kind: 'best' }, 'neutral') // throws
 */
export function checkLevel(level: BenchmarkLevel, polarity: Polarity): void {
  if (level.kind === 'percentile') checkPercentile(level.p);
  if (level.kind === 'best' && polarity === 'neutral') {
    throw new InvalidInputError('Et neutralt nøgletal har ingen "bedste" kommune', 'level');
  }
}
