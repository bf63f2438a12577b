import type { KeyFigureFormula } from '../formula.ts';
import type {
  DefinitionBreak,
  DerivedPerGroup,
  KeyFigure,
  KeyFigureKind,
  KeyFigureSourceKind,
  Polarity,
  Theme,
  VolumeDefinition,
} from '../key-figure.ts';

/**
 * The pools of money that the cost figures are made of. Two figures overlap when they cover a
 * common pool, so a package never sums them (DESIGN.md §3.4). The pools are coarse on purpose:
 * where the export does not tell whether two figures share money, they share a pool
 * (double counting is worse than a package that sums one figure less).
 */
export const POOLS = [
  'byudvikling',
  /** Stadions, idrætsanlæg and other fritidsfaciliteter: in "sport og fritid" and, in the
   * kontoplan, under byudvikling (hovedkonto 0), hence shared by both. */
  'idraetsanlaeg',
  'transport',
  'folkeskoler',
  'privatskoler',
  /** SFO: may be counted both in folkeskoleområdet (3.22.05) and in dagtilbud per 0-13-årig. */
  'sfo',
  'folkeskole-oevrige',
  'bibliotek',
  'kultur',
  'folkeoplysning',
  'sundhed',
  'medfinansiering',
  'dagtilbud',
  'fripladser',
  'privat-pasning',
  'aeldre',
  'voksne-saerlige-behov',
  'boern-unge-saerlige-behov',
  'sygedagpenge',
  'foertidspension',
  'kontanthjaelp',
  'forsoergelse-oevrige',
  'overfoersler-oevrige',
  'aktivering',
  'introduktion',
  'loenpuljer',
  'adm-central',
  'drift-oevrige',
  'anlaeg',
] as const;
export type Pool = (typeof POOLS)[number];

/**
 * A pool or a part of one, written as a path: `'aeldre/5.30.27'` is the money of 'aeldre'
 * booked on account function 5.30.27 (and `'adm-central/6.45/6.45.51'` a part of the part
 * `'adm-central/6.45'`). A part shares money with its whole and with the parts inside it,
 * never with its siblings: sibling functions cover disjoint money, so a package may sum them.
 */
export type PoolRef = Pool | `${Pool}/${string}`;

/**
 * True when `part` lies within `whole`: the same pool, or a part of it (whole path segments).
 * @example poolWithin('aeldre/5.30.27', 'aeldre') // true
 * @example poolWithin('aeldre/5.30.27', 'aeldre/5.30.2') // false
 */
export function poolWithin(part: PoolRef, whole: PoolRef): boolean {
  return part === whole || part.startsWith(`${whole}/`);
}

/**
 * True when two pools share money: one lies within the other.
 * @example poolsOverlap('aeldre', 'aeldre/5.30.27') // true
 * @example poolsOverlap('aeldre/5.30.26', 'aeldre/5.30.27') // false (siblings)
 */
export function poolsOverlap(a: PoolRef, b: PoolRef): boolean {
  return poolWithin(a, b) || poolWithin(b, a);
}

/** The service areas where decentral ledelse og administration is booked since 2013. */
export const SERVICE_AREA_POOLS: readonly Pool[] = [
  'byudvikling',
  'idraetsanlaeg',
  'transport',
  'folkeskoler',
  'sfo',
  'folkeskole-oevrige',
  'bibliotek',
  'kultur',
  'folkeoplysning',
  'sundhed',
  'dagtilbud',
  'aeldre',
  'voksne-saerlige-behov',
  'boern-unge-saerlige-behov',
];

/** Transfers and other spending outside the service frame (serviceudgifterne). */
const OUTSIDE_SERVICE_POOLS: readonly Pool[] = [
  'medfinansiering',
  'sygedagpenge',
  'foertidspension',
  'kontanthjaelp',
  'forsoergelse-oevrige',
  'overfoersler-oevrige',
  'aktivering',
];

/** Every operating (drift) pool: what nettodriftsudgifterne cover. */
export const OPERATING_POOLS: readonly Pool[] = POOLS.filter((p) => p !== 'anlaeg');

