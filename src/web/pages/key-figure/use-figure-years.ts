import { useQueries } from '@tanstack/react-query';
import {
  fetchJson,
  type KeyFigureDocument,
  type ValueRow,
  type ValuesDocument,
} from '../../api/index.ts';
import { valueYears } from './years.ts';

export interface FigureYears {
  /** Every year of the figure that has at least one value, ascending (known before any fetch). */
  readonly years: readonly number[];
  readonly byYear: ReadonlyMap<number, readonly ValueRow[]>;
  /** Each year's answer: its year kind, price level and whether it could be converted. */
  readonly docs: ReadonlyMap<number, ValuesDocument>;
  readonly pending: boolean;
  readonly error: Error | null;
  readonly refetch: () => void;
}

/**
 * All 98 values of a figure in each year that has a number (the API's yearsWithValues), one
 * /values answer per year (the same query keys as useApi('values', …), so a year fetched here
 * is not fetched again). Years with only "M"/"U" marks are not asked for. One request per year
 * is cheap (the server caches answers) and gives the development chart every municipality at
 * once, so changing the selection fetches nothing. Each year is in its own prices unless
 * `prices` names one level for all (a base year of fixed prices); `enabled` false asks nothing.
 */
export function useFigureYears(
  keyFigure: KeyFigureDocument | undefined,
  prices?: string,
  enabled = true,
): FigureYears {
  const years = enabled ? valueYears(keyFigure) : [];
  const results = useQueries({
    queries: years.map((year) => {
      const params = { keyFigure: keyFigure?.id, year, ...(prices ? { prices } : {}) };
      return {
        queryKey: ['values', params],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchJson('values', params, signal),
        staleTime: 5 * 60_000,
      };
    }),
  });
  const byYear = new Map<number, readonly ValueRow[]>();
  const docs = new Map<number, ValuesDocument>();
  results.forEach((r, i) => {
    if (r.data) {
      byYear.set(years[i] as number, r.data.values);
      docs.set(years[i] as number, r.data);
    }
  });
  return {
    years,
    byYear,
    docs,
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
