import {
  CURRENT_PRICES,
  DEFAULT_PEER_VARIABLES,
  expressIn,
  NotFoundError,
  samePriceLevel,
  STRUCTURE_IDS,
  THEME_PEER_VARIABLES,
  computeVolume,
  volumeShareFor,
  type KeyFigure,
  type MunicipalityLandsdel,
  type PeerVariable,
  type Expressed,
  type PriceIndex,
  type PriceLevel,
} from '../core/index.ts';
import {
  dataVersion,
  listMunicipalities,
  loadColumns,
  loadPriceIndices,
  type ColumnSet,
  type ColumnVariant,
  type Queryable,
} from '../db/index.ts';

/** Structural values chosen for a year: the year they are from, by key-figure id. */
export interface StructureData {
  /** The year the values are from: the asked year, or the nearest earlier year with them all. */
  readonly year: number;
  readonly columns: Readonly<Record<string, Float64Array>>;
}

/** What the engine's computations read, loaded once per request. */
export interface EngineData {
  readonly codes: readonly string[];
  /** Each municipality's landsdel from the imported DST classification (none before it). */
  readonly landsdele: readonly MunicipalityLandsdel[];
  /** The price level money is asked in (DESIGN.md §3.4b). */
  readonly prices: PriceLevel;
  /** The stored price indices (derived, imported, fetched). */
  readonly indices: readonly PriceIndex[];
  /**
   * The figure's values in a year (NaN = missing), or undefined when it has none that year:
   * one year kind and one price basis (accounts first), money converted to `prices` when an
   * index allows it, else as published (see `expressed`).
   */
  unitCost(keyFigureId: string, year: number): Float64Array | undefined;
  /** Which stored values `unitCost` shows and how they were converted. */
  expressed(keyFigureId: string, year: number): Expressed<ColumnVariant> | undefined;
  /** The same data with money asked in another price level. */
  withPrices(prices: PriceLevel): EngineData;
  /** The catalogue volume Q of the figure in a year (population × share / 100), or undefined. */
  volume(keyFigure: KeyFigure, year: number): Float64Array | undefined;
  /** Udgiftsbehov per inhabitant (E) in the year, or the structure year's when it is missing. */
  need(year: number): Float64Array | undefined;
  /** Structural values for the variables in the year, or the nearest earlier complete year. */
  structure(year: number, variables?: readonly PeerVariable[]): StructureData;
  /** The years in which the figure has values. */
  years(keyFigureId: string): readonly number[];
  /**
   * A result computed from these data alone (the same for every municipality: a regression
   * fit, neighbour distances), computed once per key and kept as long as the data are: data
   * shared per data version (sharedPackageData) share it across requests. `key` must name
   * everything the result depends on besides the data.
   */
  memo<T>(key: string, compute: () => T): T;
}

/** How many memoised results one EngineData keeps (a few hundred are shared by all). */
const MEMO_ENTRIES = 4096;

/** Share of municipalities a variable needs in a year for that year to count as complete. */
const COMPLETE = 0.9;

const ALL_STRUCTURE_IDS = [
  ...new Set([
    ...Object.values(STRUCTURE_IDS),
    ...Object.values(THEME_PEER_VARIABLES).flatMap((vs) => (vs ?? []).map((v) => v.keyFigureId)),
  ]),
];

/**
 * Loads, in one query, the values of the figures, their volumes and the structural conditions
 * that the benchmark engine needs, for the given years (all years when omitted).
 */
export async function loadEngineData(
  db: Queryable,
  keyFigures: readonly KeyFigure[],
  years?: readonly number[],
  prices: PriceLevel = CURRENT_PRICES,
): Promise<EngineData> {
  const ids = new Set<string>(ALL_STRUCTURE_IDS);
  const derived = new Map<string, NonNullable<KeyFigure['derived']>>();
  for (const k of keyFigures) {
    ids.add(k.id);
    if (k.volume) {
      ids.add(k.volume.population);
      if (k.volume.share !== undefined) ids.add(k.volume.share);
      if (k.volume.before) ids.add(k.volume.before.share);
    }
    if (k.derived) {
      derived.set(k.id, k.derived);
      ids.add(k.derived.perInhabitant);
      ids.add(k.derived.share);
    }
  }
  // Structure is loaded for every year, so a later year can fall back to an earlier one; it
  // and the landsdele are the same for every request until the data change, so they are kept
  // per data version.
  const [figures, { structure, landsdele, indices }] = await Promise.all([
    loadColumns(
      db,
      [...ids].filter((id) => !ALL_STRUCTURE_IDS.includes(id)),
      years,
    ),
    referenceData(db),
  ]);
  return makeEngineData(figures, structure, landsdele, indices, prices, derived);
}

