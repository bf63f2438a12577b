import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError, THEMES, YEAR_KIND_DA, type PeerGroupSpec } from '../../core/index.ts';
import {
  computeDeaBenchmark,
  parseDeaLevel,
  presentDeaBenchmark,
  computeDevelopmentFor,
  computePackageFor,
  computePotentialFor,
  computeTalkToFor,
  defaultPackageYear,
  defaultYearFor,
  findPeers,
  packageYears,
  parsePriceRequest,
  parseBenchmarkLevel,
  parseK,
  parseMunicipalityCode,
  parsePeerSpec,
  parseTheme,
  parseWeights,
  parseYear,
  presentDevelopment,
  presentPackage,
  presentPeers,
  presentPotential,
  presentTalkTo,
  requireKeyFigure,
  DEFAULT_BENCHMARK,
  DEFAULT_PEERS,
} from '../../engine/index.ts';
import type { App, ServerDeps } from '../deps.ts';
import { chooseFormat } from '../formats/negotiate.ts';
import {
  AnyJson,
  benchmarkParam,
  countParam,
  formatParam,
  keyFigureParam,
  localeParam,
  municipalityParam,
  peersParam,
  pricesParam,
  problemResponses,
  yearParam,
} from '../schemas.ts';
import { exportAs, exportResponses } from './values.ts';

const json = (description: string) => ({
  200: { description, content: { 'application/json': { schema: AnyJson } } },
  ...problemResponses,
});

