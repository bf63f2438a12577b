import type { ValuesDocument } from '../../api/index.ts';
import { priceLevelText, unitWithPrices } from '../../format/index.ts';
import type { I18n } from '../../i18n/index.ts';

/** The part of a /values answer that says what its amounts are. */
type Described = Pick<
  ValuesDocument,
  'year' | 'yearKind' | 'prices' | 'unitLabelDa' | 'unconverted'
>;

/**
 * The unit of a year's values with its price level: the API's unitLabelDa in Danish ("kr. pr.
 * indb., 2019-priser (løbende)"), the same composed in English; the plain unit without an
 * answer.
 */
export function valuesUnit(
  locale: I18n['locale'],
  unit: string,
  doc: Pick<Described, 'year' | 'prices' | 'unitLabelDa'> | undefined,
): string {
  if (!doc) return unit;
  return locale === 'da' ? doc.unitLabelDa : unitWithPrices('en', unit, doc.prices, doc.year);
}

/** "budget 2019", "regnskab 2018"; the bare year when the kind is unknown. */
export function kindYear(t: I18n['t'], year: number, kind: string | null | undefined): string {
  return kind ? t.common.kindYear(t.common.yearKinds[kind] ?? kind, year) : String(year);
}

/**
 * Why a year's amounts are not in the asked level, in words: "ikke omregnet: intet prisindeks
 * for 2019 (vist i 2010-priser, som offentliggjort)"; null when they are.
 */
export function unconvertedText(
  { t, locale }: Pick<I18n, 't' | 'locale'>,
  doc: Pick<Described, 'year' | 'prices' | 'unconverted'>,
): string | null {
  if (!doc.unconverted) return null;
  const shown = doc.prices
    ? ` (${t.common.prices.shownAs(priceLevelText(locale, doc.prices, doc.year))})`
    : '';
  return `${t.common.prices.unconverted(String(doc.year))}${shown}`;
}
