import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import { resolvePeerGroup } from '../peers/index.ts';
import { compareDevelopment, computeCagr, type DevelopmentInput } from './index.ts';

const codes = ['101', '147', '151', '153', '155'];
const input: DevelopmentInput = {
  keyFigureId: 'udgifter-aeldre-pr-67-aarig',
  codes,
  years: [2020, 2021, 2022],
  values: [
    [100, 80, 100, 120, 50],
    [110, 90, null, 120, 60],
    [121, 100, 110, 120, 100],
  ],
};
const group = resolvePeerGroup('101', { kind: 'list', codes: ['147', '151', '153'] }, { codes });

describe('computeCagr(first, last, years)', () => {
  it('is the compound annual growth', () => {
    expect(computeCagr(100, 121, 2)).toBeCloseTo(0.1, 14); // √(121/100) − 1
    expect(computeCagr(0, 121, 2)).toBeNull();
    expect(computeCagr(100, null, 2)).toBeNull();
  });
});

describe('compareDevelopment(code, input, group, options)', () => {
  it('indexes us against the group mean each year', () => {
    // group means: 2020 (80 + 100 + 120)/3 = 100; 2021 (90 + 120)/2 = 105 (151 missing);
    // 2022 (100 + 110 + 120)/3 = 110. r = 100/100, 110/105, 121/110.
    const d = compareDevelopment('101', input, group, { from: 2020, to: 2022 });
    expect(d.series.map((p) => p.groupMean)).toEqual([100, 105, 110]);
    expect(d.series[1]?.groupMissing).toEqual(['151']);
    expect(d.series.map((p) => p.index)).toEqual([1, 110 / 105, 1.1]);
    // own: 1 → 1.1, change 0.1; CAGR √(121/100) − 1 = 0.1
    expect(d.own.change).toBeCloseTo(0.1, 14);
    expect(d.own.relativeChange).toBeCloseTo(0.1, 14);
    expect(d.own.cagr).toBeCloseTo(0.1, 14);
  });

  it('gives the group median each year and our value against it, 100 = the median', () => {
    // medians: 2020 of 80, 100, 120 = 100; 2021 of 90, 120 (151 missing) = 105;
    // 2022 of 100, 110, 120 = 110 (the mean, too, here); our 100, 110, 121.
    const d = compareDevelopment('101', input, group, { from: 2020, to: 2022 });
    expect(d.series.map((p) => p.groupMedian)).toEqual([100, 105, 110]);
    expect(d.series.map((p) => p.medianIndex)).toEqual([
      100,
      expect.closeTo((110 / 105) * 100, 12),
      expect.closeTo(110, 12),
    ]);
  });

  it('takes the middle of the members for the median, not the mean', () => {
    const skewed: DevelopmentInput = {
      ...input,
      years: [2020, 2021],
      values: [
        [100, 10, 20, 600, 0],
        [50, 10, 20, 600, 0],
      ],
    };
    const d = compareDevelopment('101', skewed, group, { from: 2020, to: 2021 });
    expect(d.series.map((p) => p.groupMean)).toEqual([210, 210]);
    expect(d.series.map((p) => p.groupMedian)).toEqual([20, 20]);
    expect(d.series.map((p) => p.medianIndex)).toEqual([500, 250]);
  });

  it('ranks the municipalities whose development differs most from ours', () => {
    // changes of r against our group's mean: 147 0.8 → 100/110 (+0.10909), 151 1 → 1 (0),
    // 153 1.2 → 120/110 (−0.10909); minus our +0.1: 0.00909, −0.1, −0.20909
    const d = compareDevelopment('101', input, group, { from: 2020, to: 2022 });
    expect(d.others.map((o) => o.code)).toEqual(['153', '151', '147']);
    expect(d.others.map((o) => o.difference)).toEqual([
      expect.closeTo(120 / 110 - 1.2 - 0.1, 12),
      expect.closeTo(-0.1, 12),
      expect.closeTo(100 / 110 - 0.8 - 0.1, 12),
    ]);
    expect(d.others[0]?.textDa).toBe(
      'Brøndby: relativt niveau 1,20 → 1,09 (−0,11) 2020–2022, mod jeres 1,00 → 1,10 (+0,10); forskel −0,21 indekspoint.',
    );
  });

  it('can look among all municipalities and limit the list', () => {
    // 155: 0.5 → 100/110, change +0.40909, difference +0.30909: the most different
    const d = compareDevelopment('101', input, group, {
      from: 2020,
      to: 2022,
      among: 'all',
      limit: 2,
    });
    expect(d.others.map((o) => o.code)).toEqual(['155', '153']);
  });

  it('leaves out and reports municipalities without a value at an end of the window', () => {
    const d = compareDevelopment('101', input, group, { from: 2021, to: 2022 });
    expect(d.leftOut).toEqual([{ code: '151', reason: 'missing-from' }]);
    const noOwn = {
      ...input,
      values: [input.values[0] ?? [], input.values[1] ?? [], [null, 100, 110, 120, 100]],
    };
    const e = compareDevelopment('101', noOwn, group, { from: 2020, to: 2022 });
    expect([e.own.change, e.others]).toEqual([null, []]);
  });

  it('refuses a bad window, mismatched lengths and a group of another municipality', () => {
    expect(() => compareDevelopment('101', input, group, { from: 2022, to: 2020 })).toThrow(
      InvalidInputError,
    );
    expect(() => compareDevelopment('101', input, group, { from: 2019, to: 2022 })).toThrow(/2019/);
    expect(() =>
      compareDevelopment('101', { ...input, values: [[1, 2], [1], [1]] }, group, {
        from: 2020,
        to: 2022,
      }),
    ).toThrow(InvalidInputError);
    expect(() => compareDevelopment('147', input, group, { from: 2020, to: 2022 })).toThrow(
      /Gruppen/,
    );
    expect(() =>
      compareDevelopment('101', input, group, { from: 2020, to: 2022, limit: -1 }),
    ).toThrow(/limit/);
  });
});
