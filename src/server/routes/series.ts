import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { YEAR_KIND_DA, findMunicipality } from '../../core/index.ts';
import type { StoredKeyFigure } from '../../db/index.ts';
import {
  parseSeriesRequest,
  presentKeyFigureWithNotes,
  presentSeries,
  requireKeyFigure,
  seriesAnswer,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import type { Table } from '../formats/csv.ts';
import { toJsonStat } from '../formats/jsonstat.ts';
import { chooseFormat } from '../formats/negotiate.ts';
import {
  formatParam,
  keyFigureParam,
  localeParam,
  municipalityParam,
  pricesParam,
} from '../schemas.ts';
import { SeriesDocument } from '../schemas/index.ts';
import { sourcesOf } from '../sources.ts';
import { exportAs, exportResponses, statusMark } from './export.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/series',
  summary: 'Et nøgletal for én kommune over alle år / one municipality over the years',
  tags: ['data'],
  request: {
    query: z.object({
      keyFigure: keyFigureParam,
      municipality: municipalityParam,
      prices: pricesParam,
      format: formatParam,
      locale: localeParam,
    }),
  },
  responses: exportResponses(SeriesDocument),
});

type Point = ReturnType<typeof presentSeries>['series'][number];

/** The file version of `series`: a row per year. */
function seriesTable(k: StoredKeyFigure, series: readonly Point[], unitLabelDa: string): Table {
  return {
    columns: [
      { key: 'year', header: 'år' },
      { key: 'yearKind', header: 'regnskab/budget' },
      { key: 'value', header: `${k.nameDa} (${unitLabelDa})`, numeric: true },
      { key: 'status', header: 'status' },
      { key: 'volume', header: 'volumen', numeric: true },
      { key: 'break', header: 'databrud' },
    ],
    rows: series.map((p) => ({
      year: p.year,
      yearKind: YEAR_KIND_DA[p.yearKind],
      value: p.value,
      prices: p.prices
        ? `${p.prices.basis === 'fixed' ? `${p.prices.year}-priser` : `${p.year}-priser (løbende)`}${p.unconverted ? ', ikke omregnet' : ''}`
        : '',
      status: p.status,
      volume: p.volume,
      break: k.breaks.find((b) => b.year === p.year)?.description ?? '',
    })),
  };
}

/** The JSON-stat 2.0 version of `series`: municipality × year × key figure. */
function seriesJsonStat(
  k: StoredKeyFigure,
  municipality: { readonly code: string; readonly name: string },
  series: readonly Point[],
  unitLabelDa: string,
) {
  const { code, name } = municipality;
  return toJsonStat(
    { label: `${k.nameDa}, ${name}`, source: sourcesOf(k)[0] ?? '', unit: unitLabelDa },
    [
      {
        id: 'kommune',
        label: 'Kommune',
        role: 'geo',
        categories: [{ id: code, label: name }],
      },
      {
        id: 'tid',
        label: 'År',
        role: 'time',
        categories: series.map((p) => ({ id: String(p.year), label: String(p.year) })),
      },
      {
        id: 'indhold',
        label: 'Indhold',
        role: 'metric',
        categories: [{ id: k.id, label: k.nameDa }],
      },
    ],
    ([, year]) => {
      const p = series.find((x) => String(x.year) === year);
      return {
        value: p?.value ?? null,
        ...(p && p.status !== 'value' ? { status: statusMark(p.status) } : {}),
      };
    },
  );
}

/** `GET /series`: a key figure for one municipality over the years (JSON, CSV, XLSX, JSON-stat). */
export function seriesRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const { keyFigure, code, prices: request } = parseSeriesRequest(c.req.valid('query'));
    const format = chooseFormat(c, ['json', 'csv', 'xlsx', 'jsonstat']);
    const k = await requireKeyFigure(deps.db, keyFigure);
    const doc = presentSeries(k, await seriesAnswer(deps.db, k, code, request));
    const name = findMunicipality(code)?.name ?? code;
    if (format === 'json')
      return c.json(
        {
          keyFigure: presentKeyFigureWithNotes(k),
          municipality: { code, name },
          ...doc,
        },
        200,
      );
    // Files carry one number per year: the chosen one (accounts win over budget).
    const series = doc.series.filter((p) => p.chosen);
    const m = { code, name };
    return exportAs(c, format, seriesTable(k, series, doc.unitLabelDa), k, `${k.id}-${code}`, () =>
      seriesJsonStat(k, m, series, doc.unitLabelDa),
    );
  });
}
