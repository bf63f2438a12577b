import type { LegendEntry } from './chart-export.ts';

/**
 * What a chart's lines (or bars: a swatch) are, in words beside a sample of each (colour is
 * never alone: the words name them). The same entries go into the downloaded file.
 */
export function ChartLegend({ entries }: { readonly entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend" data-testid="chart-legend">
      {entries.map((e) => (
        <li key={e.label}>
          <span
            className={`chart-legend-line${e.dashed ? ' dashed' : ''}${e.swatch ? ' swatch' : ''}`}
            style={{ color: e.colour }}
            aria-hidden="true"
          />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
