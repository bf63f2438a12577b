import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { startServer, type RequestLog } from '../../src/server/index.ts';
import { realDataDatabase } from '../support/real-data.ts';

describe('startServer(options)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await realDataDatabase('pglite', 'noegletal');
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
