import {
  DEFAULT_THRESHOLD,
  PotentialeError,
  areaDeviations,
  areaName,
  keyFigureOfArea,
  chooseIndex,
  conversionFactor,
  deviationsOf,
  type AreaDeviations,
  type DeviationExplanation,
  type DeviationThreshold,
  type PeerGroupSpec,
  type PriceLevel,
  type SkippedYear,
} from '../core/index.ts';
import {
  budgetPoints,
  hasBudgetData,
  listExplanations,
  functionNames,
  loadPriceIndices,
  populations,
  type Queryable,
} from '../db/index.ts';
import { findPeers } from './peers.ts';

/** What budget follow-up asks for: a municipality, optionally one year or area, its peers. */
export interface BudgetRequest {
  readonly code: string;
  readonly year?: number;
  readonly area?: string;
  readonly peers: PeerGroupSpec;
  readonly threshold?: DeviationThreshold;
}

/** The follow-up of one municipality with its peers' deviations on the same areas. */
export interface BudgetFollowUp {
  /** False until any budget of an account function is stored. */
  readonly available: boolean;
  readonly threshold: DeviationThreshold;
  readonly areas: readonly AreaDeviations[];
  readonly skipped: readonly SkippedYear[];
  readonly areaNames: ReadonlyMap<string, string>;
  readonly peers: {
    readonly nameDa: string;
    readonly nameEn: string;
    readonly members: readonly string[];
    /** Per member, its areas (only the municipality's own areas). */
    readonly areas: ReadonlyMap<string, readonly AreaDeviations[]>;
  };
  /** The explanations of the municipality and its peers (visibility is the caller's). */
  readonly explanations: readonly DeviationExplanation[];
}

/**
 * Budget against accounts for a municipality (issue 18, DESIGN.md §3.11): the deviation per
 * area and year with the flag, its peers' on the same areas, and the explanations. A budget in
 * another price level than the accounts is converted with the general price index, or the
 * year is skipped and listed.
 */
export async function budgetFollowUp(
  db: Queryable,
  request: BudgetRequest,
): Promise<BudgetFollowUp> {
  const threshold = request.threshold ?? DEFAULT_THRESHOLD;
  const empty = {
    threshold,
    areas: [],
    skipped: [],
    areaNames: new Map<string, string>(),
    peers: { nameDa: '', nameEn: '', members: [], areas: new Map() },
    explanations: [],
  };
  if (!(await hasBudgetData(db))) return { available: false, ...empty };
  const indices = await loadPriceIndices(db);
  const convert = (amount: number, year: number, from: PriceLevel, to: PriceLevel) => {
    const years = [
      year,
      ...(from.basis === 'fixed' ? [from.year] : []),
      ...(to.basis === 'fixed' ? [to.year] : []),
    ];
    const index = chooseIndex(indices, '', years);
    const f = index ? conversionFactor(index, year, from, to) : undefined;
    return f === undefined ? undefined : amount * f;
  };
  const keep = (a: AreaDeviations) => ({
    ...a,
    years: a.years.filter((d) => request.year === undefined || d.year === request.year),
  });
  const follow = async (codes: readonly string[]) => {
    const [points, pops] = await Promise.all([
      budgetPoints(
        db,
        codes,
        request.area === undefined ? undefined : `regk31-${request.area.replaceAll('.', '-')}`,
      ),
      populations(db, codes),
    ]);
    const { deviations, skipped } = deviationsOf(
      points,
      (m, y) => pops.get(`${m}|${y}`),
      convert,
      threshold,
    );
    return { areas: areaDeviations(deviations), skipped };
  };
  const own = await follow([request.code]);
  const newest = Math.max(0, ...own.areas.flatMap((a) => a.years.map((d) => d.year)));
  const group = newest > 0 ? await peerGroup(db, request, newest) : undefined;
  const members = group?.members ?? [];
  const theirs = members.length > 0 ? await follow(members) : { areas: [], skipped: [] };
  const ownAreas = new Set(own.areas.map((a) => a.area));
  const byMember = new Map<string, AreaDeviations[]>();
  for (const a of theirs.areas)
    if (ownAreas.has(a.area))
      byMember.set(a.municipality, [...(byMember.get(a.municipality) ?? []), keep(a)]);
  const names = await functionNames(
    db,
    [...ownAreas].flatMap((a) => keyFigureOfArea(a) ?? []),
  );
  const areaNames = new Map(
    [...ownAreas].map((a) => [a, areaName(names.get(keyFigureOfArea(a) ?? '') ?? a)] as const),
  );
  return {
    available: true,
    threshold,
    areas: own.areas.map(keep),
    skipped: own.skipped.filter((s) => request.year === undefined || s.year === request.year),
    areaNames,
    peers: {
      nameDa: group?.nameDa ?? '',
      nameEn: group?.nameEn ?? '',
      members,
      areas: byMember,
    },
    explanations: await listExplanations(db, [request.code, ...members]),
  };
}

async function peerGroup(db: Queryable, request: BudgetRequest, year: number) {
  try {
    const { group } = await findPeers(db, { code: request.code, year, spec: request.peers });
    return group;
  } catch (e) {
    // No structural data for the year (a budget-only database): follow up without peers.
    if (e instanceof PotentialeError && e.kind !== 'internal' && e.kind !== 'database')
      return undefined;
    throw e;
  }
}