function makeEngineData(
  figures: ColumnSet,
  structure: ColumnSet,
  landsdele: readonly MunicipalityLandsdel[],
  indices: readonly PriceIndex[],
  prices: PriceLevel,
  derived: ReadonlyMap<string, NonNullable<KeyFigure['derived']>>,
): EngineData {
  const codes = structure.codes;
  const column = (id: string, year: number): Float64Array | undefined =>
    figures.column(id, year) ?? structure.column(id, year);
  const complete = (id: string, year: number): boolean => {
    const col = structure.column(id, year);
    if (!col) return false;
    let n = 0;
    for (const v of col) if (!Number.isNaN(v)) n++;
    return n >= COMPLETE * codes.length;
  };
  const structureYear = (year: number, variables: readonly PeerVariable[]): number => {
    const ids = variables.map((v) => v.keyFigureId);
    const candidates = [...new Set(ids.flatMap((id) => structure.years(id)))].sort((a, b) => b - a);
    const ok = (y: number) => ids.every((id) => complete(id, y));
    const earlier = candidates.find((y) => y <= year && ok(y));
    const later = [...candidates].reverse().find((y) => y > year && ok(y));
    const chosen = earlier ?? later;
    if (chosen === undefined) {
      throw new NotFoundError(
        `Der er ingen år med alle rammevilkår (${variables.map((v) => v.nameDa).join(', ')}). Importér De Kommunale Nøgletal først: potentiale import <mappe>`,
      );
    }
    return chosen;
  };
  const expressedCache = new Map<string, Expressed<ColumnVariant> | undefined>();
  const expressed = (id: string, year: number): Expressed<ColumnVariant> | undefined => {
    const key = `${id}|${year}`;
    if (expressedCache.has(key)) return expressedCache.get(key);
    const d = derived.get(id);
    const chosen = d ? expressDerived(d, year) : expressStored(id, year);
    expressedCache.set(key, chosen);
    return chosen;
  };
  function expressStored(id: string, year: number): Expressed<ColumnVariant> | undefined {
    const variants = figures.variants(id, year);
    return variants.length ? expressIn(variants, year, prices, indices, id) : undefined;
  }
  // A figure per person of an age group, from one per inhabitant: P × 100 / share, so that
  // c × Q (Q = indbyggertal × share / 100) is the same money as the per-inhabitant figure.
  function expressDerived(
    d: NonNullable<KeyFigure['derived']>,
    year: number,
  ): Expressed<ColumnVariant> | undefined {
    const base = expressStored(d.perInhabitant, year);
    const share = column(d.share, year);
    if (!base || !share) return undefined;
    let count = 0;
    const values = Float64Array.from(base.variant.values, (p, i) => {
      const s = share[i] ?? Number.NaN;
      const v = s > 0 ? (p * 100) / s : Number.NaN;
      if (!Number.isNaN(v)) count++;
      return v;
    });
    return { ...base, variant: { ...base.variant, values, count } };
  }
  const converted = new Map<string, Float64Array | undefined>();
  // By the volume's definition (a figure's own object), then by year.
  const volumes = new WeakMap<
    NonNullable<KeyFigure['volume']>,
    Map<number, Float64Array | undefined>
  >();
  // Bounded: keys can name variables and weights from a request; the oldest go first.
  const memos = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (memos.has(key)) return memos.get(key) as T;
    const value = compute();
    memos.set(key, value);
    if (memos.size > MEMO_ENTRIES) memos.delete(memos.keys().next().value as string);
    return value;
  };
  const self: EngineData = {
    codes,
    landsdele,
    prices,
    indices,
    expressed,
    // Kept with the data, so its own caches (conversions, fits) last as long as these do.
    withPrices: (level) =>
      samePriceLevel(level, prices)
        ? self
        : memo(`prices|${JSON.stringify(level)}`, () =>
            makeEngineData(figures, structure, landsdele, indices, level, derived),
          ),
    unitCost(id, year) {
      const key = `${id}|${year}`;
      if (converted.has(key)) return converted.get(key);
      const e = expressed(id, year);
      const values = e
        ? e.factor === 1
          ? e.variant.values
          : Float64Array.from(e.variant.values, (v) => v * e.factor)
        : structure.column(id, year);
      converted.set(key, values);
      return values;
    },
    memo,
    volume(k, year) {
      if (!k.volume) return undefined;
      const def = k.volume;
      let byYear = volumes.get(def);
      if (!byYear) volumes.set(def, (byYear = new Map()));
      if (!byYear.has(year)) byYear.set(year, volumeOf(def, year));
      return byYear.get(year);
    },
    need(year) {
      return memo(`need|${year}`, () => needOf(year));
    },
    structure(year, variables = DEFAULT_PEER_VARIABLES) {
      return memo(`structure|${year}|${JSON.stringify(variables)}`, () =>
        structureOf(year, variables),
      );
    },
    years(id) {
      const d = derived.get(id);
      if (!d) return figures.years(id);
      const shares = new Set([...figures.years(d.share), ...structure.years(d.share)]);
      return figures.years(d.perInhabitant).filter((y) => shares.has(y));
    },
  };
  return self;

  function volumeOf(def: NonNullable<KeyFigure['volume']>, year: number): Float64Array | undefined {
    const pop = column(def.population, year);
    // Before a definition change the volume may follow another age group (note 25).
    const shareId = volumeShareFor(def, year);
    const share = shareId !== undefined ? column(shareId, year) : undefined;
    if (!pop || (shareId !== undefined && !share)) return undefined;
    return Float64Array.from(pop, (p, i) => {
      const q = computeVolume(def, Number.isNaN(p) ? null : p, share ? nanToNull(share[i]) : null);
      return q ?? Number.NaN;
    });
  }
  function needOf(year: number): Float64Array | undefined {
    return (
      column(STRUCTURE_IDS.expenditureNeed, year) ??
      column(STRUCTURE_IDS.expenditureNeed, structureYear(year, DEFAULT_PEER_VARIABLES))
    );
  }
  function structureOf(year: number, variables: readonly PeerVariable[]): StructureData {
    const y = structureYear(year, variables);
    const columns: Record<string, Float64Array> = {};
    for (const v of variables) {
      columns[v.keyFigureId] =
        structure.column(v.keyFigureId, y) ?? new Float64Array(codes.length).fill(Number.NaN);
    }
    return { year: y, columns };
  }
}

