import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeaOptions } from './dea-data.ts';
import { buildEnvelopmentLp } from './envelopment.ts';
import {
  dea,
  superEfficiency,
  createSimplexSolver,
  ORIENTATIONS,
  RETURNS_TO_SCALE,
  type DeaOptions,
} from './index.ts';

const SEED = 42;

/**
 * n units with m inputs and s outputs, whole numbers 0..40 (each unit with a positive input and
 * a positive output), no constant column.
 */
const dataSet = fc
  .record({ m: fc.integer({ min: 1, max: 3 }), s: fc.integer({ min: 1, max: 2 }) })
  .chain(({ m, s }) =>
    fc.integer({ min: m + s + 1, max: 14 }).chain((n) =>
      fc.record({
        inputs: fc.array(
          fc.array(fc.integer({ min: 0, max: 40 }), { minLength: m, maxLength: m }),
          {
            minLength: n,
            maxLength: n,
          },
        ),
        outputs: fc.array(
          fc.array(fc.integer({ min: 0, max: 40 }), { minLength: s, maxLength: s }),
          {
            minLength: n,
            maxLength: n,
          },
        ),
      }),
    ),
  )
  .filter(
    ({ inputs, outputs }) =>
      inputs.every((r) => r.some((v) => v > 0)) &&
      outputs.every((r) => r.some((v) => v > 0)) &&
      [inputs, outputs].every((matrix) =>
        (matrix[0] ?? []).every((_, c) => new Set(matrix.map((row) => row[c])).size > 1),
      ),
  );

const model = fc.record({
  rts: fc.constantFrom(...RETURNS_TO_SCALE),
  orientation: fc.constantFrom(...ORIENTATIONS),
});

const close = (a: number, b: number, tol = 1e-9): boolean =>
  a === b || Math.abs(a - b) <= tol * (1 + Math.abs(b));

describe('dea(options) properties (fast-check, seed 42)', () => {
  it('input efficiency is in (0, 1] and output efficiency ≥ 1, for every model', () => {
    fc.assert(
      fc.property(dataSet, model, (d, mdl) => {
        const r = dea({ ...d, ...mdl });
        for (const e of r.eff) {
          if (mdl.orientation === 'input') expect(e > 0 && e <= 1).toBe(true);
          else expect(e >= 1).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('crs efficiency does not change when every input is multiplied by the same constant', () => {
    fc.assert(
      fc.property(
        dataSet,
        fc.constantFrom(1e-3, 0.5, 7, 1e6),
        fc.constantFrom(...ORIENTATIONS),
        (d, factor, orientation) => {
          const before = dea({ ...d, rts: 'crs', orientation, slack: false }).eff;
          const scaled = d.inputs.map((row) => row.map((v) => v * factor));
          const after = dea({ ...d, inputs: scaled, rts: 'crs', orientation, slack: false }).eff;
          after.forEach((e, k) => expect(close(e, before[k] ?? NaN)).toBe(true));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('adding a unit dominated by an existing one changes no one’s efficiency', () => {
    fc.assert(
      fc.property(
        dataSet,
        model,
        fc.nat(),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (d, mdl, pick, more, less) => {
          const j = pick % d.inputs.length;
          const inputs = [...d.inputs, (d.inputs[j] ?? []).map((v) => v * (1 + more))];
          const outputs = [...d.outputs, (d.outputs[j] ?? []).map((v) => v * (1 - less))];
          const before = dea({ ...d, ...mdl, slack: false }).eff;
          const after = dea({ inputs, outputs, ...mdl, slack: false }).eff;
          before.forEach((e, k) => expect(close(after[k] ?? NaN, e)).toBe(true));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('input-oriented vrs efficiency is at least crs efficiency for every unit', () => {
    fc.assert(
      fc.property(dataSet, (d) => {
        const crs = dea({ ...d, rts: 'crs', orientation: 'input', slack: false }).eff;
        const vrs = dea({ ...d, rts: 'vrs', orientation: 'input', slack: false }).eff;
        vrs.forEach((e, k) => expect(e >= (crs[k] ?? NaN) - 1e-12).toBe(true));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('super-efficiency is ≥ 1 exactly for the efficient units and equals eff for the others', () => {
    fc.assert(
      fc.property(dataSet, model, (d, mdl) => {
        const own = dea({ ...d, ...mdl, slack: false }).eff;
        const sup = superEfficiency({ ...d, ...mdl }).eff;
        own.forEach((e, k) => {
          const s = sup[k] ?? NaN;
          if (e === 1) expect(mdl.orientation === 'input' ? s >= 1 : s <= 1).toBe(true);
          else expect(close(s, e)).toBe(true);
        });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('restricted basis entry finds the same θ as one LP over all units', () => {
    const solver = createSimplexSolver();
    fc.assert(
      fc.property(dataSet, model, (d, mdl) => {
        const options: DeaOptions = { ...d, ...mdl, slack: false };
        const fast = dea(options).units;
        const data = parseDeaOptions(options);
        const all = Array.from({ length: data.n }, (_, j) => j);
        fast.forEach((u, k) => {
          const full = solver.solve(buildEnvelopmentLp(data, k, all, { kind: 'efficiency' }));
          expect(full.status).toBe('optimal');
          if (full.status === 'optimal')
            expect(close(u.objective, full.objective, 1e-9)).toBe(true);
        });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('returns λ that reproduce the targets and slacks that are never negative', () => {
    fc.assert(
      fc.property(dataSet, model, (d, mdl) => {
        for (const u of dea({ ...d, ...mdl }).units) {
          u.inputTargets.forEach((t, i) => {
            const sum = u.lambda.reduce((s, w) => s + w.weight * (d.inputs[w.unit]?.[i] ?? NaN), 0);
            expect(close(sum, t, 1e-7)).toBe(true);
          });
          u.outputTargets.forEach((t, r) => {
            const sum = u.lambda.reduce(
              (s, w) => s + w.weight * (d.outputs[w.unit]?.[r] ?? NaN),
              0,
            );
            expect(close(sum, t, 1e-7)).toBe(true);
          });
          expect(
            [...(u.slacks?.input ?? []), ...(u.slacks?.output ?? [])].every((v) => v >= 0),
          ).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
