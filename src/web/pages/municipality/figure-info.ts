import type { KeyFigureDocument, PackageDocument, YearKind } from '../../api/index.ts';
import type { NumberSource } from '../../components/index.ts';
import { priceLevelText, unitWithPrices } from '../../format/index.ts';
import { localized, type I18n, type Locale } from '../../i18n/index.ts';

export type PackageTheme = PackageDocument['themes'][number];
export type PackageFigure = PackageTheme['figures'][number];

/** What every number of a package row needs to explain itself. */
export interface FigureContext {
  readonly year: number;
  /** The benchmark level in words, e.g. "Median". */
  readonly levelName: string;
  /** The theme's peer group in words and its size. */
  readonly groupName: string;
  readonly groupSize: number;
  /** The package's price level in words, e.g. "2019-priser". */
  readonly prices: string;
}

/** The part of a package that says which price level its amounts are in. */
type Priced = Pick<PackageDocument, 'prices' | 'year' | 'unitLabelDa'>;

/**
 * The price level of a package's amounts in words: "2019-priser" for each year's own prices
 * (as the API's unitLabelDa writes it), "2010-priser" for fixed prices.
 * @example packagePrices('da', { prices: { basis: 'fixed', year: 2010 }, year: 2019 }) // "2010-priser"
 */
export function packagePrices(locale: Locale, pkg: Omit<Priced, 'unitLabelDa'>): string {
  return priceLevelText(locale, pkg.prices, pkg.year, { plain: true });
}

/**
 * The unit of a package's amounts with their price level: the API's unitLabelDa in Danish
 * ("kr., 2019-priser"), "DKK, 2019 prices" in English.
 */
export function packageUnit(locale: Locale, pkg: Priced): string {
  return locale === 'da' ? pkg.unitLabelDa : `DKK, ${packagePrices(locale, pkg)}`;
}

/** A figure's unit with the package's price level when it is money: "kr. pr. indb., 2019-priser". */
export function figureUnit(locale: Locale, unit: string, pkg: Omit<Priced, 'unitLabelDa'>): string {
  return unitWithPrices(locale, unit, pkg.prices, pkg.year, { plain: true });
}

/** Accounts, budget or estimate as the API says for the figure's year; undefined when unknown. */
export function figureKind(kind: YearKind | null | undefined): NumberSource['kind'] | undefined {
  return kind ?? undefined;
}

/** The definitions, sources and years of a package row's numbers, in the current language. */
export function figureInfo(
  { t, f, name, locale }: Pick<I18n, 't' | 'f' | 'name' | 'locale'>,
  row: PackageFigure,
  k: KeyFigureDocument | undefined,
  context: FigureContext,
) {
  const m = t.municipality.info;
  const figureName = k ? name(k) : row.nameDa;
  const unit = k?.unit ?? '';
  const unitShown = f.unit(unit);
  const sourceName = k ? (t.common.sourceNames[k.source] ?? k.source) : undefined;
  const kind = figureKind(row.yearKind);
  const computed = sourceName ? m.computedFrom(sourceName) : m.computed;
  const polarity = k ? (t.common.polarity[k.polarity] ?? k.polarity) : '';
  // At the DEA level the benchmark is not the group's: it is the target set by the reference
  // municipalities (the peers with λ) among all municipalities.
  const levelLine = row.dea
    ? t.deaLevel.benchmark(
        context.levelName,
        row.dea.peers.map((p) => `${p.name} (λ = ${f.number(p.lambda, 2)})`).join(', ') ||
          t.deaLevel.ownReference,
        row.dea.units,
        unitShown,
      )
    : m.benchmark(context.levelName, context.groupName, context.groupSize, unitShown);
  const levelName = (key: string, fallback: string) => t.common.levels[key] ?? fallback;
  const { min, max } = row.corridor;
  return {
    name: figureName,
    unit,
    own: {
      definition: m.ownValue(figureName, unitShown),
      source: sourceName,
      year: context.year,
      kind,
      prices: context.prices,
    } satisfies NumberSource,
    benchmark: {
      definition: levelLine,
      source: computed,
      year: context.year,
      kind,
      prices: context.prices,
    } satisfies NumberSource,
    rank: {
      definition: k?.polarity === 'neutral' || !k ? m.rankNeutral : m.rank(polarity),
      source: computed,
      year: context.year,
    } satisfies NumberSource,
    potential: {
      definition: [
        m.potential(
          f.auto(row.value),
          f.auto(row.benchmark),
          f.volume(row.volume),
          f.kr(row.potential),
        ),
        k?.volume?.description
          ? m.volume(localized(locale, k.volume.description, k.volume.descriptionEn))
          : '',
        levelLine,
      ]
        .filter(Boolean)
        .join(' '),
      source: computed,
      year: context.year,
      kind,
      prices: context.prices,
    } satisfies NumberSource,
    corridor: {
      definition:
        min && max
          ? m.corridor(
              levelName(min.levelKey, min.levelNameDa),
              formatMoney(f, min.signed),
              levelName(max.levelKey, max.levelNameDa),
              formatMoney(f, max.signed),
            )
          : '',
      source: computed,
      year: context.year,
      prices: context.prices,
    } satisfies NumberSource,
  };
}

/**
 * An amount of kroner as a package shows it: millions with one decimal from 100.000 kr.
 * ("−30,5 mio. kr."), below that whole thousands in kroner ("43.000 kr."), so a small
 * potential never reads as "0,0 mio. kr.".
 */
export function formatMoney(f: I18n['f'], value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return f.kr(value);
  if (Math.abs(value) >= 1e5) return f.mkr(value);
  return f.kr(Math.round(value / 1000) * 1000 || 0);
}

/** Whether a signed potential says "could spend less", "spends less" or "at the benchmark". */
export function potentialSign(value: number | null): 'positive' | 'negative' | 'zero' | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (Math.abs(value) < 500) return 'zero';
  return value > 0 ? 'positive' : 'negative';
}
