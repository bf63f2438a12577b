import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchJson, type Params } from './client.ts';
import type { Health, KeyFigureDocument, Municipality, MunicipalityProfile } from './types.ts';

/**
 * One GET of the API as a query: cached per path and parameters, aborted when the view
 * leaves, not fetched while `params` is null (a choice is still missing).
 */
export function useApi<T>(path: string, params: Params | null): UseQueryResult<T, Error> {
  return useQuery<T, Error>({
    queryKey: [path, params],
    queryFn: ({ signal }) => fetchJson<T>(path, params ?? {}, signal),
    enabled: params !== null,
  });
}

/** Reference data that changes only with an import: fetched once per visit. */
const reference = { staleTime: Infinity, gcTime: Infinity } as const;

export function useMunicipalities(): UseQueryResult<readonly Municipality[], Error> {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: ({ signal }) =>
      fetchJson<{ municipalities: Municipality[] }>('municipalities', {}, signal).then(
        (d) => d.municipalities,
      ),
    ...reference,
  });
}

export function useKeyFigures(): UseQueryResult<readonly KeyFigureDocument[], Error> {
  return useQuery({
    queryKey: ['key-figures'],
    queryFn: ({ signal }) =>
      fetchJson<{ keyFigures: KeyFigureDocument[] }>('key-figures', {}, signal).then(
        (d) => d.keyFigures,
      ),
    ...reference,
  });
}

export function useHealth(): UseQueryResult<Health, Error> {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchJson<Health>('health', {}, signal),
    staleTime: 30_000,
  });
}

export function useMunicipalityProfile(
  code: string,
  year?: number,
): UseQueryResult<MunicipalityProfile, Error> {
  return useApi<MunicipalityProfile>(`municipalities/${encodeURIComponent(code)}`, {
    year,
  });
}
