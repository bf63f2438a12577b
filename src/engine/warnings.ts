import {
  budgetYearWarning,
  definitionBreakWarnings,
  distantPeersWarning,
  kthNeighbourDistances,
  lowCoverageWarning,
  outlierWarning,
  priceConversionWarning,
  samePriceLevel,
  smallGroupWarning,
  smallVolumeWarning,
  standardiseStructure,
  variablesOf,
  type KeyFigure,
  type PeerGroupSpec,
  type PeerVariable,
  type PriceLevel,
  type Warning,
  type YearKind,
} from '../core/index.ts';
import type { EngineData } from './data.ts';
import type { ResolvedGroup } from './groups.ts';
import { themeFor } from './groups.ts';

/** Values at the members' positions (null where missing). */
function at(
  values: ArrayLike<number> | undefined,
  positions: readonly number[],
): (number | null)[] {
  return positions.map((p) => {
    const v = values?.[p];
    return v === undefined || Number.isNaN(v) ? null : v;
  });
}

/**
 * The warnings of one figure's potential (DESIGN.md §3.4c): its peer warnings, a budget year,
 * and amounts not converted to the asked price level.
 */
export function figureWarnings(
  data: EngineData,
  keyFigure: KeyFigure,
  code: string,
  year: number,
  group: ResolvedGroup,
  asked: PriceLevel,
): Warning[] {
  const out: (Warning | undefined)[] = peerWarnings(data, keyFigure, code, year, group);
  out.push(smallGroup(data, code, year, [{ keyFigure, group }], keyFigure.id));
  const e = data.expressed(keyFigure.id, year);
  if (e) {
    out.push(budgetYearWarning({ year, kind: e.variant.yearKind, keyFigureId: keyFigure.id }));
    out.push(conversionWarning(keyFigure.id, year, e, asked));
  }
  return out.filter((w): w is Warning => w !== undefined);
}

/**
 * The warnings of one figure against its peers: an outlier, a small volume, and a definition
 * break in the window (a package says budget year and price level once for all figures).
 */
export function peerWarnings(
  data: EngineData,
  keyFigure: KeyFigure,
  code: string,
  year: number,
  group: ResolvedGroup,
): Warning[] {
  const position = new Map(data.codes.map((c, i) => [c, i]));
  const i = position.get(code);
  if (i === undefined) return [];
  const peers = group.group.members.flatMap((m) => {
    const p = position.get(m);
    return p === undefined ? [] : [p];
  });
  const values = data.unitCost(keyFigure.id, year);
  const volumes = data.volume(keyFigure, year);
  const own = (v: ArrayLike<number> | undefined) => at(v, [i])[0] ?? null;
  const out: (Warning | undefined)[] = [
    outlierWarning({
      keyFigureId: keyFigure.id,
      code,
      value: own(values),
      peerValues: at(values, peers),
      unit: keyFigure.unit,
    }),
    volumes
      ? smallVolumeWarning({
          keyFigureId: keyFigure.id,
          code,
          volume: own(volumes),
          peerVolumes: at(volumes, peers),
        })
      : undefined,
    ...definitionBreakWarnings(keyFigure, year),
  ];
  return out.filter((w): w is Warning => w !== undefined);
}

/**
 * `small-group` when a peer group leaves fewer than 3 members with a value for some of the
 * figures (a list kept short by hand, a small k, sparse data): one warning for all of them.
 */
export function smallGroup(
  data: EngineData,
  code: string,
  year: number,
  figures: readonly { readonly keyFigure: KeyFigure; readonly group: ResolvedGroup }[],
  keyFigureId: string | null,
): Warning | undefined {
  const position = new Map(data.codes.map((c, i) => [c, i]));
  const withData: Record<string, number> = {};
  let members = 0;
  for (const { keyFigure, group } of figures) {
    const values = data.unitCost(keyFigure.id, year);
    const peers = group.group.members;
    members = Math.max(members, peers.length);
    withData[keyFigure.id] = peers.filter((m) => {
      const v = values?.[position.get(m) ?? -1];
      return v !== undefined && !Number.isNaN(v);
    }).length;
  }
  return smallGroupWarning({ keyFigureId, code, members, withData });
}

