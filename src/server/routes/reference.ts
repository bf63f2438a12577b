import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError, REGIONS, THEMES } from '../../core/index.ts';
import {
  dataVersion,
  findKeyFigure,
  listImports,
  listKeyFigures,
  listMunicipalities,
  listPeerGroups,
  listPriceIndexYears,
  loadColumns,
} from '../../db/index.ts';
import { parseMunicipalityCode, parseYear, presentKeyFigure } from '../../engine/index.ts';
import type { App, ServerDeps } from '../deps.ts';
import { RETRY_AFTER_SECONDS } from '../problem.ts';
import { AnyJson, problemResponses, yearParam } from '../schemas.ts';
import { CATALOGUE } from '../../core/index.ts';

const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: AnyJson } },
});

/** Municipalities, regions, the key-figure catalogue, imports and health. */
export function registerReference(app: App, deps: ServerDeps): void {
  // Health asks the database every time, but counting 500 000 rows takes 30-70 ms: the count
  // is kept per data version (every import changes it), which is one cheap query to read.
  let counted: { readonly version: string; readonly n: number } | undefined;
  const countObservations = async (): Promise<number> => {
    const version = await dataVersion(deps.db);
    if (counted?.version !== version) {
      const [row] = await deps.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM observations',
      );
      counted = { version, n: row?.n ?? 0 };
    }
    return counted.n;
  };
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/health',
      summary: 'Sundhed / health',
      tags: ['meta'],
      responses: {
        200: json('Serveren og databasen svarer (status ok)'),
        503: json(
          'Databasen svarer ikke (status degraded, med Retry-After); serveren kører og prøver igen ved næste forespørgsel',
        ),
      },
    }),
    async (c) => {
      // Health is never cached: it says how things are now.
      c.header('Cache-Control', 'no-store');
      let observations: number;
      try {
        observations = await countObservations();
      } catch {
        // Whatever the database says, health answers: a lost connection is the usual cause,
        // and the pool reconnects on the next query once the server is back.
        c.header('Retry-After', String(RETRY_AFTER_SECONDS));
        return c.json(
          {
            status: 'degraded',
            engine: deps.db.engine,
            observations: null,
            empty: null,
            hintDa: `Databasen svarer ikke lige nu. Serveren prøver igen ved næste forespørgsel; prøv igen om ${RETRY_AFTER_SECONDS} sekunder.`,
            hintEn: `The database is not answering right now. The server retries on the next request; try again in ${RETRY_AFTER_SECONDS} seconds.`,
            time: deps.now().toISOString(),
          },
          503,
        );
      }
      const empty = observations === 0;
      return c.json(
        {
          status: 'ok',
          engine: deps.db.engine,
          observations,
          empty,
          hintDa: empty
            ? 'Databasen er tom. Importér filer med "potentiale import <mappe>" (fx De Kommunale Nøgletal fra noegletal.dk) eller hent fra Danmarks Statistik med "potentiale fetch".'
            : null,
          hintEn: empty
            ? 'The database is empty. Import files with "potentiale import <folder>" or fetch from Statistics Denmark with "potentiale fetch".'
            : null,
          time: deps.now().toISOString(),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/regions',
      summary: 'De 5 regioner / the regions',
      tags: ['reference'],
      responses: { 200: json('Regionerne') },
    }),
    (c) => c.json({ regions: REGIONS }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/municipalities',
      summary: 'De 98 kommuner / the municipalities',
      tags: ['reference'],
      responses: { 200: json('Kommunerne med region og landsdel') },
    }),
    async (c) => c.json({ municipalities: await listMunicipalities(deps.db) }, 200),
  );

  app.openapi(
    createRoute({
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
        200: json('Kommunen, dens region og dens rammevilkår for året'),
        ...problemResponses,
      },
    }),
    async (c) => {
      const code = parseMunicipalityCode(c.req.valid('param').code, 'code');
      const q = c.req.valid('query');
      // Every parameter is parsed before the first query (a bad year costs nothing).
      const asked = q.year === undefined ? undefined : parseYear(q.year);
      const m = (await listMunicipalities(deps.db)).find((x) => x.code === code);
      if (!m) throw new NotFoundError(`Kommunen ${code} findes ikke`);
      const structure = CATALOGUE.filter((k) => k.kind === 'structure');
      const ids = structure.map((k) => k.id);
      // One year's columns, not all years' (a tenth of the cost); every load tells the years,
      // so the default year is found with a load of no year at all.
      const latest = async () => {
        const none = await loadColumns(deps.db, ids, []);
        return Math.max(0, ...structure.flatMap((k) => none.years(k.id)));
      };
      const year = asked ?? (await latest());
      const columns = await loadColumns(deps.db, ids, [year]);
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
      return c.json({ municipality: m, year, structure: profile }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/key-figures',
      summary: 'Nøgletalskataloget / the key-figure catalogue',
      tags: ['reference'],
      request: {
        query: z.object({
          theme: z.enum(THEMES).optional().openapi({ example: 'elderly-health' }),
          kind: z
            .enum(['cost', 'activity', 'quality', 'structure', 'finance'])
            .optional()
            .openapi({ example: 'cost' }),
        }),
      },
      responses: {
        200: json('Nøgletallene med definition, enhed, tema, volumen og databrud'),
        ...problemResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      // Filtered here, not in SQL: on PGlite with the real data the filtered catalogue query
      // took about 2 CPU-s (a worse plan), the whole catalogue about 0,2.
      const list = (await listKeyFigures(deps.db)).filter(
        (k) => (!q.theme || k.themes.includes(q.theme)) && (!q.kind || k.kind === q.kind),
      );
      return c.json(
        {
          keyFigures: list.map((k) => ({
            ...presentKeyFigure(k),
            notes: k.notes,
            firstYear: k.firstYear,
            lastYear: k.lastYear,
            yearsWithValues: k.yearsWithValues,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/key-figures/{id}',
      summary: 'Ét nøgletal / one key figure',
      tags: ['reference'],
      request: {
        params: z.object({
          id: z
            .string()
            .max(200)
            .openapi({ param: { name: 'id', in: 'path' }, example: 'udgifter-aeldre-pr-67-aarig' }),
        }),
      },
      responses: { 200: json('Nøgletallet'), ...problemResponses },
    }),
    async (c) => {
      const k = await findKeyFigure(deps.db, c.req.valid('param').id);
      if (!k) throw new NotFoundError(`Nøgletallet "${c.req.valid('param').id}" findes ikke`);
      return c.json(
        {
          ...presentKeyFigure(k),
          notes: k.notes,
          firstYear: k.firstYear,
          lastYear: k.lastYear,
          yearsWithValues: k.yearsWithValues,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/peer-groups',
      summary: 'Gemte sammenligningsgrupper / saved peer groups',
      tags: ['reference'],
      responses: { 200: json('Navngivne lister af kommunekoder, brugt med peers=saved:<navn>') },
    }),
    async (c) => c.json({ groups: await listPeerGroups(deps.db) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/imports',
      summary: 'Importerne: dataenes proveniens / provenance',
      tags: ['meta'],
      responses: { 200: json('Alle importer, nyeste først, med SHA-256 og antal') },
    }),
    async (c) => c.json({ imports: await listImports(deps.db) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/price-index',
      summary: 'Pris- og lønindekset / the price index',
      tags: ['meta'],
      responses: {
        200: json(
          'Indekset pr. kilde og år (basisår = 1), med afledningen: antal kommuner, hvor mange der deler faktoren, mindste og største forhold',
        ),
      },
    }),
    async (c) => c.json({ years: await listPriceIndexYears(deps.db) }, 200),
  );
}
