import { emptyParsedSource, type ParsedSource, type PriceIndexRow } from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { decodeText } from '../text/index.ts';

/** The header of a price index file, in English or Danish. */
const HEADER = /^\s*(year|år|aar)\s*[;,\t]\s*(index|indeks)\s*[;,\t]\s*(base|basis)\s*$/i;

/** True for a text whose first non-empty line is `year;index;base` (or `år;indeks;basis`). */
export function detectPriceIndex(bytes: Uint8Array, fileName: string): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 200));
  void fileName;
  const first = head
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((l) => l.trim() !== '');
  return first !== undefined && HEADER.test(first);
}

/**
 * Parses a pris- og lønindeks file: `year;index;base` with one row per year, e.g.
 * `2018;112,308;2010` (decimal comma or point), all rows with the same base year. The index
 * is stored rebased so the base year is 1 (a file may write 100). A gap between years, a year
 * twice, a value that is not a positive number, or rows of different base years refuse the
 * file, naming the line.
 * @example parsePriceIndex(bytes, 'pl-indeks.csv').priceIndex?.rows.length
 */
export function parsePriceIndex(bytes: Uint8Array, fileName: string): ParsedSource {
  const { text } = decodeText(bytes, fileName);
  const log = new DiagnosticLog(fileName);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt < 0 || !HEADER.test(lines[headerAt] ?? '')) {
    log.refuse('overskriften skal være year;index;base (eller år;indeks;basis)', {
      line: headerAt + 1,
    });
  }
  const separator = /;/.test(lines[headerAt] ?? '')
    ? ';'
    : /\t/.test(lines[headerAt] ?? '')
      ? '\t'
      : ',';
  const rows: (PriceIndexRow & { line: number })[] = [];
  let baseYear: number | undefined;
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const line = i + 1;
    const fields = raw.split(separator).map((f) => f.trim());
    if (fields.length !== 3) {
      log.error(`rækken skal have 3 felter (år, indeks, basis), ikke ${fields.length}`, {
        line,
        value: raw,
      });
      continue;
    }
    const [y = '', v = '', b = ''] = fields;
    if (!/^\d{4}$/.test(y)) {
      log.error('året er ikke et årstal', { line, field: 'year', value: y });
      continue;
    }
    const value = Number(separator === ',' ? v : v.replace(',', '.'));
    if (!/^[+-]?\d+([.,]\d+)?$/.test(v) || !(value > 0)) {
      log.error('indekset skal være et positivt tal', { line, field: 'index', value: v });
      continue;
    }
    if (!/^\d{4}$/.test(b)) {
      log.error('basisåret er ikke et årstal', { line, field: 'base', value: b });
      continue;
    }
    if (baseYear !== undefined && Number(b) !== baseYear) {
      log.error(`alle rækker skal have samme basisår (${baseYear})`, {
        line,
        field: 'base',
        value: b,
      });
      continue;
    }
    baseYear = Number(b);
    const year = Number(y);
    const prev = rows[rows.length - 1];
    if (prev && year === prev.year) {
      log.error(`året ${year} står også i linje ${prev.line}`, { line, field: 'year', value: y });
      continue;
    }
    if (prev && year !== prev.year + 1) {
      log.error(
        year < prev.year
          ? 'årene skal stå i stigende rækkefølge'
          : `prisindekset har et hul: ${prev.year + 1}${year - 1 > prev.year + 1 ? `-${year - 1}` : ''} mangler`,
        { line, field: 'year', value: y },
      );
      continue;
    }
    rows.push({ year, value, line });
  }
  if (rows.length === 0)
    log.refuse('filen har en overskrift, men ingen år', { line: headerAt + 1 });
  const base = baseYear ?? 0;
  if (!rows.some((r) => r.year === base)) {
    log.error(
      `basisåret ${base} står ikke i filen, så indekset kan ikke sættes til 1 i basisåret`,
      {
        line: headerAt + 1,
      },
    );
  }
  return {
    ...emptyParsedSource('price-index-csv', fileName),
    priceIndex: { baseYear: base, rows: rows.map(({ year, value }) => ({ year, value })) },
    diagnostics: log.finish(),
  };
}
