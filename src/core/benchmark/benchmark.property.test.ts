// Properties of the benchmark levels (DESIGN.md §3.3) on random peer groups, with a fixed
// seed: what must hold for any data, not only for the hand-checked examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../municipalities/index.ts';
import { buildPeerGroups, resolvePeerGroup } from '../peers/index.ts';
import {
  computeBenchmark,
  computeBenchmarks,
  type BenchmarkInput,
  type BenchmarkLevel,
} from './index.ts';

const SEED = 20261206;
const RUNS = { seed: SEED, numRuns: 200 };

/** The levels that read only the peers' unit costs (and volumes, for ratio of sums). */
const LEVELS: readonly BenchmarkLevel[] = [
  { kind: 'mean' },
  { kind: 'ratio-of-sums' },
  { kind: 'median' },
  { kind: 'percentile', p: 25 },
  { kind: 'percentile', p: 90 },
  { kind: 'best' },
];

/** Relative closeness for results whose floating-point sums may be taken in another order. */
const close = (a: number | null, b: number | null, rel = 1e-9): boolean =>
  a === null || b === null
    ? a === b
    : Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

const CODES = MUNICIPALITIES.map((m) => m.code);

/**
 * n municipalities (the first n real codes), each with a unit cost (sometimes missing), a
 * volume ≥ 0 (sometimes missing) and a need > 0; the first is the one benchmarked, the rest
 * its group. Values are whole numbers, so sums are exact unless the order says otherwise.
 */
const data = fc.integer({ min: 2, max: 14 }).chain((n) =>
  fc.record({
    polarity: fc.constantFrom('lower-is-better' as const, 'higher-is-better' as const),
    unitCost: fc.array(fc.option(fc.integer({ min: -500, max: 5000 }), { freq: 6 }), {
      minLength: n,
      maxLength: n,
    }),
    volume: fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 6 }), {
      minLength: n,
      maxLength: n,
    }),
    need: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: n, maxLength: n }),
    level: fc.constantFrom(...LEVELS),
  }),
);
type Data = typeof data extends fc.Arbitrary<infer T> ? T : never;

function inputOf(d: Data, codes: readonly string[] = CODES.slice(0, d.unitCost.length)) {
  const input: BenchmarkInput = {
    keyFigureId: 'udgifter-aeldre-pr-67-aarig',
    year: 2019,
    polarity: d.polarity,
    codes,
    unitCost: d.unitCost,
    volume: d.volume,
    need: d.need,
  };
  return input;
}

/** c* of the first municipality over the others, in the given member order. */
function benchmarkOf(d: Data, level: BenchmarkLevel, members?: readonly string[]) {
  const input = inputOf(d);
  const own = input.codes[0] ?? '';
  const group = resolvePeerGroup(
    own,
    { kind: 'list', codes: members ?? input.codes.slice(1) },
    { codes: input.codes },
  );
  return computeBenchmark(own, input, group, level);
}

const used = (d: Data, level: BenchmarkLevel) => benchmarkOf(d, level).used.map((u) => u.unitCost);

