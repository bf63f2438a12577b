import {
  InvalidInputError,
  compareDevelopment,
  type DevelopmentComparison,
  type KeyFigure,
  type PeerGroupSpec,
  type YearKind,
} from '../core/index.ts';
import { pricesDocument, type PricesDocument } from './prices.ts';
import type { Queryable } from '../db/index.ts';
import { loadEngineData } from './data.ts';
import { resolveGroup, type ResolvedGroup } from './groups.ts';
import { loadSavedGroup } from './saved-groups.ts';

export interface DevelopmentRequest {
  readonly code: string;
  readonly keyFigure: KeyFigure;
  readonly from: number;
  readonly to: number;
  readonly peers: PeerGroupSpec;
  readonly among?: 'group' | 'all';
  readonly limit?: number;
}

export interface DevelopmentAnswer {
  readonly keyFigure: KeyFigure;
  /** The group, formed on the structure of the last year of the window. */
  readonly peerGroup: ResolvedGroup;
  readonly comparison: DevelopmentComparison;
  /** Definition breaks inside the window: the development across them is not comparable. */
  readonly breaks: KeyFigure['breaks'];
  /** Per year: accounts or budget (accounts win where both exist). */
  readonly yearKinds: Readonly<Record<number, YearKind>>;
  /**
   * The price level of the unit costs behind the index: each year's own current prices. The
   * index r = c / the group's mean is a ratio within a year, so it needs no deflator.
   */
  readonly prices: PricesDocument;
}

/** `potentiale development`: the relative index against the group over a window, and who moved differently. */
export async function computeDevelopmentFor(
  db: Queryable,
  request: DevelopmentRequest,
): Promise<DevelopmentAnswer> {
  const { code, keyFigure, from, to } = request;
  if (from >= to)
    throw new InvalidInputError(`--from (${from}) skal være før --to (${to})`, 'from');
  const data = await loadEngineData(db, [keyFigure]);
  const years = data.years(keyFigure.id).filter((y) => y >= from && y <= to);
  for (const y of [from, to]) {
    if (!years.includes(y)) {
      const all = data.years(keyFigure.id);
      throw new InvalidInputError(
        `${keyFigure.nameDa} har ingen værdier i ${y}${all.length ? ` (der er værdier for ${all[0]}-${all[all.length - 1]})` : ''}`,
        y === from ? 'from' : 'to',
      );
    }
  }
  const peerGroup = resolveGroup(
    data,
    code,
    to,
    await loadSavedGroup(db, request.peers),
    keyFigure,
  );
  const comparison = compareDevelopment(
    code,
    {
      keyFigureId: keyFigure.id,
      codes: data.codes,
      years,
      values: years.map(
        (y) =>
          data.unitCost(keyFigure.id, y) ?? new Float64Array(data.codes.length).fill(Number.NaN),
      ),
    },
    peerGroup.group,
    {
      from,
      to,
      ...(request.among ? { among: request.among } : {}),
      ...(request.limit !== undefined ? { limit: request.limit } : {}),
    },
  );
  const yearKinds: Record<number, YearKind> = {};
  for (const y of years) {
    const e = data.expressed(keyFigure.id, y);
    if (e) yearKinds[y] = e.variant.yearKind;
  }
  return {
    keyFigure,
    peerGroup,
    comparison,
    yearKinds,
    prices: pricesDocument(data.prices),
    breaks: keyFigure.breaks.filter((b) => b.year > from && b.year <= to),
  };
}
