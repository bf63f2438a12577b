import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport, type Database } from '../../src/db/index.ts';
import { startServer, type RequestLog } from '../../src/server/index.ts';
import { parseNoegletalCsv } from '../../src/sources/index.ts';
import { freshDatabase } from '../support/engines.ts';
import { rawDataPath } from '../support/shared-data.ts';
import { FULL_EXPORT_BASIS } from '../support/price-basis.ts';

describe('startServer(options)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    const parsed = parseNoegletalCsv(
      new Uint8Array(readFileSync(rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'))),
      'f.csv',
    );
    await applyImport(db, parsed, {
      fileName: 'f.csv',
      sha256: 'f'.repeat(64),
      byteSize: 1,
      importedAt: new Date(0),
      priceBasis: FULL_EXPORT_BASIS,
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('serves on loopback, logs one structured line per request, and finishes in-flight requests on close', async () => {
    const logs: RequestLog[] = [];
    const server = await startServer({
      db,
      now: () => new Date(0),
      port: 0,
      host: '127.0.0.1',
      log: (l) => logs.push(l),
    });
    const inFlight = fetch(`${server.url}/api/v1/package?municipality=766&year=2019`);
    await new Promise((r) => setTimeout(r, 20));
    const closed = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: unknown }).total).toBeDefined();
    await closed;
    await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
    expect(logs).toEqual([
      expect.objectContaining({ method: 'GET', path: '/api/v1/package', status: 200 }),
    ]);
    expect(JSON.stringify(logs)).not.toMatch(/municipality=766/);
  });
});
