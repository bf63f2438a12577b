import type { PeerGroupSpec } from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { loadEngineData } from './data.ts';
import { resolveGroup, type ResolvedGroup } from './groups.ts';

/** `potentiale peers`: the peer group of a municipality in a year, explained. */
export async function findPeers(
  db: Queryable,
  request: { readonly code: string; readonly year: number; readonly spec: PeerGroupSpec },
): Promise<ResolvedGroup & { readonly code: string; readonly year: number }> {
  const data = await loadEngineData(db, [], [request.year]);
  return {
    code: request.code,
    year: request.year,
    ...resolveGroup(data, request.code, request.year, request.spec),
  };
}
