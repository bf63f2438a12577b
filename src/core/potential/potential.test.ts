import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeBenchmark,
  computeBenchmarks,
  type BenchmarkInput,
  type BenchmarkLevel,
} from '../benchmark/index.ts';
import { InvalidInputError } from '../diagnostics/index.ts';
import { buildPeerGroups, resolvePeerGroup } from '../peers/index.ts';
import {
  computeCorridor,
  computePotential,
  computePotentials,
  potentialOf,
  summariseCorridor,
} from './index.ts';

// The fixture of the benchmark tests: 101 (c = 100, Q = 10, E = 1.2) against 147…157.
const codes = ['101', '147', '151', '153', '155', '157'];
const input: BenchmarkInput = {
  keyFigureId: 'udgifter-aeldre-pr-67-aarig',
  year: 2023,
  polarity: 'lower-is-better',
  codes,
  unitCost: [100, 80, 90, 120, null, 70],
  volume: [10, 20, 10, 30, 5, 40],
  need: [1.2, 0.8, 1, 1.5, 1, 0.5],
};
const group = resolvePeerGroup('101', { kind: 'all' }, { codes });
const potential = (level: BenchmarkLevel, i: BenchmarkInput = input) =>
  computePotential(computeBenchmark('101', i, group, level));

describe('potentialOf(unitCost, benchmark, volume, polarity)', () => {
  it('is (c − c*) × Q, turned for higher-is-better', () => {
    expect(potentialOf(100, 85, 10, 'lower-is-better')).toBe(150);
    expect(potentialOf(80, 85, 10, 'lower-is-better')).toBe(-50);
    expect(potentialOf(80, 85, 10, 'higher-is-better')).toBe(50);
  });
});

describe('computePotential(benchmark)', () => {
  it('gives the signed value and max(0, ·) against the median', () => {
    // median 85: (100 − 85) × 10 = 150
    const p = potential({ kind: 'median' });
    expect([p.unitCost, p.benchmark, p.volume, p.signed, p.positive]).toEqual([
      100, 85, 10, 150, 150,
    ]);
    expect(p.basis.used.map((u) => u.code)).toEqual(['147', '151', '153', '157']);
  });

  it('is negative with a zero potential below the benchmark (mindreforbrug)', () => {
    // need-adjusted 114: (100 − 114) × 10 = −140
    const p = potential({ kind: 'need-adjusted' });
    expect(p.signed).toBeCloseTo(-140, 10);
    expect(p.positive).toBe(0);
  });

  it('says why it is missing', () => {
    expect(
      potential({ kind: 'median' }, { ...input, volume: [null, 20, 10, 30, 5, 40] }).unavailable
        ?.reason,
    ).toBe('missing-volume');
    expect(
      potential({ kind: 'median' }, { ...input, unitCost: [null, 80, 90, 120, null, 70] }).signed,
    ).toBeNull();
    expect(potential({ kind: 'municipality', code: '155' }).unavailable?.reason).toBe(
      'missing-benchmark',
    );
  });
});

describe('computeCorridor(code, input, group, levels)', () => {
  it('spans the levels the input supports, naming the level of each end', () => {
    // mean 90 → 100, ratio of sums 89 → 110, median 85 → 150, p25 77.5 → 225, best 70 → 300,
    // need-adjusted 114 → −140; regression-adjusted is skipped (no model in the input)
    const c = computeCorridor('101', input, group);
    expect(c.potentials.map((p) => p.levelKey)).toEqual([
      'mean',
      'ratio-of-sums',
      'median',
      'p25',
      'best',
      'need-adjusted',
    ]);
    expect(c.potentials.map((p) => Math.round(p.signed ?? NaN))).toEqual([
      100, 110, 150, 225, 300, -140,
    ]);
    expect([c.min?.levelKey, c.max?.levelKey, c.max?.signed]).toEqual([
      'need-adjusted',
      'best',
      300,
    ]);
    expect(c.min?.positive).toBe(0);
  });

  it('refuses to mix municipalities', () => {
    const other = computePotential(
      computeBenchmark('147', input, resolvePeerGroup('147', { kind: 'all' }, { codes }), {
        kind: 'mean',
      }),
    );
    expect(() => summariseCorridor([potential({ kind: 'mean' }), other])).toThrow(
      InvalidInputError,
    );
    expect(() => summariseCorridor([])).toThrow(InvalidInputError);
  });
});

describe('computePotentials(unitCost, benchmarks, volume, polarity)', () => {
  it('gives every municipality the number of computePotential', () => {
    const groups = buildPeerGroups({ kind: 'all' }, { codes });
    const level: BenchmarkLevel = { kind: 'median' };
    const batch = computePotentials(
      input.unitCost,
      computeBenchmarks(input, groups, level),
      input.volume ?? [],
      input.polarity,
    );
    for (const [i, code] of codes.entries()) {
      const one = computePotential(
        computeBenchmark(code, input, resolvePeerGroup(code, { kind: 'all' }, { codes }), level),
      );
      expect(one.signed ?? NaN).toBe(batch[i]);
    }
  });
});

describe('potential properties', () => {
  it('is at least as large against the best as against the median (lower-is-better)', () => {
    const value = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (values, volume) => {
          const cs = codesFor(values.length);
          const own = values[0] ?? null;
          const i: BenchmarkInput = {
            keyFigureId: 'k',
            year: 2023,
            polarity: 'lower-is-better',
            codes: cs,
            unitCost: values,
            volume: values.map(() => volume),
          };
          const g = resolvePeerGroup(cs[0] ?? '', { kind: 'all' }, { codes: cs });
          const best = computePotential(computeBenchmark(cs[0] ?? '', i, g, { kind: 'best' }));
          const median = computePotential(computeBenchmark(cs[0] ?? '', i, g, { kind: 'median' }));
          expect(best.signed === null).toBe(median.signed === null);
          if (own !== null && best.signed !== null && median.signed !== null) {
            expect(best.signed).toBeGreaterThanOrEqual(median.signed);
            expect(best.positive ?? NaN).toBeGreaterThanOrEqual(median.positive ?? NaN);
          }
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

function codesFor(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(101 + i));
}
