import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_PRICES } from '../../src/core/index.ts';
import { applyImport, type Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { parseTidyCsv } from '../../src/sources/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const tidy = (rows: string[]) =>
  new TextEncoder().encode(['municipality_code;year;key_figure;value', ...rows].join('\n') + '\n');

describe.each(ENGINES)('GET /api/v1/health on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let imports = 0;
  const importRows = async (rows: string[]) => {
    imports++;
    await applyImport(db, parseTidyCsv(tidy(rows), `h${imports}.csv`), {
      fileName: `h${imports}.csv`,
      sha256: String(imports).repeat(64).slice(0, 64),
      byteSize: 1,
      importedAt: new Date(0),
      priceBasis: { level: CURRENT_PRICES, how: 'flag' },
    });
  };
  const health = async () =>
    (await (await app.request('/api/v1/health')).json()) as {
      status: string;
      observations: number;
      empty: boolean;
    };
  beforeAll(async () => {
    db = await freshDatabase(engine);
    app = createApp({ db, now: () => new Date('2026-12-06T12:00:00Z'), cacheVersionTtlMs: 0 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('counts the observations anew after every import (the count is kept per data version)', async () => {
    expect(await health()).toMatchObject({ status: 'ok', observations: 0, empty: true });
    await importRows(['101;2019;Sundhedstal;1', '147;2019;Sundhedstal;2']);
    expect(await health()).toMatchObject({ status: 'ok', observations: 2, empty: false });
    expect((await health()).observations).toBe(2);
    await importRows(['151;2019;Sundhedstal;3']);
    expect(await health()).toMatchObject({ observations: 3, empty: false });
  });
});
