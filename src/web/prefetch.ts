import type { QueryClient } from '@tanstack/react-query';
import { MUNICIPALITIES } from '../core/index.ts';
import { fetchJson, keyFiguresQuery, topologyQuery } from './api/index.ts';
import { municipalityCode, packageChoice, packageParams } from './first-requests.ts';
import { MAP_DEFAULTS, mapValuesParams } from './pages/home/key-figure-choice.ts';
import { packageQuery } from './pages/municipality/package-query.ts';

/**
 * Starts the opened page's first requests, with the same query keys the page uses, so the page
 * finds them under way or done (main.tsx loads the page's code meanwhile): the requests of
 * first-requests.ts's firstRequestUrls, which the server has also written into index.html as
 * preload links (the browser then answers these fetches from its preload); on / also the map's
 * values once the key-figure catalogue has arrived.
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
    // The map's values as soon as the catalogue is here (it names the figure's latest year),
    // not after the page has rendered: the same request as the page's (home/index.tsx).
    const search = new URLSearchParams(location.search);
    const choice = {
      keyFigure: search.get('keyFigure') ?? MAP_DEFAULTS.keyFigure,
      year: search.get('year') ?? MAP_DEFAULTS.year,
    };
    void client
      .fetchQuery(keyFiguresQuery)
      .then((figures) => {
        const params = mapValuesParams(figures, choice);
        if (params === null) return;
        return client.prefetchQuery({
          queryKey: ['values', params],
          queryFn: ({ signal }) => fetchJson('values', params, signal),
        });
      })
      .catch(() => undefined);
  }
}