/** What serviceudgifterne cover: operating spending without transfers and medfinansiering. */
export const SERVICE_POOLS: readonly Pool[] = OPERATING_POOLS.filter(
  (p) => !OUTSIDE_SERVICE_POOLS.includes(p),
);

/** A reason, kept as data, why a cost figure has no volume. */
export interface NoVolume {
  readonly none: string;
}

/** What every catalogue entry states, whatever its kind. */
interface CommonSpec {
  readonly id: string;
  /** Exactly as the title in the export, without note markers. */
  readonly sourceName: string;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly unit: string;
  readonly themes: readonly Theme[];
  readonly parent?: string;
  readonly counterparts?: readonly string[];
  readonly breaks?: readonly DefinitionBreak[];
  /** Overlaps beyond those that follow from pools and parents. */
  readonly overlaps?: readonly string[];
  /** Where the values come from; noegletal unless stated. */
  readonly source?: KeyFigureSourceKind;
  /** For a figure derived from StatBank series: its formula. */
  readonly formula?: KeyFigureFormula;
  /** For a figure computed at read time from two stored figures (see DerivedPerGroup). */
  readonly derived?: DerivedPerGroup;
  /**
   * A cross-area aggregate whose money spans several service areas (e.g. Serviceudgifter):
   * a package shows it as the overall level and never sums it (DESIGN.md §3.4a).
   */
  readonly aggregate?: true;
}

/** One entry as written in the catalogue files, before overlaps are derived. */
export interface EntrySpec extends CommonSpec {
  readonly kind: KeyFigureKind;
  readonly polarity: Polarity;
  readonly valueType: 'number' | 'boolean';
  readonly volume: VolumeDefinition | NoVolume | undefined;
  readonly covers: readonly PoolRef[];
}

/** A unit cost or an expenditure: lower is better unless stated, and it names its volume. */
export function cost(
  spec: CommonSpec & {
    readonly volume: VolumeDefinition | NoVolume;
    readonly covers: readonly PoolRef[];
    readonly polarity?: Polarity;
  },
): EntrySpec {
  return {
    ...spec,
    kind: 'cost',
    polarity: spec.polarity ?? 'lower-is-better',
    valueType: 'number',
  };
}

/** A structural condition (rammevilkår): never ranked. */
export function structure(spec: CommonSpec): EntrySpec {
  return {
    ...spec,
    kind: 'structure',
    polarity: 'neutral',
    valueType: 'number',
    volume: undefined,
    covers: [],
  };
}

/** Tax, income, debt, liquidity: the polarity is a stated judgement. */
export function finance(
  spec: CommonSpec & {
    readonly polarity: Polarity;
    readonly volume?: VolumeDefinition;
    readonly covers?: readonly PoolRef[];
  },
): EntrySpec {
  return {
    ...spec,
    kind: 'finance',
    valueType: 'number',
    volume: spec.volume,
    covers: spec.covers ?? [],
  };
}

/** What the municipality does (places, fees, classes): the polarity is a stated judgement. */
export function activity(
  spec: CommonSpec & { readonly polarity: Polarity; readonly valueType?: 'number' | 'boolean' },
): EntrySpec {
  return {
    ...spec,
    kind: 'activity',
    valueType: spec.valueType ?? 'number',
    volume: undefined,
    covers: [],
  };
}

/** An outcome that has a clear better direction, to set beside a cost (DESIGN.md §3.7). */
export function quality(
  spec: CommonSpec & { readonly polarity: Exclude<Polarity, 'neutral'> },
): EntrySpec {
  return { ...spec, kind: 'quality', valueType: 'number', volume: undefined, covers: [] };
}

/** The volume of a figure "pr. indb.". */
export const PER_INHABITANT: VolumeDefinition = {
  population: 'indbyggertal',
  description: 'Indbyggertal 1. januar',
  descriptionEn: 'Population on 1 January',
};

/**
 * The volume of a figure per age group: indbyggertal × andel / 100 for the same year.
 * @example ageGroup('andel-67-aarige', '67+-årige').description
 * // 'Antal 67+-årige (indbyggertal 1. januar × andel 67+-årige / 100)'
 */
