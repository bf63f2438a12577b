import { describe, expect, it } from 'vitest';
import type { CompareDocument, PackageDocument } from '../../src/server/contract.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataApp } from '../support/real-data-app.ts';

const CODES = ['101', '751', '766'] as const;

describe.each(ENGINES)('GET /api/v1/compare on %s', (engine) => {
  const { request, json } = realDataApp(engine);
  const problem = async (path: string) => {
    const r = await request(path);
    return { status: r.status, body: (await r.json()) as { detail: string; parameter?: string } };
  };

  /** Checks every figure of `doc` against each municipality's own package answer. */
  async function expectSameAsPackages(doc: CompareDocument, query: string) {
    for (const [i, code] of CODES.entries()) {
      const pkg = await json<PackageDocument>(
        `/api/v1/package?municipality=${code}&year=${doc.year}${query}`,
      );
      const median = await json<PackageDocument>(
        `/api/v1/package?municipality=${code}&year=${doc.year}${query.replace(/&benchmark=[^&]*/, '')}&benchmark=median`,
      );
      const m = doc.municipalities[i];
      expect(m?.municipality.code).toBe(code);
      expect(m?.packageTotal).toBe(pkg.total.signed);
      expect(m?.prices).toEqual(pkg.prices);
      expect(m?.unitLabelDa).toBe(pkg.unitLabelDa);
      expect(m?.yearKind).toBe(pkg.yearKind);
      let compared = 0;
      for (const theme of doc.themes) {
        const own = pkg.themes.find((t) => t.theme === theme.theme);
        const atMedian = median.themes.find((t) => t.theme === theme.theme);
        expect(m?.themes.find((t) => t.theme === theme.theme)?.total).toBe(own?.total.signed);
        expect(theme.figures.map((f) => f.keyFigureId)).toEqual(
          own?.figures.map((f) => f.keyFigureId),
        );
        for (const f of theme.figures) {
          const cell = f.municipalities[i];
          const row = own?.figures.find((x) => x.keyFigureId === f.keyFigureId);
          const medianRow = atMedian?.figures.find((x) => x.keyFigureId === f.keyFigureId);
          expect(cell?.code).toBe(code);
          expect(cell?.value).toBe(row?.value);
          expect(cell?.potential).toBe(row?.potential);
          expect(cell?.benchmark).toBe(row?.benchmark);
          expect(cell?.status).toBe(row?.status);
          expect(cell?.yearKind).toBe(row?.yearKind);
          // The peer median is the package's benchmark at the median level.
          expect(cell?.median).toBe(medianRow?.benchmark);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(20);
    }
  }

  it('gives each municipality the potentials and medians of its own package (all themes)', async () => {
    const doc = await json<CompareDocument>(
      `/api/v1/compare?municipalities=${CODES.join(',')}&year=2019`,
    );
    expect(doc.year).toBe(2019);
    expect(doc.yearChosenByDefault).toBe(false);
    expect(doc.level).toBe('median');
    expect(doc.themes.map((t) => t.theme)).toEqual([
      'elderly-health',
      'technical-environment',
      'specialised-adults',
      'employment-social-family',
      'children-young',
      'integration',
      'administration',
      'finance',
    ]);
    // All themes: the themes' totals add up to the package total.
    for (const m of doc.municipalities) expect(m.total).toBeCloseTo(m.packageTotal, 0);
    await expectSameAsPackages(doc, '');
  });

  it('gives the peer median beside another benchmark level (p25, nearest:15)', async () => {
    const doc = await json<CompareDocument>(
      `/api/v1/compare?municipalities=${CODES.join(',')}&year=2019&benchmark=p25&peers=nearest:15`,
    );
    expect(doc.level).toBe('p25');
    await expectSameAsPackages(doc, '&benchmark=p25&peers=nearest:15');
    const cells = doc.themes.flatMap((t) => t.figures.flatMap((f) => f.municipalities));
    // p25 of the group is not its median: the two are told apart.
    expect(cells.some((c) => c.median !== null && c.median !== c.benchmark)).toBe(true);
  });

  it('shows only the chosen themes, in the themes order, with the default year', async () => {
    const doc = await json<CompareDocument>(
      '/api/v1/compare?municipalities=766,Aarhus&themes=children-young,elderly-health',
    );
    expect(doc.yearChosenByDefault).toBe(true);
    expect(doc.municipalities.map((m) => m.municipality.code)).toEqual(['766', '751']);
    expect(doc.themes.map((t) => t.theme)).toEqual(['elderly-health', 'children-young']);
    for (const m of doc.municipalities) {
      expect(m.themes.map((t) => t.theme)).toEqual(['elderly-health', 'children-young']);
      expect(m.total).toBe((m.themes[0]?.total ?? NaN) + (m.themes[1]?.total ?? NaN));
    }
    const cell = doc.themes[0]?.figures[0]?.municipalities[0];
    expect(cell?.rank).toBeGreaterThanOrEqual(1);
    expect(cell?.rankOf).toBeGreaterThan(90);
  });

  it.each([
    ['municipalities=101,999', 400, /999 findes ikke/],
    ['municipalities=101,Atlantis', 400, /Atlantis/],
    ['municipalities=101,0101', 400, /101 står mere end én gang/],
    ['municipalities=', 400, /municipalities mangler/],
    ['municipalities=101,751,766,147,153,155', 422, /højst 5 kommuner/],
    ['municipalities=101,751&themes=foo', 400, /Ukendt tema "foo"/],
    ['municipalities=101,751&themes=finance,finance', 400, /finance står mere end én gang/],
    ['municipalities=101,751&themes=structure', 400, /structure har ingen potentialer/],
    ['municipalities=101,751&year=abc', 400, /year/],
  ])('refuses %s with %i, naming the problem', async (query, status, message) => {
    const r = await problem(`/api/v1/compare?${query}`);
    expect(r.status).toBe(status);
    expect(r.body.detail).toMatch(message);
  });
});
