import {
  priceLevelDa,
  priceLevelEn,
  samePriceLevel,
  type PriceIndexSource,
  type PriceLevel,
} from '../prices/index.ts';
import type { WarningOf } from './warning.ts';

/** What happened to a year's amounts on the way to the price level asked for. */
export type PriceConversion =
  | {
      readonly kind: 'converted';
      readonly from: PriceLevel;
      readonly to: PriceLevel;
      /** Where the index came from. */
      readonly source: PriceIndexSource;
      /** The index years the factor used (e.g. [2010, 2019]). */
      readonly indexYears: readonly number[];
      readonly factor?: number;
    }
  | {
      readonly kind: 'not-converted';
      /** The level the amounts were published in, and are shown in. */
      readonly published: PriceLevel;
      readonly asked: PriceLevel;
      /** The index years that were missing. */
      readonly missingYears: readonly number[];
    };

const SOURCE_DA: Readonly<Record<PriceIndexSource, string>> = {
  derived: 'afledt af overlappende eksporter',
  imported: 'importeret',
  statbank: 'fra Danmarks Statistiks Statistikbank',
};
const SOURCE_EN: Readonly<Record<PriceIndexSource, string>> = {
  derived: 'derived from overlapping exports',
  imported: 'imported',
  statbank: "from Statistics Denmark's StatBank",
};

/** What the price-conversion rule looks at. */
export interface PriceConversionInput {
  /** The figure whose amounts it concerns, or null for all amounts of the answer. */
  readonly keyFigureId: string | null;
  /** The year of the amounts. */
  readonly year: number;
  readonly conversion: PriceConversion;
}

/**
 * `price-conversion` (DESIGN.md §3.4b): either the amounts could not be converted to the price
 * level asked for (the index lacks a year) and are shown in the level they were published in,
 * naming both levels and the missing year; or they were converted with a pris- og lønindeks,
 * naming its source and years. Undefined for a conversion between equal levels (nothing was
 * done).
 * @example priceConversionWarning({ keyFigureId: null, year: 2019, conversion: { kind: 'not-converted', published: fixedPrices(2010), asked: CURRENT_PRICES, missingYears: [2019] } })?.messageDa
 * // 'Beløbene kunne ikke omregnes til 2019-priser (løbende): …'
 */
export function priceConversionWarning(
  input: PriceConversionInput,
): WarningOf<'price-conversion'> | undefined {
  const { year, conversion: c } = input;
  if (c.kind === 'converted') {
    if (samePriceLevel(c.from, c.to)) return undefined;
    const years = c.indexYears.join(' og ');
    const yearsEn = c.indexYears.join(' and ');
    return {
      code: 'price-conversion',
      keyFigureId: input.keyFigureId,
      messageDa:
        `Beløbene for ${year} er omregnet fra ${priceLevelDa(c.from, year)} til ` +
        `${priceLevelDa(c.to, year)} med et pris- og lønindeks (${SOURCE_DA[c.source]}), ` +
        `årene ${years}.`,
      messageEn:
        `The amounts for ${year} are converted from ${priceLevelEn(c.from, year)} to ` +
        `${priceLevelEn(c.to, year)} with a price and wage index (${SOURCE_EN[c.source]}), ` +
        `years ${yearsEn}.`,
      detail: {
        converted: true,
        year,
        from: c.from,
        to: c.to,
        indexSource: c.source,
        indexYears: c.indexYears,
        factor: c.factor ?? null,
      },
    };
  }
  const missing = c.missingYears.join(' og ');
  const missingEn = c.missingYears.join(' and ');
  const plural = c.missingYears.length > 1;
  return {
    code: 'price-conversion',
    keyFigureId: input.keyFigureId,
    messageDa:
      `Beløbene for ${year} kunne ikke omregnes til ${priceLevelDa(c.asked, year)}: pris- og ` +
      `lønindekset mangler ${plural ? 'årene' : 'året'} ${missing}. De vises i ` +
      `${priceLevelDa(c.published, year)}, som de er offentliggjort, og kan ikke lægges ` +
      'sammen med beløb i et andet prisniveau.',
    messageEn:
      `The amounts for ${year} could not be converted to ${priceLevelEn(c.asked, year)}: the ` +
      `price and wage index lacks the year${plural ? 's' : ''} ${missingEn}. They are shown in ` +
      `${priceLevelEn(c.published, year)}, as published, and cannot be added to amounts in ` +
      'another price level.',
    detail: {
      converted: false,
      year,
      published: c.published,
      asked: c.asked,
      missingYears: c.missingYears,
    },
  };
}
