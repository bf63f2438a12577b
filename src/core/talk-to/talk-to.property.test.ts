// Properties of whom-to-talk-to (DESIGN.md §3.7) on random data, with a fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyFigure, Polarity } from '../key-figures/index.ts';
import { MUNICIPALITIES } from '../municipalities/index.ts';
import { resolvePeerGroup, standardiseStructure, type PeerVariable } from '../peers/index.ts';
import { rankWhomToTalkTo, type WhomToTalkTo } from './index.ts';

const SEED = 20261206;
const RUNS = { seed: SEED, numRuns: 150 };
const CODES = MUNICIPALITIES.map((m) => m.code);

function figure(polarity: Polarity): KeyFigure {
  return {
    id: 'udg',
    sourceName: 'udg',
    source: 'noegletal',
    nameDa: 'udg',
    nameEn: 'udg',
    unit: 'kr. pr. indb.',
    themes: ['elderly-health'],
    kind: polarity === 'lower-is-better' ? 'cost' : 'quality',
    polarity,
    valueType: 'number',
    overlaps: [],
    counterparts: [],
    breaks: [],
    catalogued: true,
  };
}

const X: PeerVariable = {
  name: 'x',
  nameDa: 'x',
  keyFigureId: 'x',
  transform: 'identity',
  weight: 1,
};

/** n municipalities: the figure (a few missing) and one structural variable; 0 asks, the rest are its peers. */
const data = fc.integer({ min: 3, max: 12 }).chain((n) =>
  fc.record({
    values: fc.array(fc.option(fc.integer({ min: 1, max: 1000 }), { freq: 8 }), {
      minLength: n,
      maxLength: n,
    }),
    x: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }),
    polarity: fc.constantFrom('lower-is-better' as const, 'higher-is-better' as const),
  }),
);
type Data = typeof data extends fc.Arbitrary<infer T> ? T : never;

function rank(d: Data, members?: readonly string[], limit?: number): WhomToTalkTo {
  const n = d.values.length;
  const codes = CODES.slice(0, n);
  const own = codes[0] ?? '';
  const f = figure(d.polarity);
  return rankWhomToTalkTo(
    {
      code: own,
      keyFigure: f,
      catalogue: [f],
      year: 2019,
      codes,
      values: { udg: d.values },
      structure: standardiseStructure({ year: 2019, codes, values: { x: d.x } }, [X]),
      peers: resolvePeerGroup(own, { kind: 'list', codes: members ?? codes.slice(1) }, { codes }),
    },
    limit === undefined ? {} : { limit },
  );
}

const summary = (r: WhomToTalkTo) => r.entries.map((e) => [e.code, e.score] as const);

function expectSameRanking(a: WhomToTalkTo, b: WhomToTalkTo) {
  expect(b.entries.map((e) => e.code)).toEqual(a.entries.map((e) => e.code));
  a.entries.forEach((e, i) => {
    const s = b.entries[i]?.score ?? NaN;
    expect(Math.abs(e.score - s)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(s)));
  });
}

describe('whom to talk to: what the list is', () => {
  it('lists only peers strictly better than us, and accounts for every peer exactly once', () => {
    fc.assert(
      fc.property(data, (d) => {
        const r = rank(d);
        const own = d.values[0] ?? null;
        if (own === null) {
          expect(r.entries).toEqual([]);
          return;
        }
        for (const e of r.entries) {
          expect(d.polarity === 'lower-is-better' ? e.value < own : e.value > own).toBe(true);
        }
        for (const x of r.rejected) {
          const v = d.values[CODES.indexOf(x.code)] ?? null;
          if (x.reason === 'missing-value') expect(v).toBeNull();
          if (x.reason === 'not-better') {
            expect(d.polarity === 'lower-is-better' ? (v ?? NaN) >= own : (v ?? NaN) <= own).toBe(
              true,
            );
          }
        }
        const all = [...r.entries.map((e) => e.code), ...r.rejected.map((x) => x.code)].sort();
        expect(all).toEqual(CODES.slice(1, d.values.length).sort());
      }),
      RUNS,
    );
  });

  it('ranks by score, highest first, numbered 1…n; a limit keeps the first ones', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 0, max: 5 }), (d, limit) => {
        const r = rank(d);
        r.entries.forEach((e, i) => {
          expect(e.rank).toBe(i + 1);
          if (i > 0) expect(e.score).toBeLessThanOrEqual(r.entries[i - 1]?.score ?? Infinity);
          expect(e.score).toBeCloseTo(e.advantageSd / (1 + e.distance), 12);
        });
        expect(rank(d, undefined, limit).entries).toEqual(r.entries.slice(0, limit));
      }),
      RUNS,
    );
  });
});

describe('whom to talk to: invariances', () => {
  it('multiplying the figure by c > 0 changes neither the list nor the scores', () => {
    fc.assert(
      fc.property(data, fc.double({ min: 0.01, max: 100, noNaN: true }), (d, c) => {
        const scaled = { ...d, values: d.values.map((v) => (v === null ? null : v * c)) };
        expectSameRanking(rank(d), rank(scaled));
      }),
      RUNS,
    );
  });

  it('lower-is-better on v ranks as higher-is-better on −v', () => {
    fc.assert(
      fc.property(data, (d) => {
        const mirrored: Data = {
          ...d,
          polarity: d.polarity === 'lower-is-better' ? 'higher-is-better' : 'lower-is-better',
          values: d.values.map((v) => (v === null ? null : -v)),
        };
        expectSameRanking(rank(d), rank(mirrored));
      }),
      RUNS,
    );
  });

  it('the order of the peer group’s members changes nothing', () => {
    fc.assert(
      fc.property(
        data.chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray(CODES.slice(1, d.values.length), {
              minLength: d.values.length - 1,
            }),
          ),
        ),
        ([d, shuffled]) => {
          expect(summary(rank(d, shuffled))).toEqual(summary(rank(d)));
          expect(rank(d, shuffled).rejected).toEqual(rank(d).rejected);
        },
      ),
      RUNS,
    );
  });
});
