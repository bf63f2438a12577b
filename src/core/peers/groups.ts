import { InvalidInputError } from '../diagnostics/index.ts';
import { MUNICIPALITIES, REGIONS, type Municipality } from '../municipalities/index.ts';
import type { ValueColumn } from '../stats/index.ts';
import { compareCodes, indexCodes, positionOf } from './code-index.ts';
import {
  checkK,
  DEFAULT_K,
  excludedPositions,
  rankNeighbours,
  selectNearest,
  variablesOf,
} from './nearest.ts';
import type { LeftOutPeer, PeerGroup, PeerGroups, PeerGroupSpec } from './peer-group.ts';
import { standardiseStructure, type StandardisedStructure } from './standardise.ts';

/** What a peer group is resolved against. */
export interface PeerGroupContext {
  /** Every municipality that can be a member (normally the 98); the batch results align with it. */
  readonly codes: readonly string[];
  /** The year of the structural values; needed for nearest groups. */
  readonly year?: number;
  /** Structural values by key-figure id, aligned with `codes`; needed for nearest groups. */
  readonly structure?: Readonly<Record<string, ValueColumn>>;
  /** Where the regions come from; default the 98 of the DST classification. */
  readonly municipalities?: readonly Municipality[];
  /**
   * Each municipality's landsdel, needed for landsdel groups. The core holds no landsdele, so
   * the caller passes them in (the engine reads them from the imported DST classification);
   * a municipality not listed has none.
   */
  readonly landsdele?: readonly MunicipalityLandsdel[];
}

/** A municipality's landsdel in DST's classification (11 landsdele, between region and kommune). */
export interface MunicipalityLandsdel {
  /** The municipality's code, e.g. "766". */
  readonly code: string;
  /** DST landsdel code, "01".."11", e.g. "09". */
  readonly landsdelCode: string;
  /** The DST title, e.g. "Landsdel Østjylland". */
  readonly landsdelName: string;
}

/**
 * The peer group of one municipality under any spec: nearest neighbours (see selectPeers),
 * all other municipalities, the others in its region or in its landsdel, or a named (or
 * saved) list of codes.
 * The municipality itself is never a member; naming it in a list reports it in `leftOut`.
 * Throws InvalidInputError for an unknown code (also inside a list), a list naming a code
 * twice, a municipality without a region or (in `context.landsdele`) a landsdel, or a nearest
 * spec without structural values.
 * @example resolvePeerGroup('766', { kind: 'region' }, { codes }).members.length // 18
 * @example resolvePeerGroup('766', { kind: 'landsdel' }, { codes, landsdele }).nameDa // 'Landsdel Østjylland'
 */
export function resolvePeerGroup(
  code: string,
  spec: PeerGroupSpec,
  context: PeerGroupContext,
): PeerGroup {
  const index = indexCodes(context.codes);
  const self = positionOf(index, code);
  switch (spec.kind) {
    case 'nearest':
      return selectNearest(
        standardised(spec, context),
        self,
        spec.k ?? DEFAULT_K,
        spec.theme,
        spec,
      );
    case 'all':
      return plainGroup(
        'all',
        code,
        ['Alle kommuner', 'All municipalities'],
        othersThan(context.codes, code),
        [],
      );
    case 'region': {
      const regions = regionsOf(context);
      const region = regionOrThrow(regions, code);
      const members = context.codes.filter((c) => c !== code && regions.get(c) === region);
      const name = REGIONS.find((r) => r.code === region)?.name ?? `Region ${region}`;
      return plainGroup('region', code, [name, name], members, []);
    }
    case 'landsdel': {
      const landsdele = landsdeleOf(context);
      const own = landsdelOrThrow(landsdele, code);
      const members = context.codes.filter(
        (c) => c !== code && landsdele.get(c)?.landsdelCode === own.landsdelCode,
      );
      return plainGroup('landsdel', code, [own.landsdelName, own.landsdelName], members, []);
    }
    case 'list':
    case 'saved': {
      const listed = checkList(spec.codes, index);
      const leftOut: LeftOutPeer[] = listed.includes(code) ? [{ code, reason: 'self' }] : [];
      const names: readonly [string, string] =
        spec.name !== undefined ? [spec.name, spec.name] : ['Egen liste', 'Own list'];
      return plainGroup(spec.kind, code, names, othersThan(listed, code), leftOut);
    }
  }
}

/**
 * The groups of every municipality in `context.codes` at once, as positions (for the batch
 * benchmark): one standardisation and one sort per municipality for nearest groups.
 * A municipality lacking a structural variable gets an empty group and is listed in
 * `unplaced`; with a region (landsdel) spec, one without a region (landsdel) gets an empty
 * group too.
 * Throws InvalidInputError as resolvePeerGroup does.
 * @example buildPeerGroups({ kind: 'nearest', k: 10 }, { codes, year: 2023, structure }).members[0]
 */
