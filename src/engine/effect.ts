import {
  checkEffect,
  type EffectCheck,
  type Initiative,
  type KeyFigure,
  type PriceLevel,
} from '../core/index.ts';
import { listInitiatives, listKeyFigureDefinitions, type Queryable } from '../db/index.ts';
import { loadEngineData, type EngineData } from './data.ts';
import { resolveGroup } from './groups.ts';
import { parsePeerSpec } from './requests/index.ts';
import { defaultSeriesLevel } from './values.ts';

/**
 * The donor pool: the 20 municipalities most like the initiative's on the figure's theme's
 * structural variables, in the year before the start (the synthetic control needs more donors
 * than the kommune page's ten, and the placebo ranking more units to tell a tenth apart).
 */
export const EFFECT_PEERS = 'nearest:20';

/** One linked figure's effect check, with the peers and the price level it was made in. */
export interface FigureEffectAnswer {
  readonly keyFigure: KeyFigure;
  readonly check: EffectCheck;
  readonly group: { readonly nameDa: string; readonly nameEn: string };
  /** Peers left out because they started an initiative on the same figure. */
  readonly withInitiative: readonly string[];
  /** The level of the values and of the DKK amounts; null when the figure is not money. */
  readonly prices: PriceLevel | null;
}

/**
 * The effect check of an initiative (issue 17, DESIGN.md §3.8) for each linked figure: the
 * municipality's path and its peers' in one price level (fixed prices of the newest year an
 * index reaches), accounts only, peers with an initiative on the same figure left out.
 */
export async function computeEffectFor(
  db: Queryable,
  initiative: Initiative,
  /** What the caller has already read (the overview checks many initiatives at once). */
  shared?: EffectShared,
): Promise<FigureEffectAnswer[]> {
  const { catalogue, data, initiatives } = shared ?? (await effectShared(db, [initiative]));
  const figures = initiative.keyFigures.flatMap((id) => catalogue.get(id) ?? []);
  return figures.map((kf) => {
    const others = initiatives
      .filter(
        (i) =>
          i.keyFigures.includes(kf.id) &&
          i.id !== initiative.id &&
          i.municipality !== initiative.municipality,
      )
      .map((i) => i.municipality);
    return figureEffect(data, kf, initiative, [...new Set(others)].sort());
  });
}

/** The catalogue, the data of the figures and every initiative: read once for many checks. */
export interface EffectShared {
  readonly catalogue: ReadonlyMap<string, KeyFigure>;
  readonly data: EngineData;
  readonly initiatives: readonly Initiative[];
}

/** Reads what the checks of `initiatives` need: their figures' data, in one load. */
export async function effectShared(
  db: Queryable,
  initiatives: readonly Initiative[],
): Promise<EffectShared> {
  const catalogue = new Map((await listKeyFigureDefinitions(db)).map((k) => [k.id, k]));
  const ids = [...new Set(initiatives.flatMap((i) => i.keyFigures))];
  const figures = ids.flatMap((id) => catalogue.get(id) ?? []);
  return {
    catalogue,
    data: await loadEngineData(db, figures),
    initiatives: await listInitiatives(db),
  };
}

function figureEffect(
  base: EngineData,
  kf: KeyFigure,
  initiative: Initiative,
  withInitiative: readonly string[],
): FigureEffectAnswer {
  const years = base.years(kf.id);
  const level = defaultSeriesLevel(years, base.indices, kf.id);
  const data = level ? base.withPrices(level) : base;
  const structureYear = Math.max(
    years[0] ?? initiative.startYear,
    Math.min(initiative.startYear - 1, years[years.length - 1] ?? initiative.startYear),
  );
  const { group } = resolveGroup(
    data,
    initiative.municipality,
    structureYear,
    parsePeerSpec(EFFECT_PEERS),
    kf,
  );
  const at = (code: string) => data.codes.indexOf(code);
  const series = (code: string) => years.map((y) => data.unitCost(kf.id, y)?.[at(code)] ?? NaN);
  const yearKinds = Object.fromEntries(
    years.flatMap((y) => {
      const e = data.expressed(kf.id, y);
      return e ? [[y, e.variant.yearKind]] : [];
    }),
  );
  const own = initiative.municipality;
  const check = checkEffect({
    years,
    yearKinds,
    breaks: kf.breaks,
    own: {
      code: own,
      values: series(own),
      volumes: years.map((y) => data.volume(kf, y)?.[at(own)] ?? NaN),
    },
    peers: group.members
      .filter((c) => c !== own && !withInitiative.includes(c))
      .map((code) => ({ code, values: series(code) })),
    startYear: initiative.startYear,
    unit: kf.unit,
  });
  const last = check.window.years[check.window.years.length - 1];
  const e = last === undefined ? undefined : data.expressed(kf.id, last);
  return {
    keyFigure: kf,
    check,
    group: { nameDa: group.nameDa, nameEn: group.nameEn },
    withInitiative: withInitiative.filter((c) => group.members.includes(c)),
    prices: e?.level ?? null,
  };
}
