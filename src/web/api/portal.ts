import { useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type * as S from '../../server/schemas/index.ts';
import { apiUrl, problemError, type Params } from './client.ts';
import { SESSION_KEY, refreshSession, useViewerGet } from './session.ts';
import type { SessionDocument } from './account-types.ts';

/**
 * The knowledge portal's answers (issue 16), read from the server's zod schemas
 * (src/server/schemas/portal.ts) with `import type`: nothing of the server reaches the browser.
 */
export type PortalSearchDocument = z.output<typeof S.PortalSearchDocument>;
export type PortalItemSummary = z.output<typeof S.ItemSummary>;
export type PortalItemDocument = z.output<typeof S.PortalItemDocument>;
export type PortalHistoryDocument = z.output<typeof S.ItemHistoryDocument>;
export type PortalHistoryVersion = PortalHistoryDocument['versions'][number];
export type PortalGapItemsDocument = z.output<typeof S.GapItemsDocument>;
export type PortalAttachment = z.output<typeof S.Attachment>;
/** What the editor sends: a new item (POST) or an edit with its base version (PATCH). */
export type NewPortalItem = z.input<typeof S.NewItemBody>;
export type PortalItemPatch = z.input<typeof S.ItemPatchBody>;
export type SnippetPart = z.output<typeof S.SnippetPart>;

/** The search's query, as its URL and the API name it. */
export interface PortalSearchParams {
  readonly q?: string;
  readonly kind?: string;
  readonly theme?: string;
  readonly topic?: string;
  readonly municipality?: string;
  readonly keyFigure?: string;
  readonly year?: string;
  readonly status?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * Every portal query sits under this key: what a reader sees depends on who is logged in
 * (drafts, contacts), so a save or a login drops them all at once.
 */
export const PORTAL_KEY = 'portal';

/** A portal GET as the logged-in user sees it: never cached by the browser (sendJson). */
function usePortalGet<T>(
  path: string,
  params: Params | null,
  staleTime = 30_000,
  keepPrevious = false,
): UseQueryResult<T, Error> {
  return useViewerGet<T>(PORTAL_KEY, path, params, { staleTime, keepPrevious });
}

/** `GET /portal/items`: the search with its facets and highlighted snippets. */
export function usePortalSearch(
  params: PortalSearchParams | null,
): UseQueryResult<PortalSearchDocument, Error> {
  return usePortalGet('portal/items', params as Params | null, 30_000, true);
}

/** `GET /portal/items/{id}`; `enabled` false waits (an id still unknown). */
export function usePortalItem(id: string): UseQueryResult<PortalItemDocument, Error> {
  return usePortalGet(`portal/items/${encodeURIComponent(id)}`, id === '' ? null : {}, 0);
}

export function usePortalHistory(id: string): UseQueryResult<PortalHistoryDocument, Error> {
  return usePortalGet(`portal/items/${encodeURIComponent(id)}/history`, {}, 0);
}

export function usePortalSimilar(
  id: string,
): UseQueryResult<{ readonly items: readonly PortalItemSummary[] }, Error> {
  return usePortalGet(`portal/items/${encodeURIComponent(id)}/similar`, {});
}

/** `GET /portal/gap-items` for one figure of a municipality; null waits (a closed row). */
export function useGapItems(
  params: {
    readonly municipality: string;
    readonly keyFigure: string;
    readonly year: number;
    readonly peers: string;
  } | null,
): UseQueryResult<PortalGapItemsDocument, Error> {
  return usePortalGet('portal/gap-items', params);
}

/** Drops every portal answer (after a save: lists, the item, its history). */
export function invalidatePortal(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: [PORTAL_KEY] });
}

/**
 * Uploads a file to an item as its raw bytes (`?name=`), with the session's CSRF token;
 * the server checks the type by content and refuses with a Danish problem document.
 */
export function useUploadAttachment() {
  const client = useQueryClient();
  return useCallback(
    async (itemId: number, file: File): Promise<PortalAttachment> => {
      const session = client.getQueryData<SessionDocument>(SESSION_KEY);
      const headers: Record<string, string> = {
        Accept: 'application/json',
        'Content-Type': file.type || 'application/octet-stream',
      };
      if (session?.loggedIn) headers['X-CSRF-Token'] = session.csrfToken;
      const url = apiUrl(`portal/items/${itemId}/attachments`, { name: file.name });
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: file,
        credentials: 'same-origin',
      });
      if (!response.ok) {
        if (response.status === 401) void refreshSession(client);
        throw await problemError(response, url);
      }
      return (await response.json()) as PortalAttachment;
    },
    [client],
  );
}
