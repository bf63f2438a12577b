import {
  CURRENT_PRICES,
  expressIn,
  fixedPrices,
  indexYears,
  isMoneyUnit,
  levelOfStored,
  yearKindPriority,
  type PriceIndex,
  type PriceLevel,
  type YearKind,
} from '../core/index.ts';
import {
  loadPriceIndices,
  seriesFor,
  valuesForYear,
  type Queryable,
  type StoredKeyFigure,
  type StoredValue,
} from '../db/index.ts';
import {
  checkPriceRequest,
  pricesDocument,
  type PriceRequest,
  type PricesDocument,
} from './prices.ts';

/** One municipality's value as answers show it: one kind and basis, converted. */
export interface ValueRow {
  readonly code: string;
  readonly name: string;
  /** In the answer's price level (`prices`), or as published where `unconverted`. */
  readonly value: number | null;
  /** `value`, `missing`, `undefined`, `confidential`, or `no-data`. */
  readonly status: string;
  /** The cell as the source wrote it (before any conversion). */
  readonly raw: string | null;
  readonly volume: number | null;
  readonly importId: number | null;
}

/** The other kinds and bases the year has values of, which the answer did not show. */
export interface OtherVariant {
  readonly yearKind: YearKind;
  readonly published: PricesDocument | null;
  readonly count: number;
}

export interface ValuesAnswer {
  readonly year: number;
  readonly yearKind: YearKind | null;
  /** The level of the amounts (null when the figure is not money). */
  readonly prices: PricesDocument | null;
  readonly published: PricesDocument | null;
  /** True when the asked level could not be reached and the values are as published. */
  readonly unconverted: boolean;
  readonly factor: number;
  readonly rows: readonly ValueRow[];
  readonly otherVariants: readonly OtherVariant[];
}

interface VariantGroup {
  readonly yearKind: YearKind;
  readonly priceBasis: string;
  readonly count: number;
}

