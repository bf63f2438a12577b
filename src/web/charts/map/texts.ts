import type { ValueRow } from '../../api/index.ts';
import type { Catalogue, Formats } from '../../i18n/index.ts';
import type { Polarity } from '../../../charts/map/index.ts';

/** The map's texts in the current language (t.home.denmarkMap). */
export type MapCatalogue = Catalogue['home']['denmarkMap'];

/** What the map says about one municipality: its value, its rank, and both as one label. */
export interface MapTexts {
  readonly valueText: (code: string) => string;
  readonly rankText: (code: string) => string | null;
  /** The label of a municipality's shape: "Aarhus: 1.234 kr., nr. 3 af 98". */
  readonly describe: (code: string, municipality: string) => string;
}

/** The texts of the map's shapes and tooltip, from the values by code and their ranks. */
export function mapTexts(input: {
  readonly rows: ReadonlyMap<string, ValueRow>;
  readonly ranks: ReadonlyMap<string, number>;
  readonly polarity: Polarity;
  readonly unit: string;
  readonly tm: MapCatalogue;
  readonly f: Formats;
}): MapTexts {
  const { rows, ranks, polarity, unit, tm, f } = input;
  const ranked = ranks.size;
  const valueText = (code: string) => {
    const v = rows.get(code)?.value ?? null;
    return v === null ? tm.noValue : f.withUnit(v, unit);
  };
  const rankText = (code: string) => {
    const r = ranks.get(code);
    if (r === undefined) return null;
    return polarity === 'neutral' ? tm.rankNeutral(r, ranked) : tm.rank(r, ranked);
  };
  const describe = (code: string, municipality: string) =>
    [`${municipality}: ${valueText(code)}`, rankText(code)].filter(Boolean).join(', ');
  return { valueText, rankText, describe };
}

/** The rows in rank order (unranked last), ties and unranked by Danish name. */
export function sortByRank(
  values: readonly ValueRow[],
  ranks: ReadonlyMap<string, number>,
): readonly ValueRow[] {
  return [...values].sort(
    (a, b) =>
      (ranks.get(a.code) ?? Infinity) - (ranks.get(b.code) ?? Infinity) ||
      a.name.localeCompare(b.name, 'da'),
  );
}

/**
 * The map in one sentence for a screen reader: the figure, the year, how many have a value,
 * the lowest and highest municipality and how many have none.
 */
export function mapSummary(input: {
  readonly sortedRows: readonly ValueRow[];
  readonly figureName: string;
  readonly year: number;
  readonly ranked: number;
  readonly missing: number;
  readonly polarity: Polarity;
  readonly unit: string;
  readonly tm: MapCatalogue;
  readonly f: Formats;
}): string {
  const { sortedRows, figureName, year, ranked, missing, polarity, unit, tm, f } = input;
  const extreme = (which: 'first' | 'last') => {
    const withValue = sortedRows.filter((r) => r.value !== null);
    const lowFirst = polarity === 'lower-is-better';
    const r = (which === 'first') === lowFirst ? withValue[0] : withValue[withValue.length - 1];
    return r ? `${r.name} (${f.withUnit(r.value, unit)})` : tm.noValue;
  };
  return tm.summary(figureName, year, ranked, extreme('first'), extreme('last'), missing);
}
