import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import type { KeyFigure, Theme } from '../key-figures/index.ts';
import {
  buildPackage,
  computePackageTotals,
  figuresOverlap,
  planPackage,
  type Potential,
} from './index.ts';

function figure(
  id: string,
  themes: readonly Theme[],
  extra: Partial<Pick<KeyFigure, 'parent' | 'overlaps' | 'kind' | 'polarity'>> = {},
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
    volume: { population: 'indbyggertal', description: 'Indbyggertal' },
    overlaps: [],
    counterparts: [],
    breaks: [],
    catalogued: true,
    ...extra,
  };
}

function potential(keyFigureId: string, signed: number | null, code = '766'): Potential {
  return {
    code,
    keyFigureId,
    year: 2023,
    levelKey: 'median',
    unitCost: null,
    benchmark: null,
    volume: null,
    signed,
    positive: signed === null ? null : Math.max(0, signed),
    basis: {
      code,
      keyFigureId,
      year: 2023,
      polarity: 'lower-is-better',
      level: { kind: 'median' },
      levelKey: 'median',
      levelNameDa: 'Median',
      value: null,
      ownValue: null,
      ownVolume: null,
      group: { kind: 'all', nameDa: 'Alle kommuner', members: [] },
      used: [],
      leftOut: [],
    },
  };
}

// total ← elderly ← {elderly-67, adults-18-66}; total ← school; sfo overlaps school.
const catalogue = [
  figure('total', ['administration']),
  figure('elderly', ['elderly-health'], { parent: 'total' }),
  figure('elderly-67', ['elderly-health'], { parent: 'elderly' }),
  figure('adults-18-66', ['specialised-adults'], { parent: 'elderly' }),
  figure('school', ['children-young'], { parent: 'total' }),
  figure('sfo', ['children-young'], { overlaps: ['school'] }),
  figure('grades', ['children-young'], { kind: 'quality', polarity: 'higher-is-better' }),
];
const plan = planPackage(catalogue);

describe('planPackage(catalogue)', () => {
  it('tries the most specific figures first, then by id, and leaves out non-costs', () => {
    // depth 2: adults-18-66, elderly-67; depth 1: elderly, school; depth 0: sfo, total
    expect(plan.order).toEqual(['adults-18-66', 'elderly-67', 'elderly', 'school', 'sfo', 'total']);
  });
  it('treats ancestors and listed overlaps as overlapping, both ways', () => {
    const byId = new Map(catalogue.map((f) => [f.id, f]));
    const get = (id: string) => byId.get(id) ?? figure(id, []);
    expect(figuresOverlap(get('elderly-67'), get('total'), byId)).toBe(true);
    expect(figuresOverlap(get('school'), get('sfo'), byId)).toBe(true);
    expect(figuresOverlap(get('elderly-67'), get('adults-18-66'), byId)).toBe(false);
  });
});

