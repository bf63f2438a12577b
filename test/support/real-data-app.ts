// The HTTP API on a copy of the real data, for the server tests of one describe block: the
// database and app they share, and the requests they make of it.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import type { EngineName } from './engines.ts';
import { realDataDatabase, type RealDataSet } from './real-data.ts';

/** The moment the tests' server takes as now (the dates in its answers). */
export const TEST_NOW = new Date('2026-11-23T12:00:00Z');

type App = ReturnType<typeof createApp>;

/**
 * Call inside a describe block: a copy of the real data set on `engine` with the API app on
 * it, opened before the block's tests and removed after them (no answer cache between
 * imports). `request` is the app's own; `json` asks for JSON and fails the test, showing the
 * path and the answer, unless the status is 200.
 */
export function realDataApp(
  engine: EngineName,
  set: RealDataSet = 'api',
): {
  readonly request: (...args: Parameters<App['request']>) => ReturnType<App['request']>;
  readonly json: <T>(path: string) => Promise<T>;
} {
  let db: Database | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    db = await realDataDatabase(engine, set);
    app = createApp({ db, now: () => TEST_NOW, cacheVersionTtlMs: 0 });
  });
  afterAll(async () => {
    await db?.close();
  });
  const request = (...args: Parameters<App['request']>) => {
    if (!app) throw new Error('The app is opened in beforeAll: request it inside a test.');
    return app.request(...args);
  };
  const json = async <T>(path: string): Promise<T> => {
    const r = await request(path, { headers: { Accept: 'application/json' } });
    expect(r.status, `${path}: ${await r.clone().text()}`).toBe(200);
    return (await r.json()) as T;
  };
  return { request, json };
}
