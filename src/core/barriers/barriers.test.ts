import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_PRICES, fixedPrices, type PriceLevel } from '../prices/index.ts';
import type { Barrier, BarrierEstimate } from './barrier.ts';
import { MAX_BARRIER_ESTIMATE, secondingMunicipalities } from './barrier.ts';
import { checkBarrierFields, checkEstimate, checkMerge, checkSecond } from './checks.ts';
import { barrierStanding, estimatesByMunicipality, rankBarriers } from './rank.ts';

const estimate = (amount: number, year = 2026): BarrierEstimate => ({
  amount,
  prices: CURRENT_PRICES,
  year,
  source: 'entered',
});

const barrier = (id: number, over: Partial<Barrier> = {}): Barrier => ({
  id,
  municipality: '766',
  title: `Barriere ${id}`,
  law: { name: 'Lov om social service', paragraph: '§ 83', url: null },
  area: 'Hjemmepleje',
  theme: 'elderly-health',
  description: '',
  keyFigure: null,
  estimate: null,
  precedents: '',
  links: [],
  state: 'received',
  answer: null,
  mergedInto: null,
  seconds: [],
  version: 1,
  authorId: null,
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
  ...over,
});

const second = (municipality: string, amount: number | null, mergedFrom: number | null = null) => ({
  id: Math.floor(Math.random() * 1e6),
  municipality,
  comment: '',
  estimate: amount === null ? null : estimate(amount),
  at: '2026-12-07T09:00:00.000Z',
  mergedFrom,
});

/** Amounts already in the target's year's prices count as they are; no index otherwise. */
const same = (target: PriceLevel) => (amount: number, year: number, from: PriceLevel) =>
  (from.basis === 'fixed' ? from.year : year) === target.year ? amount : undefined;

describe('a barrier’s checks', () => {
  it('refuses a negative, an infinite and an absurd estimate, naming the amount', () => {
    expect(() => checkEstimate(estimate(-1), 'estimate')).toThrow(/0 kr\. eller mere/);
    expect(() => checkEstimate(estimate(Number.POSITIVE_INFINITY), 'seconds')).toThrow();
    expect(() => checkEstimate(estimate(MAX_BARRIER_ESTIMATE + 1), 'estimate')).toThrow(
      /urealistisk/,
    );
    try {
      checkEstimate(estimate(-1), 'estimate');
    } catch (e) {
      expect((e as { parameter: string }).parameter).toBe('estimate.amount');
    }
    expect(() => checkEstimate(estimate(MAX_BARRIER_ESTIMATE), 'estimate')).not.toThrow();
    expect(() => checkEstimate(null, 'estimate')).not.toThrow();
  });

  it('takes law links to retsinformation.dk only, and https links without markup', () => {
    const b = barrier(1);
    const url = (u: string) => checkBarrierFields({ ...b, law: { ...b.law, url: u } });
    expect(() => url('https://www.retsinformation.dk/eli/lta/2024/245#P83')).not.toThrow();
    expect(() => url('https://evil.example/retsinformation.dk/')).toThrow(/retsinformation/);
    expect(() => url('https://www.retsinformation.dk/x"><script>')).toThrow();
    expect(() =>
      checkBarrierFields({ ...b, links: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    ).toThrow(/https/);
  });

  it('refuses seconding one’s own barrier, seconding twice and seconding a merged one', () => {
    const b = barrier(1, { seconds: [second('101', null)] });
    expect(() => checkSecond(b, '766')).toThrow(/egen barriere/);
    expect(() => checkSecond(b, '101')).toThrow(/støtter allerede/);
    expect(() => checkSecond(b, '751')).not.toThrow();
    expect(() => checkSecond(barrier(2, { mergedInto: 1 }), '751')).toThrow(/lagt sammen/);
    // A second moved here by a merge does not stop the municipality seconding this one.
    expect(() =>
      checkSecond(barrier(3, { seconds: [second('101', null, 9)] }), '101'),
    ).not.toThrow();
  });

  it('refuses a merge into itself, from a merged barrier, and into a merged one (no chains)', () => {
    expect(() => checkMerge(barrier(1), barrier(1))).toThrow(/sig selv/);
    expect(() => checkMerge(barrier(1, { mergedInto: 3 }), barrier(2))).toThrow(/allerede/);
    expect(() => checkMerge(barrier(1), barrier(2, { mergedInto: 1 }))).toThrow(/kæde/);
    expect(() => checkMerge(barrier(1), barrier(2))).not.toThrow();
  });
});

describe('the national list', () => {
  it('counts each seconding municipality once, never the reporter', () => {
    const b = barrier(1, {
      estimate: estimate(1_000_000),
      seconds: [second('101', 3_000_000), second('101', 4_000_000, 5), second('766', 9, 6)],
    });
    expect(secondingMunicipalities(b)).toEqual(['101']);
    // 101's largest estimate counts once; the reporter's own, not its merged-in duplicate's.
    expect([...estimatesByMunicipality(b).entries()].map(([m, e]) => [m, e.amount])).toEqual([
      ['766', 1_000_000],
      ['101', 4_000_000],
    ]);
    const s = barrierStanding(b, fixedPrices(2026), same(fixedPrices(2026)));
    expect(s).toMatchObject({ seconds: 1, total: 5_000_000, unconverted: 0 });
  });

  it('leaves out (and counts) estimates no index takes to the list’s prices', () => {
    const b = barrier(1, { estimate: estimate(1_000, 2024), seconds: [second('101', 500)] });
    const s = barrierStanding(b, fixedPrices(2026), same(fixedPrices(2026)));
    expect(s).toMatchObject({ total: 500, unconverted: 1 });
  });

  it('ranks by seconds, then total, then age; merged barriers are not on the list', () => {
    const list = rankBarriers(
      [
        barrier(1, { estimate: estimate(10) }),
        barrier(2, { seconds: [second('101', null)] }),
        barrier(3, { estimate: estimate(20) }),
        barrier(4, { mergedInto: 2, seconds: [second('751', null), second('615', null)] }),
        barrier(5, { estimate: estimate(20) }),
      ],
      fixedPrices(2026),
      same(fixedPrices(2026)),
    );
    expect(list.map((s) => s.barrier.id)).toEqual([2, 3, 5, 1]);
  });

  it('is ordered for any barriers (property, fixed seed)', () => {
    const muni = fc.constantFrom('101', '147', '751', '766', '615');
    const arb = fc.array(
      fc.record({
        municipality: muni,
        amount: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
        seconds: fc.array(
          fc.tuple(muni, fc.option(fc.integer({ min: 0, max: 1e7 }), { nil: null })),
        ),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const barriers = rows.map((r, k) =>
          barrier(k + 1, {
            municipality: r.municipality,
            estimate: r.amount === null ? null : estimate(r.amount),
            seconds: r.seconds.map(([m, a]) => second(m, a)),
          }),
        );
        const list = rankBarriers(barriers, fixedPrices(2026), same(fixedPrices(2026)));
        expect(list).toHaveLength(barriers.length);
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1], list[i]] as const;
          if (!a || !b) continue;
          expect(a.seconds >= b.seconds).toBe(true);
          if (a.seconds === b.seconds) expect(a.total >= b.total).toBe(true);
        }
        for (const s of list) {
          expect(s.seconds).toBe(
            new Set(
              s.barrier.seconds
                .map((x) => x.municipality)
                .filter((m) => m !== s.barrier.municipality),
            ).size,
          );
        }
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
