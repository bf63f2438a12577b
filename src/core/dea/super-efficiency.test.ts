import { describe, expect, it } from 'vitest';
import { dea, superEfficiency } from './index.ts';

const BO_X = [[100], [200], [300], [500], [100], [200], [600]];
const BO_Y = [[75], [100], [300], [400], [25], [50], [400]];

describe('superEfficiency(options) on hand-checked cases', () => {
  it('vrs, input: firm 1 (100 → 75) needs 15/11 of its input before the others catch up', () => {
    // Without firm 1 the vrs frontier near y = 75 runs from firm 5 (100, 25) to firm 3
    // (300, 300): y = 25 + (x − 100)·275/200, so y = 75 needs x = 100 + 50·200/275 = 1500/11,
    // and θ = (1500/11)/100 = 15/11.
    const r = superEfficiency({ inputs: BO_X, outputs: BO_Y, rts: 'vrs', orientation: 'input' });
    expect(r.eff[0]).toBeCloseTo(15 / 11, 14);
    expect(r.units[0]?.status).toBe('optimal');
    expect(r.units[0]?.peers).toEqual([2, 4]);
    // Inefficient firms keep their ordinary efficiency (firm 2: 11/18).
    expect(r.eff[1]).toBeCloseTo(11 / 18, 14);
  });

  it('vrs, output: firm 1 without itself can only be compared with firm 5 (φ = 25/75)', () => {
    // Only firm 5 uses no more than 100, and it makes 25: φ = 25/75 = 1/3.
    const r = superEfficiency({ inputs: BO_X, outputs: BO_Y, rts: 'vrs', orientation: 'output' });
    expect(r.eff[0]).toBeCloseTo(1 / 3, 14);
  });

  it('reports a unit the others cannot reach as infeasible, never as a number', () => {
    // Unit 1 uses the least input and unit 4 makes the most output, each alone: under vrs no
    // convex combination of the others uses ≤ 1 (output orientation) or makes ≥ 4.5 (input).
    const inputs = [[1], [2], [3], [4]];
    const outputs = [[1], [3], [4], [4.5]];
    const out = superEfficiency({ inputs, outputs, rts: 'vrs', orientation: 'output' });
    expect(out.units[0]).toMatchObject({ status: 'infeasible', eff: -Infinity, lambda: [] });
    const inp = superEfficiency({ inputs, outputs, rts: 'vrs', orientation: 'input' });
    expect(inp.units[3]).toMatchObject({ status: 'infeasible', eff: Infinity, peers: [] });
    expect(inp.units[1]?.status).toBe('optimal');
    // Under crs every unit can be reached by scaling another.
    const crs = superEfficiency({ inputs, outputs, rts: 'crs', orientation: 'input' });
    expect(crs.units.every((u) => u.status === 'optimal' && Number.isFinite(u.eff))).toBe(true);
  });

  it('gives 1 to a unit with an identical twin', () => {
    const inputs = [[2], [2], [4], [5]];
    const outputs = [[2], [2], [3], [3]];
    const r = superEfficiency({ inputs, outputs, rts: 'vrs', orientation: 'input' });
    expect(r.eff[0]).toBe(1);
    expect(r.eff[1]).toBe(1);
    expect(dea({ inputs, outputs, rts: 'vrs', orientation: 'input' }).eff[3]).toBeCloseTo(0.8, 14);
  });
});
