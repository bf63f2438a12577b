import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Polarity } from '../key-figures/index.ts';
import { bestValue, rankAmong, rankByPolarity, rankDirection } from './rank.ts';

const POLARITIES: readonly Polarity[] = ['lower-is-better', 'higher-is-better', 'neutral'];
const rows = (...values: (number | null)[]) =>
  values.map((value, i) => ({ code: String(i), value }));
const ranks = (ranked: readonly { row: { code: string }; rank: number | null }[]) =>
  ranked.map((r) => [r.row.code, r.rank]);

describe('rankDirection(polarity)', () => {
  it('ranks lower-is-better from the lowest, higher-is-better and neutral from the highest', () => {
    expect(rankDirection('lower-is-better')).toBe('lowest-first');
    expect(rankDirection('higher-is-better')).toBe('highest-first');
    expect(rankDirection('neutral')).toBe('highest-first');
  });
  it('ranks a string that is not a polarity (from JSON) as neutral', () => {
    expect(rankDirection('sideways')).toBe('highest-first');
    expect(bestValue([3, 1], 'sideways')).toBeNull();
  });
});

describe('rankByPolarity(rows, polarity) (hand-checked)', () => {
  it('ranks 30, 10, 20 as 3, 1, 2 when lower is better', () => {
    expect(ranks(rankByPolarity(rows(30, 10, 20), 'lower-is-better'))).toEqual([
      ['1', 1],
      ['2', 2],
      ['0', 3],
    ]);
  });
  it('ranks 30, 10, 20 as 1, 3, 2 when higher is better and for a neutral figure', () => {
    for (const polarity of ['higher-is-better', 'neutral'] as const)
      expect(ranks(rankByPolarity(rows(30, 10, 20), polarity))).toEqual([
        ['0', 1],
        ['2', 2],
        ['1', 3],
      ]);
  });
  it('gives ties the better rank and skips the ranks they take (5, 7, 7, 9 → 1, 2, 2, 4)', () => {
    expect(ranks(rankByPolarity(rows(7, 5, 9, 7), 'lower-is-better'))).toEqual([
      ['1', 1],
      ['0', 2],
      ['3', 2],
      ['2', 4],
    ]);
    expect(ranks(rankByPolarity(rows(7, 5, 9, 7), 'neutral'))).toEqual([
      ['2', 1],
      ['0', 2],
      ['3', 2],
      ['1', 4],
    ]);
  });
  it('puts null, NaN and infinite values last, unranked, in their order', () => {
    expect(
      ranks(rankByPolarity(rows(null, 5, Number.NaN, 4, Infinity), 'higher-is-better')),
    ).toEqual([
      ['1', 1],
      ['3', 2],
      ['0', null],
      ['2', null],
      ['4', null],
    ]);
  });
});

describe('rankAmong(own, others, polarity) (hand-checked)', () => {
  // Own 5 among 3, 5 (a tie), 8 and a missing value.
  const others = [3, 5, 8, null];
  it('is 1 + how many rank strictly before, counting only values', () => {
    expect(rankAmong(5, others, 'lower-is-better')).toEqual({ rank: 2, of: 4 });
    expect(rankAmong(5, others, 'higher-is-better')).toEqual({ rank: 2, of: 4 });
    expect(rankAmong(8, [3, 5, 5], 'neutral')).toEqual({ rank: 1, of: 4 });
    expect(rankAmong(3, [5, 5, 8], 'neutral')).toEqual({ rank: 4, of: 4 });
  });
  it('is null without an own value, and then counts only the others with a value', () => {
    expect(rankAmong(null, others, 'lower-is-better')).toEqual({ rank: null, of: 3 });
    expect(rankAmong(Number.NaN, [], 'neutral')).toEqual({ rank: null, of: 0 });
  });
});

describe('bestValue(values, polarity)', () => {
  it('is the rank-1 value of a figure with a better end, and null for a neutral one', () => {
    expect(bestValue([3, null, 1], 'lower-is-better')).toBe(1);
    expect(bestValue([3, null, 1], 'higher-is-better')).toBe(3);
    expect(bestValue([3, 1], 'neutral')).toBeNull();
    expect(bestValue([null, Number.NaN], 'lower-is-better')).toBeNull();
  });
});

describe('ranking (properties)', () => {
  const value = fc.option(fc.integer({ min: -50, max: 50 }), { nil: null });
  const polarity = fc.constantFrom(...POLARITIES);

  it('rankByPolarity and rankAmong give every row the same rank (ties, nulls, polarity)', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), polarity, (values, p) => {
        const ranked = rankByPolarity(rows(...values), p);
        expect(ranked).toHaveLength(values.length);
        const present = values.filter((v) => v !== null).length;
        for (const { row, rank } of ranked) {
          const i = Number(row.code);
          const others = values.filter((_, j) => j !== i);
          expect(rank).toEqual(rankAmong(values[i] ?? null, others, p).rank);
          expect(rank === null).toBe(row.value === null);
        }
        // Ranked rows come first, in non-decreasing rank order, from 1 up to at most `present`.
        const given = ranked.map((r) => r.rank);
        const ranked1 = given.filter((r): r is number => r !== null);
        expect(given.slice(0, ranked1.length)).toEqual(ranked1);
        expect(ranked1).toEqual([...ranked1].sort((a, b) => a - b));
        if (present > 0) expect(ranked1[0]).toBe(1);
        for (const r of ranked1) expect(r).toBeLessThanOrEqual(present);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('equal values share a rank, and the neutral order is the higher-is-better order', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (values) => {
        const byCode = (p: Polarity) =>
          new Map(rankByPolarity(rows(...values), p).map((r) => [r.row.code, r.rank]));
        const neutral = byCode('neutral');
        expect(neutral).toEqual(byCode('higher-is-better'));
        values.forEach((a, i) =>
          values.forEach((b, j) => {
            if (a !== null && a === b) expect(neutral.get(String(i))).toBe(neutral.get(String(j)));
          }),
        );
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });

  it('reversing the values turns the lowest-first ranks into the highest-first ones', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (values) => {
        const low = rankByPolarity(rows(...values), 'lower-is-better');
        const high = rankByPolarity(
          rows(...values.map((v) => (v === null ? null : -v))),
          'higher-is-better',
        );
        expect(ranks(high)).toEqual(ranks(low));
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
