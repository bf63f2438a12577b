import { useQueries } from '@tanstack/react-query';
import { fetchJson, type KeyFigureDocument, type ValuesDocument } from '../../api/index.ts';
import { figureYear } from './years.ts';

/** One figure's values for the comparison: the year used, or no data (null) in the range. */
export interface FigureValues {
  readonly keyFigure: KeyFigureDocument;
  readonly doc: ValuesDocument | null;
}

export interface ThemeValues {
  readonly figures: readonly FigureValues[];
  readonly pending: boolean;
  readonly error: Error | null;
  readonly refetch: () => void;
}

/**
 * The values of each figure, all municipalities, in `year`, or (year null) in each figure's
 * latest year with numbers from `from` on: one request per figure, for a year its
 * yearsWithValues lists; a figure without numbers in that year is known to have none without
 * asking (the same query keys as useApi('values', …)).
 */
export function useThemeValues(
  figures: readonly KeyFigureDocument[],
  year: number | null,
  from: number,
): ThemeValues {
  const wanted = figures.map((k) => ({ keyFigure: k, year: figureYear(k, year, from) }));
  const asked = wanted.filter((w) => w.year !== null);
  const results = useQueries({
    queries: asked.map((w) => {
      const params = { keyFigure: w.keyFigure.id, year: w.year };
      return {
        queryKey: ['values', params],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchJson('values', params, signal),
        staleTime: 5 * 60_000,
      };
    }),
  });
  const docs = new Map(asked.map((w, i) => [w.keyFigure.id, results[i]?.data]));
  return {
    figures: wanted.flatMap((w): FigureValues[] => {
      if (w.year === null) return [{ keyFigure: w.keyFigure, doc: null }];
      const doc = docs.get(w.keyFigure.id);
      return doc ? [{ keyFigure: w.keyFigure, doc }] : [];
    }),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
