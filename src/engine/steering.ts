import {
  dataScore,
  effectWindow,
  levelComparison,
  type DataIndicator,
  type SteeringData,
  type IndicatorId,
  type KeyFigure,
  type YearKind,
} from '../core/index.ts';
import { listKeyFigureDefinitions, type Queryable } from '../db/index.ts';
import { loadEngineData, type EngineData } from './data.ts';
import { resolveGroup } from './groups.ts';
import { DEFAULT_PEERS } from './params.ts';
import { parsePeerSpec } from './requests/index.ts';
import {
  budgetIndicator,
  developmentIndicator,
  missingIndicator,
  preventionIndicator,
  valuesAt,
} from './steering-indicators.ts';
import { defaultSeriesLevel } from './values.ts';

/** The key figures the steering indicators read (issue 19). */
export const STEERING_FIGURES = {
  adults: 'udg-voksne-saerlige-behov-pr-18-66-aarig',
  children: 'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
  /** 5.28.21: counselling, preventive and supportive measures for children and young people. */
  prevention: 'regk31-5-28-21',
  /** 5.28.22: foster families, the share's other part when the area's total is not at hand. */
  foster: 'regk31-5-28-22',
  /** The whole 5.28 per 0-17-årig, from StatBank's REGK31, when fetched. */
  total: 'statbank-boern-unge-saerlige-behov-pr-0-17-aarig',
} as const;

/** A figure's comparable accounts years, ending with the newest (one side of every break). */
function comparableYears(data: EngineData, kf: KeyFigure): readonly number[] {
  const years = data.years(kf.id);
  const kinds: Record<number, YearKind> = {};
  for (const y of years) {
    const e = data.expressed(kf.id, y);
    if (e) kinds[y] = e.variant.yearKind;
  }
  const accounts = years.filter((y) => kinds[y] === 'accounts');
  const newest = accounts[accounts.length - 1];
  return newest === undefined ? [] : effectWindow(years, kinds, kf.breaks, newest).years;
}

interface CostIndicators {
  readonly indicators: readonly DataIndicator[];
  readonly group?: { nameDa: string; nameEn: string; members: readonly string[] };
  readonly similarity?: readonly string[];
}

/** A unit cost's level (newest comparable accounts year) and development against its peers. */
function costIndicators(
  base: EngineData,
  kf: KeyFigure | undefined,
  id: string,
  who: 'adults' | 'children',
  code: string,
): CostIndicators {
  const level: IndicatorId = `unit-cost-${who}`;
  const development: IndicatorId = `development-${who}`;
  const unit = kf?.unit ?? '';
  const years = kf ? comparableYears(base, kf) : [];
  const newest = years[years.length - 1];
  if (!kf || newest === undefined) {
    const da = `Nøgletallet ${id} har intet regnskabsår i databasen.`;
    const en = `The key figure ${id} has no accounts year in the database.`;
    return {
      indicators: [
        missingIndicator(level, [id], unit, da, en),
        missingIndicator(development, [id], unit, da, en),
      ],
    };
  }
  const prices = defaultSeriesLevel(base.years(id), base.indices, id);
  const data = prices ? base.withPrices(prices) : base;
  const { group } = resolveGroup(data, code, newest, parsePeerSpec(DEFAULT_PEERS), kf);
  const levelOf = data.expressed(id, newest)?.level ?? null;
  const [own = NaN] = valuesAt(data, id, newest, [code]);
  const theirs = valuesAt(data, id, newest, group.members).filter(Number.isFinite);
  const cmp = Number.isFinite(own) ? levelComparison(own, theirs) : null;
  const levelIndicator: DataIndicator = {
    ...missingIndicator(level, [id], unit, '', ''),
    years: [newest],
    value: Number.isFinite(own) ? own : null,
    peerMedian: cmp?.peerMedian ?? null,
    peers: theirs.length,
    relative: cmp?.relative ?? null,
    score: cmp?.score ?? null,
    prices: levelOf,
    yearKind: 'accounts',
    missingDa: cmp ? null : 'Kommunen eller dens sammenlignelige kommuner har ingen værdi.',
    missingEn: cmp ? null : 'The municipality or its peers have no value.',
  };
  const all = resolveGroup(data, code, newest, parsePeerSpec('nearest:97'), kf).group;
  return {
    indicators: [
      levelIndicator,
      developmentIndicator(data, kf, code, group.members, years, levelOf),
    ],
    group: { nameDa: group.nameDa, nameEn: group.nameEn, members: group.members },
    similarity: all.members,
  };
}

/**
 * The steering indicators of a municipality against its peer group (the default nearest group
 * on the figure's theme), in fixed prices of the newest year an index reaches, accounts only:
 * the unit costs' level and development for adults and children with special needs, the budget
 * deviation on the area, and the prevention share. The economic-financial centre's data score
 * is the mean of the scored components (DESIGN.md §3.9).
 */
export async function steeringData(db: Queryable, code: string): Promise<SteeringData> {
  const data = (await steeringDataFor(db, [code])).get(code);
  if (!data) throw new Error(`steeringDataFor gave nothing for ${code}`);
  return data;
}

/** steeringData for several municipalities on one load of the data (a round). */
export async function steeringDataFor(
  db: Queryable,
  codes: readonly string[],
): Promise<Map<string, SteeringData>> {
  const catalogue = new Map((await listKeyFigureDefinitions(db)).map((k) => [k.id, k]));
  const figures = Object.values(STEERING_FIGURES).flatMap((id) => catalogue.get(id) ?? []);
  const base = await loadEngineData(db, figures);
  const out = new Map<string, SteeringData>();
  for (const code of codes) {
    const [adults, children] = (['adults', 'children'] as const).map((who) =>
      costIndicators(base, catalogue.get(STEERING_FIGURES[who]), STEERING_FIGURES[who], who, code),
    ) as [CostIndicators, CostIndicators];
    const group = adults.group ??
      children.group ?? { nameDa: '', nameEn: '', members: [] as readonly string[] };
    const indicators = [
      ...adults.indicators,
      ...children.indicators,
      await budgetIndicator(db, code),
      preventionIndicator(base, code, group.members, STEERING_FIGURES),
    ];
    out.set(code, {
      indicators,
      score: dataScore(indicators),
      peers: group,
      similarity: adults.similarity ?? children.similarity ?? [],
    });
  }
  return out;
}
