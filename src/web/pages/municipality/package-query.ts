import { fetchJson, type ApiParams, type PackageDocument } from '../../api/index.ts';

/** The kommune page's choices as they stand in its URL ('' = the API's default). */
export interface PackageChoice {
  readonly year: string;
  readonly benchmark: string;
  readonly peers: string;
  readonly prices: string;
}

/** The page's choices when the URL names none (index.tsx's DEFAULTS). */
export const PACKAGE_DEFAULTS: PackageChoice = {
  year: '',
  benchmark: 'median',
  peers: 'nearest',
  prices: '',
};

/**
 * The package request for the page's choices. Without a chosen year the year is left out: the
 * server answers in its default year (and says so: yearChosenByDefault), so the package is
 * asked at once instead of after the year list (/package-years).
 */
export function packageParams(code: string, choice: PackageChoice): ApiParams<'package'> {
  return {
    municipality: code,
    ...(choice.year !== '' ? { year: Number(choice.year) } : {}),
    benchmark: choice.benchmark,
    peers: choice.peers,
    prices: choice.prices || undefined,
  };
}

/** The package as a query: the same key wherever it is asked (page, prefetch). */
export function packageQuery(params: ApiParams<'package'>) {
  return {
    queryKey: ['package', params] as const,
    queryFn: ({ signal }: { readonly signal: AbortSignal }): Promise<PackageDocument> =>
      fetchJson('package', params, signal),
  };
}
