/** The two data formats the client asks for: BULK streams without a cell limit, CSV is capped. */
export type DataFormat = 'BULK' | 'CSV';

/** One variable of a data request: its id and the value codes to take. */
export interface VariableSelection {
  readonly code: string;
  readonly values: readonly string[];
}

/** A request for data of one table, with codes (never texts) in the answer. */
export interface DataRequest {
  readonly table: string;
  readonly format: DataFormat;
  readonly lang: 'da' | 'en';
  readonly variables: readonly VariableSelection[];
}

/** The most cells StatBank serves in one non-streaming answer (CSV, JSON-stat, …). */
export const CELL_LIMIT = 1_000_000;

/**
 * The JSON body POSTed to /v1/data, keys in a fixed order so the same request always has the
 * same bytes (and the same cache key).
 * @example dataRequestBody({ table: 'FOLK1A', format: 'CSV', lang: 'da', variables: [] })
 * // { table: 'FOLK1A', format: 'CSV', lang: 'da', valuePresentation: 'Code', variables: [] }
 */
export function dataRequestBody(request: DataRequest): Readonly<Record<string, unknown>> {
  return {
    table: request.table,
    format: request.format,
    lang: request.lang,
    valuePresentation: 'Code',
    variables: request.variables.map((v) => ({ code: v.code, values: [...v.values] })),
  };
}

/**
 * The cells StatBank counts for a request: rows (the product of the numbers of values) times
 * columns (the variables plus the value column). Patterns like "*" cannot be counted: null.
 * @example countCells({ …, variables: [{ code: 'TID', values: ['2023'] }] }) // 2
 */
export function countCells(request: DataRequest): number | null {
  let rows = 1;
  for (const v of request.variables) {
    if (
      v.values.some((x) => x.includes('*') || x.includes('(') || x.includes('<') || x.includes('>'))
    )
      return null;
    rows *= new Set(v.values).size;
  }
  return rows * (request.variables.length + 1);
}

/**
 * Splits a CSV request over the cell limit into requests of whole time periods, each within
 * the limit; BULK requests and requests within the limit come back as they are.
 * @example splitRequest(req, 'TID').length // 2 for 1,360,000 cells
 */
export function splitRequest(
  request: DataRequest,
  timeVariable: string,
  limit: number = CELL_LIMIT,
): readonly DataRequest[] {
  const cells = countCells(request);
  if (request.format === 'BULK' || cells === null || cells <= limit) return [request];
  const time = request.variables.find((v) => v.code.toUpperCase() === timeVariable.toUpperCase());
  if (!time || time.values.length < 2) return [request];
  const perPeriod = cells / time.values.length;
  const size = Math.max(1, Math.floor(limit / perPeriod));
  const parts: DataRequest[] = [];
  for (let i = 0; i < time.values.length; i += size) {
    const values = time.values.slice(i, i + size);
    parts.push({
      ...request,
      variables: request.variables.map((v) => (v === time ? { code: v.code, values } : v)),
    });
  }
  return parts;
}

/** BULK when the request may exceed the cell limit, else CSV. */
export function chooseFormat(request: Omit<DataRequest, 'format'>): DataFormat {
  const cells = countCells({ ...request, format: 'CSV' });
  return cells === null || cells > CELL_LIMIT ? 'BULK' : 'CSV';
}