const nanToNull = (v: number | undefined): number | null =>
  v === undefined || Number.isNaN(v) ? null : v;

interface ReferenceData {
  readonly structure: ColumnSet;
  readonly landsdele: readonly MunicipalityLandsdel[];
  readonly indices: readonly PriceIndex[];
}

const referenceCache = new WeakMap<
  Queryable,
  { readonly version: string; readonly data: Promise<ReferenceData> }
>();

async function referenceData(db: Queryable): Promise<ReferenceData> {
  const version = await dataVersion(db);
  const hit = referenceCache.get(db);
  if (hit && hit.version === version) return hit.data;
  const data = Promise.all([
    loadColumns(db, ALL_STRUCTURE_IDS),
    loadLandsdele(db),
    loadPriceIndices(db),
  ]).then(([structure, landsdele, indices]) => ({ structure, landsdele, indices }));
  referenceCache.set(db, { version, data });
  data.catch(() => referenceCache.delete(db));
  return data;
}

async function loadLandsdele(db: Queryable): Promise<MunicipalityLandsdel[]> {
  return (await listMunicipalities(db)).flatMap((m) =>
    m.landsdelCode !== null && m.landsdelName !== null
      ? [{ code: m.code, landsdelCode: m.landsdelCode, landsdelName: m.landsdelName }]
      : [],
  );
}
