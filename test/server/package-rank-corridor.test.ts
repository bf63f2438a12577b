import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import type { PackageDocument, PotentialDocument } from '../../src/server/contract.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { parse as parseCsv } from 'csv-parse/sync';

describe.each(ENGINES)('GET /api/v1/package with ranks and corridors on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'noegletal');
    app = createApp({ db, now: () => new Date('2026-11-23T12:00:00Z'), cacheVersionTtlMs: 0 });
  });
  afterAll(async () => {
    await db?.close();
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers });

  it('gives the same corridor as GET /api/v1/potential (766, udgifter-aeldre-pr-67-aarig, 2019)', async () => {
    const pkg = (await (
      await get('/api/v1/package?municipality=766&year=2019')
    ).json()) as PackageDocument;
    const potential = (await (
      await get(
        '/api/v1/potential?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig&year=2019',
      )
    ).json()) as PotentialDocument;
    expect(pkg.level).toBe('median');
    expect(pkg.levelNameDa).toBe('Median');
    const row = pkg.themes
      .flatMap((t) => t.figures)
      .find((f) => f.keyFigureId === 'udgifter-aeldre-pr-67-aarig');
    expect(row?.corridor).toEqual({ min: potential.corridor.min, max: potential.corridor.max });
    expect(row?.corridor.min).not.toBeNull();
    expect(row?.rank).toBeGreaterThanOrEqual(1);
    expect(row?.rank).toBeLessThanOrEqual(row?.rankOf ?? 0);
    // The group of 10 nearest plus 766 itself, as far as they have values in 2019.
    expect(row?.rankOf).toBe(potential.used.length + 1);
  });

  it('exports rank and corridor columns in CSV and XLSX', async () => {
    const csv = await (await get('/api/v1/package?municipality=766&year=2019&format=csv')).text();
    const [cols = [], ...lines] = parseCsv(csv) as string[][];
    expect(cols).toEqual(
      expect.arrayContaining([
        'rang',
        'af',
        'korridor min (kr., 2010-priser)',
        'korridor max (kr., 2010-priser)',
      ]),
    );
    const elderly = lines.find((l) => l.includes('udgifter-aeldre-pr-67-aarig'));
    const rank = elderly?.[cols.indexOf('rang')];
    expect(Number(rank)).toBeGreaterThanOrEqual(1);

    const r = await get('/api/v1/package?municipality=766&year=2019', {
      Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const headers = (wb.getWorksheet('Nøgletal')?.getRow(1).values ?? []) as unknown[];
    expect(headers).toEqual(
      expect.arrayContaining([
        'rang',
        'af',
        'korridor min (kr., 2010-priser)',
        'korridor max (kr., 2010-priser)',
      ]),
    );
  });
});
