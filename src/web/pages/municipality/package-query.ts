import { fetchJson, type ApiParams, type PackageDocument } from '../../api/index.ts';

export {
  PACKAGE_DEFAULTS,
  packageChoice,
  packageParams,
  type PackageChoice,
} from '../../first-requests.ts';

/** The package as a query: the same key wherever it is asked (page, prefetch). */
export function packageQuery(params: ApiParams<'package'>) {
  return {
    queryKey: ['package', params] as const,
    queryFn: ({ signal }: { readonly signal: AbortSignal }): Promise<PackageDocument> =>
      fetchJson('package', params, signal),
  };
}
