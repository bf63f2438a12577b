import {
  CATALOGUE,
  rankWhomToTalkTo,
  standardiseStructure,
  type KeyFigure,
  type PeerGroupSpec,
  type PriceLevel,
  type WhomToTalkTo,
  type YearKind,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { benchmarkInput } from './benchmark-input.ts';
import { loadEngineData } from './data.ts';
import { resolveGroup, similarityVariables, type ResolvedGroup } from './groups.ts';
import { loadSavedGroup } from './saved-groups.ts';

export interface TalkToRequest {
  readonly code: string;
  readonly keyFigure: KeyFigure;
  readonly year: number;
  readonly peers: PeerGroupSpec;
  readonly widenTo?: number;
  readonly limit?: number;
  readonly catalogue?: readonly KeyFigure[];
}

export interface TalkToAnswer {
  readonly keyFigure: KeyFigure;
  readonly peerGroup: ResolvedGroup;
  readonly result: WhomToTalkTo;
  /** The values' year kind and price level (null: not money); null when the year has none. */
  readonly values: { readonly yearKind: YearKind; readonly prices: PriceLevel | null } | null;
}

/** `potentiale talk-to`: comparable municipalities that do better, not worse on quality, and why. */
export async function computeTalkToFor(
  db: Queryable,
  request: TalkToRequest,
): Promise<TalkToAnswer> {
  const catalogue = request.catalogue ?? CATALOGUE;
  const { code, keyFigure, year } = request;
  const counterparts = keyFigure.counterparts
    .map((id) => catalogue.find((k) => k.id === id))
    .filter((k): k is KeyFigure => k !== undefined);
  const data = await loadEngineData(db, [keyFigure, ...counterparts], [year]);
  benchmarkInput(data, keyFigure, year, { model: false }); // refuses a year without values, naming those there are
  const peers = await loadSavedGroup(db, request.peers);
  const peerGroup = resolveGroup(data, code, year, peers, keyFigure);
  const variables = similarityVariables(peers, keyFigure);
  const structureData = data.structure(year, variables);
  const structure = standardiseStructure(
    { codes: data.codes, year: structureData.year, values: structureData.columns },
    variables,
  );
  const values: Record<string, Float64Array> = {};
  for (const k of [keyFigure, ...counterparts]) {
    const col = data.unitCost(k.id, year);
    if (col) values[k.id] = col;
  }
  const result = rankWhomToTalkTo(
    {
      code,
      keyFigure,
      catalogue,
      year,
      codes: data.codes,
      values,
      structure,
      peers: peerGroup.group,
    },
    {
      ...(request.widenTo !== undefined ? { widenTo: request.widenTo } : {}),
      ...(request.limit !== undefined ? { limit: request.limit } : {}),
    },
  );
  const expressed = data.expressed(keyFigure.id, year);
  return {
    keyFigure,
    peerGroup,
    result,
    values: expressed ? { yearKind: expressed.variant.yearKind, prices: expressed.level } : null,
  };
}
