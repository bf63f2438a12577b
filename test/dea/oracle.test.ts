// DEA against R's Benchmarking 0.33 (../shared/oracle/dea): every result file, every unit.
import { describe, expect, it } from 'vitest';
import {
  dea,
  superEfficiency,
  type PeerWeight,
  type ReturnsToScale,
} from '../../src/core/dea/index.ts';
import {
  listResultFiles,
  oraclePath,
  readCsv,
  readDataSet,
  readFraction,
  readNumber,
  type OracleDataSet,
} from './oracle-files.ts';

const EFF_TOL = 1e-6;
const files = listResultFiles();

/** The largest column mean: slacks are compared relative to it. */
function dataScale(set: OracleDataSet): number {
  const n = set.inputs.length;
  let scale = 0;
  for (const matrix of [set.inputs, set.outputs]) {
    const width = matrix[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      scale = Math.max(scale, matrix.reduce((s, row) => s + (row[c] ?? 0), 0) / n);
    }
  }
  return scale;
}

/**
 * λ must be a feasible solution of unit k's programme at its efficiency e: Σλx ≤ e·x_k (input)
 * or x_k (output), Σλy ≥ y_k (input) or e·y_k (output), and the returns-to-scale row.
 */
function expectFeasible(
  set: OracleDataSet,
  k: number,
  lambda: readonly PeerWeight[],
  e: number,
  rts: ReturnsToScale,
  orientation: 'input' | 'output',
): void {
  const tol = (v: number): number => 1e-7 * (1 + Math.abs(v));
  set.inputs[k]?.forEach((xk, i) => {
    const lhs = lambda.reduce((s, w) => s + w.weight * (set.inputs[w.unit]?.[i] ?? NaN), 0);
    const rhs = orientation === 'input' ? e * xk : xk;
    expect(lhs).toBeLessThanOrEqual(rhs + tol(rhs));
  });
  set.outputs[k]?.forEach((yk, r) => {
    const lhs = lambda.reduce((s, w) => s + w.weight * (set.outputs[w.unit]?.[r] ?? NaN), 0);
    const rhs = orientation === 'output' ? e * yk : yk;
    expect(lhs).toBeGreaterThanOrEqual(rhs - tol(rhs));
  });
  const sum = lambda.reduce((s, w) => s + w.weight, 0);
  if (rts === 'vrs') expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
  if (rts === 'drs') expect(sum).toBeLessThanOrEqual(1 + 1e-9);
  if (rts === 'irs') expect(sum).toBeGreaterThanOrEqual(1 - 1e-9);
  for (const w of lambda) expect(w.weight).toBeGreaterThan(0);
}

describe('dea(options) against Benchmarking::dea(X, Y, RTS, ORIENTATION, SLACK = TRUE)', () => {
  const deaFiles = files.filter((f) => !f.model.startsWith('sdea'));

  it('covers every data set, returns to scale and orientation (32 files)', () => {
    expect(deaFiles).toHaveLength(32);
  });

  it.each(deaFiles)(
    '$file: θ within 1e-6, slack sums within 1e-4 of the scale, λ feasible',
    (f) => {
      const set = readDataSet(f.dataSet);
      const rts = f.model as ReturnsToScale;
      const ref = readCsv(oraclePath('results', f.file));
      const result = dea({
        inputs: set.inputs,
        outputs: set.outputs,
        rts,
        orientation: f.orientation,
        ids: set.ids,
      });
      expect(result.units).toHaveLength(ref.length);
      const scale = dataScale(set);
      ref.forEach((r, k) => {
        const u = result.units[k];
        if (u === undefined) throw new Error(`unit ${k} missing`);
        expect(u.id).toBe(r['dmu']);
        expect(Math.abs(u.eff - readNumber(r['eff']))).toBeLessThanOrEqual(EFF_TOL);
        expect(Math.abs(u.objective - readNumber(r['objval']))).toBeLessThanOrEqual(EFF_TOL);
        if (u.slacks === undefined) throw new Error('slacks missing');
        expect(Math.abs(u.slacks.sum - readNumber(r['slack_sum']))).toBeLessThanOrEqual(
          1e-4 * scale,
        );
        expect(u.slacks.hasSlack).toBe(r['has_slack'] === 'TRUE');
        set.inputNames.forEach((name, i) => {
          const diff = Math.abs((u.slacks?.input[i] ?? NaN) - readNumber(r[`slack_${name}`]));
          expect(diff).toBeLessThanOrEqual(1e-4 * scale);
        });
        set.outputNames.forEach((name, o) => {
          const diff = Math.abs((u.slacks?.output[o] ?? NaN) - readNumber(r[`slack_${name}`]));
          expect(diff).toBeLessThanOrEqual(1e-4 * scale);
        });
        expectFeasible(set, k, u.lambda, u.objective, rts, f.orientation);
        // The phase-2 λ reproduces the targets: Σλx = θx − s⁻ and Σλy = y + s⁺ (input).
        u.inputTargets.forEach((target, i) => {
          const sum = u.lambda.reduce((s, w) => s + w.weight * (set.inputs[w.unit]?.[i] ?? NaN), 0);
          expect(Math.abs(sum - target)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(target)));
        });
        u.outputTargets.forEach((target, o) => {
          const sum = u.lambda.reduce(
            (s, w) => s + w.weight * (set.outputs[w.unit]?.[o] ?? NaN),
            0,
          );
          expect(Math.abs(sum - target)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(target)));
        });
      });
    },
  );
});

