import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceInDifferences } from './did.ts';
import type { Panel } from './panel.ts';
import { syntheticControl, syntheticControlWithPlacebos } from './synthetic-control.ts';

const YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];

describe('differenceInDifferences (hand-checked)', () => {
  it('is the change of the gap to the peers’ mean from before to after', () => {
    // Peers' mean: 100, 102, 104 | 106, 108. Own: 110, 112, 114 | 110, 112 → gap 10 before,
    // 4 after: −6 in each post year.
    const panel: Panel = {
      years: [2012, 2013, 2014, 2015, 2016],
      own: [110, 112, 114, 110, 112],
      peers: [
        { code: 'a', values: [99, 101, 103, 105, 107] },
        { code: 'b', values: [101, 103, 105, 107, 109] },
        { code: 'c', values: [100, 102, 104, 106, NaN] },
      ],
    };
    const did = differenceInDifferences(panel, 2015);
    expect(did?.peers).toEqual(['a', 'b']);
    expect(did?.dropped).toEqual(['c']);
    expect(did?.preYears).toEqual([2012, 2013, 2014]);
    expect(did?.perYear).toEqual([
      { year: 2015, estimate: -6 },
      { year: 2016, estimate: -6 },
    ]);
    expect(did?.average).toBe(-6);
  });

  it('gives nothing without a pre-year, a post-year or a peer', () => {
    const panel: Panel = {
      years: [2015, 2016],
      own: [1, 2],
      peers: [{ code: 'a', values: [1, 2] }],
    };
    expect(differenceInDifferences(panel, 2015)).toBeUndefined();
    expect(differenceInDifferences(panel, 2017)).toBeUndefined();
    expect(differenceInDifferences({ ...panel, peers: [] }, 2016)).toBeUndefined();
  });
});

describe('syntheticControl (a simulated panel with known weights)', () => {
  // Four donors with distinct paths; the municipality is 0.6·d1 + 0.4·d3 before 2014, and
  // 5 lower from 2014 on (the planted effect).
  const donors = [
    { code: 'd1', values: YEARS.map((_, t) => 100 + 2 * t) },
    { code: 'd2', values: YEARS.map((_, t) => 90 + 3 * t + (t % 2)) },
    { code: 'd3', values: YEARS.map((_, t) => 120 - t + (t % 3)) },
    { code: 'd4', values: YEARS.map((_, t) => 80 + t * t * 0.5) },
  ];
  const own = YEARS.map(
    (y, t) =>
      0.6 * (donors[0]?.values[t] ?? 0) + 0.4 * (donors[2]?.values[t] ?? 0) - (y >= 2014 ? 5 : 0),
  );

  it('finds the planted weights, fits the pre-period exactly, and shows the effect after', () => {
    const sc = syntheticControl(YEARS, own, donors, 2014);
    expect(sc?.weights.map((w) => w.code)).toEqual(['d1', 'd3']);
    expect(sc?.weights[0]?.weight).toBeCloseTo(0.6, 8);
    expect(sc?.weights[1]?.weight).toBeCloseTo(0.4, 8);
    expect(sc?.rmspePre).toBeCloseTo(0, 8);
    expect(sc?.rmspePost).toBeCloseTo(5, 8);
  });

  it('ranks the municipality first among the placebos when the effect is real', () => {
    const result = syntheticControlWithPlacebos({ years: YEARS, own, peers: donors }, 2014, '766');
    expect(result?.placebo.of).toBe(5);
    expect(result?.placebo.rank).toBe(1);
  });
});

describe('the effect check (properties, fixed seed)', () => {
  // Ten years before the start and four after: with few pre-years, convex weights over five
  // donors can fit a placebo's noise almost exactly and inflate its ratio by chance.
  const YEARS = Array.from({ length: 14 }, (_, i) => 2004 + i);
  // Real series are never exact combinations of others: every value has some noise (0.1-0.5,
  // either sign), else a placebo fits perfectly and its ratio is meaningless.
  const noise = fc.array(
    fc
      .tuple(fc.double({ min: 0.1, max: 0.5, noNaN: true }), fc.boolean())
      .map(([x, negative]) => (negative ? -x : x)),
    { minLength: YEARS.length * 6, maxLength: YEARS.length * 6 },
  );
  const panelOf = (e: readonly number[], effect: number): Panel => {
    const peers = [0, 1, 2, 3, 4].map((p) => ({
      code: `p${p}`,
      values: YEARS.map((_, t) => 100 + 5 * p + (p + 1) * t + (e[p * YEARS.length + t] ?? 0)),
    }));
    const own = YEARS.map(
      // In the peers' hull (intercept 110, slope 3: as peer 2, or peers 1 and 3 half each),
      // with the peers' mean trend (parallel trends).
      (y, t) => 110 + 3 * t + (e[5 * YEARS.length + t] ?? 0) - (y >= 2014 ? effect : 0),
    );
    return { years: YEARS, own, peers };
  };

  it('recovers a planted effect within the noise (DiD)', () => {
    fc.assert(
      fc.property(noise, fc.double({ min: 5, max: 50, noNaN: true }), (e, effect) => {
        const did = differenceInDifferences(panelOf(e, effect), 2014);
        expect(Math.abs((did?.average ?? NaN) + effect)).toBeLessThan(2);
      }),
      { seed: 20261207, numRuns: 100 },
    );
  });

  it('ranks a large planted effect first, and no effect rarely first', () => {
    let firstWithout = 0;
    fc.assert(
      fc.property(noise, (e) => {
        const withEffect = syntheticControlWithPlacebos(panelOf(e, 30), 2014);
        expect(withEffect?.placebo.rank).toBe(1);
        if (syntheticControlWithPlacebos(panelOf(e, 0), 2014)?.placebo.rank === 1) firstWithout++;
      }),
      { seed: 20261207, numRuns: 60 },
    );
    // Without an effect the municipality is one of six: first about a sixth of the time.
    expect(firstWithout).toBeLessThan(30);
  });
});
