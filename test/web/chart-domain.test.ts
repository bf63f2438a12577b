import { describe, expect, it } from 'vitest';
import {
  breaksWithin,
  framedDomain,
  indexAgainst,
  indexDomain,
  segmentOf,
  tooFewYears,
  valueDomain,
} from '../../src/charts/index.ts';

describe('valueDomain(values)', () => {
  it('starts at zero for positive amounts, with room above the highest', () => {
    const d = valueDomain([80, 120]);
    expect(d.domain[0]).toBe(0);
    expect(d.domain[1]).toBeCloseTo(127.2, 10);
    expect(d.broken).toBe(false);
  });

  it('reaches down to a negative value and up to zero for all-negative ones', () => {
    expect(valueDomain([-50, 100]).domain[0]).toBeLessThan(-50);
    expect(valueDomain([-50, -10]).domain).toEqual([-53, 0]);
  });

  it('leaves out missing and non-finite values, and gives 0–1 for nothing', () => {
    expect(valueDomain([Number.NaN, 10]).domain[1]).toBeCloseTo(10.6, 10);
    expect(valueDomain([])).toEqual({ domain: [0, 1], broken: false });
  });
});

describe('indexDomain(values)', () => {
  it('frames the values and 100, not from zero, and says the axis is broken', () => {
    const d = indexDomain([90, 112]);
    expect(d.broken).toBe(true);
    expect(d.domain[0]).toBeCloseTo(90 - 22 * 0.15, 10);
    expect(d.domain[1]).toBeCloseTo(112 + 22 * 0.15, 10);
  });

  it('always includes 100, the reference', () => {
    const [lo, hi] = indexDomain([120, 140]).domain;
    expect(lo).toBeLessThan(100);
    expect(hi).toBeGreaterThan(140);
  });

  it('starts at zero, unbroken, when the values come near zero', () => {
    expect(indexDomain([10, 100])).toEqual({ domain: [0, 113.5], broken: false });
  });
});

describe('framedDomain(values)', () => {
  it('frames values far from zero and says the axis is broken', () => {
    const d = framedDomain([900, 1100]);
    expect(d.domain[0]).toBeCloseTo(870, 10);
    expect(d.domain[1]).toBeCloseTo(1130, 10);
    expect(d.broken).toBe(true);
  });

  it('starts at zero when the values come near it', () => {
    expect(framedDomain([10, 100])).toEqual({ domain: [0, 113.5], broken: false });
  });

  it('is not broken when the values straddle zero', () => {
    expect(framedDomain([-10, 10]).broken).toBe(false);
  });
});

describe('indexAgainst(value, reference)', () => {
  it('is the value over the reference times 100', () => {
    expect(indexAgainst(110, 100)).toBe(110);
    expect(indexAgainst(45, 60)).toBe(75);
  });

  it('is null without a value, without a reference or for a reference of 0', () => {
    expect(indexAgainst(null, 100)).toBeNull();
    expect(indexAgainst(100, null)).toBeNull();
    expect(indexAgainst(100, 0)).toBeNull();
    expect(indexAgainst(Number.NaN, 100)).toBeNull();
  });
});

describe('segmentOf(year, breaks)', () => {
  it('counts the breaks at or before the year, so no line crosses a break', () => {
    expect(segmentOf(2003, [2004, 2018])).toBe(0);
    expect(segmentOf(2004, [2004, 2018])).toBe(1);
    expect(segmentOf(2017, [2004, 2018])).toBe(1);
    expect(segmentOf(2018, [2004, 2018])).toBe(2);
  });
});

describe('breaksWithin(breaks, from, to)', () => {
  it('keeps the breaks after the first year shown up to the last, once and in order', () => {
    expect(breaksWithin([2018, 2004, 2018], 2010, 2019)).toEqual([2018]);
    expect(breaksWithin([2010, 2019], 2010, 2019)).toEqual([2019]);
    expect(breaksWithin([2020], 2010, 2019)).toEqual([]);
  });
});

describe('tooFewYears(years)', () => {
  it('is true below three distinct years', () => {
    expect(tooFewYears([])).toBe(true);
    expect(tooFewYears([2018, 2019])).toBe(true);
    expect(tooFewYears([2018, 2018, 2019])).toBe(true);
    expect(tooFewYears([2017, 2018, 2019])).toBe(false);
  });
});
