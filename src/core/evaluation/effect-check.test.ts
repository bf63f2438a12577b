import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEffect, type EffectInput } from './effect-check.ts';
import { detrendedRms, peerNoise } from './noise.ts';
import { verdictOf } from './verdict.ts';
import { effectWindow } from './window.ts';

const YEARS = [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019];
const ACCOUNTS = Object.fromEntries(YEARS.map((y) => [y, 'accounts' as const]));

describe('effectWindow (hand-checked)', () => {
  it('keeps accounts only and names the budget years it left out', () => {
    const w = effectWindow([2016, 2017, 2018, 2019], { ...ACCOUNTS, 2019: 'budget' }, [], 2018);
    expect(w.years).toEqual([2016, 2017, 2018]);
    expect(w.cuts).toEqual([{ kind: 'not-accounts', years: [2019] }]);
  });

  it('keeps the side of a break the start is on: a break before it shortens the pre-period', () => {
    const b = { year: 2010, description: 'Reform' };
    const w = effectWindow(YEARS, ACCOUNTS, [b], 2014);
    expect(w.years[0]).toBe(2010);
    expect(w.cuts).toEqual([{ kind: 'break', ...b, years: [2008, 2009] }]);
  });

  it('ends the window the year before a break after the start', () => {
    const b = { year: 2018, description: 'Ny metode' };
    const w = effectWindow(YEARS, ACCOUNTS, [b], 2014);
    expect(w.years[w.years.length - 1]).toBe(2017);
    expect(w.cuts).toEqual([{ kind: 'break', ...b, years: [2018, 2019] }]);
  });

  it('ignores a break at the first year or outside the data', () => {
    expect(effectWindow(YEARS, ACCOUNTS, [{ year: 2008, description: '' }], 2014).cuts).toEqual([]);
    expect(effectWindow(YEARS, ACCOUNTS, [{ year: 2030, description: '' }], 2014).cuts).toEqual([]);
  });
});

describe('peerNoise', () => {
  it('is 0 for straight lines and the residual RMS otherwise', () => {
    expect(detrendedRms([1, 3, 5, 7], [0, 1, 2, 3])).toBeCloseTo(0, 12);
    // 0, 2, 0, 2 about the line 0.4 + 0.4k: residuals −0.4, 1.2, −1.2, 0.4 → RMS √0.8.
    expect(detrendedRms([0, 2, 0, 2], [0, 1, 2, 3])).toBeCloseTo(Math.sqrt(0.8), 12);
    const peers = [{ values: [0, 2, 0, 2] }, { values: [1, 2, 3, 4] }, { values: [0, 4, 0, 4] }];
    expect(peerNoise(peers, [0, 1, 2, 3])).toBeCloseTo(Math.sqrt(0.8), 12);
  });
});

describe('verdictOf (the rules)', () => {
  const v = { gap: -300, unit: 'kr. pr. indb.', didAverage: -250, noise: 50, rank: 1, of: 21 };
  it('is visible: below the control, DiD agrees, top tenth, larger than twice the noise', () => {
    expect(verdictOf(v).verdict).toBe('visible');
    expect(verdictOf(v).reason.da).toMatch(/rang 1 af 21/);
  });
  it('is not visible above the control or in the lower half of the placebos', () => {
    expect(verdictOf({ ...v, gap: 10 }).verdict).toBe('not-visible');
    expect(verdictOf({ ...v, rank: 12 }).verdict).toBe('not-visible');
  });
  it('is unclear in between: DiD disagrees, the rank is middling, or the gap is noise-sized', () => {
    expect(verdictOf({ ...v, didAverage: 20 }).verdict).toBe('unclear');
    expect(verdictOf({ ...v, rank: 5 }).verdict).toBe('unclear');
    expect(verdictOf({ ...v, noise: 200 }).reason.da).toMatch(/normale udsving/);
    // With fewer than ten units even rank 1 cannot be the top tenth.
    expect(verdictOf({ ...v, of: 8 }).verdict).toBe('unclear');
  });
});

/** `n` uniforms in [0, 1) from a Park–Miller generator: reproducible noise for the panels. */
function uniforms(seed: number, n: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => (x = (x * 48271) % 2147483647) / 2147483647);
}

