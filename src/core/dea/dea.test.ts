import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import { dea, type DeaOptions, type DeaUnitResult } from './index.ts';

// Bogetoft & Otto's help-page example: 7 firms, one input x, one output y.
const BO_X = [[100], [200], [300], [500], [100], [200], [600]];
const BO_Y = [[75], [100], [300], [400], [25], [50], [400]];

function unit(units: readonly DeaUnitResult[], k: number): DeaUnitResult {
  const u = units[k];
  if (u === undefined) throw new Error(`no unit ${k}`);
  return u;
}

describe('dea(options) on hand-checked cases', () => {
  it('crs, input: θ is each firm’s productivity y/x relative to the best (firm 3, 300 → 300)', () => {
    // y/x = 0.75, 0.5, 1, 0.8, 0.25, 0.25, 0.667; the best is 1, so θ = y/x.
    const r = dea({ inputs: BO_X, outputs: BO_Y, rts: 'crs', orientation: 'input' });
    expect(r.eff.map((e) => Number(e.toFixed(12)))).toEqual([
      0.75,
      0.5,
      1,
      0.8,
      0.25,
      0.25,
      Number((2 / 3).toFixed(12)),
    ]);
    // Every firm is compared with a multiple of firm 3 (index 2): λ = θ·x_k / 300.
    expect(unit(r.units, 1).peers).toEqual([2]);
    expect(unit(r.units, 1).lambda[0]?.weight).toBeCloseTo((0.5 * 200) / 300, 12);
  });

  it('crs, output: φ = 1/θ (Farrell output efficiency ≥ 1)', () => {
    const r = dea({ inputs: BO_X, outputs: BO_Y, rts: 'crs', orientation: 'output' });
    const expected = [4 / 3, 2, 1, 5 / 4, 4, 4, 3 / 2];
    r.eff.forEach((e, k) => expect(e).toBeCloseTo(expected[k] ?? NaN, 12));
  });

  it('vrs, input: firm 2 (200 → 100) projects onto the segment between firms 1 and 3 (θ = 11/18)', () => {
    // The vrs frontier runs through firms 1 (100, 75), 3 (300, 300) and 4 (500, 400). On the
    // segment 1–3, y = 75 + (x − 100)·225/200, so y = 100 needs x = 100 + 25·200/225 = 122.2…,
    // and θ = 122.2…/200 = 11/18 with λ₁ = 8/9, λ₃ = 1/9 (75 + 225·λ₃ = 100, and
    // 8/9·100 + 1/9·300 = 1100/9).
    const r = dea({ inputs: BO_X, outputs: BO_Y, rts: 'vrs', orientation: 'input' });
    const firm2 = unit(r.units, 1);
    expect(firm2.eff).toBeCloseTo(11 / 18, 14);
    expect(firm2.peers).toEqual([0, 2]);
    expect(firm2.lambda[0]?.weight).toBeCloseTo(8 / 9, 12);
    expect(firm2.lambda[1]?.weight).toBeCloseTo(1 / 9, 12);
    expect(firm2.lambdaSum).toBeCloseTo(1, 14);
    expect(firm2.slacks?.sum).toBe(0);
    expect(firm2.inputTargets[0]).toBeCloseTo(1100 / 9, 10);
    expect(firm2.outputTargets[0]).toBeCloseTo(100, 10);
    // Firm 7 (600 → 400) can do with firm 4's 500: θ = 5/6.
    expect(unit(r.units, 6).eff).toBeCloseTo(5 / 6, 14);
    // Efficiency 1: the frame (firms 1, 3, 4) and firm 5, weakly efficient (see below).
    expect(r.frontier).toEqual([0, 2, 3, 4]);
  });

  it('vrs, input: firm 5 (100 → 25) is radially efficient but has 50 of output slack', () => {
    // No firm uses less than 100, so θ = 1; firm 1 uses the same 100 for 75, so phase 2 finds
    // λ₁ = 1 and an output slack of 75 − 25 = 50: weakly efficient.
    const r = dea({ inputs: BO_X, outputs: BO_Y, rts: 'vrs', orientation: 'input' });
    const firm5 = unit(r.units, 4);
    expect(firm5.eff).toBe(1);
    expect(firm5.slacks?.input).toEqual([0]);
    expect(firm5.slacks?.output[0]).toBeCloseTo(50, 10);
    expect(firm5.slacks?.sum).toBeCloseTo(50, 10);
    expect(firm5.slacks?.hasSlack).toBe(true);
    expect(firm5.peers).toEqual([0]);
    expect(firm5.outputTargets[0]).toBeCloseTo(75, 10);
    // Firm 6 (200 → 50): half the input reaches firm 1, which also makes 25 more.
    const firm6 = unit(r.units, 5);
    expect(firm6.eff).toBe(0.5);
    expect(firm6.slacks?.output[0]).toBeCloseTo(25, 10);
  });

  it('drs and irs: firm 4 is efficient under drs, firm 7 under irs, as the hand-derived fractions', () => {
    const drs = dea({ inputs: BO_X, outputs: BO_Y, rts: 'drs', orientation: 'input' });
    expect(drs.eff[3]).toBe(1);
    expect(drs.eff[6]).toBeCloseTo(5 / 6, 14);
    expect(drs.eff[1]).toBeCloseTo(1 / 2, 14); // crs-like below the best firm's scale
    const irs = dea({ inputs: BO_X, outputs: BO_Y, rts: 'irs', orientation: 'input' });
    expect(irs.eff[1]).toBeCloseTo(11 / 18, 14); // vrs-like below firm 3's scale
    expect(irs.eff[3]).toBeCloseTo(4 / 5, 14);
  });

  it('crs, two inputs: the unit isoquant through A (1, 4), B (2, 2), C (4, 1)', () => {
    // Per unit of output. D = (4, 4) lies on the ray through B: θ = 2/4. E = (6, 4) for 2 units
    // of output is (3, 2) per unit; its ray meets the facet B–C at t = 6/7 (3t = 2 + 2s, 2t = 2 − s),
    // with λ_B = 5/7 and λ_C = 4/7 (5/7·(4, 4) + 4/7·(4, 1) = (36/7, 24/7) = 6/7·(6, 4)).
    // F = (1, 5) is beaten by A only in x₂: θ = 1 with an input slack of 1.
    const inputs = [
      [1, 4],
      [4, 4],
      [4, 1],
      [4, 4],
      [6, 4],
      [1, 5],
    ];
    const outputs = [[1], [2], [1], [1], [2], [1]];
    const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
    const r = dea({ inputs, outputs, rts: 'crs', orientation: 'input', ids });
    expect(unit(r.units, 3).eff).toBeCloseTo(1 / 2, 14);
    const e = unit(r.units, 4);
    expect(e.id).toBe('E');
    expect(e.eff).toBeCloseTo(6 / 7, 14);
    expect(e.lambda.map((w) => w.unit)).toEqual([1, 2]);
    expect(e.lambda[0]?.weight).toBeCloseTo(5 / 7, 12);
    expect(e.lambda[1]?.weight).toBeCloseTo(4 / 7, 12);
    const f = unit(r.units, 5);
    expect(f.eff).toBe(1);
    expect(f.slacks?.input[1]).toBeCloseTo(1, 12);
    expect(f.slacks?.hasSlack).toBe(true);
    // Output orientation under crs is the reciprocal: φ_D = 2, φ_E = 7/6.
    const out = dea({ inputs, outputs, rts: 'crs', orientation: 'output' });
    expect(out.eff[3]).toBeCloseTo(2, 14);
    expect(out.eff[4]).toBeCloseTo(7 / 6, 14);
  });

  it('holds a non-discretionary input fixed: θ only scales the discretionary one', () => {
    // (x₁, x₂, y): A (2, 2, 2), B (4, 1, 2), C (6, 4, 2), D (2, 6, 1); crs, unit C.
    // Radial in both inputs: λ_A = 5/7, λ_B = 2/7 reach (22/7, 12/7) ≤ θ·(6, 4) with θ = 3/7.
    // With x₂ fixed, only x₁ must shrink: λ_A = 1 gives x₁ = 2 = θ·6, so θ = 1/3, and x₂ = 2 ≤ 4
    // leaves 2 unused (reported, not counted in the slack sum).
    const inputs = [
      [2, 2],
      [4, 1],
      [6, 4],
      [2, 6],
    ];
    const outputs = [[2], [2], [2], [1]];
    const both = dea({ inputs, outputs, rts: 'crs', orientation: 'input' });
    expect(both.eff[2]).toBeCloseTo(3 / 7, 14);
    const fixed = dea({ inputs, outputs, rts: 'crs', orientation: 'input', nonDiscretionary: [1] });
    const c = unit(fixed.units, 2);
    expect(c.eff).toBeCloseTo(1 / 3, 14);
    expect(c.slacks?.input[1]).toBeCloseTo(2, 12);
    expect(c.slacks?.sum).toBe(0);
    expect(c.inputTargets[0]).toBeCloseTo(2, 12);
    expect(c.inputTargets[1]).toBeCloseTo(2, 12);
    expect(fixed.nonDiscretionary).toEqual([1]);
  });

  it('ignores non-discretionary inputs in output orientation (every input is held fixed there)', () => {
    const inputs = BO_X.map(([x], k) => [x ?? 0, 10 + k]);
    const plain = dea({ inputs, outputs: BO_Y, rts: 'vrs', orientation: 'output' }).eff;
    const fixed = dea({
      inputs,
      outputs: BO_Y,
      rts: 'vrs',
      orientation: 'output',
      nonDiscretionary: [1],
    }).eff;
    expect(fixed).toEqual(plain);
  });

  it('computes the potential in money: (1 − θ)·C + s⁻ (input), s⁻ (output)', () => {
    // Firm 2, vrs input: (1 − 11/18)·200 = 700/9 kr. Firm 6: (1 − 1/2)·200 = 100 kr.
    const input = dea({
      inputs: BO_X,
      outputs: BO_Y,
      rts: 'vrs',
      orientation: 'input',
      monetaryInput: 0,
    });
    expect(unit(input.units, 1).potential).toBeCloseTo(700 / 9, 10);
    expect(unit(input.units, 5).potential).toBeCloseTo(100, 10);
    expect(unit(input.units, 0).potential).toBe(0);
    // Firm 7 (600 → 400), vrs output: no one makes more than 400, so φ = 1, but firm 4 makes
    // the same with 500: 100 kr. of input slack is the potential.
    const output = dea({
      inputs: BO_X,
      outputs: BO_Y,
      rts: 'vrs',
      orientation: 'output',
      monetaryInput: 0,
    });
    expect(unit(output.units, 6).eff).toBe(1);
    expect(unit(output.units, 6).potential).toBeCloseTo(100, 10);
    // Without phase 2 only the radial part is known.
    const radial = dea({
      inputs: BO_X,
      outputs: BO_Y,
      rts: 'vrs',
      orientation: 'input',
      monetaryInput: 0,
      slack: false,
    });
    expect(unit(radial.units, 5).slacks).toBeUndefined();
    expect(unit(radial.units, 5).potential).toBeCloseTo(100, 10);
    expect(radial.slack).toBe(false);
  });

  it('follows Benchmarking’s phase-2 scaling only when a column mean leaves [1e-4, 1e4]', () => {
    expect(
      dea({ inputs: BO_X, outputs: BO_Y, rts: 'vrs', orientation: 'input' }).slackScaling,
    ).toBe(false);
    const big = BO_X.map(([x]) => [(x ?? 0) * 1000]);
    const r = dea({ inputs: big, outputs: BO_Y, rts: 'vrs', orientation: 'input' });
    expect(r.slackScaling).toBe(true);
    // The model is the same up to units: firm 5's output slack is still 50.
    expect(unit(r.units, 4).slacks?.output[0]).toBeCloseTo(50, 8);
  });

  it('gives the same efficiencies for data in billions as for data near one', () => {
    const billions = dea({
      inputs: BO_X.map(([x]) => [(x ?? 0) * 1e9]),
      outputs: BO_Y.map(([y]) => [(y ?? 0) * 1e-6]),
      rts: 'vrs',
      orientation: 'input',
    });
    const plain = dea({ inputs: BO_X, outputs: BO_Y, rts: 'vrs', orientation: 'input' });
    billions.eff.forEach((e, k) => expect(e).toBeCloseTo(plain.eff[k] ?? NaN, 12));
  });

  it('names units 1, 2, … by default', () => {
    const r = dea({ inputs: BO_X, outputs: BO_Y, rts: 'crs', orientation: 'input' });
    expect(r.units.map((u) => u.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

/** Options as a JavaScript caller could send them, unchecked by the compiler. */
function loose(options: Record<string, unknown>): DeaOptions {
  return {
    inputs: BO_X,
    outputs: BO_Y,
    rts: 'vrs',
    orientation: 'input',
    ...options,
  } as DeaOptions;
}

describe('dea(options) refuses bad input with InvalidInputError', () => {
  const cases: [string, DeaOptions, string][] = [
    [
      'rows of different length',
      loose({ inputs: [[1], [2, 3], [3], [4], [5], [6], [7]] }),
      'inputs',
    ],
    ['inputs and outputs for different units', loose({ outputs: BO_Y.slice(1) }), 'outputs'],
    ['no units', loose({ inputs: [], outputs: [] }), 'inputs'],
    ['no outputs', loose({ outputs: BO_Y.map(() => []) }), 'outputs'],
    ['NaN', loose({ inputs: [[NaN], ...BO_X.slice(1)] }), 'inputs'],
    ['Infinity', loose({ outputs: [[Infinity], ...BO_Y.slice(1)] }), 'outputs'],
    ['a string', loose({ inputs: [['100'], ...BO_X.slice(1)] }), 'inputs'],
    ['a negative value', loose({ inputs: [[-100], ...BO_X.slice(1)] }), 'inputs'],
    ['a constant column', loose({ outputs: BO_Y.map(() => [5]) }), 'outputs'],
    [
      'fewer units than variables',
      loose({
        inputs: [
          [1, 2],
          [2, 1],
        ],
        outputs: [[1], [2]],
      }),
      'inputs',
    ],
    ['a unit with all outputs zero', loose({ outputs: [[0], ...BO_Y.slice(1)] }), 'outputs'],
    ['a unit with all inputs zero', loose({ inputs: [[0], ...BO_X.slice(1)] }), 'inputs'],
    ['an unknown rts', loose({ rts: 'nirs' }), 'rts'],
    ['an unknown orientation', loose({ orientation: 'in' }), 'orientation'],
    [
      'a non-discretionary column out of range',
      loose({ nonDiscretionary: [1] }),
      'nonDiscretionary',
    ],
    ['every input non-discretionary', loose({ nonDiscretionary: [0] }), 'nonDiscretionary'],
    ['ids of the wrong length', loose({ ids: ['a'] }), 'ids'],
    ['a monetary column out of range', loose({ monetaryInput: 2 }), 'monetaryInput'],
  ];

  it.each(cases)('%s', (_, options, parameter) => {
    let error: unknown;
    try {
      dea(options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error instanceof InvalidInputError ? error.parameter : undefined).toBe(parameter);
    expect(error instanceof InvalidInputError ? error.kind : undefined).toBe('invalid-input');
  });

  it('refuses a non-discretionary monetary input', () => {
    const inputs = BO_X.map(([x], k) => [x ?? 0, k + 1]);
    expect(() =>
      dea({
        inputs,
        outputs: BO_Y,
        rts: 'vrs',
        orientation: 'input',
        nonDiscretionary: [1],
        monetaryInput: 1,
      }),
    ).toThrow(InvalidInputError);
  });
});
