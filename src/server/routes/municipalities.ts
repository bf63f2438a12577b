import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { CATALOGUE, NotFoundError, REGIONS } from '../../core/index.ts';
import { listMunicipalities, loadColumns, type Database } from '../../db/index.ts';
import { parseMunicipalityCode, parseYear } from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import { problemResponses, yearParam } from '../schemas.ts';
import { MunicipalitiesDocument, MunicipalityProfile, RegionsDocument } from '../schemas/index.ts';
import { jsonContent } from './responses.ts';

const regions = createRoute({
  method: 'get',
  path: '/api/v1/regions',
  summary: 'De 5 regioner / the regions',
  tags: ['reference'],
  responses: { 200: jsonContent('Regionerne', RegionsDocument) },
});

const municipalities = createRoute({
  method: 'get',
  path: '/api/v1/municipalities',
  summary: 'De 98 kommuner / the municipalities',
  tags: ['reference'],
  responses: { 200: jsonContent('Kommunerne med region og landsdel', MunicipalitiesDocument) },
});

const municipality = createRoute({
  method: 'get',
  path: '/api/v1/municipalities/{code}',
  summary: 'Én kommune med rammevilkår / one municipality with its structural profile',
  tags: ['reference'],
  request: {
    params: z.object({
      code: z
        .string()
        .max(10)
        .openapi({ param: { name: 'code', in: 'path' }, example: '766' }),
    }),
    query: z.object({ year: yearParam.optional() }),
  },
  responses: {
    200: jsonContent('Kommunen, dens region og dens rammevilkår for året', MunicipalityProfile),
    ...problemResponses,
  },
});

/** One municipality's structural key figures in a year (the latest with numbers by default). */
async function structuralProfile(db: Database, code: string, asked: number | undefined) {
  const structure = CATALOGUE.filter((k) => k.kind === 'structure');
  const ids = structure.map((k) => k.id);
  // One year's columns, not all years' (a tenth of the cost); every load tells the years,
  // so the default year is found with a load of no year at all.
  const latest = async () => {
    const none = await loadColumns(db, ids, []);
    return Math.max(0, ...structure.flatMap((k) => none.years(k.id)));
  };
  const year = asked ?? (await latest());
  const columns = await loadColumns(db, ids, [year]);
  const i = columns.codes.indexOf(code);
  const profile = structure
    .map((k) => ({
      keyFigureId: k.id,
      nameDa: k.nameDa,
      unit: k.unit,
      value: columns.column(k.id, year)?.[i],
    }))
    .map((p) => ({
      ...p,
      value: p.value === undefined || Number.isNaN(p.value) ? null : p.value,
    }));
  return { year, structure: profile };
}

/** The regions, the municipalities, and one municipality with its structural profile. */
export function municipalityRoutes(deps: ServerDeps) {
  return new OpenAPIHono()
    .openapi(regions, (c) => c.json({ regions: REGIONS }, 200))
    .openapi(municipalities, async (c) =>
      c.json({ municipalities: await listMunicipalities(deps.db) }, 200),
    )
    .openapi(municipality, async (c) => {
      const code = parseMunicipalityCode(c.req.valid('param').code, 'code');
      const q = c.req.valid('query');
      // Every parameter is parsed before the first query (a bad year costs nothing).
      const asked = q.year === undefined ? undefined : parseYear(q.year);
      const m = (await listMunicipalities(deps.db)).find((x) => x.code === code);
      if (!m) throw new NotFoundError(`Kommunen ${code} findes ikke`);
      const { year, structure } = await structuralProfile(deps.db, code, asked);
      return c.json({ municipality: m, year, structure }, 200);
    });
}
