import {
  queryOptions,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryResult,
  keepPreviousData,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, apiUrl, problemError, type Params } from './client.ts';
import type { SessionDocument } from './account-types.ts';

/** The methods that change something: a session sends its CSRF token with each of them. */
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends JSON to the API and reads its answer (undefined for 204). With a session, every write
 * carries its CSRF token as `X-CSRF-Token` (decision 0011 §3); the cookie goes along by
 * itself (same origin). A problem document becomes an ApiError with its field and wait.
 */
export async function sendJson<T = undefined>(
  method: WriteMethod | 'GET',
  path: string,
  body?: unknown,
  options: { readonly csrfToken?: string | undefined; readonly params?: Params } = {},
): Promise<T> {
  const url = apiUrl(path, options.params ?? {});
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, '', '', url);
  }
  if (!response.ok) throw await problemError(response, url);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The session's query key (the CSRF token of writes is read from its data). */
export const SESSION_KEY = ['session'] as const;

/**
 * Who is logged in. Short-lived (a session can end elsewhere: idle expiry, "log out
 * everywhere"); a server without the route counts as logged out.
 */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<SessionDocument> => {
    try {
      return await sendJson<SessionDocument>('GET', 'session');
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return { loggedIn: false };
      throw e;
    }
  },
  staleTime: 10_000,
  refetchOnWindowFocus: true,
  retry: false,
});

export function useSession(): UseQueryResult<SessionDocument, Error> {
  return useQuery(sessionQuery);
}

/** How a GET as the logged-in user is cached and retried (useViewerGet). */
export interface ViewerGetOptions {
  readonly staleTime?: number;
  /** Keep the last answer on screen while the next is asked (a search: no flash, focus kept). */
  readonly keepPrevious?: boolean;
  /** false: a refusal (403, 404) is shown at once, not asked three times. */
  readonly retry?: false;
}

/**
 * A GET as the logged-in user sees it, under `key` (a feature's queries: a save or a login
 * drops them at once), never cached by the browser (sendJson). Asked once the session is
 * known, so a logged-in reader's own records come in the first answer; `params` null waits.
 */
export function useViewerGet<T>(
  key: string,
  path: string,
  params: Params | null,
  options: ViewerGetOptions = {},
): UseQueryResult<T, Error> {
  const session = useSession();
  const who = session.data?.loggedIn ? session.data.user.email : '';
  return useQuery<T, Error>({
    queryKey: [key, path, params, who],
    queryFn: () => sendJson<T>('GET', path, undefined, { params: params ?? {} }),
    enabled: params !== null && !session.isPending,
    staleTime: options.staleTime ?? 30_000,
    ...(options.keepPrevious === true ? { placeholderData: keepPreviousData } : {}),
    ...(options.retry === false ? { retry: false } : {}),
  });
}

/** Ask again who is logged in, and drop what was read as someone (my account's lists). */
export async function refreshSession(client: QueryClient): Promise<void> {
  client.removeQueries({ queryKey: ['account'] });
  await client.invalidateQueries({ queryKey: SESSION_KEY });
}

/**
 * A write as the logged-in user: sendJson with the session's CSRF token. When the server
 * says the session has ended (401), the session is asked for again, so the page shows it.
 */
export function useSend() {
  const client = useQueryClient();
  return useCallback(
    async <T = undefined>(
      method: WriteMethod,
      path: string,
      body?: unknown,
      params?: Params,
    ): Promise<T> => {
      const session = client.getQueryData<SessionDocument>(SESSION_KEY);
      const csrfToken = session?.loggedIn ? session.csrfToken : undefined;
      try {
        return await sendJson<T>(method, path, body, { csrfToken, ...(params ? { params } : {}) });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401 && path !== 'session')
          void refreshSession(client);
        throw e;
      }
    },
    [client],
  );
}

/** A GET of my own account's data (tokens, sessions): never cached by the browser. */
export function useAccountQuery<T>(path: string, enabled: boolean): UseQueryResult<T, Error> {
  return useQuery<T, Error>({
    queryKey: ['account', path],
    queryFn: () => sendJson<T>('GET', path),
    enabled,
    staleTime: 0,
  });
}

/** The address to go back to after login: a path on this site only, else my account. */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return '/min-konto';
  try {
    const url = new URL(next, 'http://x');
    if (url.origin !== 'http://x') return '/min-konto';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/min-konto';
  }
}