describe('buildPackage(plan, potentials)', () => {
  const potentials = [
    potential('total', 1000),
    potential('elderly', 200),
    potential('elderly-67', 300),
    potential('adults-18-66', -50),
    potential('school', 100),
    potential('sfo', 40),
    potential('grades', 5),
  ];

  it('sums only figures that do not overlap, per theme and in all', () => {
    const pkg = buildPackage(plan, potentials);
    // included: adults-18-66 (−50), elderly-67 (300), school (100);
    // signed 350, positive 0 + 300 + 100 = 400
    expect(pkg.total).toEqual({
      signed: 350,
      positive: 400,
      included: ['adults-18-66', 'elderly-67', 'school'],
    });
    const status = Object.fromEntries(
      pkg.figures.map((f) => [f.keyFigureId, [f.status, f.overlapsWith]]),
    );
    expect(status).toEqual({
      'adults-18-66': ['included', undefined],
      'elderly-67': ['included', undefined],
      elderly: ['overlaps', 'adults-18-66'],
      school: ['included', undefined],
      sfo: ['overlaps', 'school'],
      total: ['overlaps', 'adults-18-66'],
      grades: ['not-summable', undefined],
    });
    // per theme: elderly-health 300 (elderly overlaps elderly-67), specialised-adults −50,
    // children-young 100 (sfo overlaps school), administration 1000 (total alone)
    expect(pkg.themes.map((t) => [t.theme, t.total.signed, t.total.positive])).toEqual([
      ['elderly-health', 300, 300],
      ['specialised-adults', -50, 0],
      ['children-young', 100, 100],
      ['administration', 1000, 1000],
    ]);
  });

  it('does not fall back to a parent that overlaps an included sibling', () => {
    const pkg = buildPackage(
      plan,
      potentials.map((p) => (p.keyFigureId === 'elderly-67' ? potential('elderly-67', null) : p)),
    );
    expect(pkg.total.included).toEqual(['adults-18-66', 'school']);
    expect(pkg.figures.find((f) => f.keyFigureId === 'elderly-67')?.status).toBe('no-potential');
  });

  it('agrees with computePackageTotals', () => {
    const columns = Object.fromEntries(
      potentials.map((p) => [p.keyFigureId, new Float64Array([p.signed ?? NaN])]),
    );
    const batch = computePackageTotals(plan, columns);
    expect([batch.signed[0], batch.positive[0]]).toEqual([350, 400]);
    expect(computePackageTotals(plan, columns, 'children-young').signed[0]).toBe(100);
  });

  it('refuses mixed, repeated and unknown figures', () => {
    expect(() =>
      buildPackage(plan, [potential('total', 1), potential('school', 1, '101')]),
    ).toThrow(InvalidInputError);
    expect(() => buildPackage(plan, [potential('total', 1), potential('total', 2)])).toThrow(
      /to gange/,
    );
    expect(() => buildPackage(plan, [potential('nope', 1)])).toThrow(/Ukendt/);
  });
});

describe('package properties', () => {
  /** A random forest of cost figures with random extra overlaps and potentials. */
  const forest = fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc.record({
      parents: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: n, maxLength: n }),
      extra: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 }),
      themes: fc.array(
        fc.subarray(['elderly-health', 'children-young', 'administration'] as const, {
          minLength: 1,
        }),
        {
          minLength: n,
          maxLength: n,
        },
      ),
      values: fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null, freq: 5 }), {
        minLength: n,
        maxLength: n,
      }),
    }),
  );

  it('totals equal the sum of their non-overlapping parts', () => {
    fc.assert(
      fc.property(forest, ({ parents, extra, themes, values }) => {
        const id = (i: number) => `f${String(i).padStart(2, '0')}`;
        const figures = parents.map((p, i) =>
          figure(id(i), themes[i] ?? [], {
            ...(p !== undefined && i > 0 ? { parent: id(p % i) } : {}),
            overlaps: extra.filter(([a, b]) => a === i && b !== i).map(([, b]) => id(b)),
          }),
        );
        const byId = new Map(figures.map((f) => [f.id, f]));
        const pkgPlan = planPackage(figures);
        const pkg = buildPackage(
          pkgPlan,
          values.map((v, i) => potential(id(i), v)),
        );
        for (const part of [pkg, ...pkg.themes]) {
          const list = 'theme' in part ? part.figures : pkg.figures;
          const included = list.filter((f) => f.status === 'included');
          expect(part.total.signed).toBe(
            included.reduce((s, f) => s + (f.potential.signed ?? NaN), 0),
          );
          expect(part.total.positive).toBe(
            included.reduce((s, f) => s + (f.potential.positive ?? NaN), 0),
          );
          for (const a of included) {
            for (const b of included) {
              if (a !== b)
                expect(
                  figuresOverlap(
                    byId.get(a.keyFigureId) ?? figure('?', []),
                    byId.get(b.keyFigureId) ?? figure('?', []),
                    byId,
                  ),
                ).toBe(false);
            }
          }
          for (const f of list.filter((x) => x.status === 'overlaps')) {
            expect(included.map((x) => x.keyFigureId)).toContain(f.overlapsWith);
          }
        }
        const columns = Object.fromEntries(
          values.map((v, i) => [id(i), new Float64Array([v ?? NaN])]),
        );
        expect(computePackageTotals(pkgPlan, columns).signed[0]).toBe(pkg.total.signed);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
