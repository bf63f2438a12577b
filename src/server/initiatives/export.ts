import { priceLevelDa, type Initiative } from '../../core/index.ts';
import type { Table } from '../formats/csv.ts';
import { INITIATIVE_COLUMNS } from './columns.ts';
import { totalsIn, type SectorLevel } from '../../engine/index.ts';
import { cellOf } from './workbook.ts';

/**
 * The initiatives as one CSV table: the columns of "Initiativer", the id, the totals, and a
 * column per year for the expected and the realised gain (the years any initiative has), in
 * each initiative's own price level (its prisniveau column); the totals in the sector's one
 * level (sectorLevel), so they add up across initiatives. The XLSX export has the import's
 * layout instead (initiativesWorkbook).
 */
export function initiativesTable(initiatives: readonly Initiative[], level: SectorLevel): Table {
  const levelText = priceLevelDa(level.target);
  const years = [
    ...new Set(initiatives.flatMap((i) => [...i.expected, ...i.realised].map((g) => g.year))),
  ].sort((a, b) => a - b);
  const columns = [
    { key: 'id', header: 'id', numeric: true },
    ...INITIATIVE_COLUMNS.map((c) => ({
      key: c.key,
      header: c.header,
      ...(c.key === 'startYear' ? { numeric: true } : {}),
    })),
    { key: 'expectedTotal', header: `forventet i alt (kr., ${levelText})`, numeric: true },
    { key: 'realisedTotal', header: `realiseret i alt (kr., ${levelText})`, numeric: true },
    ...years.flatMap((y) => [
      { key: `e${y}`, header: `forventet ${y} (kr.)`, numeric: true },
      { key: `r${y}`, header: `realiseret ${y} (kr.)`, numeric: true },
    ]),
  ];
  const rows = initiatives.map((i) => {
    const row: Record<string, string | number | null> = { id: i.id };
    for (const c of INITIATIVE_COLUMNS) row[c.key] = cellOf(i, c.key);
    const totals = totalsIn(level, i);
    // A total that leaves a gain out (no index reaches its year) is no total: blank.
    row.expectedTotal = totals.unconverted === 0 ? Math.round(totals.expected) : null;
    row.realisedTotal = totals.unconverted === 0 ? Math.round(totals.realised) : null;
    for (const y of years) {
      row[`e${y}`] = i.expected.find((g) => g.year === y)?.amount ?? null;
      row[`r${y}`] = i.realised.find((g) => g.year === y)?.amount ?? null;
    }
    return row;
  });
  return { columns, rows };
}
