import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import { CATALOGUE, type KeyFigure, type Theme } from '../key-figures/index.ts';
import {
  buildPackage,
  computePackageTotals,
  figuresOverlap,
  MAX_EXHAUSTIVE_FAMILY,
  overlapFamilies,
  planPackage,
  type PackageColumns,
  type PotentialPackage,
  type Potential,
} from './index.ts';

const SEED = 42;
const PER_INHABITANT = { population: 'indbyggertal', description: 'Indbyggertal' } as const;
const perAgeGroup = (share: string) => ({ population: 'indbyggertal', share, description: share });

function figure(
  id: string,
  themes: readonly Theme[],
  extra: Partial<
    Pick<KeyFigure, 'parent' | 'overlaps' | 'kind' | 'polarity' | 'volume' | 'aggregate'>
  > = {},
): KeyFigure {
  return {
    id,
    sourceName: id,
    source: 'noegletal',
    nameDa: id,
    nameEn: id,
    unit: 'kr.',
    themes,
    kind: 'cost',
    polarity: 'lower-is-better',
    valueType: 'number',
    volume: PER_INHABITANT,
    overlaps: [],
    counterparts: [],
    breaks: [],
    catalogued: true,
    ...extra,
  };
}

/**
 * The potential of `keyFigureId` for unit cost c, benchmark c* and volume Q:
 * signed (c − c*) × Q, money C = c × Q. All null: no potential.
 */
function potential(
  keyFigureId: string,
  c: number | null,
  cStar: number | null = c,
  q: number | null = 1,
  code = '766',
): Potential {
  const signed = c === null || cStar === null || q === null ? null : (c - cStar) * q;
  return {
    code,
    keyFigureId,
    year: 2019,
    levelKey: 'median',
    unitCost: c,
    benchmark: cStar,
    volume: q,
    signed,
    positive: signed === null ? null : Math.max(0, signed),
    basis: {
      code,
      keyFigureId,
      year: 2019,
      polarity: 'lower-is-better',
      level: { kind: 'median' },
      levelKey: 'median',
      levelNameDa: 'Median',
      value: cStar,
      ownValue: c,
      ownVolume: q,
      group: { kind: 'all', nameDa: 'Alle kommuner', members: [] },
      used: [],
      leftOut: [],
    },
  };
}

const statusOf = (pkg: PotentialPackage) =>
  Object.fromEntries(pkg.figures.map((f) => [f.keyFigureId, f.status]));
const themeSum = (pkg: PotentialPackage, key: 'signed' | 'positive' | 'money') =>
  pkg.themes.reduce((s, t) => s + t.total[key], 0);
/** The batch columns of one municipality's potentials. */
const columnsOf = (potentials: readonly Potential[]): Record<string, PackageColumns> =>
  Object.fromEntries(
    potentials.map((p) => [
      p.keyFigureId,
      {
        signed: Float64Array.of(p.signed ?? NaN),
        unitCost: [p.unitCost],
        volume: [p.volume],
      },
    ]),
  );

// Hedensted-sized populations: 46 000 inhabitants, 8 000 aged 0-13, 6 300 aged 0-10.
const INHABITANTS = 46_000;
const AGED_0_13 = 8_000;
const AGED_0_10 = 6_300;

