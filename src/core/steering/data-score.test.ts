import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandScore,
  budgetDeviation,
  dataScore,
  developmentComparison,
  INDICATOR_CENTRES,
  levelComparison,
  type DataIndicator,
  type IndicatorId,
} from './data-score.ts';
import { DATA_BANDS } from './thresholds.ts';

const SEED = 20261207;

const indicator = (id: IndicatorId, score: number | null): DataIndicator => ({
  id,
  centres: INDICATOR_CENTRES[id],
  keyFigures: [],
  years: [2018],
  value: score === null ? null : 1,
  unit: '',
  unitEn: '',
  peerMedian: null,
  peers: 10,
  relative: null,
  score,
  prices: null,
  yearKind: 'accounts',
  missingDa: null,
  missingEn: null,
});

describe('the data score of the economic-financial centre', () => {
  it('bands a level: −10 % or less gives 5, −3 % 4, under +3 % 3, under +10 % 2, else 1', () => {
    const b = DATA_BANDS.level;
    expect(
      [-25, -10, -9.99, -3, -2.99, 0, 2.99, 3, 9.99, 10, 40].map((v) => bandScore(v, b)),
    ).toEqual([5, 5, 4, 4, 3, 3, 3, 2, 2, 1, 1]);
  });
  it('compares a level with the peers’ median (hand-checked: 766 adults 2018)', () => {
    // Hedensted 2018: 10 075 kr. pr. 18-66-årig against its ten peers' median 8 236: +22 %.
    const peers = [
      8000, 8235.573459666284, 8300, 7000, 9000, 8100, 8235.573459666284, 9100, 8400, 8000,
    ];
    const c = levelComparison(10075.184713850571, peers);
    expect(c?.peerMedian).toBeCloseTo(8235.573459666284, 9);
    expect(c?.relative).toBeCloseTo(22.337378971771436, 9);
    expect(c?.score).toBe(1);
    expect(levelComparison(100, [])).toBeNull();
    expect(levelComparison(100, [0, 0])).toBeNull();
  });
  it('compares growth factors, which do not depend on the price level', () => {
    // Own +10 %, peers' median +0 %: 10 % above, score 1; own −6 % against +0 %: score 5.
    expect(developmentComparison({ from: 100, to: 110 }, [{ from: 100, to: 100 }])).toMatchObject({
      relative: expect.closeTo(10, 9),
      score: 1,
    });
    expect(
      developmentComparison({ from: 100, to: 94 }, [
        { from: 50, to: 50 },
        { from: 10, to: 11 },
        { from: 10, to: 9 },
      ]),
    ).toMatchObject({ relative: expect.closeTo(-6, 9), score: 5 });
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 1e5, noNaN: true }),
        fc.double({ min: 10, max: 1e5, noNaN: true }),
        fc.array(
          fc.record({
            from: fc.double({ min: 10, max: 1e5, noNaN: true }),
            to: fc.double({ min: 10, max: 1e5, noNaN: true }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (from, to, peers, deflator) => {
          const a = developmentComparison({ from, to }, peers);
          const b = developmentComparison(
            { from: from * deflator, to: to * deflator * 1.0 },
            peers.map((p) => ({ from: p.from * deflator, to: p.to * deflator })),
          );
          expect(b?.relative).toBeCloseTo(a?.relative ?? NaN, 6);
          expect(b?.score).toBe(a?.score);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('bands the budget deviation inclusively: ≤ 2 % gives 5, ≤ 5 % 4, ≤ 10 % 3, ≤ 15 % 2', () => {
    expect(
      budgetDeviation([
        { year: 2021, budget: 100, accounts: 104 },
        { year: 2022, budget: 100, accounts: 92 },
      ]),
    ).toEqual({ percent: 6, score: 3 });
    expect(budgetDeviation([{ year: 2021, budget: 100, accounts: 102 }])?.score).toBe(5);
    expect(budgetDeviation([{ year: 2021, budget: 100, accounts: 105 }])?.score).toBe(4);
    expect(budgetDeviation([{ year: 2021, budget: 100, accounts: 115 }])?.score).toBe(2);
    expect(budgetDeviation([{ year: 2021, budget: 100, accounts: 116 }])?.score).toBe(1);
    expect(budgetDeviation([{ year: 2021, budget: 0, accounts: 5 }])).toBeNull();
  });
  it('is the mean of the scored components, needing two; the prevention share never counts', () => {
    // 766 on the real data: level adults 1, level children 2, development children 5.
    const s = dataScore([
      indicator('unit-cost-adults', 1),
      indicator('development-adults', null),
      indicator('unit-cost-children', 2),
      indicator('development-children', 5),
      indicator('budget-deviation', null),
      indicator('prevention-share', 5),
    ]);
    expect(s.score).toBeCloseTo(8 / 3, 12);
    expect(s.grade).toBe('C');
    expect(s.components).toEqual([
      'unit-cost-adults',
      'unit-cost-children',
      'development-children',
    ]);
    expect(dataScore([indicator('unit-cost-adults', 5), indicator('prevention-share', 5)])).toEqual(
      {
        score: null,
        grade: null,
        components: [],
      },
    );
  });
  it('stays on the scale and between its lowest and highest component (property)', () => {
    const ids: IndicatorId[] = [
      'unit-cost-adults',
      'unit-cost-children',
      'development-adults',
      'development-children',
      'budget-deviation',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
          minLength: 5,
          maxLength: 5,
        }),
        (scores) => {
          const s = dataScore(ids.map((id, k) => indicator(id, scores[k] ?? null)));
          const present = scores.filter((x): x is number => x !== null);
          if (present.length < 2) {
            expect(s.score).toBeNull();
            return;
          }
          expect(s.score).toBeGreaterThanOrEqual(Math.min(...present));
          expect(s.score).toBeLessThanOrEqual(Math.max(...present));
          expect(s.components).toHaveLength(present.length);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('scores a level lower for a higher cost (property: monotone bands)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(bandScore(lo, DATA_BANDS.level)).toBeGreaterThanOrEqual(
            bandScore(hi, DATA_BANDS.level),
          );
          expect(bandScore(lo, DATA_BANDS.development)).toBeGreaterThanOrEqual(
            bandScore(hi, DATA_BANDS.development),
          );
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});
