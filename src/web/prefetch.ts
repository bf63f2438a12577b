import type { QueryClient } from '@tanstack/react-query';
import { MUNICIPALITIES } from '../core/index.ts';
import { fetchJson, topologyQuery } from './api/index.ts';
import { municipalityCode, packageChoice, packageParams } from './first-requests.ts';
import { packageQuery } from './pages/municipality/package-query.ts';

/**
 * Starts the opened page's first requests, with the same query keys the page uses, so the page
 * finds them under way or done (main.tsx loads the page's code meanwhile): the requests of
 * first-requests.ts's firstRequestUrls, which the server has also written into index.html as
 * preload links (the browser then answers these fetches from its preload).
 */
export function prefetchPage(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  const code = municipalityCode(location.pathname);
  if (code !== undefined && MUNICIPALITIES.some((m) => m.code === code)) {
    const choice = packageChoice(new URLSearchParams(location.search));
    void client.prefetchQuery(packageQuery(packageParams(code, choice)));
    void client.prefetchQuery({
      queryKey: ['package-years', { municipality: code }],
      queryFn: ({ signal }) => fetchJson('package-years', { municipality: code }, signal),
    });
  } else if (location.pathname === '/') {
    void client.prefetchQuery(topologyQuery);
  }
}