export function buildPeerGroups(spec: PeerGroupSpec, context: PeerGroupContext): PeerGroups {
  const { codes } = context;
  const index = indexCodes(codes);
  const n = codes.length;
  const byCode = Int32Array.from(codes.keys()).sort((a, b) =>
    compareCodes(codes[a] ?? '', codes[b] ?? ''),
  );
  const without = (positions: Int32Array, self: number): Int32Array =>
    positions.filter((j) => j !== self);

  switch (spec.kind) {
    case 'nearest': {
      const s = standardised(spec, context);
      const k = spec.k ?? DEFAULT_K;
      const excluded = excludedPositions(s, spec.remove);
      const added = (spec.add ?? []).map((c) => positionOf(index, c, 'add'));
      const members = Array.from(codes, (_, i) => {
        if (s.complete[i] !== 1) return new Int32Array(0);
        const ranked = rankNeighbours(s, i, k, excluded);
        const extra = added.filter((j) => j !== i && !ranked.includes(j));
        return extra.length === 0 ? ranked : Int32Array.from([...ranked, ...new Set(extra)]);
      });
      const unplaced = s.incomplete.map((m) => ({ code: m.code, missing: m.missing }));
      return { spec, codes, members, unplaced };
    }
    case 'all': {
      const members = Array.from(codes, (_, i) => without(byCode, i));
      return {
        spec,
        codes,
        members,
        pools: { sets: [byCode], of: new Int32Array(n) },
        unplaced: [],
      };
    }
    case 'region': {
      const regions = regionsOf(context);
      return areaGroups(spec, codes, byCode, (j) => regions.get(codes[j] ?? ''));
    }
    case 'landsdel': {
      const landsdele = landsdeleOf(context);
      return areaGroups(spec, codes, byCode, (j) => landsdele.get(codes[j] ?? '')?.landsdelCode);
    }
    case 'list':
    case 'saved': {
      const listed = checkList(spec.codes, index);
      const positions = Int32Array.from(listed, (c) => positionOf(index, c)).sort((a, b) =>
        compareCodes(codes[a] ?? '', codes[b] ?? ''),
      );
      const members = Array.from({ length: n }, (_, i) => without(positions, i));
      return {
        spec,
        codes,
        members,
        pools: { sets: [positions], of: new Int32Array(n) },
        unplaced: [],
      };
    }
  }
}

/**
 * Groups by an area (region, landsdel): one pool per area, in code order; the group of a
 * municipality is its area's pool without it, and empty when it has no area.
 */
function areaGroups(
  spec: PeerGroupSpec,
  codes: readonly string[],
  byCode: Int32Array,
  areaOf: (j: number) => string | undefined,
): PeerGroups {
  const list = [...new Set(Array.from(byCode, areaOf))].filter((a) => a !== undefined);
  const sets = list.map((a) => byCode.filter((j) => areaOf(j) === a));
  const of = Int32Array.from(codes.keys(), (i) => {
    const a = areaOf(i);
    return a === undefined ? -1 : list.indexOf(a);
  });
  const members = Array.from(codes, (_, i) => {
    const set = sets[of[i] ?? -1];
    return set === undefined ? new Int32Array(0) : set.filter((j) => j !== i);
  });
  return { spec, codes, members, pools: { sets, of }, unplaced: [] };
}

function standardised(
  spec: Extract<PeerGroupSpec, { kind: 'nearest' }>,
  context: PeerGroupContext,
): StandardisedStructure {
  checkK(spec.k ?? DEFAULT_K, context.codes.length);
  if (context.structure === undefined || context.year === undefined) {
    throw new InvalidInputError(
      'Sammenligningskommuner på rammevilkår kræver år og rammevilkår',
      'structure',
    );
  }
  return standardiseStructure(
    { year: context.year, codes: context.codes, values: context.structure },
    variablesOf(spec),
  );
}

function plainGroup(
  kind: PeerGroup['kind'],
  code: string,
  [nameDa, nameEn]: readonly [string, string],
  members: readonly string[],
  leftOut: readonly LeftOutPeer[],
): PeerGroup {
  return { kind, code, nameDa, nameEn, members: [...members].sort(compareCodes), leftOut };
}

function othersThan(codes: readonly string[], code: string): string[] {
  return codes.filter((c) => c !== code);
}

function checkList(
  listed: readonly string[],
  index: ReadonlyMap<string, number>,
): readonly string[] {
  const seen = new Set<string>();
  for (const c of listed) {
    positionOf(index, c, 'codes');
    if (seen.has(c))
      throw new InvalidInputError(`Kommunekoden ${c} står to gange i listen`, 'codes');
    seen.add(c);
  }
  return listed;
}

function regionsOf(context: PeerGroupContext): ReadonlyMap<string, string> {
  return new Map((context.municipalities ?? MUNICIPALITIES).map((m) => [m.code, m.regionCode]));
}

function regionOrThrow(regions: ReadonlyMap<string, string>, code: string): string {
  const region = regions.get(code);
  if (region === undefined) {
    throw new InvalidInputError(`Kommune ${code} har ingen region`, 'code');
  }
  return region;
}

function landsdeleOf(context: PeerGroupContext): ReadonlyMap<string, MunicipalityLandsdel> {
  return new Map((context.landsdele ?? []).map((l) => [l.code, l]));
}

function landsdelOrThrow(
  landsdele: ReadonlyMap<string, MunicipalityLandsdel>,
  code: string,
): MunicipalityLandsdel {
  const landsdel = landsdele.get(code);
  if (landsdel === undefined) {
    throw new InvalidInputError(
      `Kommune ${code} har ingen landsdel. Landsdelene kommer fra Danmarks Statistiks kommuneinddeling; importér den først`,
      'peers',
    );
  }
  return landsdel;
}
