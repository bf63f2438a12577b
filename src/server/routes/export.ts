import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ATTRIBUTIONS } from '../../core/index.ts';
import type { StoredKeyFigure } from '../../db/index.ts';
import type { Table } from '../formats/csv.ts';
import { toCsv } from '../formats/csv.ts';
import { csvLocale, sendFile } from '../formats/negotiate.ts';
import { toXlsx } from '../formats/xlsx.ts';
import { problemResponses } from '../schemas.ts';
import { sourcesOf } from '../sources.ts';

/** A JSON answer that is also served as CSV, XLSX and JSON-stat 2.0. */
export const exportResponses = <S extends z.ZodType>(
  schema: S,
  description = 'JSON; også CSV, XLSX og JSON-stat 2.0 via ?format= eller Accept',
) => ({
  200: {
    description,
    content: {
      'application/json': { schema },
      'text/csv': { schema: z.string() },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: z.string().openapi({ format: 'binary' }),
      },
    },
  },
  ...problemResponses,
});

/** The JSON-stat status mark of an observation that has no number. */
export const statusMark = (s: string): string =>
  s === 'missing' ? 'M' : s === 'undefined' ? 'U' : s === 'confidential' ? 'C' : '-';

/** Sends a table as CSV or XLSX, or the JSON-stat document `jsonStat` builds. */
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
      : [ATTRIBUTIONS.noegletal.citationDa, ATTRIBUTIONS.statbank.citationDa];
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
