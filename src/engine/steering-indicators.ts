import {
  INDICATOR_CENTRES,
  budgetDeviation,
  developmentComparison,
  median,
  unitEn,
  DEVELOPMENT_YEARS,
  FLAG_WINDOW,
  type BudgetYear,
  type DataIndicator,
  type IndicatorId,
  type KeyFigure,
  type PriceLevel,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { budgetFollowUp } from './budget.ts';
import type { EngineData } from './data.ts';
import { parsePeerSpec } from './requests/index.ts';
import { DEFAULT_PEERS } from './params.ts';

/** An indicator that could not be computed, with the reason in both languages. */
export function missingIndicator(
  id: IndicatorId,
  keyFigures: readonly string[],
  unit: string,
  da: string,
  en: string,
): DataIndicator {
  return {
    id,
    centres: INDICATOR_CENTRES[id],
    keyFigures,
    years: [],
    value: null,
    unit,
    unitEn: unit === '' ? '' : unitEn(unit),
    peerMedian: null,
    peers: 0,
    relative: null,
    score: null,
    prices: null,
    yearKind: null,
    missingDa: da,
    missingEn: en,
  };
}

/** The values of a figure in a year for the codes given (NaN where missing). */
export function valuesAt(
  data: EngineData,
  id: string,
  year: number,
  codes: readonly string[],
): number[] {
  const column = data.unitCost(id, year);
  if (!column) return codes.map(() => NaN);
  return codes.map((c) => column[data.codes.indexOf(c)] ?? NaN);
}

/**
 * The development of a unit cost against the peers over the newest ≤ DEVELOPMENT_YEARS
 * comparable accounts years (`years`: one side of every break), as growth factors.
 */
export function developmentIndicator(
  data: EngineData,
  kf: KeyFigure,
  code: string,
  members: readonly string[],
  years: readonly number[],
  prices: PriceLevel | null,
): DataIndicator {
  const id: IndicatorId = kf.themes.includes('children-young')
    ? 'development-children'
    : 'development-adults';
  const to = years[years.length - 1] ?? NaN;
  const from = years.find((y) => y >= to - DEVELOPMENT_YEARS);
  if (from === undefined || from === to || !Number.isFinite(to)) {
    const cut = kf.breaks.find((b) => b.year === years[0]);
    const why = cut ? ` Brud i ${cut.year}: ${cut.description}` : '';
    const whyEn = cut ? ` Break in ${cut.year}: ${cut.descriptionEn ?? cut.description}` : '';
    return missingIndicator(
      id,
      [kf.id],
      kf.unit,
      `Der er kun ét sammenligneligt regnskabsår, ${to}; en udvikling kræver mindst to.${why}`,
      `There is only one comparable accounts year, ${to}; a development needs two.${whyEn}`,
    );
  }
  const [ownFrom = NaN] = valuesAt(data, kf.id, from, [code]);
  const [ownTo = NaN] = valuesAt(data, kf.id, to, [code]);
  const peerFrom = valuesAt(data, kf.id, from, members);
  const peerTo = valuesAt(data, kf.id, to, members);
  const pairs = members
    .map((_, k) => ({ from: peerFrom[k] ?? NaN, to: peerTo[k] ?? NaN }))
    .filter((p) => Number.isFinite(p.from) && Number.isFinite(p.to));
  const cmp =
    Number.isFinite(ownFrom) && Number.isFinite(ownTo)
      ? developmentComparison({ from: ownFrom, to: ownTo }, pairs)
      : null;
  return {
    id,
    centres: INDICATOR_CENTRES[id],
    keyFigures: [kf.id],
    years: [from, to],
    value: cmp ? (cmp.own - 1) * 100 : null,
    unit: 'pct.',
    unitEn: 'per cent',
    peerMedian: cmp ? (cmp.peerMedian - 1) * 100 : null,
    peers: pairs.length,
    relative: cmp?.relative ?? null,
    score: cmp?.score ?? null,
    prices,
    yearKind: 'accounts',
    missingDa: cmp ? null : 'Kommunen eller dens sammenlignelige kommuner mangler et af årene.',
    missingEn: cmp ? null : 'The municipality or its peers lack one of the years.',
  };
}

/**
 * The budget deviation on the specialised social area (functions 5.28.* and 5.38.*): per year
 * the accounts' and the budget's sums over the functions with both, then the mean absolute
 * deviation over the FLAG_WINDOW newest such years, against the peers' same measure.
 */
export async function budgetIndicator(db: Queryable, code: string): Promise<DataIndicator> {
  const id: IndicatorId = 'budget-deviation';
  const follow = await budgetFollowUp(db, { code, peers: parsePeerSpec(DEFAULT_PEERS) });
  const onArea = (area: string) => ['5.28.', '5.38.'].some((p) => area.startsWith(p));
  const yearsOf = (areas: typeof follow.areas): BudgetYear[] => {
    const byYear = new Map<number, { budget: number; accounts: number }>();
    for (const a of areas.filter((x) => onArea(x.area)))
      for (const d of a.years) {
        const y = byYear.get(d.year) ?? { budget: 0, accounts: 0 };
        byYear.set(d.year, { budget: y.budget + d.budget, accounts: y.accounts + d.accounts });
      }
    return [...byYear]
      .sort((a, b) => a[0] - b[0])
      .slice(-FLAG_WINDOW)
      .map(([year, v]) => ({ year, ...v }));
  };
  const own = yearsOf(follow.areas);
  const result = budgetDeviation(own);
  if (!result)
    return missingIndicator(
      id,
      [],
      'pct.',
      'Der er intet år med både budget og regnskab på området (funktion 5.28 og 5.38); importér BUDK32.',
      'There is no year with both budget and accounts on the area (functions 5.28 and 5.38); import BUDK32.',
    );
  const theirs = [...follow.peers.areas.values()]
    .map((areas) => budgetDeviation(yearsOf(areas))?.percent)
    .filter((v): v is number => v !== undefined);
  const prices = follow.areas.find((a) => onArea(a.area))?.years[0]?.prices ?? null;
  return {
    id,
    centres: INDICATOR_CENTRES[id],
    keyFigures: follow.areas.filter((a) => onArea(a.area)).map((a) => a.area),
    years: [own[0]?.year ?? 0, own[own.length - 1]?.year ?? 0],
    value: result.percent,
    unit: 'pct.',
    unitEn: 'per cent',
    peerMedian: theirs.length > 0 ? median(theirs) : null,
    peers: theirs.length,
    relative: result.percent,
    score: result.score,
    prices,
    yearKind: 'accounts',
    missingDa: null,
    missingEn: null,
  };
}

/**
 * The prevention share of the children's area: 5.28.21 as per cent of the area's total (5.28,
 * from StatBank) where that is at hand, else of 5.28.21 + 5.28.22 (prevention against foster
 * families), in the newest year with the parts. Shown, not scored.
 */
export function preventionIndicator(
  data: EngineData,
  code: string,
  members: readonly string[],
  ids: { readonly prevention: string; readonly foster: string; readonly total: string },
): DataIndicator {
  const id: IndicatorId = 'prevention-share';
  const years = data.years(ids.prevention);
  const newest = years[years.length - 1];
  if (newest === undefined)
    return missingIndicator(
      id,
      [ids.prevention],
      'pct.',
      'Funktion 5.28.21 (forebyggende indsatser) er ikke importeret (REGK31).',
      'Function 5.28.21 (preventive measures) is not imported (REGK31).',
    );
  const withTotal = data.years(ids.total).includes(newest);
  const codes = [code, ...members];
  const part = valuesAt(data, ids.prevention, newest, codes);
  const whole = withTotal
    ? valuesAt(data, ids.total, newest, codes)
    : valuesAt(data, ids.foster, newest, codes).map((f, k) => f + (part[k] ?? NaN));
  const shares = part.map((p, k) => {
    const w = whole[k] ?? NaN;
    return w > 0 ? (p / w) * 100 : NaN;
  });
  const own = shares[0] ?? NaN;
  const theirs = shares.slice(1).filter(Number.isFinite);
  const m = theirs.length > 0 ? median(theirs) : null;
  return {
    id,
    centres: INDICATOR_CENTRES[id],
    keyFigures: [ids.prevention, withTotal ? ids.total : ids.foster],
    years: [newest],
    value: Number.isFinite(own) ? own : null,
    unit: withTotal ? 'pct. af 5.28' : 'pct. af 5.28.21 + 5.28.22',
    unitEn: withTotal ? 'per cent of 5.28' : 'per cent of 5.28.21 + 5.28.22',
    peerMedian: m,
    peers: theirs.length,
    relative: Number.isFinite(own) && m !== null ? own - m : null,
    score: null,
    prices: null,
    yearKind: data.expressed(ids.prevention, newest)?.variant.yearKind ?? null,
    missingDa: Number.isFinite(own) ? null : 'Kommunen har ingen værdi på 5.28.21.',
    missingEn: Number.isFinite(own) ? null : 'The municipality has no value on 5.28.21.',
  };
}
