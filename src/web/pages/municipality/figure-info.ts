import type { KeyFigureDocument, PackageDocument } from '../../api/index.ts';
import type { NumberSource } from '../../components/index.ts';
import type { I18n } from '../../i18n/index.ts';

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
}

/**
 * Accounts or budget: a figure that says budget is budget; the newest year of a figure from
 * De Kommunale Nøgletal is usually budget, so it is left open (the definition says so);
 * everything else is accounts.
 */
export function figureKind(
  k: KeyFigureDocument | undefined,
  year: number,
): NumberSource['kind'] | undefined {
  if (!k) return undefined;
  if (/budget/i.test(k.nameDa)) return 'budget';
  if (k.source === 'noegletal' && k.kind === 'cost' && k.lastYear === year) return undefined;
  return 'accounts';
}

/** The definitions, sources and years of a package row's numbers, in the current language. */
export function figureInfo(
  { t, f, name }: Pick<I18n, 't' | 'f' | 'name'>,
  row: PackageFigure,
  k: KeyFigureDocument | undefined,
  context: FigureContext,
) {
  const m = t.municipality.info;
  const figureName = k ? name(k) : row.nameDa;
  const unit = k?.unit ?? '';
  const sourceName = k ? (t.common.sourceNames[k.source] ?? k.source) : undefined;
  const kind = figureKind(k, context.year);
  const maybeBudget = k && !kind && k.source === 'noegletal' ? ` ${m.latestYearMaybeBudget}` : '';
  const computed = sourceName ? m.computedFrom(sourceName) : m.computed;
  const polarity = k ? (t.common.polarity[k.polarity] ?? k.polarity) : '';
  const levelLine = m.benchmark(context.levelName, context.groupName, context.groupSize, unit);
  const levelName = (key: string, fallback: string) => t.common.levels[key] ?? fallback;
  const { min, max } = row.corridor;
  return {
    name: figureName,
    unit,
    own: {
      definition: m.ownValue(figureName, unit) + maybeBudget,
      source: sourceName,
      year: context.year,
      kind,
    } satisfies NumberSource,
    benchmark: {
      definition: levelLine,
      source: computed,
      year: context.year,
      kind,
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
        k?.volume?.description ? m.volume(k.volume.description) : '',
        levelLine,
      ]
        .filter(Boolean)
        .join(' '),
      source: computed,
      year: context.year,
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