describe('planPackage(catalogue)', () => {
  const plan = planPackage([
    figure('b', ['children-young', 'administration'], { volume: perAgeGroup('andel-0-13') }),
    figure('a', ['elderly-health']),
    figure('grades', ['children-young'], { kind: 'quality', polarity: 'higher-is-better' }),
    figure('service', ['finance'], { aggregate: true }),
  ]);

  it('plans the summable figures that are not aggregates, sorted by id', () => {
    expect(plan.order).toEqual(['a', 'b']);
    expect([...plan.aggregates]).toEqual(['service']);
  });

  it('counts each figure in its first theme and notes an age-group volume', () => {
    expect(plan.countingTheme).toEqual(['elderly-health', 'children-young']);
    expect(Array.from(plan.ageGroup)).toEqual([0, 1]);
  });

  it('refuses an id twice and a summable figure without a theme', () => {
    expect(() => planPackage([figure('a', ['finance']), figure('a', ['finance'])])).toThrow(
      InvalidInputError,
    );
    expect(() => planPackage([figure('a', [])])).toThrow(/intet tema/);
  });

  it('treats ancestors and listed overlaps as overlapping, both ways', () => {
    const catalogue = [
      figure('total', ['administration']),
      figure('area', ['elderly-health'], { parent: 'total' }),
      figure('part', ['elderly-health'], { parent: 'area' }),
      figure('other', ['elderly-health'], { overlaps: ['area'] }),
      figure('free', ['elderly-health']),
    ];
    const byId = new Map(catalogue.map((f) => [f.id, f]));
    const get = (id: string) => byId.get(id) ?? figure(id, []);
    expect(figuresOverlap(get('part'), get('total'), byId)).toBe(true);
    expect(figuresOverlap(get('area'), get('other'), byId)).toBe(true);
    expect(figuresOverlap(get('part'), get('free'), byId)).toBe(false);
  });
});