function groupsOf(cells: readonly (readonly StoredValue[])[]): VariantGroup[] {
  const groups = new Map<string, { yearKind: YearKind; priceBasis: string; count: number }>();
  for (const values of cells) {
    for (const v of values) {
      const key = `${v.yearKind}|${v.priceBasis}`;
      const g = groups.get(key) ?? { yearKind: v.yearKind, priceBasis: v.priceBasis, count: 0 };
      if (v.status === 'value') g.count++;
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}

const publishedOf = (basis: string): PricesDocument | null => {
  const level = levelOfStored(basis);
  return level ? pricesDocument(level) : null;
};

/**
 * `values`: every municipality's value of a figure in a year, in one year kind and price basis
 * (accounts first: a column never mixes accounts with budget, nor two bases), money converted
 * to the asked level when an index allows it (default: the year's own current prices).
 */
export async function valuesAnswer(
  db: Queryable,
  k: StoredKeyFigure,
  year: number,
  request: PriceRequest,
): Promise<ValuesAnswer> {
  const indices = await loadPriceIndices(db);
  checkPriceRequest(request, indices);
  const cells = await valuesForYear(db, k.id, year, k.volume);
  const groups = groupsOf(cells.map((c) => c.values));
  // Accounts win where one value must be chosen (shown as published when not convertible).
  const chosen = groups.length
    ? expressIn(groups, year, request.level, indices, k.id, 'accounts')
    : undefined;
  const rows = cells.map((c): ValueRow => {
    const v = chosen
      ? c.values.find(
          (x) =>
            x.yearKind === chosen.variant.yearKind && x.priceBasis === chosen.variant.priceBasis,
        )
      : undefined;
    return {
      code: c.code,
      name: c.name,
      value: v?.value === null || v === undefined ? null : v.value * (chosen?.factor ?? 1),
      status: v?.status ?? 'no-data',
      raw: v?.raw ?? null,
      volume: c.volume,
      importId: v?.importId ?? null,
    };
  });
  return {
    year,
    yearKind: chosen?.variant.yearKind ?? null,
    prices: chosen?.level ? pricesDocument(chosen.level) : null,
    published: chosen?.published ? pricesDocument(chosen.published) : null,
    unconverted: chosen?.unconverted ?? false,
    factor: chosen?.factor ?? 1,
    rows,
    otherVariants: groups
      .filter((g) => g !== chosen?.variant)
      .map((g) => ({ yearKind: g.yearKind, published: publishedOf(g.priceBasis), count: g.count })),
  };
}

/** One point of a series: one year and one year kind. */
export interface SeriesPoint {
  readonly year: number;
  readonly yearKind: YearKind;
  /** True for the value a single number per year shows: accounts win over budget. */
  readonly chosen: boolean;
  readonly value: number | null;
  readonly status: string;
  readonly raw: string;
  readonly importId: number;
  readonly volume: number | null;
  /** The level of `value`; null when the figure is not money. */
  readonly prices: PricesDocument | null;
  readonly published: PricesDocument | null;
  readonly unconverted: boolean;
  readonly factor: number;
}

export interface SeriesAnswer {
  /** The level asked for (or the default): fixed prices of the newest year an index reaches. */
  readonly prices: PricesDocument | null;
  readonly points: readonly SeriesPoint[];
}

/**
 * The default level of a series (DESIGN.md §3.4b): fixed prices of the newest year with data
 * that a price index reaches, so the whole series can be converted as far as the index goes;
 * current prices when no index covers any of its years.
 */
export function defaultSeriesLevel(
  years: readonly number[],
  indices: readonly PriceIndex[],
  keyFigureId: string,
): PriceLevel | undefined {
  const covered = new Set(indexYears(indices, keyFigureId));
  const newest = [...years].reverse().find((y) => covered.has(y));
  return newest === undefined ? undefined : fixedPrices(newest);
}

/**
 * `series`: one municipality's values over the years, a point per year and year kind (a budget
 * and the accounts of the same year are both kept, never merged; `chosen` marks the one a
 * single number per year shows). Money in the asked level, by default fixed prices of the
 * newest year an index reaches; amounts that cannot be converted stay as published, labelled.
 */
export async function seriesAnswer(
  db: Queryable,
  k: StoredKeyFigure,
  code: string,
  request: PriceRequest | undefined,
): Promise<SeriesAnswer> {
  const indices = await loadPriceIndices(db);
  if (request) checkPriceRequest(request, indices);
  const years = await seriesFor(db, k.id, code, k.volume);
  const money = isMoneyUnit(k.unit);
  const level =
    request?.level ??
    (money
      ? defaultSeriesLevel(
          years.filter((y) => y.values.some((v) => v.status === 'value')).map((y) => y.year),
          indices,
          k.id,
        )
      : undefined) ??
    CURRENT_PRICES;
  const points: SeriesPoint[] = [];
  for (const y of years) {
    const kinds = [...new Set(y.values.map((v) => v.yearKind))].sort(
      (a, b) => yearKindPriority(a) - yearKindPriority(b),
    );
    // The point a single number shows is the one `values` shows: accounts win.
    const withCounts = y.values.map((v) => ({ ...v, count: v.status === 'value' ? 1 : 0 }));
    const best = expressIn(withCounts, y.year, level, indices, k.id, 'accounts')?.variant.yearKind;
    kinds.forEach((kind) => {
      const mine = y.values
        .filter((v) => v.yearKind === kind)
        .map((v) => ({ ...v, count: v.status === 'value' ? 1 : 0 }));
      const e = expressIn(mine, y.year, level, indices, k.id);
      if (!e) return;
      const v = e.variant;
      points.push({
        year: y.year,
        yearKind: kind,
        chosen: kind === best,
        value: v.value === null ? null : v.value * e.factor,
        status: v.status,
        raw: v.raw,
        importId: v.importId,
        volume: y.volume,
        prices: e.level ? pricesDocument(e.level) : null,
        published: e.published ? pricesDocument(e.published) : null,
        unconverted: e.unconverted,
        factor: e.factor,
      });
    });
  }
  return { prices: money ? pricesDocument(level) : null, points };
}
