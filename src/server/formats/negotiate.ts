import type { Context } from 'hono';
import { InvalidInputError } from '../../core/index.ts';

export type Format = 'json' | 'csv' | 'xlsx' | 'jsonstat';

const MEDIA: Readonly<Record<Format, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonstat: 'application/json',
};

/** `?format=` wins; else the Accept header; else JSON. */
export function chooseFormat(c: Context, offered: readonly Format[]): Format {
  const asked = c.req.query('format');
  if (asked !== undefined) {
    const f = asked.toLowerCase() === 'json-stat' ? 'jsonstat' : asked.toLowerCase();
    if (!offered.includes(f as Format)) {
      throw new InvalidInputError(
        `format skal være en af ${offered.join(', ')}, ikke "${asked}"`,
        'format',
      );
    }
    return f as Format;
  }
  const accept = c.req.header('Accept') ?? '';
  if (/application\/vnd\.openxmlformats/.test(accept) && offered.includes('xlsx')) return 'xlsx';
  if (/text\/csv/.test(accept) && offered.includes('csv')) return 'csv';
  if (/json-stat|jsonstat/.test(accept) && offered.includes('jsonstat')) return 'jsonstat';
  return 'json';
}

/** Sends a table-like export with the right media type and a file name. */
export function sendFile(
  c: Context,
  format: Format,
  body: string | Uint8Array,
  baseName: string,
): Response {
  const ext = format === 'jsonstat' ? 'json' : format;
  const type =
    format === 'csv'
      ? `${MEDIA.csv}; charset=utf-8`
      : format === 'jsonstat'
        ? 'application/json; charset=utf-8'
        : MEDIA[format];
  return c.body(
    typeof body === 'string'
      ? body
      : (body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer),
    200,
    {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${baseName}.${ext}"`,
    },
  );
}

/** The CSV locale: `?locale=da` gives `;` and decimal comma. */
export function csvLocale(c: Context): 'da' | 'en' {
  const l = c.req.query('locale');
  if (l === undefined || l === 'en') return 'en';
  if (l === 'da') return 'da';
  throw new InvalidInputError(`locale skal være da eller en, ikke "${l}"`, 'locale');
}