export function ageGroup(
  shareId: string,
  group: string,
  caveat?: { readonly da: string; readonly en: string },
): VolumeDefinition {
  const base = `Antal ${group} (indbyggertal 1. januar × andel ${group} / 100)`;
  const ages = group.replace(/-årige$/, '');
  const baseEn = `Number of persons aged ${ages} (population on 1 January × share aged ${ages} / 100)`;
  return {
    population: 'indbyggertal',
    share: shareId,
    description: caveat ? `${base}. ${caveat.da}` : base,
    descriptionEn: caveat ? `${baseEn}. ${caveat.en}` : baseEn,
  };
}

/** A cost figure with no volume in the export; the reason is kept with the data. */
export function noVolume(reason: string): NoVolume {
  return { none: reason };
}

export function isNoVolume(v: VolumeDefinition | NoVolume | undefined): v is NoVolume {
  return v !== undefined && 'none' in v;
}

/** "(til 2012)" at the end of a title: the last year the source publishes the figure. */
export function discontinuedAfterFromTitle(sourceName: string): number | undefined {
  const m = /\(til (\d{4})\)$/.exec(sourceName);
  return m ? Number(m[1]) : undefined;
}

function ancestorsOf(id: string, parentOf: ReadonlyMap<string, string>): string[] {
  const seen = new Set<string>([id]);
  const out: string[] = [];
  for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    seen.add(p);
    out.push(p);
  }
  return out;
}

/**
 * Turns the written specs into catalogue entries. Overlaps are derived, hence symmetric: two
 * entries overlap when they cover pools that share money (the same pool, or one a part of the
 * other: `'aeldre'` and `'aeldre/5.30.27'`, never the siblings `'aeldre/5.30.26'` and
 * `'aeldre/5.30.27'`; see `poolsOverlap`), when one is an ancestor of the other, or when either
 * lists the other explicitly.
 */
export function buildCatalogue(specs: readonly EntrySpec[]): readonly KeyFigure[] {
  const parentOf = new Map<string, string>();
  for (const s of specs) if (s.parent !== undefined) parentOf.set(s.id, s.parent);

  const overlaps = new Map<string, Set<string>>(specs.map((s) => [s.id, new Set<string>()]));
  const link = (a: string, b: string): void => {
    if (a === b) return;
    overlaps.get(a)?.add(b);
    overlaps.get(b)?.add(a);
  };
  for (const [i, a] of specs.entries()) {
    for (const b of specs.slice(i + 1)) {
      if (a.covers.some((p) => b.covers.some((q) => poolsOverlap(p, q)))) link(a.id, b.id);
    }
    for (const ancestor of ancestorsOf(a.id, parentOf)) link(a.id, ancestor);
    for (const other of a.overlaps ?? []) link(a.id, other);
  }

  return Object.freeze(
    specs.map((s): KeyFigure => {
      const discontinuedAfter = discontinuedAfterFromTitle(s.sourceName);
      const volume = isNoVolume(s.volume) ? undefined : s.volume;
      return Object.freeze({
        id: s.id,
        sourceName: s.sourceName,
        source: s.source ?? 'noegletal',
        nameDa: s.nameDa,
        nameEn: s.nameEn,
        unit: s.unit,
        themes: Object.freeze([...s.themes]),
        kind: s.kind,
        polarity: s.polarity,
        valueType: s.valueType,
        ...(volume ? { volume } : {}),
        ...(s.parent !== undefined ? { parent: s.parent } : {}),
        overlaps: Object.freeze([...(overlaps.get(s.id) ?? [])].sort()),
        counterparts: Object.freeze([...(s.counterparts ?? [])]),
        breaks: Object.freeze([...(s.breaks ?? [])].sort((x, y) => x.year - y.year)),
        catalogued: true,
        ...(s.covers.length > 0 &&
        !s.covers.every((p) => SERVICE_POOLS.some((sp) => poolWithin(p, sp)))
          ? { outsideServiceFrame: true as const }
          : {}),
        ...(discontinuedAfter !== undefined ? { discontinuedAfter } : {}),
        ...(s.formula ? { formula: s.formula } : {}),
        ...(s.derived ? { derived: s.derived } : {}),
        ...(s.aggregate ? { aggregate: true as const } : {}),
      });
    }),
  );
}