describe('buildPackage(plan, potentials): the defects of smallest-parts-first', () => {
  it('keeps day care whole: private pasning and søskenderabat do not push it out', () => {
    const netto = 'dagtilbud-netto-0-13';
    const subs = { parent: netto, volume: perAgeGroup('andel-0-10') };
    const plan = planPackage([
      // As in the catalogue, the area per inhabitant shares its money with all the others.
      figure('dagtilbud-netto-indb', ['children-young'], {
        overlaps: [netto, 'private-pasning-0-10', 'soeskenderabat-0-10'],
      }),
      figure(netto, ['children-young'], { volume: perAgeGroup('andel-0-13') }),
      figure('private-pasning-0-10', ['children-young'], subs),
      figure('soeskenderabat-0-10', ['children-young'], subs),
    ]);
    // The same net money (322 mio. kr.) per inhabitant and per 0-13-årig; the parts are 22 %.
    const potentials = [
      potential('dagtilbud-netto-indb', 7_000, 6_500, INHABITANTS),
      potential(netto, 40_250, 37_375, AGED_0_13),
      potential('private-pasning-0-10', 7_000, 5_000, AGED_0_10),
      potential('soeskenderabat-0-10', 4_200, 4_000, AGED_0_10),
    ];
    const pkg = buildPackage(plan, potentials);
    // Equal money: the figure per age group wins the tie.
    expect(pkg.total.included).toEqual([netto]);
    expect(pkg.total.signed).toBe(2_875 * AGED_0_13);
    expect(pkg.total.money).toBe(322_000_000);
    expect(statusOf(pkg)).toEqual({
      'dagtilbud-netto-indb': 'overlaps',
      [netto]: 'included',
      'private-pasning-0-10': 'overlaps',
      'soeskenderabat-0-10': 'overlaps',
    });
    const rabat = pkg.figures.find((f) => f.keyFigureId === 'soeskenderabat-0-10');
    expect(rabat?.overlapsWith).toBe(netto);
    expect(rabat?.overlapsWithAll).toEqual([netto]);
    expect(rabat?.familyMoney).toBe(322_000_000);
    expect(rabat?.money).toBe(4_200 * AGED_0_10);
    expect(rabat?.reasonDa).toMatch(/^Overlapper dagtilbud-netto-0-13, som er talt med/);
    expect(rabat?.reasonDa).toContain('322,0 mio. kr.');
    expect(pkg.families).toEqual([
      {
        members: [netto, 'dagtilbud-netto-indb', 'private-pasning-0-10', 'soeskenderabat-0-10'],
        included: [netto],
        money: 322_000_000,
        method: 'exhaustive',
      },
    ]);
  });

  it('keeps the library: book purchases do not push out the libraries', () => {
    const plan = planPackage([
      figure('bibliotek-kultur', ['technical-environment']),
      figure('bibliotek', ['technical-environment'], { parent: 'bibliotek-kultur' }),
      figure('boeger', ['technical-environment'], { parent: 'bibliotek' }),
      figure('kultur', ['technical-environment'], { parent: 'bibliotek-kultur' }),
    ]);
    const parts = [
      potential('bibliotek', 540, 500, INHABITANTS), // 24.8 mio. kr.
      potential('boeger', 60, 40, INHABITANTS), // 2.8 mio. kr.
      potential('kultur', 430, 450, INHABITANTS), // 19.8 mio. kr.
    ];
    // Without the area figure: libraries and culture (44.6 mio.) beat books and culture.
    const withoutArea = buildPackage(plan, [potential('bibliotek-kultur', null), ...parts]);
    expect(withoutArea.total.included).toEqual(['bibliotek', 'kultur']);
    expect(withoutArea.total.signed).toBe(40 * INHABITANTS - 20 * INHABITANTS);
    expect(statusOf(withoutArea)['boeger']).toBe('overlaps');
    expect(statusOf(withoutArea)['bibliotek-kultur']).toBe('no-potential');
    // With the area figure covering more (1 100 kr. pr. indb.), the area is counted whole.
    const withArea = buildPackage(plan, [
      potential('bibliotek-kultur', 1_100, 1_000, INHABITANTS),
      ...parts,
    ]);
    expect(withArea.total.included).toEqual(['bibliotek-kultur']);
  });

  it('counts folkeskoleområdet rather than folkeskolen + privatskoler when it covers more', () => {
    const plan = planPackage([
      figure('folkeskoleomraadet-indb', ['children-young'], {
        overlaps: ['undervisning-6-16', 'folkeskolen-6-16', 'privatskoler-6-16'],
      }),
      figure('undervisning-6-16', ['children-young'], { volume: perAgeGroup('andel-6-16') }),
      figure('folkeskolen-6-16', ['children-young'], {
        parent: 'undervisning-6-16',
        volume: perAgeGroup('andel-6-16'),
      }),
      figure('privatskoler-6-16', ['children-young'], {
        parent: 'undervisning-6-16',
        volume: perAgeGroup('andel-6-16'),
      }),
    ]);
    const aged6to16 = 6_200;
    const pkg = buildPackage(plan, [
      potential('folkeskoleomraadet-indb', 9_400, 8_667, INHABITANTS), // 432.4 mio., +33.7 mio.
      potential('undervisning-6-16', 62_000, 58_000, aged6to16), // 384.4 mio.
      potential('folkeskolen-6-16', 55_000, 53_000, aged6to16), // 341.0 mio., +12.4 mio.
      potential('privatskoler-6-16', 6_500, 6_242, aged6to16), // 40.3 mio., +1.6 mio.
    ]);
    expect(pkg.total.included).toEqual(['folkeskoleomraadet-indb']);
    expect(pkg.total.signed).toBe(733 * INHABITANTS);
    const skole = pkg.figures.find((f) => f.keyFigureId === 'folkeskolen-6-16');
    expect(skole?.overlapsWithAll).toEqual(['folkeskoleomraadet-indb']);
  });

  it('shows an aggregate over everything beside the package and never sums it', () => {
    const plan = planPackage([
      figure('service-indb', ['finance'], { aggregate: true }),
      figure('aeldre', ['elderly-health'], { parent: 'service-indb' }),
      figure('skole', ['children-young'], { parent: 'service-indb' }),
    ]);
    const pkg = buildPackage(plan, [
      potential('service-indb', 60_000, 55_000, INHABITANTS),
      potential('aeldre', 15_000, 14_000, INHABITANTS),
      potential('skole', 9_000, 9_500, INHABITANTS),
    ]);
    // Its money (2 760 mio.) is the largest, yet it is the overall level, not a package part.
    expect(pkg.total.included).toEqual(['aeldre', 'skole']);
    expect(pkg.total.signed).toBe(1_000 * INHABITANTS - 500 * INHABITANTS);
    expect(pkg.aggregates.map((f) => [f.keyFigureId, f.status])).toEqual([
      ['service-indb', 'aggregate'],
    ]);
    expect(pkg.aggregates[0]?.reasonDa).toMatch(/^Samlet niveau/);
    expect(pkg.aggregates[0]?.potential.signed).toBe(5_000 * INHABITANTS);
    // Without it, the two areas do not overlap: two families of one.
    expect(pkg.families.map((f) => f.members)).toEqual([['aeldre'], ['skole']]);
    expect(pkg.themes.find((t) => t.theme === 'finance')?.total.signed).toBe(0);
  });

  it('counts a figure of two themes in its first; the theme totals add up to the package', () => {
    const both: Theme[] = ['elderly-health', 'specialised-adults'];
    const plan = planPackage([
      figure('aeldre-voksne-18', both, { volume: perAgeGroup('andel-18') }),
      figure('aeldre-67', ['elderly-health'], {
        parent: 'aeldre-voksne-18',
        volume: perAgeGroup('andel-67'),
      }),
      figure('voksne-18-66', ['specialised-adults'], {
        parent: 'aeldre-voksne-18',
        volume: perAgeGroup('andel-18-66'),
      }),
      figure('sundhed', ['elderly-health']),
    ]);
    const pkg = buildPackage(plan, [
      potential('aeldre-voksne-18', 20_000, 19_000, 37_000), // 740 mio.
      potential('aeldre-67', 60_000, 58_000, 9_000), // 540 mio.
      potential('voksne-18-66', 5_000, 5_500, 28_000), // 140 mio.
      potential('sundhed', 500, 450, INHABITANTS),
    ]);
    expect(pkg.total.included).toEqual(['aeldre-voksne-18', 'sundhed']);
    const [elderly, adults] = pkg.themes;
    expect(elderly?.total.included).toEqual(['aeldre-voksne-18', 'sundhed']);
    expect(elderly?.total.signed).toBe(37_000_000 + 2_300_000);
    expect(adults?.total).toEqual({ signed: 0, positive: 0, money: 0, included: [] });
    // Shown under its second theme, it says where it is counted.
    const shown = adults?.figures.find((f) => f.keyFigureId === 'aeldre-voksne-18');
    expect(shown?.status).toBe('included');
    expect(shown?.countedIn).toBe('elderly-health');
    expect(elderly?.figures.find((f) => f.keyFigureId === 'aeldre-voksne-18')?.countedIn).toBe(
      undefined,
    );
    for (const key of ['signed', 'positive', 'money'] as const) {
      expect(themeSum(pkg, key)).toBe(pkg.total[key]);
    }
  });

  it('prefers the parts when they cover exactly the money of their whole (more figures)', () => {
    const plan = planPackage([
      figure('whole', ['elderly-health']),
      figure('part-a', ['elderly-health'], { parent: 'whole' }),
      figure('part-b', ['elderly-health'], { parent: 'whole' }),
    ]);
    const pkg = buildPackage(plan, [
      potential('whole', 300, 250),
      potential('part-a', 100, 90),
      potential('part-b', 200, 150),
    ]);
    expect(pkg.total.included).toEqual(['part-a', 'part-b']);
  });
});

