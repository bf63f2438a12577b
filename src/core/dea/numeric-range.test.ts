import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DeaRangeError,
  MAX_COLUMN_SPREAD,
  RETURNS_TO_SCALE,
  createExactSolver,
  dea,
  superEfficiency,
  type LpRow,
  type Orientation,
  type ReturnsToScale,
} from './index.ts';

const SEED = 42;
const exact = createExactSolver();

/**
 * θ (input) or φ (output) of unit k by brute force: one LP over every unit, built here on the raw
 * numbers (no scaling, no column generation) and solved in exact rational arithmetic.
 */
function bruteForce(
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  k: number,
  rts: ReturnsToScale,
  orientation: Orientation,
): number {
  const n = x.length;
  const row = (values: (j: number) => number, own: number): number[] => {
    const c = Array.from({ length: n + 1 }, (_, j) => (j < n ? values(j) : 0));
    c[n] = own;
    return c;
  };
  const rows: LpRow[] = [];
  const input = orientation === 'input';
  (x[k] ?? []).forEach((xk, i) =>
    rows.push(
      input
        ? { coefficients: row((j) => x[j]?.[i] ?? 0, -xk), type: '<=', rhs: 0 }
        : { coefficients: row((j) => x[j]?.[i] ?? 0, 0), type: '<=', rhs: xk },
    ),
  );
  (y[k] ?? []).forEach((yk, r) =>
    rows.push(
      input
        ? { coefficients: row((j) => y[j]?.[r] ?? 0, 0), type: '>=', rhs: yk }
        : { coefficients: row((j) => y[j]?.[r] ?? 0, -yk), type: '>=', rhs: 0 },
    ),
  );
  if (rts !== 'crs') {
    const type = rts === 'vrs' ? '=' : rts === 'drs' ? '<=' : '>=';
    rows.push({ coefficients: row(() => 1, 0), type, rhs: 1 });
  }
  const objective = row(() => 0, 1);
  const r = exact.solve({ sense: input ? 'min' : 'max', objective, rows });
  if (r.status !== 'optimal') throw new Error(`brute force: ${r.status}`);
  return r.objective;
}

/**
 * One column of n positive values at a magnitude anywhere in 1e-40..1e40, spanning at most
 * `decades` orders: log-uniform with six significant digits (generic data) or a digit 1–9 times
 * a power of ten (ties and degenerate frontiers). Why six digits: values that differ in the 15th
 * digit make θ jump between 1 and anything (a unit a hair better than a dominating one), which
 * no double-precision solver can see, nor R's Benchmarking.
 */
const column = (n: number, decades: number) =>
  fc.oneof(
    fc
      .tuple(
        fc.integer({ min: -40, max: 40 }),
        fc.array(fc.double({ min: 0, max: decades, noNaN: true }), {
          minLength: n,
          maxLength: n,
        }),
      )
      .map(([base, ex]) => ex.map((e) => Number((10 ** (base + e)).toPrecision(6)))),
    fc
      .tuple(
        fc.integer({ min: -40, max: 40 }),
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: decades - 1 })),
          { minLength: n, maxLength: n },
        ),
      )
      .map(([base, ex]) => ex.map(([d, e]) => d * 10 ** (base + e))),
  );

/** Units × columns as rows; columns drawn independently (so magnitudes differ between them). */
const wideDataSet = (decades: number) =>
  fc
    .record({ m: fc.integer({ min: 1, max: 2 }), s: fc.integer({ min: 1, max: 2 }) })
    .chain(({ m, s }) =>
      fc.integer({ min: m + s + 1, max: 7 }).chain((n) =>
        fc.record({
          inputs: fc.array(column(n, decades), { minLength: m, maxLength: m }),
          outputs: fc.array(column(n, decades), { minLength: s, maxLength: s }),
        }),
      ),
    )
    .map(({ inputs, outputs }) => ({
      inputs: (inputs[0] ?? []).map((_, k) => inputs.map((col) => col[k] ?? 0)),
      outputs: (outputs[0] ?? []).map((_, k) => outputs.map((col) => col[k] ?? 0)),
    }))
    .filter(({ inputs, outputs }) =>
      [inputs, outputs].every((rows) =>
        (rows[0] ?? []).every((_, c) => new Set(rows.map((r) => r[c])).size > 1),
      ),
    );

