import type { BenchmarkResult } from '../benchmark/index.ts';
import type { Polarity } from '../key-figures/index.ts';
import { checkColumnLength, toFloat64Column, type ValueColumn } from '../stats/index.ts';

/** Why a potential could not be computed. */
export type PotentialUnavailableReason =
  'missing-unit-cost' | 'missing-benchmark' | 'missing-volume';

/** The potential of one municipality on one key figure against one benchmark level. */
export interface Potential {
  readonly code: string;
  readonly keyFigureId: string;
  readonly year: number;
  readonly levelKey: string;
  /** c, c* and Q it was computed from; null where missing. */
  readonly unitCost: number | null;
  readonly benchmark: number | null;
  readonly volume: number | null;
  /**
   * (c − c*) × Q, in kr. for a unit cost in kr. per unit of volume: positive spends more than
   * the benchmark, negative less (mindreforbrug). For a higher-is-better figure the sign is
   * turned, (c* − c) × Q, so positive always means room to improve. Null when unavailable.
   */
  readonly signed: number | null;
  /** max(0, signed): the potential as shown; null when unavailable. */
  readonly positive: number | null;
  readonly unavailable?: {
    readonly reason: PotentialUnavailableReason;
    readonly messageDa: string;
  };
  /** The benchmark with its group, level and the values used. */
  readonly basis: BenchmarkResult;
}

const UNAVAILABLE_DA: Readonly<Record<PotentialUnavailableReason, string>> = {
  'missing-unit-cost': 'Kommunens egen værdi mangler',
  'missing-benchmark': 'Benchmark kunne ikke beregnes',
  'missing-volume': 'Kommunens volumen mangler',
};

/**
 * P = (c − c*) × Q: what the municipality would spend less (positive) or more (negative) at
 * the benchmark's unit cost, with its own volume of the same year (DESIGN.md §3.4). NaN when
 * any input is missing.
 * @example potentialOf(100, 85, 10, 'lower-is-better') // 150
 */
export function potentialOf(
  unitCost: number,
  benchmark: number,
  volume: number,
  polarity: Polarity,
): number {
  const gap = polarity === 'higher-is-better' ? benchmark - unitCost : unitCost - benchmark;
  return gap * volume;
}

/**
 * The potential against an explained benchmark, with the signed value and max(0, ·), carrying
 * the benchmark (group, level, year, values used) so the number can be traced. The volume is
 * the benchmark input's own Q (the catalogue's volume of the same year).
 * @example computePotential(computeBenchmark('766', input, group, { kind: 'median' })).positive
 */
export function computePotential(benchmark: BenchmarkResult): Potential {
  const { ownValue: c, value: cStar, ownVolume: q } = benchmark;
  const reason: PotentialUnavailableReason | undefined =
    c === null
      ? 'missing-unit-cost'
      : cStar === null
        ? 'missing-benchmark'
        : q === null
          ? 'missing-volume'
          : undefined;
  const signed =
    c === null || cStar === null || q === null
      ? null
      : potentialOf(c, cStar, q, benchmark.polarity);
  return {
    code: benchmark.code,
    keyFigureId: benchmark.keyFigureId,
    year: benchmark.year,
    levelKey: benchmark.levelKey,
    unitCost: c,
    benchmark: cStar,
    volume: q,
    signed,
    positive: signed === null ? null : Math.max(0, signed),
    ...(reason === undefined ? {} : { unavailable: { reason, messageDa: UNAVAILABLE_DA[reason] } }),
    basis: benchmark,
  };
}

/**
 * The signed potential of every municipality at once, from the batch benchmarks
 * (computeBenchmarks): a Float64Array aligned with the columns, NaN where any input is
 * missing. Take Math.max(0, ·) per element for the potential as shown.
 * Throws InvalidInputError for columns of different lengths.
 * @example computePotentials(input.unitCost, computeBenchmarks(input, groups, level), input.volume, 'lower-is-better')
 */
export function computePotentials(
  unitCost: ValueColumn,
  benchmarks: Float64Array,
  volume: ValueColumn,
  polarity: Polarity,
): Float64Array {
  const n = benchmarks.length;
  checkColumnLength(unitCost, n, 'unitCost');
  checkColumnLength(volume, n, 'volume');
  const c = toFloat64Column(unitCost);
  const q = toFloat64Column(volume);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = potentialOf(c[i] ?? NaN, benchmarks[i] ?? NaN, q[i] ?? NaN, polarity);
  }
  return out;
}
