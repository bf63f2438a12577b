import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findMunicipality } from '../../core/index.ts';
import { seriesFor, valuesForYear, type StoredKeyFigure } from '../../db/index.ts';
import {
  parseMunicipalityCode,
  parseYear,
  presentKeyFigure,
  presentValueRows,
  requireKeyFigure,
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
      const k = await requireKeyFigure(deps.db, q.keyFigure);
      const values = await valuesForYear(deps.db, k.id, year, k.volume);
      const rows = presentValueRows(values);
      if (format === 'json')
        return c.json(
          { keyFigure: { ...presentKeyFigure(k), notes: k.notes }, year, values: rows },
          200,
        );
      const table: Table = {
        columns: [
          { key: 'code', header: 'kommunekode' },
          { key: 'name', header: 'kommune' },
          { key: 'year', header: 'år' },
          { key: 'value', header: `${k.nameDa} (${k.unit})`, numeric: true },
          { key: 'status', header: 'status' },
          {
            key: 'volume',
            header: k.volume ? `volumen: ${k.volume.description}` : 'volumen',
            numeric: true,
          },
        ],
        rows: rows.map((r) => ({ ...r, year })),
      };
      return exportAs(c, format, table, k, `${k.id}-${year}`, () =>
        toJsonStat(
          { label: `${k.nameDa}, ${year}`, source: sourcesOf(k)[0] ?? '', unit: k.unit },
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
      const k = await requireKeyFigure(deps.db, q.keyFigure);
      const series = await seriesFor(deps.db, k.id, code, k.volume);
      const name = findMunicipality(code)?.name ?? code;
      if (format === 'json')
        return c.json(
          {
            keyFigure: { ...presentKeyFigure(k), notes: k.notes },
            municipality: { code, name },
            series,
          },
          200,
        );
      const table: Table = {
        columns: [
          { key: 'year', header: 'år' },
          { key: 'value', header: `${k.nameDa} (${k.unit})`, numeric: true },
          { key: 'status', header: 'status' },
          { key: 'volume', header: 'volumen', numeric: true },
          { key: 'break', header: 'databrud' },
        ],
        rows: series.map((p) => ({
          year: p.year,
          value: p.value,
          status: p.status,
          volume: p.volume,
          break: k.breaks.find((b) => b.year === p.year)?.description ?? '',
        })),
      };
      return exportAs(c, format, table, k, `${k.id}-${code}`, () =>
        toJsonStat(
          { label: `${k.nameDa}, ${name}`, source: sourcesOf(k)[0] ?? '', unit: k.unit },
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
