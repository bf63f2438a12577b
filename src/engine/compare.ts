import {
  CATALOGUE,
  NotFoundError,
  THEME_NAMES_DA,
  computeBenchmark,
  findMunicipality,
  isSummable,
  rankAmong,
  type PackageLevel,
  type KeyFigure,
  type PeerGroupSpec,
  type Theme,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { benchmarkInput } from './benchmark-input.ts';
import { loadEngineData, type EngineData } from './data.ts';
import {
  COVERAGE_DENOMINATORS,
  choosePackageLevel,
  packageFromData,
  type PackageAnswer,
} from './package.ts';
import { defaultYearFor } from './package-years.ts';
import { DEFAULT_PRICE_REQUEST, checkPriceRequest, type PriceRequest } from './prices.ts';
import { loadSavedGroup } from './saved-groups.ts';

export interface CompareRequest {
  readonly codes: readonly string[];
  /** Undefined = the default package year most of the municipalities have. */
  readonly year: number | undefined;
  readonly themes: readonly Theme[];
  readonly level: PackageLevel;
  readonly peers: PeerGroupSpec;
  readonly prices?: PriceRequest;
}

/** One municipality's package, as the comparison reads it. */
export interface ComparedPackage {
  readonly code: string;
  readonly answer: PackageAnswer;
  /** By key figure id: the median of the municipality's peer group (null without values). */
  readonly medians: ReadonlyMap<string, number | null>;
  /** By key figure id: the rank among all municipalities with a value (1 = best). */
  readonly ranks: ReadonlyMap<string, { readonly rank: number | null; readonly of: number }>;
}

export interface CompareAnswer {
  readonly year: number;
  readonly yearChosenByDefault: boolean;
  readonly themes: readonly Theme[];
  readonly level: PackageLevel;
  /** In the order asked. */
  readonly packages: readonly ComparedPackage[];
  /** The figures' catalogue entries, by id. */
  readonly catalogue: ReadonlyMap<string, KeyFigure>;
}

/**
 * `potentiale compare`: the packages of a few municipalities side by side. Each is the very
 * package of the kommune page (packageFromData on the same data, peers and level, so its
 * potentials are the same numbers), computed from one load of the data for the one year; per
 * figure it adds the peer group's median (the group of that municipality, as in its package)
 * and the rank among all municipalities. The year is the asked one, or the default package
 * year most of them share (ties: the newest). Throws NotFoundError when there is no year.
 */
export async function computeCompareFor(
  db: Queryable,
  request: CompareRequest,
): Promise<CompareAnswer> {
  const year = request.year ?? (await commonDefaultYear(db, request.codes, request.prices));
  if (year === undefined) throw new NotFoundError('Der er ingen data at sammenligne');
  const catalogue = CATALOGUE;
  const summable = catalogue.filter(isSummable);
  const figures = [
    ...summable,
    ...catalogue.filter((k) => COVERAGE_DENOMINATORS.some((d) => d.id === k.id)),
  ];
  const prices = request.prices ?? DEFAULT_PRICE_REQUEST;
  const data = await loadEngineData(db, figures, [year], prices.level);
  checkPriceRequest(prices, data.indices);
  const peers = await loadSavedGroup(db, request.peers);
  // The level packageFromData will choose: it depends on the data and year, not the code.
  const shown = choosePackageLevel(data, summable, year, prices);
  const packages = request.codes.map((code) => {
    const answer = packageFromData(data, catalogue, {
      code,
      year,
      level: request.level,
      peers,
      prices,
    });
    return { code, answer, ...figureContext(shown, summable, answer, code, year) };
  });
  return {
    year,
    yearChosenByDefault: request.year === undefined,
    themes: request.themes,
    level: request.level,
    packages,
    catalogue: new Map(catalogue.map((k) => [k.id, k])),
  };
}

/** The peer median and the rank among all of each figure in one municipality's package. */
function figureContext(
  data: EngineData,
  summable: readonly KeyFigure[],
  answer: PackageAnswer,
  code: string,
  year: number,
): Pick<ComparedPackage, 'medians' | 'ranks'> {
  const medians = new Map<string, number | null>();
  const ranks = new Map<string, { rank: number | null; of: number }>();
  const self = data.codes.indexOf(code);
  for (const figure of summable) {
    if (!answer.figures[figure.id]) continue;
    const values = data.unitCost(figure.id, year);
    if (!values) continue;
    if (answer.level.kind !== 'median') {
      const group = answer.groups[figure.themes[0] ?? 'structure'];
      const input = benchmarkInput(data, figure, year, { model: false });
      const median = group && computeBenchmark(code, input, group.group, { kind: 'median' });
      medians.set(figure.id, median?.value ?? null);
    }
    const others: number[] = [];
    for (let i = 0; i < values.length; i++) if (i !== self) others.push(values[i] ?? NaN);
    ranks.set(figure.id, rankAmong(values[self] ?? null, others, figure.polarity));
  }
  if (answer.level.kind === 'median')
    // At the median level the benchmark is the median: the very number of the package.
    for (const f of answer.package.figures) medians.set(f.keyFigureId, f.potential.benchmark);
  return { medians, ranks };
}

/** The default package year most of the municipalities have (ties: the newest). */
async function commonDefaultYear(
  db: Queryable,
  codes: readonly string[],
  prices: PriceRequest | undefined,
): Promise<number | undefined> {
  const counts = new Map<number, number>();
  for (const code of codes) {
    const y = await defaultYearFor(db, code, prices);
    if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** The comparison as the API and the CLI's --json show it. */
export function presentCompare(a: CompareAnswer) {
  const first = a.packages[0]?.answer;
  const chosen = new Set<Theme>(a.themes);
  return {
    year: a.year,
    yearChosenByDefault: a.yearChosenByDefault,
    level: first?.package.levelKey ?? '',
    municipalities: a.packages.map(({ code, answer }) => {
      const p = answer.package;
      const themes = p.themes.filter((t) => chosen.has(t.theme));
      return {
        municipality: { code, name: findMunicipality(code)?.name ?? code },
        yearKind: answer.yearKinds.main,
        prices: answer.prices,
        pricesFellBack: answer.pricesFellBack,
        unitLabelDa:
          answer.prices.basis === 'fixed'
            ? `kr., ${answer.prices.year}-priser`
            : `kr., ${p.year}-priser`,
        packageTotal: p.total.signed,
        total: themes.reduce((sum, t) => sum + t.total.signed, 0),
        themes: themes.map((t) => {
          const g = answer.groups[t.theme];
          return {
            theme: t.theme,
            total: t.total.signed,
            group: g ? { nameDa: g.group.nameDa, members: g.group.members } : null,
          };
        }),
      };
    }),
    themes: a.themes.map((theme) => ({
      theme,
      nameDa: THEME_NAMES_DA[theme],
      figures: themeFigures(a, theme),
    })),
  };
}

/** The figures shown under a theme in any of the packages, each with every municipality's cell. */
function themeFigures(a: CompareAnswer, theme: Theme) {
  const ids: string[] = [];
  for (const { answer } of a.packages)
    for (const t of answer.package.themes)
      if (t.theme === theme)
        for (const f of t.figures) if (!ids.includes(f.keyFigureId)) ids.push(f.keyFigureId);
  return ids.map((id) => {
    const k = a.catalogue.get(id);
    return {
      keyFigureId: id,
      nameDa: k?.nameDa ?? id,
      unit: k?.unit ?? '',
      polarity: k?.polarity ?? 'neutral',
      municipalities: a.packages.map(({ code, answer, medians, ranks }) => {
        const f = answer.package.themes
          .find((t) => t.theme === theme)
          ?.figures.find((x) => x.keyFigureId === id);
        const rank = ranks.get(id);
        return {
          code,
          status: f?.status ?? null,
          countedIn: f?.countedIn ?? null,
          value: f?.potential.unitCost ?? null,
          median: medians.get(id) ?? null,
          benchmark: f?.potential.benchmark ?? null,
          potential: f?.potential.signed ?? null,
          yearKind: answer.figurePrices[id]?.yearKind ?? null,
          rank: rank?.rank ?? null,
          rankOf: rank?.of ?? 0,
        };
      }),
    };
  });
}