const model = fc.record({
  rts: fc.constantFrom(...RETURNS_TO_SCALE),
  orientation: fc.constantFrom<Orientation>('input', 'output'),
});

describe('dea(options) on numbers of any magnitude (F6)', () => {
  it('scores every unit a brute-force exact LP finds efficient 1, and every score is valid (fast-check, seed 42)', () => {
    fc.assert(
      fc.property(wideDataSet(6), model, (d, mdl) => {
        const got = dea({ ...d, ...mdl }).eff;
        got.forEach((e, k) => {
          const want = bruteForce(d.inputs, d.outputs, k, mdl.rts, mdl.orientation);
          if (mdl.orientation === 'input') expect(e > 0 && e <= 1, `θ ${e}`).toBe(true);
          else expect(e >= 1 && Number.isFinite(e), `φ ${e}`).toBe(true);
          if (want === 1) expect(e, `unit ${k + 1} is efficient`).toBe(1);
          expect(Math.abs(e - want)).toBeLessThanOrEqual(1e-6 * Math.max(1, want));
        });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('refuses a column spanning more than 1e6 with DeaRangeError, never a number', () => {
    fc.assert(
      fc.property(
        wideDataSet(3),
        model,
        fc.integer({ min: 7, max: 300 }),
        fc.boolean(),
        (d, mdl, decades, large) => {
          // Unit 1's first input moves `decades` orders away from the rest of its column.
          const inputs = d.inputs.map((r, k) =>
            k === 0 ? r.map((v, i) => (i === 0 ? v * 10 ** (large ? decades : -decades) : v)) : r,
          );
          const col = inputs.map((r) => r[0] ?? 0).filter((v) => v > 0);
          fc.pre(col.every(Number.isFinite));
          fc.pre(Math.max(...col) > MAX_COLUMN_SPREAD * Math.min(...col));
          expect(() => dea({ ...d, inputs, ...mdl })).toThrow(DeaRangeError);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it.each([
    ['1e308 in one cell', [1, 2, 1e308, 3], 'too-large'],
    ['1e20 among ones', [1, 2, 1e20, 3], 'spread'],
    ['1e-300 among ones', [1, 2, 1e-300, 3], 'too-small'],
    ['1e-300 mixed with 1e300', [1e-300, 1e300, 1e-300, 1e300], 'too-large'],
  ])('refuses the issue’s case “%s” naming the column and the reason', (_, x, reason) => {
    for (const rts of RETURNS_TO_SCALE) {
      for (const orientation of ['input', 'output'] as const) {
        const options = {
          inputs: x.map((v) => [v]),
          outputs: [[1], [2], [0.5], [3]],
          rts,
          orientation,
          columnNames: { inputs: ['omkostning'], outputs: ['elever'] },
        };
        const error = (() => {
          try {
            dea(options);
          } catch (e) {
            return e;
          }
          return undefined;
        })();
        expect(error).toBeInstanceOf(DeaRangeError);
        expect(error).toMatchObject({
          kind: 'invalid-file',
          parameter: 'inputs',
          column: 0,
          reason,
        });
        expect((error as Error).message).toContain('Input "omkostning"');
        expect(() => superEfficiency(options)).toThrow(DeaRangeError);
      }
    }
  });

  it('gives the same efficiencies for columns at 1e-40 and 1e40 as for the same numbers near 1', () => {
    const x = [
      [3, 2],
      [2, 4],
      [4, 1],
      [5, 5],
      [2.5, 2.5],
    ];
    const y = [[1], [1.5], [1.2], [2], [1]];
    const near = dea({ inputs: x, outputs: y, rts: 'vrs', orientation: 'input' });
    const far = dea({
      inputs: x.map(([a = 0, b = 0]) => [a * 1e-40, b * 1e40]),
      outputs: y.map(([v = 0]) => [v * 1e-30]),
      rts: 'vrs',
      orientation: 'input',
    });
    expect(far.eff).toEqual(near.eff);
    // Slacks and targets come back in the data's own units.
    far.units.forEach((u, k) => {
      expect(u.inputTargets[1]).toBeCloseTo((near.units[k]?.inputTargets[1] ?? NaN) * 1e40, -27);
      expect((u.slacks?.input[0] ?? 0) / 1e-40).toBeCloseTo(
        near.units[k]?.slacks?.input[0] ?? 0,
        9,
      );
    });
  });
});