/** peers, potential, package, development, talk-to: the CLI's engine, over HTTP. */
export function registerEngine(app: App, deps: ServerDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/peers',
      summary: 'Sammenligningskommuner med forklaring / peers, explained',
      tags: ['engine'],
      request: {
        query: z.object({
          municipality: municipalityParam,
          year: yearParam,
          k: countParam('10'),
          theme: z.enum(THEMES).optional(),
          weights: z.string().max(400).optional().openapi({ example: 'share-67-plus=2' }),
        }),
      },
      responses: json('Gruppen, nærmeste først, med afstand og hver variabels andel'),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const code = parseMunicipalityCode(q.municipality);
      const year = parseYear(q.year);
      const spec: PeerGroupSpec = {
        kind: 'nearest',
        ...(q.k ? { k: parseK(q.k) } : {}),
        ...(q.theme ? { theme: parseTheme(q.theme) } : {}),
        ...(q.weights ? { weights: parseWeights(q.weights) } : {}),
      };
      return c.json(presentPeers(code, year, await findPeers(deps.db, { code, year, spec })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/potential',
      summary: 'Potentialet for ét nøgletal med korridor / the potential of one key figure',
      tags: ['engine'],
      request: {
        query: z.object({
          municipality: municipalityParam,
          keyFigure: keyFigureParam,
          year: yearParam,
          benchmark: benchmarkParam,
          peers: peersParam,
          prices: pricesParam,
        }),
      },
      responses: json('Egen værdi, volumen, benchmark, potentiale (kr.), gruppen og korridoren'),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const code = parseMunicipalityCode(q.municipality);
      const year = parseYear(q.year);
      const deaRts = parseDeaLevel(q.benchmark);
      // All parameters are parsed before the first query, even those DEA does not use.
      const level = deaRts ? undefined : parseBenchmarkLevel(q.benchmark ?? DEFAULT_BENCHMARK);
      const peers = parsePeerSpec(q.peers ?? DEFAULT_PEERS);
      const prices = parsePriceRequest(q.prices);
      const keyFigure = await requireKeyFigure(deps.db, q.keyFigure);
      if (deaRts || !level) {
        const rts = deaRts ?? 'vrs';
        const b = await computeDeaBenchmark(deps.db, { code, keyFigure, year, rts });
        return c.json(presentDeaBenchmark(b), 200);
      }
      return c.json(
        presentPotential(
          await computePotentialFor(deps.db, {
            code,
            keyFigure,
            year,
            level,
            peers,
            ...(prices ? { prices } : {}),
          }),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/package',
      summary: 'Potentialepakken / the potential package',
      tags: ['engine'],
      request: {
        query: z.object({
          municipality: municipalityParam,
          year: yearParam.optional().openapi({
            description:
              'År; standard: det nyeste år, der mest er regnskab og dækker mindst halvdelen af nettodriftsudgifterne',
          }),
          benchmark: benchmarkParam,
          peers: peersParam,
          prices: pricesParam,
          format: formatParam,
          locale: localeParam,
        }),
      },
      responses: exportResponses(
        'Potentialet pr. tema og nøgletal, summeret uden overlap; også CSV, XLSX og JSON-stat 2.0',
      ),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const code = parseMunicipalityCode(q.municipality);
      const asked = q.year === undefined ? undefined : parseYear(q.year);
      const level = parseBenchmarkLevel(q.benchmark ?? DEFAULT_BENCHMARK);
      const peers = parsePeerSpec(q.peers ?? DEFAULT_PEERS);
      const prices = parsePriceRequest(q.prices);
      const format = chooseFormat(c, ['json', 'csv', 'xlsx', 'jsonstat']);
      const year = asked ?? (await defaultYearFor(deps.db, code, prices));
      if (year === undefined) throw new NotFoundError('Der er ingen data at lave en pakke af');
      const doc = {
        ...presentPackage(
          await computePackageFor(deps.db, {
            code,
            year,
            level,
            peers,
            ...(prices ? { prices } : {}),
          }),
        ),
        yearChosenByDefault: asked === undefined,
      };
      if (format === 'json') return c.json(doc, 200);
      const kindDa = doc.yearKind ? YEAR_KIND_DA[doc.yearKind] : '';
      const rows = doc.themes.flatMap((t) =>
        t.figures.map((f) => ({
          theme: t.nameDa,
          keyFigureId: f.keyFigureId,
          name: f.nameDa,
          value: f.value,
          benchmark: f.benchmark,
          volume: f.volume,
          potential: f.potential,
          yearKind: f.yearKind ? YEAR_KIND_DA[f.yearKind] : '',
          rank: f.rank,
          rankOf: f.rankOf,
          corridorMin: f.corridor.min?.signed ?? null,
          corridorMax: f.corridor.max?.signed ?? null,
          status: f.status,
        })),
      );
      const table = {
        columns: [
          { key: 'theme', header: 'tema' },
          { key: 'keyFigureId', header: 'nøgletal-id' },
          { key: 'name', header: 'nøgletal' },
          { key: 'value', header: 'egen værdi', numeric: true },
          { key: 'benchmark', header: `benchmark (${doc.level})`, numeric: true },
          { key: 'volume', header: 'volumen', numeric: true },
          { key: 'potential', header: `potentiale (${doc.unitLabelDa})`, numeric: true },
          { key: 'yearKind', header: 'regnskab/budget' },
          { key: 'rank', header: 'rang', numeric: true },
          { key: 'rankOf', header: 'af', numeric: true },
          { key: 'corridorMin', header: `korridor min (${doc.unitLabelDa})`, numeric: true },
          { key: 'corridorMax', header: `korridor max (${doc.unitLabelDa})`, numeric: true },
          { key: 'status', header: 'status i pakken' },
        ],
        rows,
      };
      // A figure can stand under several themes; the dataset lists each figure once.
      const unique = rows.filter(
        (r, i) => rows.findIndex((x) => x.keyFigureId === r.keyFigureId) === i,
      );
      return exportAs(
        c,
        format,
        table,
        undefined,
        `potentiale-pakke-${code}-${year}-${doc.level}`,
        () => ({
          version: '2.0',
          class: 'dataset',
          label: `Potentialepakke, ${doc.municipality.name}, ${kindDa} ${year} (${doc.level}), ${doc.unitLabelDa}`,
          source: 'Potentiale; data: Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal',
          id: ['noegletal', 'indhold'],
          size: [unique.length, 1],
          role: { metric: ['indhold'] },
          dimension: {
            noegletal: {
              label: 'Nøgletal',
              category: {
                index: unique.map((r) => r.keyFigureId),
                label: Object.fromEntries(unique.map((r) => [r.keyFigureId, r.name])),
              },
            },
            indhold: {
              label: 'Indhold',
              category: {
                index: ['potentiale'],
                label: { potentiale: 'Potentiale (kr.)' },
                unit: { potentiale: { label: doc.unitLabelDa, decimals: 0 } },
              },
            },
          },
          value: unique.map((r) => r.potential),
        }),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/package-years',
      summary: 'Pakkens år: dækning og regnskab/budget pr. år / the years of a package',
      tags: ['engine'],
      request: { query: z.object({ municipality: municipalityParam }) },
      responses: json(
        'Pr. år: antal nøgletal i pakken, dækningsgrad, regnskab eller budget, prisniveau; og standardåret',
      ),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const code = parseMunicipalityCode(q.municipality);
      const years = await packageYears(deps.db, code);
      return c.json(
        { municipality: code, defaultYear: defaultPackageYear(years) ?? null, years },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/development',
      summary: 'Udviklingen mod sammenligningsgruppen / development against the peers',
      tags: ['engine'],
      request: {
        query: z.object({
          municipality: municipalityParam,
          keyFigure: keyFigureParam.openapi({ example: 'udg-folkeskolen-pr-6-16-aarig' }),
          from: yearParam.openapi({ example: '2010' }),
          to: yearParam,
          peers: peersParam,
          among: z.enum(['group', 'all']).optional(),
          limit: countParam('10'),
        }),
      },
      responses: json('Indeks r pr. år, ændring, CAGR og kommuner med en anden udvikling'),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const code = parseMunicipalityCode(q.municipality);
      const from = parseYear(q.from, 'from');
      const to = parseYear(q.to, 'to');
      const peers = parsePeerSpec(q.peers ?? DEFAULT_PEERS);
      const limit = q.limit ? parseK(q.limit, 'limit') : undefined;
      const keyFigure = await requireKeyFigure(deps.db, q.keyFigure);
      const answer = await computeDevelopmentFor(deps.db, {
        code,
        keyFigure,
        from,
        to,
        peers,
        ...(q.among ? { among: q.among } : {}),
        ...(limit === undefined ? {} : { limit }),
      });
      return c.json(presentDevelopment(answer), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/talk-to',
      summary: 'Hvem skal vi tale med / whom to talk to',
      tags: ['engine'],
      request: {
        query: z.object({
          municipality: municipalityParam,
          keyFigure: keyFigureParam,
          year: yearParam,
          peers: peersParam,
          widen: countParam('30'),
          limit: countParam('10'),
        }),
      },
      responses: json(
        'Kommuner der gør det bedre og ikke er dårligere på de tilknyttede nøgletal, med begrundelse',
      ),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const code = parseMunicipalityCode(q.municipality);
      const year = parseYear(q.year);
      const peers = parsePeerSpec(q.peers ?? DEFAULT_PEERS);
      const widenTo = q.widen ? parseK(q.widen, 'widen') : undefined;
      const limit = q.limit ? parseK(q.limit, 'limit') : undefined;
      const keyFigure = await requireKeyFigure(deps.db, q.keyFigure);
      const answer = await computeTalkToFor(deps.db, {
        code,
        keyFigure,
        year,
        peers,
        ...(widenTo === undefined ? {} : { widenTo }),
        ...(limit === undefined ? {} : { limit }),
      });
      return c.json(presentTalkTo(answer), 200);
    },
  );
}