/** A panel of `n` peers with level, trend and idiosyncratic noise; own = a convex mix of three. */
const panelArb = (withEffect: boolean) =>
  fc
    .record({
      levels: fc.array(fc.double({ min: 800, max: 1200, noNaN: true }), {
        minLength: 20,
        maxLength: 20,
      }),
      trends: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
        minLength: 20,
        maxLength: 20,
      }),
      // Idiosyncratic noise from a seeded generator: fast-check's own doubles favour edge values
      // (all zeros: pure lines, which any donor pool fits exactly).
      noiseSeed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
      mix: fc.tuple(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
      ),
      effect: fc.double({ min: 100, max: 200, noNaN: true }),
    })
    .map(({ levels, trends, noiseSeed, mix, effect }): EffectInput & { effect: number } => {
      const noise = uniforms(noiseSeed, 20 * YEARS.length).map((u) => 10 * u - 5);
      const peers = levels.map((l, j) => ({
        code: String(101 + j),
        values: YEARS.map((_, t) => l + (trends[j] ?? 0) * t + (noise[j * YEARS.length + t] ?? 0)),
      }));
      const total = mix[0] + mix[1] + mix[2];
      const w = [mix[0] / total, mix[1] / total, mix[2] / total];
      const own = YEARS.map(
        (y, t) =>
          [0, 5, 10].reduce((s, j, k) => s + (w[k] ?? 0) * (peers[j]?.values[t] ?? 0), 0) -
          (withEffect && y >= 2014 ? effect : 0),
      );
      return {
        years: YEARS,
        yearKinds: ACCOUNTS,
        breaks: [],
        own: { code: '766', values: own, volumes: YEARS.map(() => 1000) },
        peers,
        startYear: 2014,
        unit: 'kr. pr. indb.',
        effect: withEffect ? effect : 0,
      };
    });

describe('checkEffect (properties, fast-check seed 20261207)', () => {
  it('recovers a planted saving and calls it visible', () => {
    fc.assert(
      fc.property(panelArb(true), (input) => {
        const c = checkEffect(input);
        expect(c.verdict, c.reason.da).toBe('visible');
        for (const y of c.perYear) {
          expect(Math.abs(y.synthetic + input.effect)).toBeLessThan(30);
          expect(y.syntheticAmount).toBeCloseTo(y.synthetic * 1000, 6);
        }
        expect(c.placebo?.p).toBeLessThanOrEqual(0.1);
      }),
      { seed: 20261207, numRuns: 40 },
    );
  });

  it('never calls a panel without an effect visible', () => {
    fc.assert(
      fc.property(panelArb(false), (input) => {
        const c = checkEffect(input);
        expect(c.verdict, c.reason.da).not.toBe('visible');
        for (const y of c.perYear) expect(Math.abs(y.synthetic)).toBeLessThan(30);
      }),
      { seed: 20261207, numRuns: 40 },
    );
  });
});

describe('checkEffect (refusals)', () => {
  const base: EffectInput = {
    years: YEARS,
    yearKinds: ACCOUNTS,
    breaks: [],
    own: { code: '766', values: YEARS.map((_, t) => 1000 + t), volumes: YEARS.map(() => 10) },
    peers: [
      { code: '101', values: YEARS.map((_, t) => 900 + t) },
      { code: '147', values: YEARS.map((_, t) => 1100 + 2 * t) },
      { code: '151', values: YEARS.map((_, t) => 1000 + ((t * 7) % 5)) },
    ],
    startYear: 2014,
    unit: 'kr. pr. indb.',
  };

  it('refuses with fewer than 3 pre-years, and names a break the comparable years begin with', () => {
    const c = checkEffect({
      ...base,
      breaks: [{ year: 2016, description: 'Ny metode' }],
      years: YEARS.slice(8),
      yearKinds: ACCOUNTS,
      own: { ...base.own, values: base.own.values.slice(8), volumes: base.own.volumes.slice(8) },
      peers: base.peers.map((p) => ({ ...p, values: p.values.slice(8) })),
    });
    expect(c.verdict).toBeNull();
    expect(c.reason.code).toBe('few-pre-years');
    expect(c.reason.da).toMatch(/kun 0 regnskabsår/);
  });

  it('refuses when the post-period has budget years only', () => {
    const kinds = Object.fromEntries(
      YEARS.map((y) => [y, y >= 2014 ? 'budget' : 'accounts'] as const),
    );
    const c = checkEffect({ ...base, yearKinds: kinds });
    expect(c.reason.code).toBe('no-post-years');
    expect(c.reason.da).toMatch(/budgetår er en plan/);
  });

  it('refuses when the municipality lies outside its peers (a poor pre-period fit)', () => {
    const c = checkEffect({ ...base, own: { ...base.own, values: YEARS.map(() => 5000) } });
    expect(c.verdict).toBeNull();
    expect(c.reason.code).toBe('poor-fit');
    expect(c.synthetic?.rmspe).toBeGreaterThan(c.spread ?? Infinity);
  });

  it('refuses with fewer than two complete peers', () => {
    const c = checkEffect({ ...base, peers: base.peers.slice(0, 1) });
    expect(c.reason.code).toBe('no-peers');
  });
});