describe('superEfficiency(options) against Benchmarking::sdea(X, Y, RTS, ORIENTATION)', () => {
  const sdeaFiles = files.filter((f) => f.model.startsWith('sdea'));

  it('covers every data set, crs and vrs, both orientations (16 files)', () => {
    expect(sdeaFiles).toHaveLength(16);
  });

  it.each(sdeaFiles)('$file: θ within 1e-6, Inf exactly where R finds no solution', (f) => {
    const set = readDataSet(f.dataSet);
    const rts = f.model.replace('sdea_', '') as ReturnsToScale;
    const ref = readCsv(oraclePath('results', f.file));
    const result = superEfficiency({
      inputs: set.inputs,
      outputs: set.outputs,
      rts,
      orientation: f.orientation,
    });
    ref.forEach((r, k) => {
      const u = result.units[k];
      if (u === undefined) throw new Error(`unit ${k} missing`);
      const expected = readNumber(r['eff']);
      if (!Number.isFinite(expected)) {
        expect(u.status).toBe('infeasible');
        expect(u.eff).toBe(expected);
        expect(u.lambda).toEqual([]);
        return;
      }
      expect(u.status).toBe('optimal');
      expect(Math.abs(u.eff - expected)).toBeLessThanOrEqual(EFF_TOL);
      expect(u.lambda.some((w) => w.unit === k)).toBe(false);
      expectFeasible(set, k, u.lambda, u.objective, rts, f.orientation);
    });
  });
});

describe('the hand-derived Bogetoft & Otto fractions (bo_example_hand_derived.csv)', () => {
  const set = readDataSet('bo_example');
  const rows = readCsv(oraclePath('bo_example_hand_derived.csv'));
  const models = [...new Set(rows.map((r) => r['model'] ?? ''))];

  it.each(models)('%s: every firm equals its fraction to 1e-12', (model) => {
    const [kind = '', or = ''] = model.split('__');
    const orientation = or === 'in' ? 'input' : 'output';
    const options = { inputs: set.inputs, outputs: set.outputs, orientation } as const;
    const eff = kind.startsWith('sdea_')
      ? superEfficiency({ ...options, rts: kind.replace('sdea_', '') as ReturnsToScale }).eff
      : dea({ ...options, rts: kind as ReturnsToScale }).eff;
    for (const r of rows.filter((x) => x['model'] === model)) {
      const k = Number(r['dmu']) - 1;
      expect(Math.abs((eff[k] ?? NaN) - readFraction(r['expected_fraction'] ?? ''))).toBeLessThan(
        1e-12,
      );
    }
  });
});

describe('the speed data sets (vrs, input) at n = 100 and 1 000', () => {
  it.each([100, 1000])('n = %i: every θ within 1e-6 of R', (n) => {
    const rows = readCsv(oraclePath('speed', `dea_speed_n${n}.csv`));
    const ref = readCsv(oraclePath('speed', `dea_speed_n${n}__vrs__in.csv`));
    const result = dea({
      inputs: rows.map((r) => ['x1', 'x2', 'x3'].map((c) => readNumber(r[c]))),
      outputs: rows.map((r) => ['y1', 'y2'].map((c) => readNumber(r[c]))),
      rts: 'vrs',
      orientation: 'input',
      slack: false,
    });
    let worst = 0;
    ref.forEach((r, k) => {
      worst = Math.max(worst, Math.abs((result.eff[k] ?? NaN) - readNumber(r['eff'])));
    });
    expect(worst).toBeLessThanOrEqual(EFF_TOL);
  });
});
