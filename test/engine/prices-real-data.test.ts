// Price levels, year kinds, coverage and warnings on the real data (issue 11's "done when"),
// on both engines: the whole ../shared/data/raw imported as a user does it, in one run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/import-files.ts';
import type { Database } from '../../src/db/index.ts';
import {
  computePackageFor,
  computePotentialFor,
  defaultPackageYear,
  packageYears,
  parseBenchmarkLevel,
  parsePeerSpec,
  parsePriceRequest,
  presentPackage,
  requireKeyFigure,
  seriesAnswer,
  valuesAnswer,
} from '../../src/engine/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { rawDataPath } from '../support/shared-data.ts';

const MEDIAN = parseBenchmarkLevel('median');
const NEAREST = parsePeerSpec('nearest:10');

describe.each(ENGINES)('prices, year kinds and packages on the real data, %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
    const outcomes = await importFiles(db, [rawDataPath()], {
      cwd: process.cwd(),
      now: () => new Date(0),
    });
    // The full export's basis is read from its overlap with the newer exports.
    expect(outcomes.filter((o) => o.outcome === 'refused').map((o) => o.file)).not.toContainEqual(
      expect.stringContaining('full_noegletal'),
    );
  });
  afterAll(async () => {
    await db.close();
  });

  it('detects full_noegletal.csv as fixed 2010 prices and the newer exports as current', async () => {
    const rows = await db.query<{
      file_name: string;
      price_basis: string;
      price_basis_how: string;
    }>(
      `SELECT file_name, price_basis, price_basis_how FROM imports
       WHERE price_basis IS NOT NULL AND file_name LIKE '%noegletal%' ORDER BY id`,
    );
    const basis = (part: string) => rows.find((r) => r.file_name.includes(part));
    expect(basis('full_noegletal.csv')).toMatchObject({
      price_basis: 'fixed-2010',
      price_basis_how: 'detected',
    });
    expect(basis('Serviceudgifter')).toMatchObject({
      price_basis: 'current',
      price_basis_how: 'detected',
    });
    expect(basis('dagtilbud')).toMatchObject({ price_basis: 'current' });
  });

  it('derives the price index exactly: 1 in 2010, 1/1,6816 in 1993, 1/0,8904 in 2018', async () => {
    const rows = await db.query<{ year: number; value: number; pairs: number; agreeing: number }>(
      `SELECT year, value::float8 AS value, (detail->>'pairs')::int AS pairs,
         (detail->>'agreeing')::int AS agreeing
       FROM price_index WHERE source = 'derived' AND key_figure_id = '' ORDER BY year`,
    );
    const at = (y: number) => rows.find((r) => r.year === y);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 26 }, (_, i) => 1993 + i));
    expect(at(2010)?.value).toBe(1);
    expect(1 / (at(1993)?.value ?? 0)).toBeCloseTo(1.6816, 4);
    expect(1 / (at(2018)?.value ?? 0)).toBeCloseTo(0.8904, 4);
    // The factor is common to every municipality (a conversion, not a revision).
    for (const r of rows) expect(r.agreeing).toBe(r.pairs);
    const figureSpecific = await db.query(`SELECT 1 FROM price_index WHERE key_figure_id <> ''`);
    expect(figureSpecific).toHaveLength(0);
  });

  it('logs no price conversion as a revision: both bases are kept side by side', async () => {
    const [h] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM observation_history
       WHERE key_figure_id IN ('serviceudgifter-pr-indb', 'udg-dagtilbud-brutto-pr-0-13-aarig')`,
    );
    expect(h?.n).toBe(0);
    const [both] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM observations WHERE key_figure_id = 'serviceudgifter-pr-indb'
         AND municipality_code = '101' AND year = 2018`,
    );
    expect(both?.n).toBe(2);
  });

  it('gives København 36 072 (2010-priser) and 40 512 (current) for 2018, and keeps 2019 budget and accounts apart', async () => {
    const k = await requireKeyFigure(db, 'Serviceudgifter pr. indb.');
    const fixed = await seriesAnswer(db, k, '101', parsePriceRequest('2010'));
    const current = await seriesAnswer(db, k, '101', parsePriceRequest('current'));
    const point = (a: typeof fixed, year: number, kind = 'accounts') =>
      a.points.find((p) => p.year === year && p.yearKind === kind);
    expect(fixed.prices).toEqual({ basis: 'fixed', year: 2010 });
    expect(point(fixed, 2018)?.value).toBe(36_072);
    expect(point(current, 2018)?.value).toBe(40_512);
    expect(point(fixed, 2019, 'budget')).toMatchObject({
      value: 36_198,
      prices: { basis: 'fixed', year: 2010 },
      chosen: false,
    });
    // No index for 2019: the accounts stay in their own prices, labelled so.
    expect(point(fixed, 2019, 'accounts')).toMatchObject({
      value: 40_467,
      prices: { basis: 'current', year: null },
      unconverted: true,
      chosen: true,
    });
  });

  it('converts the elderly figure (766, 2018) by the index ratio and calls 2019 budget', async () => {
    const k = await requireKeyFigure(db, 'Udgifter til ældre pr. 67+-årig');
    const current = await valuesAnswer(db, k, 2018, {
      level: { basis: 'current', year: null },
      explicit: true,
    });
    const fixed = await valuesAnswer(
      db,
      k,
      2018,
      parsePriceRequest('2010') ?? { level: { basis: 'current', year: null }, explicit: false },
    );
    const own = (a: typeof current) => a.rows.find((r) => r.code === '766')?.value ?? NaN;
    const [index] = await db.query<{ value: number }>(
      `SELECT value::float8 AS value FROM price_index WHERE source = 'derived' AND key_figure_id = '' AND year = 2018`,
    );
    expect(own(current) / own(fixed)).toBeCloseTo(index?.value ?? NaN, 12);
    expect(own(current) / own(fixed)).toBeCloseTo(1 / 0.8904, 3);
    const y2019 = await valuesAnswer(db, k, 2019, {
      level: { basis: 'current', year: null },
      explicit: false,
    });
    expect(y2019.yearKind).toBe('budget');
  });

  it('builds the 2019 package of Hedensted in 2010 prices, as budget, with coverage and warnings, and themes that add up', async () => {
    const doc = presentPackage(
      await computePackageFor(db, { code: '766', year: 2019, level: MEDIAN, peers: NEAREST }),
    );
    expect(doc.prices).toEqual({ basis: 'fixed', year: 2010 });
    expect(doc.pricesFellBack).toBe(true);
    expect(doc.yearKind).toBe('budget');
    expect(doc.coverage.share).toBeGreaterThan(0.9);
    expect(doc.coverage.denominatorKeyFigureId).toBe('nettodriftsudgifter-pr-indb');
    const codes = doc.warnings.map((w) => w.code);
    expect(codes).toContain('budget-year');
    expect(codes).toContain('price-conversion');
    const themeSum = doc.themes.reduce((s, t) => s + t.total.positive, 0);
    expect(Math.abs(themeSum - doc.total.positive)).toBeLessThan(1);
    const included = doc.themes.flatMap((t) => t.figures).filter((f) => f.status === 'included');
    for (const f of included) expect(f.yearKind).toBe('budget');
    // Some day-care area figure is summed, never pushed out by its small parts.
    expect(doc.total.included.some((id) => id.startsWith('udg-dagtilbud-'))).toBe(true);
    expect(doc.total.included).not.toContain('udg-private-pasningsordninger-pr-0-10-aarig');
    expect(doc.aggregates.map((a) => a.keyFigureId)).toContain('serviceudgifter-pr-indb');
  });

  it('holds the comparable REGK31 functions in 2023 with their coverage, and age-group volumes in 2021', async () => {
    const p2023 = await computePackageFor(db, {
      code: '766',
      year: 2023,
      level: MEDIAN,
      peers: NEAREST,
    });
    const ids2023 = p2023.package.total.included;
    expect(ids2023.filter((id) => id.startsWith('regk31-')).length).toBeGreaterThanOrEqual(20);
    expect(p2023.prices).toEqual({ basis: 'current', year: null });
    expect(p2023.yearKinds.main).toBe('accounts');
    expect(p2023.coverage.share).toBeGreaterThan(0.25);
    const p2021 = await computePackageFor(db, {
      code: '766',
      year: 2021,
      level: MEDIAN,
      peers: NEAREST,
    });
    expect(p2021.package.total.included).toContain('regk31-5-30-27-pr-67-aarig');
  });

  it('defaults to the newest year that is mainly accounts and covers half the spending', async () => {
    const years = await packageYears(db, '766');
    const y2019 = years.find((y) => y.year === 2019);
    expect(y2019).toMatchObject({ yearKind: 'budget', eligibleAsDefault: false });
    const chosen = defaultPackageYear(years);
    const summary = years.find((y) => y.year === chosen);
    expect(summary?.yearKind).toBe('accounts');
    expect(summary?.coverage).toBeGreaterThanOrEqual(0.5);
    expect(years.filter((y) => y.eligibleAsDefault && y.year > (chosen ?? 0))).toEqual([]);
  });

  it("warns on Læsø's package: distant peers, and the transport figure as an outlier", async () => {
    const p = await computePackageFor(db, {
      code: '825',
      year: 2019,
      level: MEDIAN,
      peers: NEAREST,
    });
    expect(p.warnings.some((w) => w.code === 'distant-peers')).toBe(true);
    expect(
      p.warnings.some(
        (w) => w.code === 'outlier' && w.keyFigureId === 'udg-transport-infrastruktur-pr-indb',
      ),
    ).toBe(true);
    const hedensted = await computePackageFor(db, {
      code: '766',
      year: 2019,
      level: MEDIAN,
      peers: NEAREST,
    });
    expect(hedensted.warnings.some((w) => w.code === 'distant-peers')).toBe(false);
  });

  it('carries prices, year kind and warnings on a potential', async () => {
    const k = await requireKeyFigure(db, 'udg-transport-infrastruktur-pr-indb');
    const a = await computePotentialFor(db, {
      code: '825',
      keyFigure: k,
      year: 2018,
      level: MEDIAN,
      peers: NEAREST,
    });
    expect(a.prices).toEqual({ basis: 'current', year: null });
    expect(a.figurePrices).toMatchObject({ yearKind: 'accounts', converted: true });
    expect(a.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['distant-peers', 'outlier']),
    );
  });

  it.each([
    ['1850', /prisniveau/],
    ['abc', /prisniveau/],
    ['2019', /intet pris- og lønindeks for 2019/],
  ])('refuses prices=%s in the API with a 400 naming prices', async (prices, message) => {
    const app = createApp({
      db,
      now: () => new Date(0),
      logError: () => undefined,
      cacheVersionTtlMs: 0,
    });
    const r = await app.request(
      `/api/v1/values?keyFigure=serviceudgifter-pr-indb&year=2018&prices=${prices}`,
    );
    expect(r.status).toBe(400);
    const problem = (await r.json()) as { detail: string; parameter?: string };
    expect(JSON.stringify(problem)).toContain('prices');
    expect(problem.detail).toMatch(message);
  });
});