describe('buildPackage(plan, potentials)', () => {
  const plan = planPackage([
    figure('total', ['administration'], { aggregate: true }),
    figure('elderly', ['elderly-health'], { parent: 'total' }),
    figure('elderly-67', ['elderly-health'], { parent: 'elderly' }),
    figure('school', ['children-young'], { parent: 'total' }),
    figure('sfo', ['children-young'], { overlaps: ['school'] }),
    figure('grades', ['children-young'], { kind: 'quality', polarity: 'higher-is-better' }),
  ]);

  it('says why each figure is left out, in the order the potentials came', () => {
    const pkg = buildPackage(plan, [
      potential('total', 1_000, 900),
      potential('elderly', 500, 400),
      potential('elderly-67', null),
      potential('school', 300, 310),
      { ...potential('sfo', 40, 30), volume: null },
      potential('grades', 5, 4),
    ]);
    expect(pkg.figures.map((f) => [f.keyFigureId, f.status, f.money])).toEqual([
      ['total', 'aggregate', 1_000],
      ['elderly', 'included', 500],
      ['elderly-67', 'no-potential', null],
      ['school', 'included', 300],
      ['sfo', 'no-potential', null],
      ['grades', 'not-summable', 5],
    ]);
    for (const f of pkg.figures) {
      expect(f.reasonDa === undefined, f.keyFigureId).toBe(f.status === 'included');
    }
    expect(pkg.total).toEqual({
      signed: 100 - 10,
      positive: 100,
      money: 800,
      included: ['elderly', 'school'],
    });
  });

  it('agrees with computePackageTotals, in all and per theme', () => {
    const potentials = [
      potential('total', 1_000, 900),
      potential('elderly', 500, 400),
      potential('elderly-67', 450, 300),
      potential('school', 300, 310),
      potential('sfo', 40, 30),
    ];
    const pkg = buildPackage(plan, potentials);
    expect(pkg.total.included).toEqual(['elderly', 'school']);
    const batch = computePackageTotals(plan, columnsOf(potentials));
    expect([batch.signed[0], batch.positive[0], batch.money[0]]).toEqual([90, 100, 800]);
    const school = computePackageTotals(plan, columnsOf(potentials), 'children-young');
    expect(school.signed[0]).toBe(-10);
    expect(batch.themes.get('children-young')?.signed[0]).toBe(-10);
  });

  it('refuses mixed, repeated and unknown figures, and columns of different lengths', () => {
    expect(() =>
      buildPackage(plan, [potential('total', 1), potential('school', 1, 1, 1, '101')]),
    ).toThrow(InvalidInputError);
    expect(() => buildPackage(plan, [potential('total', 1), potential('total', 2)])).toThrow(
      /to gange/,
    );
    expect(() => buildPackage(plan, [potential('nope', 1)])).toThrow(/Ukendt/);
    expect(() => buildPackage(plan, [])).toThrow(/ingen potentialer/);
    expect(() =>
      computePackageTotals(plan, {
        elderly: { signed: Float64Array.of(1, 2), unitCost: [1, 2], volume: [1] },
      }),
    ).toThrow(InvalidInputError);
  });

  it('chooses a family larger than MAX_EXHAUSTIVE_FAMILY greedily and says so', () => {
    const n = MAX_EXHAUSTIVE_FAMILY + 1;
    const star = [
      figure('area', ['elderly-health']),
      ...Array.from({ length: n }, (_, i) =>
        figure(`part-${String(i).padStart(2, '0')}`, ['elderly-health'], { parent: 'area' }),
      ),
    ];
    const pkg = buildPackage(planPackage(star), [
      potential('area', 100, 90),
      ...star.slice(1).map((f) => potential(f.id, 10, 9)),
    ]);
    // Greedy takes the largest money first; an exhaustive search would take the parts (210).
    expect(pkg.families).toEqual([
      expect.objectContaining({ included: ['area'], money: 100, method: 'greedy' }),
    ]);
    expect(pkg.figures.find((f) => f.keyFigureId === 'part-00')?.reasonDa).toMatch(/grådigt/);
  });
});

