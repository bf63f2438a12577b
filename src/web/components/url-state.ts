import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';

/**
 * The page's choices kept in the URL's query (so a view can be shared): read with defaults,
 * written with replace (no history entry per change); a value equal to its default is left out.
 */
export function useUrlState<K extends string>(
  defaults: Readonly<Record<K, string>>,
): [Readonly<Record<K, string>>, (changes: Partial<Record<K, string>>) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const state = Object.fromEntries(
    Object.entries(defaults).map(([k, d]) => [k, params.get(k) ?? (d as string)]),
  ) as Record<K, string>;
  const set = useCallback(
    (changes: Partial<Record<K, string>>) => {
      const next = new URLSearchParams(search);
      for (const [k, v] of Object.entries(changes) as [K, string | undefined][]) {
        if (v === undefined || v === '' || v === defaults[k]) next.delete(k);
        else next.set(k, v);
      }
      const q = next.toString();
      navigate(`${location}${q ? `?${q}` : ''}`, { replace: true });
    },
    [search, location, navigate, defaults],
  );
  return [state, set];
}
