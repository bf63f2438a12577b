// Properties of development relative to the peer group (DESIGN.md §3.5) on random data, with
// a fixed seed: r_t = c_t / mean of the group's c_t needs no price deflator, so a factor
// common to every municipality in a year (a price level) must change no index.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../municipalities/index.ts';
import { resolvePeerGroup } from '../peers/index.ts';
import { compareDevelopment, computeCagr, type DevelopmentInput } from './index.ts';

const SEED = 20261206;
const RUNS = { seed: SEED, numRuns: 150 };
const CODES = MUNICIPALITIES.map((m) => m.code);
const FROM = 2015;

const close = (a: number | null, b: number | null, rel = 1e-9): boolean =>
  a === null || b === null
    ? a === b
    : Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

/** n municipalities over `years` years, positive whole values, a few missing. */
const data = fc
  .record({ n: fc.integer({ min: 2, max: 10 }), years: fc.integer({ min: 2, max: 6 }) })
  .chain(({ n, years }) =>
    fc.record({
      values: fc.array(
        fc.array(fc.option(fc.integer({ min: 1, max: 10_000 }), { freq: 8 }), {
          minLength: n,
          maxLength: n,
        }),
        { minLength: years, maxLength: years },
      ),
      among: fc.constantFrom('group' as const, 'all' as const),
    }),
  );
type Data = typeof data extends fc.Arbitrary<infer T> ? T : never;

function compare(d: Data, members?: readonly string[]) {
  const n = d.values[0]?.length ?? 0;
  const codes = CODES.slice(0, n);
  const input: DevelopmentInput = {
    keyFigureId: 'udgifter-aeldre-pr-67-aarig',
    codes,
    years: d.values.map((_, t) => FROM + t),
    values: d.values,
  };
  const own = codes[0] ?? '';
  const group = resolvePeerGroup(
    own,
    { kind: 'list', codes: members ?? codes.slice(1) },
    { codes },
  );
  return compareDevelopment(own, input, group, {
    from: FROM,
    to: FROM + d.values.length - 1,
    among: d.among,
  });
}

/** The comparison's numbers: the own index series and change, and the others' differences. */
function indices(r: ReturnType<typeof compare>) {
  return {
    series: r.series.map((p) => p.index),
    change: r.own.change,
    others: new Map(r.others.map((o) => [o.code, o.difference])),
  };
}

function expectSameIndices(a: ReturnType<typeof compare>, b: ReturnType<typeof compare>) {
  const x = indices(a);
  const y = indices(b);
  expect(x.series.length).toBe(y.series.length);
  x.series.forEach((v, t) => expect(close(v, y.series[t] ?? null)).toBe(true));
  expect(close(x.change, y.change)).toBe(true);
  expect([...y.others.keys()].sort()).toEqual([...x.others.keys()].sort());
  for (const [code, diff] of x.others) expect(close(diff, y.others.get(code) ?? null)).toBe(true);
}

describe('development relative to the group: invariances', () => {
  it('a price level common to all municipalities in each year changes no index, change or difference', () => {
    fc.assert(
      fc.property(
        data.chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), {
              minLength: d.values.length,
              maxLength: d.values.length,
            }),
          ),
        ),
        ([d, deflator]) => {
          const priced = {
            ...d,
            values: d.values.map((col, t) =>
              col.map((v) => (v === null ? null : v * (deflator[t] ?? 1))),
            ),
          };
          expectSameIndices(compare(d), compare(priced));
        },
      ),
      RUNS,
    );
  });

  it('multiplying every value by c > 0 changes no index and no growth rate', () => {
    fc.assert(
      fc.property(data, fc.double({ min: 0.01, max: 100, noNaN: true }), (d, c) => {
        const scaled = {
          ...d,
          values: d.values.map((col) => col.map((v) => (v === null ? null : v * c))),
        };
        const a = compare(d);
        const b = compare(scaled);
        expectSameIndices(a, b);
        expect(close(a.own.cagr, b.own.cagr, 1e-9)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the order of the group’s members changes nothing', () => {
    fc.assert(
      fc.property(
        data.chain((d) => {
          const n = d.values[0]?.length ?? 0;
          return fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray(CODES.slice(1, n), { minLength: n - 1 }),
          );
        }),
        ([d, shuffled]) => {
          const a = compare(d);
          const b = compare(d, shuffled);
          expectSameIndices(a, b);
          expect(b.others.map((o) => o.code)).toEqual(a.others.map((o) => o.code));
          expect(b.leftOut).toEqual(a.leftOut);
        },
      ),
      RUNS,
    );
  });
});

describe('development relative to the group: what the numbers are', () => {
  it('r_t is our value over the mean of the members with a value; the difference is their change minus ours', () => {
    fc.assert(
      fc.property(data, (d) => {
        const r = compare(d);
        r.series.forEach((p, t) => {
          const members = (d.values[t] ?? []).slice(1).filter((v): v is number => v !== null);
          const mean =
            members.length === 0 ? null : members.reduce((s, v) => s + v, 0) / members.length;
          expect(close(p.groupMean, mean)).toBe(true);
          expect(p.groupMissing).toHaveLength((d.values[t]?.length ?? 1) - 1 - members.length);
          const own = d.values[t]?.[0] ?? null;
          expect(close(p.index, own === null || mean === null ? null : own / mean)).toBe(true);
        });
        for (const o of r.others) {
          expect(o.difference).toBe((o.change ?? NaN) - (r.own.change ?? NaN));
        }
      }),
      RUNS,
    );
  });

  it('ranks the others by |difference|, largest first, and every candidate is ranked or left out once', () => {
    fc.assert(
      fc.property(data, (d) => {
        const r = compare(d);
        for (let i = 1; i < r.others.length; i++) {
          const a = r.others[i - 1];
          const b = r.others[i];
          expect(Math.abs(a?.difference ?? 0)).toBeGreaterThanOrEqual(Math.abs(b?.difference ?? 0));
        }
        const n = d.values[0]?.length ?? 0;
        const seen = [...r.others.map((o) => o.code), ...r.leftOut.map((l) => l.code)].sort();
        if (r.own.change !== null) expect(seen).toEqual(CODES.slice(1, n).sort());
        else expect(r.others).toEqual([]);
      }),
      RUNS,
    );
  });

  it('computeCagr inverts compound growth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (first, g, years) => {
          const cagr = computeCagr(first, first * (1 + g) ** years, years);
          expect(cagr).not.toBeNull();
          expect(Math.abs((cagr ?? NaN) - g)).toBeLessThan(1e-9);
        },
      ),
      RUNS,
    );
  });
});
