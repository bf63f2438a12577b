import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedBasis } from '../../src/core/index.ts';
import { createApp } from '../../src/server/index.ts';
import type { Database } from '../../src/db/index.ts';
import { ENGINES } from '../support/engines.ts';
import { FULL_EXPORT_BASIS } from '../support/price-basis.ts';
import { realDataDatabase } from '../support/real-data.ts';

interface Figure {
  id: string;
  source: string;
  firstYear: number | null;
  lastYear: number | null;
  lastYearKinds: string[];
  lastAccountsYear: number | null;
  lastYearPriceBases: string[];
  lastYearMunicipalities: number;
}
interface Source {
  source: string;
  keyFigures: number;
  withoutValues: number;
  firstYear: number | null;
  lastYear: number | null;
  lastYears: { year: number; keyFigures: number; kinds: string[]; priceBases: string[] }[];
}

describe.each(ENGINES)('GET /api/v1/freshness on %s (the full nøgletal export)', (engine) => {
  let db: Database;
  let fresh: { sources: Source[]; keyFigures: Figure[] };
  let catalogue: { id: string; firstYear: number | null; lastYear: number | null }[];
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    const app = createApp({
      db,
      now: () => new Date('2026-11-23T12:00:00Z'),
      cacheVersionTtlMs: 0,
    });
    const answer = await app.request('/api/v1/freshness');
    expect(answer.status).toBe(200);
    fresh = (await answer.json()) as typeof fresh;
    catalogue = (
      (await (await app.request('/api/v1/key-figures')).json()) as { keyFigures: typeof catalogue }
    ).keyFigures;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('gives each figure its newest year, its kind, the newest accounts year and the price basis', () => {
    // The export is dated 2019: 2019 is budget, 2018 the newest accounts, in fixed 2010 prices.
    expect(fresh.keyFigures.find((k) => k.id === 'udgifter-aeldre-pr-67-aarig')).toEqual({
      id: 'udgifter-aeldre-pr-67-aarig',
      source: 'noegletal',
      nameDa: expect.any(String),
      nameEn: expect.any(String),
      firstYear: 2018,
      lastYear: 2019,
      lastYearKinds: ['budget'],
      lastAccountsYear: 2018,
      lastYearPriceBases: [storedBasis(FULL_EXPORT_BASIS.level)],
      lastYearMunicipalities: 98,
    });
    // A share is no amount: no price basis but "none".
    expect(fresh.keyFigures.find((k) => k.id === 'andel-0-10-aarige')?.lastYearPriceBases).toEqual([
      'none',
    ]);
  });

  it('agrees with the catalogue on every figure’s first and newest year', () => {
    expect(fresh.keyFigures.map((k) => k.id).sort()).toEqual(catalogue.map((k) => k.id).sort());
    for (const k of catalogue) {
      const f = fresh.keyFigures.find((x) => x.id === k.id);
      expect([f?.firstYear, f?.lastYear], k.id).toEqual([k.firstYear, k.lastYear]);
    }
  });

  it('counts per source how many figures end in which year, newest first', () => {
    for (const s of fresh.sources) {
      const own = fresh.keyFigures.filter((k) => k.source === s.source);
      const withValues = own.filter((k) => k.lastYear !== null);
      expect(s.keyFigures + s.withoutValues, s.source).toBe(own.length);
      expect(s.keyFigures, s.source).toBe(withValues.length);
      expect(
        s.lastYears.reduce((n, y) => n + y.keyFigures, 0),
        s.source,
      ).toBe(s.keyFigures);
      for (const y of s.lastYears) {
        expect(y.keyFigures).toBe(withValues.filter((k) => k.lastYear === y.year).length);
      }
      expect(s.lastYears.map((y) => y.year)).toEqual(
        [...new Set(withValues.map((k) => k.lastYear))].sort((a, b) => (b ?? 0) - (a ?? 0)),
      );
    }
    const noegletal = fresh.sources.find((s) => s.source === 'noegletal');
    expect(noegletal?.lastYear).toBe(2019);
    expect(noegletal?.lastYears[0]).toMatchObject({ year: 2019, kinds: ['budget'] });
  });

  it('says which catalogued figures have no numbers yet (sources not imported)', () => {
    // The fixture holds the nøgletal export only: REGK31's figures are not fetched yet.
    const regk31 = fresh.sources.find((s) => s.source === 'regk31');
    expect(regk31).toMatchObject({ keyFigures: 0, firstYear: null, lastYear: null, lastYears: [] });
    expect(regk31?.withoutValues).toBeGreaterThan(0);
    const none = fresh.keyFigures.filter((k) => k.source === 'regk31');
    expect(none.every((k) => k.lastYear === null && k.lastYearKinds.length === 0)).toBe(true);
  });
});
