import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  NotFoundError,
  citationOf,
  packageFileBase,
  priceLevelLabel,
  yearKindWord,
  type ExportLanguage,
} from '../../core/index.ts';
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
import type { PackageDocument as PackageDocumentType } from '../contract.ts';
import type { ServerDeps } from '../deps.ts';
import { chooseFormat, sendFile } from '../formats/negotiate.ts';
import { packageTable, type PackageTable } from '../formats/package-table.ts';
import { packageWorkbook } from '../formats/package-xlsx.ts';
import {
  benchmarkParam,
  formatParam,
  langParam,
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
      lang: langParam,
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

/** The JSON-stat 2.0 version of the package: each key figure's potential, in whole kroner. */
function packageJsonStat(
  doc: PackageDocumentType,
  lang: ExportLanguage,
  rows: PackageTable['rows'],
) {
  const kind = yearKindWord(doc.yearKind, lang);
  const price = priceLevelLabel(doc.prices, doc.year, lang);
  const da = lang === 'da';
  // A figure can stand under several themes; the dataset lists each figure once.
  const unique = rows.filter(
    (r, i) => rows.findIndex((x) => x.keyFigureId === r.keyFigureId) === i,
  );
  return {
    version: '2.0',
    class: 'dataset',
    label: `${da ? 'Potentialepakke' : 'Potential package'}, ${doc.municipality.name}, ${kind} ${doc.year} (${doc.level}), ${price}`,
    source: `Potentiale; data: ${citationOf('noegletal', lang)}`,
    id: ['noegletal', 'indhold'],
    size: [unique.length, 1],
    role: { metric: ['indhold'] },
    dimension: {
      noegletal: {
        label: da ? 'Nøgletal' : 'Key figure',
        category: {
          index: unique.map((r) => r.keyFigureId),
          label: Object.fromEntries(unique.map((r) => [r.keyFigureId, r.name])),
        },
      },
      indhold: {
        label: da ? 'Indhold' : 'Content',
        category: {
          index: ['potentiale'],
          label: { potentiale: da ? 'Potentiale (kr.)' : 'Potential (DKK)' },
          unit: { potentiale: { label: price, decimals: 0 } },
        },
      },
    },
    value: unique.map((r) => r.potential),
  };
}

/** `GET /package` (JSON, CSV, XLSX, JSON-stat) and `GET /package-years`. */
export function packageRoutes(deps: ServerDeps) {
  return new OpenAPIHono()
    .openapi(packageRoute, async (c) => {
      const {
        code,
        year: asked,
        level,
        peers,
        prices,
        lang,
      } = parsePackageRequest(c.req.valid('query'));
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
      const table = packageTable(doc, lang);
      const name = packageFileBase(
        {
          code,
          name: doc.municipality.name,
          year,
          yearKind: doc.yearKind,
          level: doc.level,
          groups: doc.groups,
        },
        lang,
      );
      if (format === 'xlsx') {
        const levelName = lang === 'da' ? doc.levelNameDa : doc.levelNameEn;
        return sendFile(c, 'xlsx', await packageWorkbook(doc, table, lang, levelName), name);
      }
      return exportAs(c, format, table, undefined, name, () =>
        packageJsonStat(doc, lang, table.rows),
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
