import { formatNumber as formatForPeople, formatVolume as volumeForPeople } from '../core/index.ts';

/**
 * A number for terminal tables in Danish, with up to `maximumFractionDigits` decimals: the
 * core's one formatter (formatNumber), so "−1.234.567,8", and "–" when missing, as on the web.
 * @example formatNumber(-1234567.8) // '−1.234.567,8'
 */
export function formatNumber(value: number | null, maximumFractionDigits = 2): string {
  return formatForPeople('da', value, { maxDecimals: maximumFractionDigits });
}

/**
 * A volume (persons, pupils) as whole units for people: "8.321", never "8.320,966"; "–" when
 * missing. The volume itself stays exact; only the display rounds.
 * @example formatVolume(8320.966) // '8.321'
 */
export function formatVolume(value: number | null): string {
  return volumeForPeople('da', value);
}

/** A plain text table with right-aligned numeric columns. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return (
    [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
  );
}
