// The API through Hono's typed test client: requests and answers are typed from AppType (the
// routes' request and response schemas), so a renamed field or parameter is a type error here.
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

describe.each(ENGINES)('the typed client on an empty database on %s', (engine) => {
  let db: Database;
  let api: ReturnType<typeof testClient<ReturnType<typeof createApp>>>['api']['v1'];
  beforeAll(async () => {
    db = await freshDatabase(engine);
    api = testClient(createApp({ db, now: () => new Date('2026-11-23T12:00:00Z') })).api.v1;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('reads health with its typed status and hint', async () => {
    const res = await api.health.$get();
    expect(res.status).toBe(200);
    const body = await res.json();
    expectTypeOf(body.status).toEqualTypeOf<'ok' | 'degraded'>();
    expectTypeOf(body.observations).toEqualTypeOf<number | null>();
    expect(body).toMatchObject({ status: 'ok', engine, observations: 0, empty: true });
    expect(body.hintDa).toContain('potentiale import');
  });

  it('lists the regions and the 98 municipalities', async () => {
    const regions = await (await api.regions.$get()).json();
    expect(regions.regions.map((r) => r.code)).toEqual(['081', '082', '083', '084', '085']);
    const { municipalities } = await (await api.municipalities.$get()).json();
    expectTypeOf<(typeof municipalities)[number]['landsdelCode']>().toEqualTypeOf<string | null>();
    expect(municipalities).toHaveLength(98);
    expect(municipalities.find((m) => m.code === '766')?.name).toBe('Hedensted');
  });

  it('answers one municipality by a typed path parameter, and refuses a bad one', async () => {
    const res = await api.municipalities[':code'].$get({ param: { code: '766' }, query: {} });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const profile = await res.json();
    expect(profile.municipality.regionCode).toBe('082');
    expect(profile.structure.every((s) => s.value === null)).toBe(true);
    const bad = await api.municipalities[':code'].$get({
      param: { code: '766' },
      query: { year: 'abc' },
    });
    expect(bad.status).toBe(400);
  });

  it('reads the catalogue and one key figure with its years', async () => {
    const res = await api['key-figures'].$get({ query: { theme: 'elderly-health' } });
    const { keyFigures } = await res.json();
    expect(keyFigures.length).toBeGreaterThan(0);
    expect(keyFigures.every((k) => k.themes.includes('elderly-health'))).toBe(true);
    const id = keyFigures[0]?.id ?? '';
    expect(id).not.toBe('');
    const one = await api['key-figures'][':id'].$get({ param: { id } });
    expect(one.status).toBe(200);
    if (one.status !== 200) return;
    const k = await one.json();
    expectTypeOf(k.yearsWithValues).toEqualTypeOf<readonly number[]>();
    expect(k).toMatchObject({ id, firstYear: null, lastYear: null, yearsWithValues: [] });
  });

  it('lists no imports, saved groups or price index in an empty database', async () => {
    expect((await (await api.imports.$get()).json()).imports).toEqual([]);
    expect((await (await api['peer-groups'].$get()).json()).groups).toEqual([]);
    expect((await (await api['price-index'].$get()).json()).years).toEqual([]);
  });
});