describe('benchmark levels: order invariance', () => {
  it('permuting the peers changes no level (order statistics bit for bit)', () => {
    fc.assert(
      fc.property(
        data.chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray(CODES.slice(1, d.unitCost.length), {
              minLength: d.unitCost.length - 1,
            }),
          ),
        ),
        ([d, shuffled]) => {
          const a = benchmarkOf(d, d.level).value;
          const b = benchmarkOf(d, d.level, shuffled).value;
          if (d.level.kind === 'mean' || d.level.kind === 'ratio-of-sums')
            expect(close(a, b, 1e-12)).toBe(true);
          else expect(b).toBe(a);
        },
      ),
      RUNS,
    );
  });

  it('permuting the municipalities of the input (columns and codes together) changes no level', () => {
    fc.assert(
      fc.property(
        data.chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray([...d.unitCost.keys()], { minLength: d.unitCost.length }),
          ),
        ),
        ([d, order]) => {
          const pick = <T>(xs: readonly T[]) => order.map((i) => xs[i] as T);
          const codes = CODES.slice(0, d.unitCost.length);
          const permuted = inputOf(
            { ...d, unitCost: pick(d.unitCost), volume: pick(d.volume), need: pick(d.need) },
            pick(codes),
          );
          const own = codes[0] ?? '';
          const group = resolvePeerGroup(
            own,
            { kind: 'list', codes: codes.slice(1) },
            { codes: permuted.codes },
          );
          const b = computeBenchmark(own, permuted, group, d.level).value;
          expect(close(benchmarkOf(d, d.level).value, b, 1e-12)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('benchmark levels: scale and shift', () => {
  it('multiplying every unit cost by c > 0 multiplies mean, ratio of sums, median, percentiles and best by c', () => {
    fc.assert(
      fc.property(data, fc.double({ min: 0.001, max: 1000, noNaN: true }), (d, c) => {
        const scaled = { ...d, unitCost: d.unitCost.map((v) => (v === null ? null : v * c)) };
        const a = benchmarkOf(d, d.level).value;
        const b = benchmarkOf(scaled, d.level).value;
        expect(close(a === null ? null : a * c, b)).toBe(true);
        if (d.level.kind === 'best' && a !== null) expect(b).toBe(a * c);
      }),
      RUNS,
    );
  });

  it('adding d to every unit cost adds d to every level (ratio of sums included)', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: -1000, max: 1000 }), (d, shift) => {
        const moved = { ...d, unitCost: d.unitCost.map((v) => (v === null ? null : v + shift)) };
        const a = benchmarkOf(d, d.level).value;
        const b = benchmarkOf(moved, d.level).value;
        expect(close(a === null ? null : a + shift, b)).toBe(true);
      }),
      RUNS,
    );
  });

  it('multiplying every volume by k > 0 changes no level; the need by k > 0 not need-adjusted', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 1000 }), (d, k) => {
        const scaled = {
          ...d,
          volume: d.volume.map((v) => (v === null ? null : v * k)),
          need: d.need.map((e) => e * k),
        };
        for (const level of [d.level, { kind: 'need-adjusted' } as const]) {
          expect(close(benchmarkOf(d, level).value, benchmarkOf(scaled, level).value)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('benchmark levels: what each one is', () => {
  it('ratio of sums is ΣcQ/ΣQ over the peers with both values, and the mean when volumes are equal', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 100 }), (d, q) => {
        const r = benchmarkOf(d, { kind: 'ratio-of-sums' });
        let sumC = 0;
        let sumQ = 0;
        for (const u of r.used) {
          sumC += u.unitCost * (u.volume ?? NaN);
          sumQ += u.volume ?? NaN;
        }
        expect(r.value).toBe(sumQ > 0 ? sumC / sumQ : null);
        const equal = { ...d, volume: d.volume.map(() => q) };
        const mean = benchmarkOf(equal, { kind: 'mean' }).value;
        expect(close(benchmarkOf(equal, { kind: 'ratio-of-sums' }).value, mean)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every level lies between the lowest and highest value it used', () => {
    fc.assert(
      fc.property(data, (d) => {
        const r = benchmarkOf(d, d.level);
        if (r.value === null) return;
        const values = r.used.map((u) => u.unitCost);
        const eps = 1e-9 * Math.max(1, ...values.map(Math.abs));
        expect(r.value).toBeGreaterThanOrEqual(Math.min(...values) - eps);
        expect(r.value).toBeLessThanOrEqual(Math.max(...values) + eps);
      }),
      RUNS,
    );
  });

  it('best is the lowest used value for lower-is-better and the highest for higher-is-better, i.e. percentile 0 or 100', () => {
    fc.assert(
      fc.property(data, (d) => {
        const values = used(d, { kind: 'best' });
        const best = benchmarkOf(d, { kind: 'best' }).value;
        if (values.length === 0) {
          expect(best).toBeNull();
          return;
        }
        const low = d.polarity === 'lower-is-better';
        expect(best).toBe(low ? Math.min(...values) : Math.max(...values));
        expect(best).toBe(benchmarkOf(d, { kind: 'percentile', p: low ? 0 : 100 }).value);
      }),
      RUNS,
    );
  });

  it('percentiles rise with p, and the median is the 50th', () => {
    fc.assert(
      fc.property(
        data,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (d, p1, p2) => {
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const a = benchmarkOf(d, { kind: 'percentile', p: lo }).value;
          const b = benchmarkOf(d, { kind: 'percentile', p: hi }).value;
          if (a === null || b === null) {
            expect(a).toBe(b);
            return;
          }
          expect(a).toBeLessThanOrEqual(b + 1e-9 * Math.max(1, Math.abs(b)));
          expect(benchmarkOf(d, { kind: 'median' }).value).toBe(
            benchmarkOf(d, { kind: 'percentile', p: 50 }).value,
          );
        },
      ),
      RUNS,
    );
  });

  it('a municipality’s own value never moves its own benchmark', () => {
    fc.assert(
      fc.property(data, fc.option(fc.integer({ min: -500, max: 5000 })), (d, own) => {
        const changed = { ...d, unitCost: [own, ...d.unitCost.slice(1)] };
        expect(benchmarkOf(changed, d.level).value).toBe(benchmarkOf(d, d.level).value);
      }),
      RUNS,
    );
  });

  it('computeBenchmarks gives every municipality computeBenchmark’s number, bit for bit', () => {
    fc.assert(
      fc.property(data, fc.constantFrom('all' as const, 'list' as const), (d, kind) => {
        const input = inputOf(d);
        const spec =
          kind === 'all'
            ? ({ kind: 'all' } as const)
            : ({ kind: 'list', codes: input.codes.filter((_, i) => i % 2 === 0) } as const);
        const batch = computeBenchmarks(
          input,
          buildPeerGroups(spec, { codes: input.codes }),
          d.level,
        );
        for (const [i, code] of input.codes.entries()) {
          const one = computeBenchmark(
            code,
            input,
            resolvePeerGroup(code, spec, { codes: input.codes }),
            d.level,
          ).value;
          const many = batch[i] ?? NaN;
          expect(Number.isNaN(many) ? null : many).toBe(one);
        }
      }),
      RUNS,
    );
  });
});
