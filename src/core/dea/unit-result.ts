import type { UnitSolution } from './column-generation.ts';
import type { DeaData } from './dea-data.ts';
import type { DeaSlacks, DeaUnitResult, PeerWeight } from './types.ts';
import { at, atF64 } from '../arrays/index.ts';

/** Benchmarking sets an efficiency within this of 1 to exactly 1. */
export const EFF_EPS = 1e-7;
/** Benchmarking's threshold for a λ to count (it zeroes smaller ones); ours for `peers`. */
export const PEER_EPS = 1e-7;

/**
 * The reported efficiency: exactly 1 within 1e-7 of 1, otherwise the LP optimum.
 * @example roundEfficiency(0.99999999) // 1
 */
export function roundEfficiency(objective: number): number {
  return Math.abs(objective - 1) < EFF_EPS ? 1 : objective;
}

/** The positive λ of a solution by unit index, their sum, and the units with λ > 1e-7. */
export function sparseLambda(sol: UnitSolution): {
  lambda: PeerWeight[];
  lambdaSum: number;
  peers: number[];
} {
  const lambda: PeerWeight[] = [];
  sol.columns.forEach((unit, t) => {
    const weight = at(sol.lambda, t);
    if (weight > 0) lambda.push({ unit, weight });
  });
  lambda.sort((a, b) => a.unit - b.unit);
  let lambdaSum = 0;
  for (const w of lambda) lambdaSum += w.weight;
  const peers = lambda.filter((w) => w.weight > PEER_EPS).map((w) => w.unit);
  return { lambda, lambdaSum, peers };
}

/**
 * One unit's result from its phase-1 solution (efficiency) and, when slacks were computed, its
 * phase-2 solution (λ, slacks). Targets are the radial projection minus the slacks; the potential
 * is (1 − eff)·C + s⁻ in input orientation and s⁻ in output orientation.
 */
export function buildUnitResult(
  data: DeaData,
  k: number,
  phase1: UnitSolution,
  phase2: UnitSolution | undefined,
  slacks: DeaSlacks | undefined,
  monetaryInput: number | undefined,
): DeaUnitResult {
  const objective = phase1.objective;
  const eff = roundEfficiency(objective);
  const { lambda, lambdaSum, peers } = sparseLambda(phase2 ?? phase1);
  const input = data.orientation === 'input';
  const base = k * data.width;
  const inputTargets: number[] = [];
  const outputTargets: number[] = [];
  for (let i = 0; i < data.m; i++) {
    const x = atF64(data.raw, base + i);
    const radial = input && data.fixedInput[i] !== 1 ? objective * x : x;
    // Without the slack phase the slacks are not computed, and the targets are radial only.
    inputTargets.push(radial - (slacks === undefined ? 0 : at(slacks.input, i)));
  }
  for (let r = 0; r < data.s; r++) {
    const y = atF64(data.raw, base + data.m + r);
    outputTargets.push(
      (input ? y : objective * y) + (slacks === undefined ? 0 : at(slacks.output, r)),
    );
  }
  let potential: number | undefined;
  if (monetaryInput !== undefined) {
    const saving = slacks === undefined ? 0 : at(slacks.input, monetaryInput);
    potential = input ? (1 - eff) * atF64(data.raw, base + monetaryInput) + saving : saving;
  }
  return {
    unit: k,
    id: data.ids[k] ?? String(k + 1),
    status: 'optimal',
    eff,
    objective,
    lambda,
    lambdaSum,
    peers,
    ...(slacks === undefined ? {} : { slacks }),
    inputTargets,
    outputTargets,
    ...(potential === undefined ? {} : { potential }),
  };
}
