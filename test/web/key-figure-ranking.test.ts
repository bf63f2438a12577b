import { describe, expect, it } from 'vitest';
import { medianOf } from '../../src/web/charts/median.ts';
import { bestValue, rankByPolarity } from '../../src/core/index.ts';

const rows = (...values: (number | null)[]) =>
  values.map((value, i) => ({ code: String(i), value }));
const ranks = (ranked: { row: { code: string }; rank: number | null }[]) =>
  ranked.map((r) => [r.row.code, r.rank]);

describe('rankByPolarity(rows, polarity)', () => {
  it('ranks the lowest value first when lower is better', () => {
    expect(ranks(rankByPolarity(rows(30, 10, 20), 'lower-is-better'))).toEqual([
      ['1', 1],
      ['2', 2],
      ['0', 3],
    ]);
  });
  it('ranks the highest value first when higher is better, and for a neutral figure', () => {
    for (const polarity of ['higher-is-better', 'neutral'])
      expect(ranks(rankByPolarity(rows(30, 10, 20), polarity))).toEqual([
        ['0', 1],
        ['2', 2],
        ['1', 3],
      ]);
  });
  it('gives ties the same rank and skips the ranks they take (1, 2, 2, 4)', () => {
    expect(rankByPolarity(rows(1, 2, 2, 3), 'lower-is-better').map((r) => r.rank)).toEqual([
      1, 2, 2, 4,
    ]);
  });
  it('puts rows without a value last, unranked, in their order', () => {
    expect(ranks(rankByPolarity(rows(null, 5, null, 4), 'lower-is-better'))).toEqual([
      ['3', 1],
      ['1', 2],
      ['0', null],
      ['2', null],
    ]);
  });
});

describe('medianOf(values)', () => {
  it('is the middle value, or the mean of the two middle ones, ignoring nulls', () => {
    expect(medianOf([3, null, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
  });
  it('is null without values', () => {
    expect(medianOf([null, null])).toBeNull();
  });
});

describe('bestValue(values, polarity)', () => {
  it('is the lowest when lower is better and the highest when higher is better', () => {
    expect(bestValue([3, null, 1], 'lower-is-better')).toBe(1);
    expect(bestValue([3, null, 1], 'higher-is-better')).toBe(3);
  });
  it('is null for a neutral figure or without values', () => {
    expect(bestValue([3, 1], 'neutral')).toBeNull();
    expect(bestValue([null], 'lower-is-better')).toBeNull();
  });
});
