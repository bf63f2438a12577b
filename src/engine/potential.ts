import {
  computeBenchmark,
  computeCorridor,
  computePotential,
  type BenchmarkLevel,
  type KeyFigure,
  type PeerGroupSpec,
  type Potential,
  type PotentialCorridor,
  type Warning,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { benchmarkInput } from './benchmark-input.ts';
import { loadEngineData } from './data.ts';
import {
  DEFAULT_PRICE_REQUEST,
  checkPriceRequest,
  figurePrices,
  pricesDocument,
  refuseUnreachable,
  type FigurePrices,
  type PriceRequest,
  type PricesDocument,
} from './prices.ts';
import { resolveGroup, type ResolvedGroup } from './groups.ts';
import { loadSavedGroup } from './saved-groups.ts';
import { distantPeers, figureWarnings } from './warnings.ts';

export interface PotentialRequest {
  readonly code: string;
  readonly keyFigure: KeyFigure;
  readonly year: number;
  readonly level: BenchmarkLevel;
  readonly peers: PeerGroupSpec;
  /** The price level of the amounts; by default the year's own current prices. */
  readonly prices?: PriceRequest;
}

/** The potential of one figure for one municipality, with its group and corridor. */
export interface PotentialAnswer {
  readonly code: string;
  readonly year: number;
  readonly keyFigure: KeyFigure;
  /** Own unit cost c, in the figure's unit. */
  readonly value: number | null;
  /** Q, the catalogue volume of the same year. */
  readonly volume: number | null;
  /** c*, the benchmark. */
  readonly benchmark: number | null;
  /** P = (c − c*) × Q, signed, in kroner (null when it cannot be computed). */
  readonly potential: number | null;
  /** max(0, P). */
  readonly positivePotential: number | null;
  /** The codes of the comparison group used. */
  readonly group: readonly string[];
  readonly peerGroup: ResolvedGroup;
  readonly detail: Potential;
  readonly corridor: PotentialCorridor;
  /** The level the amounts are in (the asked one, or as published when no index reaches it). */
  readonly prices: PricesDocument;
  /** Which stored values were used (accounts or budget) and how they were converted. */
  readonly figurePrices: FigurePrices | null;
  /** Where the number is fragile (DESIGN.md §3.4c). */
  readonly warnings: readonly Warning[];
}

/** `potentiale potential`: the whole computation for one figure, explained. */
export async function computePotentialFor(
  db: Queryable,
  request: PotentialRequest,
): Promise<PotentialAnswer> {
  const { code, keyFigure, year } = request;
  const prices = request.prices ?? DEFAULT_PRICE_REQUEST;
  let data = await loadEngineData(db, [keyFigure], [year], prices.level);
  checkPriceRequest(prices, data.indices);
  const asked = data.expressed(keyFigure.id, year);
  refuseUnreachable(prices, asked, keyFigure.nameDa, year);
  // Without an index for the year, the amounts are shown as published, labelled as such.
  if (asked?.unconverted && asked.published) data = data.withPrices(asked.published);
  const expressed = data.expressed(keyFigure.id, year);
  const input = benchmarkInput(data, keyFigure, year);
  const peerGroup = resolveGroup(
    data,
    code,
    year,
    await loadSavedGroup(db, request.peers),
    keyFigure,
  );
  const detail = computePotential(computeBenchmark(code, input, peerGroup.group, request.level));
  return {
    code,
    year,
    keyFigure,
    value: detail.unitCost,
    volume: detail.volume,
    benchmark: detail.benchmark,
    potential: detail.signed,
    positivePotential: detail.positive,
    group: peerGroup.group.members,
    peerGroup,
    detail,
    corridor: computeCorridor(code, input, peerGroup.group),
    prices: pricesDocument(data.prices),
    figurePrices: expressed ? figurePrices(expressed) : null,
    warnings: [
      ...[distantPeers(data, code, year, request.peers, keyFigure, peerGroup)].filter(
        (w) => w !== undefined,
      ),
      ...figureWarnings(data, keyFigure, code, year, peerGroup, prices.level),
    ],
  };
}
