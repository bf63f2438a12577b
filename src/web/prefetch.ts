import type { QueryClient } from '@tanstack/react-query';
import { MUNICIPALITIES } from '../core/index.ts';
import { fetchJson, topologyQuery } from './api/index.ts';
import { PAGE_LOADERS, pageFor } from './pages/loaders.ts';
import {
  PACKAGE_DEFAULTS,
  packageParams,
  packageQuery,
  type PackageChoice,
} from './pages/municipality/package-query.ts';

/**
 * Starts the opened page's code chunk and its own first requests together, with the same
 * query keys the page uses, so the page finds them under way or done: on /kommune/{code} the
 * package (in the default year unless the URL names one) and the year list; on / the map's
 * boundaries. Other pages ask for their data when they render. Only for one of the 98 codes: an
 * unknown code gets the page's "Kommunen findes ikke", not a failed request.
 */
export function prefetchPage(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  // The page's own chunk, alongside its requests (app.tsx's lazy() then finds it loaded).
  const page = pageFor(location.pathname);
  if (page !== undefined) void PAGE_LOADERS[page]().catch(() => undefined);
  const kommune = /^\/kommune\/(\d{1,3})\/?$/.exec(location.pathname);
  const code = kommune?.[1];
  if (code !== undefined && MUNICIPALITIES.some((m) => m.code === code)) {
    const search = new URLSearchParams(location.search);
    const choice = Object.fromEntries(
      Object.entries(PACKAGE_DEFAULTS).map(([k, d]) => [k, search.get(k) ?? d]),
    ) as unknown as PackageChoice;
    void client.prefetchQuery(packageQuery(packageParams(code, choice)));
    void client.prefetchQuery({
      queryKey: ['package-years', { municipality: code }],
      queryFn: ({ signal }) => fetchJson('package-years', { municipality: code }, signal),
    });
  } else if (location.pathname === '/') {
    void client.prefetchQuery(topologyQuery);
  }
}
