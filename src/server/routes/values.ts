import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { YEAR_KIND_DA, findMunicipality } from '../../core/index.ts';
import type { StoredKeyFigure } from '../../db/index.ts';
import {
  DEFAULT_PRICE_REQUEST,
  parseMunicipalityCode,
  parsePriceRequest,
  parseYear,
  presentKeyFigure,
  presentSeries,
  presentValues,
  requireKeyFigure,
  seriesAnswer,
  valuesAnswer,
} from '../../engine/index.ts';
import type { App, ServerDeps } from '../deps.ts';
import type { Table } from '../formats/csv.ts';
import { toCsv } from '../formats/csv.ts';
import { toJsonStat } from '../formats/jsonstat.ts';
import { chooseFormat, csvLocale, sendFile } from '../formats/negotiate.ts';
import { toXlsx } from '../formats/xlsx.ts';
import {
  AnyJson,
  formatParam,
  keyFigureParam,
  localeParam,
  municipalityParam,
  pricesParam,
  problemResponses,
  yearParam,
} from '../schemas.ts';
import { sourcesOf } from '../sources.ts';

export const exportResponses = (
  description = 'JSON; også CSV, XLSX og JSON-stat 2.0 via ?format= eller Accept',
) => ({
  200: {
    description,
    content: {
      'application/json': { schema: AnyJson },
      'text/csv': { schema: z.string() },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: z.string().openapi({ format: 'binary' }),
      },
    },
  },
  ...problemResponses,
});

/** `values` (all municipalities in a year) and `series` (one municipality over the years). */
export function registerValues(app: App, deps: ServerDeps): void {
  app.openapi(
    createRoute({
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
      responses: exportResponses(),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const year = parseYear(q.year, 'year');
      const format = chooseFormat(c, ['json', 'csv', 'xlsx', 'jsonstat']);
      const request = parsePriceRequest(q.prices) ?? DEFAULT_PRICE_REQUEST;
      const k = await requireKeyFigure(deps.db, q.keyFigure);
      const doc = presentValues(k, await valuesAnswer(deps.db, k, year, request));
      const rows = doc.values;
      if (format === 'json')
        return c.json({ keyFigure: { ...presentKeyFigure(k), notes: k.notes }, ...doc }, 200);
      const kindDa = doc.yearKind ? YEAR_KIND_DA[doc.yearKind] : '';
      const table: Table = {
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
        rows: rows.map((r) => ({ ...r, year, yearKind: kindDa })),
      };
      return exportAs(c, format, table, k, `${k.id}-${year}`, () =>
        toJsonStat(
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
        ),
      );
    },
  );

  app.openapi(
    createRoute({
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
      responses: exportResponses(),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const code = parseMunicipalityCode(q.municipality);
      const format = chooseFormat(c, ['json', 'csv', 'xlsx', 'jsonstat']);
      const request = parsePriceRequest(q.prices);
      const k = await requireKeyFigure(deps.db, q.keyFigure);
      const doc = presentSeries(k, await seriesAnswer(deps.db, k, code, request));
      const name = findMunicipality(code)?.name ?? code;
      if (format === 'json')
        return c.json(
          {
            keyFigure: { ...presentKeyFigure(k), notes: k.notes },
            municipality: { code, name },
            ...doc,
          },
          200,
        );
      // Files carry one number per year: the chosen one (accounts win over budget).
      const series = doc.series.filter((p) => p.chosen);
      const table: Table = {
        columns: [
          { key: 'year', header: 'år' },
          { key: 'yearKind', header: 'regnskab/budget' },
          { key: 'value', header: `${k.nameDa} (${doc.unitLabelDa})`, numeric: true },
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
      return exportAs(c, format, table, k, `${k.id}-${code}`, () =>
        toJsonStat(
          { label: `${k.nameDa}, ${name}`, source: sourcesOf(k)[0] ?? '', unit: doc.unitLabelDa },
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
        ),
      );
    },
  );
}

const statusMark = (s: string): string =>
  s === 'missing' ? 'M' : s === 'undefined' ? 'U' : s === 'confidential' ? 'C' : '-';

export async function exportAs(
  c: Context,
  format: 'csv' | 'xlsx' | 'jsonstat',
  table: Table,
  k: StoredKeyFigure | undefined,
  baseName: string,
  jsonStat: () => unknown,
): Promise<Response> {
  if (format === 'csv') return sendFile(c, 'csv', toCsv(table, csvLocale(c)), baseName);
  if (format === 'xlsx') {
    const sources = k
      ? sourcesOf(k)
      : ['Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal', 'Danmarks Statistik'];
    return sendFile(
      c,
      'xlsx',
      await toXlsx(table, {
        title: baseName,
        sources,
        notes: ['Potentiale — et landkort, ikke et facit.'],
      }),
      baseName,
    );
  }
  return sendFile(c, 'jsonstat', JSON.stringify(jsonStat()), baseName);
}
