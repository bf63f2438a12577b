import type { z } from '@hono/zod-openapi';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { PotentialDocument as ServerPotentialDocument } from '../../src/server/index.ts';
import type {
  DeaBenchmarkDocument,
  PotentialDocument as PotentialSchema,
} from '../../src/server/schemas/index.ts';
import {
  fetchJson,
  useApi,
  type ApiAnswer,
  type MunicipalityProfile,
  type PotentialDocument,
  type SeriesDocument,
} from '../../src/web/api/index.ts';
import type { MunicipalityTopology } from '../../src/charts/index.ts';

// Never called: only their types are read (a hook runs only inside a component).
function usePotential() {
  return useApi('potential', { municipality: '101', keyFigure: 'x', year: 2023 });
}
function useProfile(code: string) {
  return useApi(`municipalities/${encodeURIComponent(code)}`, { year: 2023 });
}
const series = () => fetchJson('series', { keyFigure: 'x', municipality: '101' });
const topology = () => fetchJson('geo/municipalities');

describe('the API client is typed by path from the server (AppType)', () => {
  it("gives useApi('potential') the route's response schema, the server's document", () => {
    const data = expectTypeOf(usePotential).returns.toHaveProperty('data');
    data.toEqualTypeOf<ApiAnswer<'potential'> | undefined>();
    data.toEqualTypeOf<
      z.output<typeof PotentialSchema> | z.output<typeof DeaBenchmarkDocument> | undefined
    >();
    // The benchmark answer is the schema's PotentialDocument, and the presenter's fits it.
    expectTypeOf<PotentialDocument>().toEqualTypeOf<z.output<typeof PotentialSchema>>();
    expectTypeOf<ServerPotentialDocument>().toExtend<PotentialDocument>();
  });

  it('types a path with a parameter by its route, and fetchJson likewise', () => {
    expectTypeOf(useProfile)
      .returns.toHaveProperty('data')
      .toEqualTypeOf<MunicipalityProfile | undefined>();
    expectTypeOf(series).returns.resolves.toEqualTypeOf<SeriesDocument>();
    // The geo routes are the named exception: typed by hand, as TopoJSON.
    expectTypeOf(topology).returns.resolves.toEqualTypeOf<MunicipalityTopology>();
  });

  it('refuses a path the server has no GET for, and a query name its route lacks', () => {
    function useWrong() {
      // @ts-expect-error: no such route
      const a = useApi('potentials', {});
      // @ts-expect-error: POST only
      const b = useApi('dea', {});
      // @ts-expect-error: /potential has no query parameter `kommune`
      const c = useApi('potential', { kommune: '101' });
      return [a, b, c];
    }
    expectTypeOf(useWrong).toBeFunction();
  });
});

describe('fetchJson(path, params)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the same address as before: /api/v1/<path>, empty parameters left out', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(Response.json({ municipality: { code: '101' } }));
    });
    const profile = await fetchJson(`municipalities/${encodeURIComponent('101')}`, {
      year: 2023,
    });
    await fetchJson('values', { keyFigure: 'k 1', year: 2020, prices: undefined });
    expect(asked).toEqual([
      '/api/v1/municipalities/101?year=2023',
      '/api/v1/values?keyFigure=k+1&year=2020',
    ]);
    expect(profile.municipality.code).toBe('101');
  });
});
