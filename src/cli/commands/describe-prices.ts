import { YEAR_KIND_DA, type YearKind } from '../../core/index.ts';
import type { PricesDocument } from '../../engine/index.ts';

const levelDa = (p: PricesDocument, year?: number): string =>
  p.basis === 'fixed'
    ? `${p.year}-priser`
    : year === undefined
      ? 'løbende priser'
      : `${year}-priser`;

/**
 * "regnskab 2018, 2018-priser" or "budget 2019, 2010-priser (som offentliggjort: intet
 * prisindeks for 2019)": the year's kind and the amounts' price level, for terminal headings.
 */
export function describeYearAndPrices(a: {
  readonly year: number;
  readonly yearKind: YearKind | null;
  readonly prices: PricesDocument | null;
  readonly unconverted?: boolean;
}): string {
  const kind = a.yearKind ? `${YEAR_KIND_DA[a.yearKind]} ${a.year}` : String(a.year);
  if (!a.prices) return kind;
  return `${kind}, ${levelDa(a.prices, a.year)}${a.unconverted ? ` (som offentliggjort: intet pris- og lønindeks til at omregne ${a.year})` : ''}`;
}

export { levelDa as priceLevelLabelDa };
