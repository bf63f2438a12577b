import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as S from '../../server/schemas/index.ts';
import type { Params } from './client.ts';
import { useViewerGet } from './session.ts';

/**
 * The initiatives' answers (issue 17), read from the server's zod schemas
 * (src/server/schemas/initiatives.ts, as src/server/contract.ts names them) with
 * `import type`: nothing of the server reaches the browser.
 */
export type InitiativeDocument = z.output<typeof S.InitiativeDocument>;
export type InitiativeListDocument = z.output<typeof S.InitiativeListDocument>;
export type InitiativeSummary = z.output<typeof S.InitiativeSummary>;
export type InitiativeHistoryDocument = z.output<typeof S.InitiativeHistoryDocument>;
export type EffectDocument = z.output<typeof S.EffectDocument>;
export type FigureEffect = z.output<typeof S.FigureEffect>;
export type OverviewDocument = z.output<typeof S.OverviewDocument>;
/** What the form sends: a new initiative (POST) or an edit with its base version (PATCH). */
export type NewInitiativeBody = z.input<typeof S.NewInitiativeBody>;
export type InitiativePatchBody = z.input<typeof S.InitiativePatchBody>;

/** The list's filters as the API names them (`GET /initiatives`). */
export interface InitiativeListParams {
  readonly municipality?: string;
  readonly theme?: string;
  readonly type?: string;
  readonly status?: string;
  readonly keyFigure?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** The grouping of the sector overview (`GET /initiatives/overview?groupBy=`). */
export type OverviewGroupBy = OverviewDocument['groupBy'];

/**
 * Every initiatives query sits under this key: what a reader sees depends on who is logged in
 * (a municipality's internal initiatives, `canEdit`), so a save or a login drops them at once.
 */
export const INITIATIVES_KEY = 'initiatives';

/** An initiatives GET as the logged-in user sees it (never cached by the browser: sendJson). */
function useInitiativesGet<T>(
  path: string,
  params: Params | null,
  staleTime = 30_000,
): UseQueryResult<T, Error> {
  return useViewerGet<T>(INITIATIVES_KEY, path, params, { staleTime });
}

/** `GET /initiatives`: the list, filtered; null waits (a section not yet near the view). */
export function useInitiatives(
  params: InitiativeListParams | null,
): UseQueryResult<InitiativeListDocument, Error> {
  return useInitiativesGet('initiatives', params as Params | null);
}

/** `GET /initiatives/{id}`: the record. */
export function useInitiative(id: string): UseQueryResult<InitiativeDocument, Error> {
  return useInitiativesGet(`initiatives/${encodeURIComponent(id)}`, id === '' ? null : {}, 0);
}

/** `GET /initiatives/{id}/history`: its versions with the fields each changed. */
export function useInitiativeHistory(id: string): UseQueryResult<InitiativeHistoryDocument, Error> {
  return useInitiativesGet(`initiatives/${encodeURIComponent(id)}/history`, {}, 0);
}

/** `GET /initiatives/{id}/effect`: the effect check per linked figure. */
export function useInitiativeEffect(id: string): UseQueryResult<EffectDocument, Error> {
  return useInitiativesGet(`initiatives/${encodeURIComponent(id)}/effect`, {}, 5 * 60_000);
}

/** `GET /initiatives/overview?groupBy=`: the sector's totals in one price level. */
export function useInitiativeOverview(
  groupBy: OverviewGroupBy,
): UseQueryResult<OverviewDocument, Error> {
  return useInitiativesGet('initiatives/overview', { groupBy });
}

/** Drops every initiatives answer (after a save: the list, the record, its history, totals). */
export function invalidateInitiatives(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: [INITIATIVES_KEY] });
}
