// Golden files for the HTTP API (issue 13): the OpenAPI document, and a JSON-stat answer on the
// small fixture made by the project (test/fixtures/golden/elderly.csv), the same on both
// engines. Update with `npm run golden:update` after a deliberate change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_PRICES } from '../../src/core/index.ts';
import { applyImport, type Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { parseTidyCsv } from '../../src/sources/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { expectGolden, goldenJson } from '../support/golden.ts';
import { repoRoot } from '../support/shared-data.ts';
import { validateJsonStat } from '../server/jsonstat-schema.ts';

const FIXTURE = join(repoRoot, 'test', 'fixtures', 'golden', 'elderly.csv');

describe.each(ENGINES)('the API’s golden answers on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await freshDatabase(engine);
    await applyImport(db, parseTidyCsv(new Uint8Array(readFileSync(FIXTURE)), 'elderly.csv'), {
      fileName: 'elderly.csv',
      sha256: 'e'.repeat(64),
      byteSize: 1,
      importedAt: new Date(0),
      priceBasis: { level: CURRENT_PRICES, how: 'flag' },
    });
    app = createApp({ db, now: () => new Date('2026-11-23T12:00:00Z'), cacheVersionTtlMs: 0 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('GET /api/v1/openapi.json answers as the golden file says', async () => {
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expectGolden('api/openapi.json', goldenJson(await res.json()));
  });

  it.each([
    ['values', '/api/v1/values?keyFigure=udgifter-aeldre-pr-67-aarig&year=2019&format=jsonstat'],
    [
      'series',
      '/api/v1/series?keyFigure=udgifter-aeldre-pr-67-aarig&municipality=147&format=jsonstat',
    ],
  ])('the JSON-stat answer of %s answers as the golden file says', async (name, path) => {
    const res = await app.request(path);
    expect(res.status, path).toBe(200);
    const body: unknown = await res.json();
    expect(validateJsonStat(body)).toEqual([]);
    expectGolden(`api/${name}.jsonstat.json`, goldenJson(body));
  });
});
