import {
  computeBenchmark,
  standardLevels,
  type BenchmarkInput,
  type BenchmarkLevel,
} from '../benchmark/index.ts';
import { InvalidInputError } from '../diagnostics/index.ts';
import type { PeerGroup } from '../peers/index.ts';
import { computePotential, type Potential } from './potential.ts';

/** One end of a corridor: the level that gives it and the potential there. */
export interface CorridorEnd {
  readonly levelKey: string;
  readonly levelNameDa: string;
  readonly benchmark: number;
  readonly signed: number;
  readonly positive: number;
}

/** The range of a potential across benchmark levels: never one number alone (DESIGN.md §3.4). */
export interface PotentialCorridor {
  readonly code: string;
  readonly keyFigureId: string;
  readonly year: number;
  /** Lowest and highest signed potential, and which level gives each; null if none. */
  readonly min: CorridorEnd | null;
  readonly max: CorridorEnd | null;
  /** Every level's potential, in the order given (unavailable ones included). */
  readonly potentials: readonly Potential[];
}

/**
 * The corridor of potentials already computed for one municipality, key figure and year:
 * the lowest and highest signed potential and the level of each (the first given wins a tie).
 * Levels without a potential are kept in `potentials` but do not count. max(0, ·) is
 * monotone, so the same levels bound the shown potential.
 * Throws InvalidInputError when the potentials are for different municipalities, figures or
 * years.
 * @example summariseCorridor(levels.map((l) => computePotential(computeBenchmark(code, input, group, l))))
 */
export function summariseCorridor(potentials: readonly Potential[]): PotentialCorridor {
  const first = potentials[0];
  if (first === undefined)
    throw new InvalidInputError('Korridoren kræver mindst ét niveau', 'levels');
  for (const p of potentials) {
    if (p.code !== first.code || p.keyFigureId !== first.keyFigureId || p.year !== first.year) {
      throw new InvalidInputError('Korridoren blander kommuner, nøgletal eller år', 'potentials');
    }
  }
  let min: CorridorEnd | null = null;
  let max: CorridorEnd | null = null;
  for (const p of potentials) {
    if (p.signed === null || p.benchmark === null) continue;
    const end: CorridorEnd = {
      levelKey: p.levelKey,
      levelNameDa: p.basis.levelNameDa,
      benchmark: p.benchmark,
      signed: p.signed,
      positive: Math.max(0, p.signed),
    };
    if (min === null || end.signed < min.signed) min = end;
    if (max === null || end.signed > max.signed) max = end;
  }
  return {
    code: first.code,
    keyFigureId: first.keyFigureId,
    year: first.year,
    min,
    max,
    potentials,
  };
}

/**
 * The potential corridor of one municipality in one call: the benchmark and potential at
 * every level, then min and max. By default the levels of standardLevels(polarity) that the
 * input can give (ratio of sums needs a volume, need-adjusted a need, regression a model).
 * Throws InvalidInputError as computeBenchmark does.
 * @example computeCorridor('766', input, group).max?.levelKey // e.g. 'best'
 */
export function computeCorridor(
  code: string,
  input: BenchmarkInput,
  group: PeerGroup,
  levels: readonly BenchmarkLevel[] = supportedLevels(input),
): PotentialCorridor {
  return summariseCorridor(
    levels.map((l) => computePotential(computeBenchmark(code, input, group, l))),
  );
}

function supportedLevels(input: BenchmarkInput): readonly BenchmarkLevel[] {
  return standardLevels(input.polarity).filter(
    (l) =>
      (l.kind !== 'ratio-of-sums' || input.volume !== undefined) &&
      (l.kind !== 'need-adjusted' || input.need !== undefined) &&
      (l.kind !== 'regression-adjusted' || input.model !== undefined),
  );
}