/** `price-conversion` for amounts shown in another level than asked, or converted by an index. */
export function conversionWarning(
  keyFigureId: string | null,
  year: number,
  e: NonNullable<ReturnType<EngineData['expressed']>>,
  asked: PriceLevel,
): Warning | undefined {
  if (!e.published) return undefined;
  if (e.unconverted || (e.level && !samePriceLevel(e.level, asked))) {
    const level = e.level ?? e.published;
    return priceConversionWarning({
      keyFigureId,
      year,
      conversion: {
        kind: 'not-converted',
        published: level,
        asked,
        missingYears: [asked.basis === 'current' ? year : asked.year].filter(
          (y) => !e.index?.years.includes(y),
        ),
      },
    });
  }
  if (e.index && e.level) {
    return priceConversionWarning({
      keyFigureId,
      year,
      conversion: {
        kind: 'converted',
        from: e.published,
        to: e.level,
        source: e.index.source,
        indexYears: e.index.years,
        factor: e.factor,
      },
    });
  }
  return undefined;
}

/**
 * `distant-peers` for a nearest group: the municipality's k-th neighbour distance against all
 * 98 municipalities' k-th neighbour distances with the same variables and year.
 */
export function distantPeers(
  data: EngineData,
  code: string,
  year: number,
  spec: PeerGroupSpec,
  keyFigure: KeyFigure | undefined,
  group: ResolvedGroup,
): Warning | undefined {
  const nearest = group.group.nearest;
  if (spec.kind !== 'nearest' || !nearest) return undefined;
  const theme = themeFor(spec, keyFigure);
  const variables = variablesOf(theme ? { ...spec, theme } : spec);
  const distances = neighbourDistances(data, year, nearest.k, variables);
  const i = data.codes.indexOf(code);
  return distantPeersWarning({
    code,
    k: nearest.k,
    distance: distances[i] ?? Number.NaN,
    distances,
    keyFigureId: keyFigure?.id ?? null,
  });
}

/**
 * Every municipality's distance to its k-th nearest neighbour on the variables in the year: the
 * same for all municipalities, so kept with the data (EngineData.memo).
 */
export function neighbourDistances(
  data: EngineData,
  year: number,
  k: number,
  variables: readonly PeerVariable[],
): Float64Array {
  return data.memo(`kth|${year}|${k}|${JSON.stringify(variables)}`, () => {
    const structure = data.structure(year, variables);
    const s = standardiseStructure(
      { year: structure.year, codes: data.codes, values: structure.columns },
      variables,
    );
    return kthNeighbourDistances(s, k);
  });
}

/** The warnings a whole package carries besides its figures': budget year, coverage, prices. */
export function packageWarnings(input: {
  readonly year: number;
  readonly mainYearKind: YearKind | null;
  readonly coverage: number | null;
  readonly included: number;
  readonly prices: PriceLevel;
  readonly asked: PriceLevel;
  readonly fellBack: boolean;
}): Warning[] {
  const out: (Warning | undefined)[] = [
    input.mainYearKind
      ? budgetYearWarning({ year: input.year, kind: input.mainYearKind, keyFigureId: null })
      : undefined,
    lowCoverageWarning({ year: input.year, coverage: input.coverage, figures: input.included }),
    input.fellBack
      ? priceConversionWarning({
          keyFigureId: null,
          year: input.year,
          conversion: {
            kind: 'not-converted',
            published: input.prices,
            asked: input.asked,
            missingYears: [input.asked.basis === 'current' ? input.year : input.asked.year],
          },
        })
      : undefined,
  ];
  return out.filter((w): w is Warning => w !== undefined);
}
