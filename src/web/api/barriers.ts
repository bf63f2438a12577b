import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as S from '../../server/schemas/index.ts';
import type { Params } from './client.ts';
import { sendJson, useViewerGet } from './session.ts';

/**
 * The rule barriers' answers (issue 18), read from the server's zod schemas
 * (src/server/schemas/barriers.ts) with `import type`: nothing of the server reaches the browser.
 */
export type BarrierListDocument = z.output<typeof S.BarrierListDocument>;
export type BarrierSummary = z.output<typeof S.BarrierSummary>;
export type BarrierDocument = z.output<typeof S.BarrierDocument>;
export type BarrierHistoryDocument = z.output<typeof S.BarrierHistoryDocument>;
export type SimilarBarriersDocument = z.output<typeof S.SimilarDocument>;
export type BarrierEstimateSuggestion = z.output<typeof S.EstimateDocument>;
/** What the form sends: a new barrier (POST) or an edit with its base version (PATCH). */
export type NewBarrierBody = z.input<typeof S.NewBarrierBody>;

/** The national list's filters as the API names them (`GET /barriers`). */
export interface BarrierListParams {
  readonly theme?: string;
  readonly law?: string;
  readonly state?: string;
  readonly municipality?: string;
}

/**
 * Every barriers query sits under this key: what a reader may do depends on who is logged in
 * (`viewer`), so a save or a login drops them at once.
 */
export const BARRIERS_KEY = 'barriers';

/** A barriers GET as the logged-in user sees it (never cached by the browser: sendJson). */
function useBarriersGet<T>(
  path: string,
  params: Params | null,
  staleTime = 30_000,
): UseQueryResult<T, Error> {
  return useViewerGet<T>(BARRIERS_KEY, path, params, { staleTime, retry: false });
}

/** `GET /barriers`: the ranked national list, filtered. */
export function useBarriers(
  params: BarrierListParams | null,
): UseQueryResult<BarrierListDocument, Error> {
  return useBarriersGet('barriers', params as Params | null);
}

/** `GET /barriers/{id}`: the barrier with its seconds, answer, merge trail and viewer. */
export function useBarrier(id: string): UseQueryResult<BarrierDocument, Error> {
  return useBarriersGet(`barriers/${encodeURIComponent(id)}`, id === '' ? null : {}, 0);
}

/** `GET /barriers/{id}/history`: what happened to it, oldest first. */
export function useBarrierHistory(id: string): UseQueryResult<BarrierHistoryDocument, Error> {
  return useBarriersGet(`barriers/${encodeURIComponent(id)}/history`, {}, 0);
}

/** `GET /barriers/similar`: the most similar barriers to what is typed; null waits. */
export function useSimilarBarriers(
  params: {
    readonly title: string;
    readonly description: string;
    readonly law: string;
    readonly paragraph: string;
    readonly exclude?: number | undefined;
  } | null,
): UseQueryResult<SimilarBarriersDocument, Error> {
  return useBarriersGet('barriers/similar', params as Params | null, 10_000);
}

/**
 * `GET /barriers/estimate`: the municipality's potential on a key figure as a suggested
 * estimate, asked when the form's key figure is chosen; a figure outside the package refuses
 * (404, an ApiError).
 */
export function fetchBarrierEstimate(params: {
  readonly municipality: string;
  readonly keyFigure: string;
}): Promise<BarrierEstimateSuggestion> {
  return sendJson<BarrierEstimateSuggestion>('GET', 'barriers/estimate', undefined, { params });
}

/** Drops every barriers answer (after a write: the list, the barrier, its history). */
export function invalidateBarriers(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: [BARRIERS_KEY] });
}
