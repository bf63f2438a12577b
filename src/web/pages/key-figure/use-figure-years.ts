import { useQueries } from '@tanstack/react-query';
import {
  fetchJson,
  type KeyFigureDocument,
  type ValueRow,
  type ValuesDocument,
} from '../../api/index.ts';
import { yearSpan } from './years.ts';

export interface FigureYears {
  /** Every year of the figure that has at least one value, ascending. */
  readonly years: readonly number[];
  readonly byYear: ReadonlyMap<number, readonly ValueRow[]>;
  readonly pending: boolean;
  readonly error: Error | null;
  readonly refetch: () => void;
}

/**
 * All 98 values of a figure in every year of its span, one /values answer per year (the same
 * query keys as useApi('values', …), so a year fetched here is not fetched again). The
 * catalogue's span includes years where every value is missing; `years` keeps only those with
 * data. One request per year is cheap (the server caches answers) and gives the development
 * chart every municipality at once, so changing the selection fetches nothing.
 */
export function useFigureYears(
  keyFigure: KeyFigureDocument | undefined,
  enabled = true,
): FigureYears {
  const span = enabled ? yearSpan(keyFigure) : [];
  const results = useQueries({
    queries: span.map((year) => {
      const params = { keyFigure: keyFigure?.id, year };
      return {
        queryKey: ['values', params],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          fetchJson<ValuesDocument>('values', params, signal),
        staleTime: 5 * 60_000,
      };
    }),
  });
  const byYear = new Map<number, readonly ValueRow[]>();
  const years: number[] = [];
  results.forEach((r, i) => {
    const year = span[i] as number;
    if (!r.data) return;
    byYear.set(year, r.data.values);
    if (r.data.values.some((v) => v.value !== null)) years.push(year);
  });
  return {
    years,
    byYear,
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
