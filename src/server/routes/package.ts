import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { ATTRIBUTIONS, NotFoundError, YEAR_KIND_DA } from '../../core/index.ts';
import {
  computePackageFor,
  defaultPackageYear,
  defaultYearFor,
  packageYears,
  parsePackageRequest,
  parsePackageYearsRequest,
  presentPackage,
  sharedPackageData,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import type { Table } from '../formats/csv.ts';
import { chooseFormat } from '../formats/negotiate.ts';
import {
  benchmarkParam,
  formatParam,
  localeParam,
  municipalityParam,
  peersParam,
  pricesParam,
  yearParam,
} from '../schemas.ts';
import { exportAs, exportResponses } from './export.ts';
import { PackageDocument, PackageYearsDocument } from '../schemas/index.ts';
import { jsonResponses } from './responses.ts';

const packageRoute = createRoute({
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
    PackageDocument,
    'Potentialet pr. tema og nøgletal, summeret uden overlap; også CSV, XLSX og JSON-stat 2.0',
  ),
});

const yearsRoute = createRoute({
  method: 'get',
  path: '/api/v1/package-years',
  summary: 'Pakkens år: dækning og regnskab/budget pr. år / the years of a package',
  tags: ['engine'],
  request: { query: z.object({ municipality: municipalityParam }) },
  responses: jsonResponses(
    'Pr. år: antal nøgletal i pakken, dækningsgrad, regnskab eller budget, prisniveau; og standardåret',
    PackageYearsDocument,
  ),
});

type PackageDoc = ReturnType<typeof presentPackage>;

/** The file version of the package: a row per theme and key figure. */
function packageTable(doc: PackageDoc) {
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
  return {
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
  } satisfies Table;
}

/** The JSON-stat 2.0 version of the package: each key figure's potential. */
function packageJsonStat(doc: PackageDoc, year: number, rows: PackageRows) {
  const kindDa = doc.yearKind ? YEAR_KIND_DA[doc.yearKind] : '';
  // A figure can stand under several themes; the dataset lists each figure once.
  const unique = rows.filter(
    (r, i) => rows.findIndex((x) => x.keyFigureId === r.keyFigureId) === i,
  );
  return {
    version: '2.0',
    class: 'dataset',
    label: `Potentialepakke, ${doc.municipality.name}, ${kindDa} ${year} (${doc.level}), ${doc.unitLabelDa}`,
    source: `Potentiale; data: ${ATTRIBUTIONS.noegletal.citationDa}`,
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
  };
}

type PackageRows = ReturnType<typeof packageTable>['rows'];

/** `GET /package` (JSON, CSV, XLSX, JSON-stat) and `GET /package-years`. */
export function packageRoutes(deps: ServerDeps) {
  return new OpenAPIHono()
    .openapi(packageRoute, async (c) => {
      const { code, year: asked, level, peers, prices } = parsePackageRequest(c.req.valid('query'));
      const format = chooseFormat(c, ['json', 'csv', 'xlsx', 'jsonstat']);
      const year = asked ?? (await defaultYearFor(deps.db, code, prices));
      if (year === undefined) throw new NotFoundError('Der er ingen data at lave en pakke af');
      const doc = {
        ...presentPackage(
          await computePackageFor(
            deps.db,
            { code, year, level, peers, ...(prices ? { prices } : {}) },
            // Every year's data, loaded once per data version (and by the warm-up).
            { shared: await sharedPackageData(deps.db) },
          ),
        ),
        yearChosenByDefault: asked === undefined,
      };
      if (format === 'json') return c.json(doc, 200);
      const table = packageTable(doc);
      const name = `potentiale-pakke-${code}-${year}-${doc.level}`;
      return exportAs(c, format, table, undefined, name, () =>
        packageJsonStat(doc, year, table.rows),
      );
    })
    .openapi(yearsRoute, async (c) => {
      const { code } = parsePackageYearsRequest(c.req.valid('query'));
      const years = await packageYears(deps.db, code);
      return c.json(
        { municipality: code, defaultYear: defaultPackageYear(years) ?? null, years },
        200,
      );
    });
}
