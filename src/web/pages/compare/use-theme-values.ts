import { useQueries } from '@tanstack/react-query';
import { fetchJson, type KeyFigureDocument, type ValuesDocument } from '../../api/index.ts';

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

/** How far back "latest" looks from the catalogue's last year before it says "no data". */
const LOOK_BACK = 12;

/**
 * The values of each figure, all municipalities, in `year`, or (year null) in each figure's
 * latest year with any value: the catalogue's last year may hold only missing values, so it
 * steps back a year at a time (one or two requests for most figures).
 */
export function useThemeValues(
  figures: readonly KeyFigureDocument[],
  year: number | null,
): ThemeValues {
  const results = useQueries({
    queries: figures.map((k) => ({
      queryKey: ['compare-values', k.id, year ?? 'latest'],
      staleTime: 5 * 60_000,
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<FigureValues> => {
        const first = k.firstYear ?? null;
        const last = k.lastYear ?? null;
        if (year !== null) {
          const doc = await fetchJson<ValuesDocument>('values', { keyFigure: k.id, year }, signal);
          return { keyFigure: k, doc: doc.values.some((v) => v.value !== null) ? doc : null };
        }
        if (first === null || last === null) return { keyFigure: k, doc: null };
        for (let y = last; y >= Math.max(first, last - LOOK_BACK); y--) {
          const doc = await fetchJson<ValuesDocument>(
            'values',
            { keyFigure: k.id, year: y },
            signal,
          );
          if (doc.values.some((v) => v.value !== null)) return { keyFigure: k, doc };
        }
        return { keyFigure: k, doc: null };
      },
    })),
  });
  return {
    figures: results.flatMap((r) => (r.data ? [r.data] : [])),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
