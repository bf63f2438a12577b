import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import {
  buildPeerGroups,
  resolvePeerGroup,
  type PeerGroup,
  type PeerVariable,
} from '../peers/index.ts';
import {
  computeBenchmark,
  computeBenchmarks,
  fitUnitCostModel,
  standardLevels,
  type BenchmarkInput,
  type BenchmarkLevel,
} from './index.ts';

// 101 is compared with 147, 151, 153, 155, 157; 155 has no unit cost.
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
const value = (level: BenchmarkLevel, i: BenchmarkInput = input, g: PeerGroup = group) =>
  computeBenchmark('101', i, g, level).value;

describe('computeBenchmark(code, input, group, level)', () => {
  it('computes the unweighted mean and reports the value left out', () => {
    // (80 + 90 + 120 + 70) / 4 = 360 / 4 = 90; 155 has no value
    const r = computeBenchmark('101', input, group, { kind: 'mean' });
    expect(r.value).toBe(90);
    expect(r.leftOut).toEqual([{ code: '155', reason: 'missing-unit-cost' }]);
    expect(r.used.map((u) => u.code)).toEqual(['147', '151', '153', '157']);
    expect(r.ownValue).toBe(100);
    expect(r.ownVolume).toBe(10);
  });

  it('computes the ratio of sums ΣC/ΣQ', () => {
    // C = c·Q: 80·20 = 1600, 90·10 = 900, 120·30 = 3600, 70·40 = 2800; ΣC = 8900, ΣQ = 100
    expect(value({ kind: 'ratio-of-sums' })).toBe(89);
  });

  it('computes the median and percentiles', () => {
    // sorted 70, 80, 90, 120: median (80 + 90)/2 = 85; p25: h = 0.75, 70 + 0.75·10 = 77.5;
    // p90: h = 2.7, 90 + 0.7·30 = 111
    expect(value({ kind: 'median' })).toBe(85);
    expect(value({ kind: 'percentile', p: 25 })).toBe(77.5);
    expect(value({ kind: 'percentile', p: 90 })).toBeCloseTo(111, 12);
  });

  it('finds the best by polarity, naming the municipality', () => {
    const low = computeBenchmark('101', input, group, { kind: 'best' });
    expect([low.value, low.referenceCode]).toEqual([70, '157']);
    const high = computeBenchmark('101', { ...input, polarity: 'higher-is-better' }, group, {
      kind: 'best',
    });
    expect([high.value, high.referenceCode]).toEqual([120, '153']);
  });

  it('uses one chosen municipality, but never the municipality itself', () => {
    expect(value({ kind: 'municipality', code: '153' })).toBe(120);
    const self = computeBenchmark('101', input, group, { kind: 'municipality', code: '101' });
    expect([self.value, self.unavailable?.reason]).toEqual([null, 'chosen-is-self']);
    const missing = computeBenchmark('101', input, group, { kind: 'municipality', code: '155' });
    expect(missing.unavailable?.reason).toBe('chosen-missing');
  });

  it('adjusts for need: E_i × median of c_j / E_j', () => {
    // c/E: 80/0.8 = 100, 90/1 = 90, 120/1.5 = 80, 70/0.5 = 140; median of 80, 90, 100, 140
    // = (90 + 100)/2 = 95; E_101 = 1.2, so c* = 1.2 · 95 = 114
    const r = computeBenchmark('101', input, group, { kind: 'need-adjusted' });
    expect(r.value).toBeCloseTo(114, 12);
    expect([r.ownNeed, r.groupMedian]).toEqual([1.2, 95]);
    const noNeed = { ...input, need: [null, 0.8, 1, 1.5, 1, 0.5] };
    expect(
      computeBenchmark('101', noNeed, group, { kind: 'need-adjusted' }).unavailable?.reason,
    ).toBe('own-need-missing');
    const zeroNeed = { ...input, need: [1.2, 0, 1, 1.5, 1, 0.5] };
    expect(computeBenchmark('101', zeroNeed, group, { kind: 'need-adjusted' }).leftOut).toEqual([
      { code: '147', reason: 'missing-need' },
      { code: '155', reason: 'missing-unit-cost' },
    ]);
  });

  it('adjusts by regression: ŷ_i + the group’s median residual', () => {
    // c = 10 + 2x + e, e = (1, −1, −1, 1) orthogonal to 1 and x: OLS gives 10 and 2, fitted
    // 12, 14, 16, 18. 155 has x = 5 but no c: ŷ = 20, and it is not in the fit.
    const x: PeerVariable = {
      name: 'x',
      nameDa: 'x',
      keyFigureId: 'x',
      transform: 'identity',
      weight: 1,
    };
    const regCodes = ['101', '147', '151', '153', '155'];
    const unitCost = [13, 13, 15, 19, null];
    const model = fitUnitCostModel({
      keyFigureId: 'k',
      year: 2023,
      codes: regCodes,
      unitCost,
      structure: { x: [1, 2, 3, 4, 5] },
      variables: [x],
    });
    expect(model.coefficients[0]?.coefficient).toBeCloseTo(2, 10);
    expect(model.excluded).toEqual([{ code: '155', reason: 'missing-unit-cost' }]);
    const reg: BenchmarkInput = {
      keyFigureId: 'k',
      year: 2023,
      polarity: 'lower-is-better',
      codes: regCodes,
      unitCost,
      model,
    };
    // 101: ŷ = 12; residuals of 147, 151, 153 = −1, −1, 1, median −1; c* = 12 − 1 = 11
    const g101 = resolvePeerGroup('101', { kind: 'all' }, { codes: regCodes });
    const r = computeBenchmark('101', reg, g101, { kind: 'regression-adjusted' });
    expect(r.value).toBeCloseTo(11, 10);
    expect(r.leftOut).toEqual([{ code: '155', reason: 'missing-unit-cost' }]);
    // 155: ŷ = 20; residuals 1, −1, −1, 1, median 0; c* = 20
    const g155 = resolvePeerGroup('155', { kind: 'all' }, { codes: regCodes });
    expect(computeBenchmark('155', reg, g155, { kind: 'regression-adjusted' }).value).toBeCloseTo(
      20,
      10,
    );
  });

  it('says why no benchmark could be computed', () => {
    const empty = resolvePeerGroup('101', { kind: 'list', codes: [] }, { codes });
    expect(computeBenchmark('101', input, empty, { kind: 'mean' }).unavailable?.reason).toBe(
      'empty-group',
    );
    const onlyMissing = resolvePeerGroup('101', { kind: 'list', codes: ['155'] }, { codes });
    const r = computeBenchmark('101', input, onlyMissing, { kind: 'median' });
    expect([r.value, r.unavailable?.reason]).toEqual([null, 'no-values']);
  });

  it('refuses bad parameters', () => {
    expect(() => value({ kind: 'percentile', p: 101 })).toThrow(InvalidInputError);
    expect(() => value({ kind: 'percentile', p: -1 })).toThrow(InvalidInputError);
    expect(() => value({ kind: 'best' }, { ...input, polarity: 'neutral' })).toThrow(/neutralt/);
    const { volume: _volume, ...withoutVolume } = input;
    expect(() => value({ kind: 'ratio-of-sums' }, withoutVolume)).toThrow(/volumen/);
    expect(() => value({ kind: 'regression-adjusted' })).toThrow(/model/);
    expect(() => value({ kind: 'municipality', code: '999' })).toThrow(/999/);
    expect(() => value({ kind: 'mean' }, { ...input, unitCost: [1, 2, 3] })).toThrow(/3 værdier/);
    expect(() => computeBenchmark('147', input, group, { kind: 'mean' })).toThrow(/Gruppen/);
  });
});

describe('computeBenchmarks(input, groups, level)', () => {
  it('gives every municipality the same number as computeBenchmark', () => {
    for (const spec of [
      { kind: 'all' },
      { kind: 'list', codes: ['147', '153', '155', '157'] },
    ] as const) {
      const groups = buildPeerGroups(spec, { codes });
      const levels: BenchmarkLevel[] = [
        ...standardLevels('lower-is-better').filter((l) => l.kind !== 'regression-adjusted'),
        { kind: 'percentile', p: 90 },
        { kind: 'municipality', code: '153' },
      ];
      for (const level of levels) {
        const batch = computeBenchmarks(input, groups, level);
        for (const [i, code] of codes.entries()) {
          const one = computeBenchmark(code, input, resolvePeerGroup(code, spec, { codes }), level);
          expect(one.value ?? NaN).toBe(batch[i]);
        }
      }
    }
  });

  it('refuses groups built on another code list', () => {
    const groups = buildPeerGroups({ kind: 'all' }, { codes: ['101', '147'] });
    expect(() => computeBenchmarks(input, groups, { kind: 'mean' })).toThrow(InvalidInputError);
  });
});
