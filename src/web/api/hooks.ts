import {
  queryOptions,
  useQuery,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { fetchJson } from './client.ts';
import type { ApiAnswer, ApiParams, ApiPath } from './routes.ts';
import type { Health, KeyFigureDocument, Municipality, MunicipalityProfile } from './types.ts';

/**
 * One GET of the API as a query: cached per path and parameters, aborted when the view
 * leaves, not fetched while `params` is null (a choice is still missing).
 */
export function useApi<P extends ApiPath>(
  path: P,
  params: ApiParams<P> | null,
): UseQueryResult<ApiAnswer<P>, Error> {
  return useQuery<ApiAnswer<P>, Error>({
    queryKey: [path, params],
    queryFn: ({ signal }) => fetchJson(path, params ?? {}, signal),
    enabled: params !== null,
  });
}

/** Reference data that changes only with an import: fetched once per visit. */
const reference = { staleTime: Infinity, gcTime: Infinity } as const;

const municipalitiesQuery = queryOptions({
  queryKey: ['municipalities'],
  queryFn: ({ signal }) =>
    fetchJson('municipalities', {}, signal).then((d): readonly Municipality[] => d.municipalities),
  ...reference,
});

export const keyFiguresQuery = queryOptions({
  queryKey: ['key-figures'],
  queryFn: ({ signal }) =>
    fetchJson('key-figures', {}, signal).then((d): readonly KeyFigureDocument[] => d.keyFigures),
  ...reference,
});

const healthQuery = queryOptions({
  queryKey: ['health'],
  queryFn: ({ signal }) => fetchJson('health', {}, signal),
  staleTime: 30_000,
});

/** The municipal boundaries for the map: fetched once per visit (they change only with an import). */
export const topologyQuery = queryOptions({
  queryKey: ['geo', 'municipalities'],
  queryFn: ({ signal }) => fetchJson('geo/municipalities', {}, signal),
  ...reference,
});

export function useMunicipalities(): UseQueryResult<readonly Municipality[], Error> {
  return useQuery(municipalitiesQuery);
}

export function useKeyFigures(): UseQueryResult<readonly KeyFigureDocument[], Error> {
  return useQuery(keyFiguresQuery);
}

export function useHealth(): UseQueryResult<Health, Error> {
  return useQuery(healthQuery);
}

/**
 * Starts the requests every page needs (municipalities, key figures, health) before the page's
 * own code has loaded, so they run in parallel with it instead of after it.
 */
export function prefetchReferenceData(client: QueryClient): void {
  void client.prefetchQuery(municipalitiesQuery);
  void client.prefetchQuery(keyFiguresQuery);
  void client.prefetchQuery(healthQuery);
}

export function useMunicipalityProfile(
  code: string,
  year?: number,
): UseQueryResult<MunicipalityProfile, Error> {
  return useApi(`municipalities/${encodeURIComponent(code)}`, {
    year,
  });
}
