import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { YEAR_KIND_DA } from '../../core/index.ts';
import type { StoredKeyFigure } from '../../db/index.ts';
import {
  parseValuesRequest,
  presentKeyFigureWithNotes,
  presentValues,
  requireKeyFigure,
  valuesAnswer,
} from '../../engine/index.ts';
import type { ServerDeps } from '../deps.ts';
import type { Table } from '../formats/csv.ts';
import { toJsonStat } from '../formats/jsonstat.ts';
import { chooseFormat } from '../formats/negotiate.ts';
import { formatParam, keyFigureParam, localeParam, pricesParam, yearParam } from '../schemas.ts';
import { ValuesDocument } from '../schemas/index.ts';
import { sourcesOf } from '../sources.ts';
import { exportAs, exportResponses, statusMark } from './export.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/values',
  summary: 'Et nøgletal for alle 98 kommuner i ét år / a key figure for all municipalities',
  tags: ['data'],
  request: {
    query: z.object({
      keyFigure: keyFigureParam,
      year: yearParam,
      prices: pricesParam,
      format: formatParam,
      locale: localeParam,
    }),
  },
  responses: exportResponses(ValuesDocument),
});

type Values = ReturnType<typeof presentValues>;

/** The file version of `values`: a row per municipality. */
function valuesTable(k: StoredKeyFigure, doc: Values, year: number): Table {
  const kindDa = doc.yearKind ? YEAR_KIND_DA[doc.yearKind] : '';
  return {
    columns: [
      { key: 'code', header: 'kommunekode' },
      { key: 'name', header: 'kommune' },
      { key: 'year', header: 'år' },
      { key: 'yearKind', header: 'regnskab/budget' },
      { key: 'value', header: `${k.nameDa} (${doc.unitLabelDa})`, numeric: true },
      { key: 'status', header: 'status' },
      {
        key: 'volume',
        header: k.volume ? `volumen: ${k.volume.description}` : 'volumen',
        numeric: true,
      },
    ],
    rows: doc.values.map((r) => ({ ...r, year, yearKind: kindDa })),
  };
}

/** The JSON-stat 2.0 version of `values`: municipality × year × key figure. */
function valuesJsonStat(k: StoredKeyFigure, doc: Values, year: number) {
  const kindDa = doc.yearKind ? YEAR_KIND_DA[doc.yearKind] : '';
  const rows = doc.values;
  return toJsonStat(
    {
      label: `${k.nameDa}, ${kindDa} ${year}`.replace(',  ', ', '),
      source: sourcesOf(k)[0] ?? '',
      unit: doc.unitLabelDa,
    },
    [
      {
        id: 'kommune',
        label: 'Kommune',
        role: 'geo',
        categories: rows.map((r) => ({ id: r.code, label: r.name })),
      },
      {
        id: 'tid',
        label: 'År',
        role: 'time',
        categories: [{ id: String(year), label: String(year) }],
      },
      {
        id: 'indhold',
        label: 'Indhold',
        role: 'metric',
        categories: [{ id: k.id, label: k.nameDa }],
      },
    ],
    ([code]) => {
      const r = rows.find((x) => x.code === code);
      return {
        value: r?.value ?? null,
        ...(r && r.status !== 'value' ? { status: statusMark(r.status) } : {}),
      };
    },
  );
}

/** `GET /values`: a key figure for all municipalities in one year (JSON, CSV, XLSX, JSON-stat). */
export function valuesRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const { keyFigure, year, prices: request } = parseValuesRequest(c.req.valid('query'));
    const format = chooseFormat(c, ['json', 'csv', 'xlsx', 'jsonstat']);
    const k = await requireKeyFigure(deps.db, keyFigure);
    const doc = presentValues(k, await valuesAnswer(deps.db, k, year, request));
    if (format === 'json') return c.json({ keyFigure: presentKeyFigureWithNotes(k), ...doc }, 200);
    return exportAs(c, format, valuesTable(k, doc, year), k, `${k.id}-${year}`, () =>
      valuesJsonStat(k, doc, year),
    );
  });
}