describe('the real catalogue', () => {
  it('has no overlap family too large to search exhaustively', () => {
    const plan = planPackage(CATALOGUE);
    const families = overlapFamilies(
      plan,
      plan.order.map((_, i) => i),
    );
    const largest = Math.max(...families.map((f) => f.length));
    expect(largest).toBeLessThanOrEqual(MAX_EXHAUSTIVE_FAMILY);
  });

  it('sums none of the cross-area aggregates', () => {
    const plan = planPackage(CATALOGUE);
    for (const id of [
      'serviceudgifter-pr-indb',
      'nettodriftsudgifter-pr-indb',
      'udgifter-i-alt-pr-indb',
    ]) {
      expect(plan.aggregates.has(id), id).toBe(true);
      expect(plan.order).not.toContain(id);
    }
  });
});

describe('package properties (fast-check, seed 42)', () => {
  const id = (i: number) => `f${String(i).padStart(2, '0')}`;
  /** ≤ 8 cost figures: random parents and overlaps, themes, age groups, money and potentials. */
  const packages = fc.integer({ min: 1, max: 8 }).chain((n) => {
    const each = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: n, maxLength: n });
    return fc.record({
      parents: each(fc.option(fc.nat(), { nil: undefined, freq: 2 })),
      extra: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 10 }),
      themes: each(
        fc.subarray(['elderly-health', 'children-young', 'administration'] as const, {
          minLength: 1,
        }),
      ),
      ageGroup: each(fc.boolean()),
      // A small range of money, so that ties (and the tie-breaks) are common.
      money: each(fc.integer({ min: 0, max: 12 })),
      gap: each(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null, freq: 6 })),
    });
  });

  /** The best non-overlapping subset by brute force over all 2^n subsets (DESIGN.md §3.4a). */
  function bruteForce(
    figures: readonly KeyFigure[],
    money: readonly number[],
    available: readonly number[],
  ): string[] {
    const byId = new Map(figures.map((f) => [f.id, f]));
    let best: { ids: string[]; sum: number; ages: number } | undefined;
    for (let mask = 0; mask < 1 << available.length; mask++) {
      const chosen = available.filter((_, j) => (mask & (1 << j)) !== 0);
      const fs = chosen.map((i) => figures[i] ?? figure('?', []));
      if (fs.some((a, x) => fs.some((b, y) => x < y && figuresOverlap(a, b, byId)))) continue;
      const sum = chosen.reduce((s, i) => s + (money[i] ?? 0), 0);
      const ages = fs.filter((f) => f.volume?.share !== undefined).length;
      const ids = fs.map((f) => f.id).sort();
      const better =
        best === undefined ||
        sum > best.sum ||
        (sum === best.sum &&
          (ages > best.ages ||
            (ages === best.ages &&
              (ids.length > best.ids.length ||
                (ids.length === best.ids.length && ids.join(' ') < best.ids.join(' '))))));
      if (better) best = { ids, sum, ages };
    }
    return best?.ids ?? [];
  }

  it('counts the non-overlapping set with the most money, and the themes add up to the total', () => {
    fc.assert(
      fc.property(packages, ({ parents, extra, themes, ageGroup, money, gap }) => {
        const figures = parents.map((p, i) =>
          figure(id(i), themes[i] ?? [], {
            ...(p !== undefined && i > 0 ? { parent: id(p % i) } : {}),
            overlaps: extra.filter(([a, b]) => a === i && b !== i).map(([, b]) => id(b)),
            ...(ageGroup[i] ? { volume: perAgeGroup('andel') } : {}),
          }),
        );
        const byId = new Map(figures.map((f) => [f.id, f]));
        const plan = planPackage(figures);
        const potentials = money.map((c, i) => {
          const g = gap[i] ?? null;
          return potential(id(i), g === null ? null : c, g === null ? null : c - g, 1);
        });
        const pkg = buildPackage(plan, potentials);
        const available = potentials.flatMap((p, i) => (p.signed === null ? [] : [i]));

        expect(pkg.total.included).toEqual(bruteForce(figures, money, available));
        for (const key of ['signed', 'positive', 'money'] as const) {
          expect(themeSum(pkg, key)).toBe(pkg.total[key]);
        }
        const included = pkg.figures.filter((f) => f.status === 'included');
        expect(pkg.total.signed).toBe(
          included.reduce((s, f) => s + (f.potential.signed ?? NaN), 0),
        );
        for (const f of pkg.figures.filter((x) => x.status === 'overlaps')) {
          expect(f.overlapsWithAll?.length).toBeGreaterThan(0);
          for (const o of f.overlapsWithAll ?? []) {
            expect(pkg.total.included).toContain(o);
            const [a, b] = [byId.get(f.keyFigureId), byId.get(o)];
            expect(a && b && figuresOverlap(a, b, byId)).toBe(true);
          }
        }
        for (const t of pkg.themes) {
          for (const f of t.figures) {
            const counted = f.status === 'included' && f.countingTheme !== t.theme;
            expect(f.countedIn).toBe(counted ? f.countingTheme : undefined);
          }
        }
        const batch = computePackageTotals(plan, columnsOf(potentials));
        expect(batch.signed[0]).toBe(pkg.total.signed);
        expect(batch.positive[0]).toBe(pkg.total.positive);
        expect(batch.money[0]).toBe(pkg.total.money);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
