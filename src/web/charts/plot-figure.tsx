import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';
import { ChartDownload } from './chart-download.tsx';
import type { ChartExport } from './chart-export.ts';

/**
 * An Observable Plot chart in a box of fixed height (no layout shift), with a text summary
 * for screen readers and the underlying table one key press away.
 * `build` receives the available width and returns Plot options; it runs again on resize.
 */
export function PlotFigure({
  build,
  height,
  summary,
  table,
  className,
  deps = [],
  download,
}: {
  readonly build: (width: number) => Plot.PlotOptions;
  readonly height: number;
  /** One sentence that says what the chart shows (its text alternative). */
  readonly summary: string;
  /** The same numbers as a table (shown on demand). */
  readonly table?: ReactNode;
  readonly className?: string;
  /** What else the chart depends on besides size, summary and language (e.g. the data). */
  readonly deps?: readonly unknown[];
  /** Title, legend, source and price level for the SVG and PNG downloads (none without). */
  readonly download?: ChartExport | undefined;
}) {
  const { t, locale } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [showTable, setShowTable] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || width === 0) return;
    const chart = Plot.plot({ height, ...build(width), width });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', summary);
    // The chart is one image with one text alternative (and the table); Plot's labels on
    // each mark would be unreachable children of an image, which axe rightly reports.
    for (const el of chart.querySelectorAll('[aria-label], [aria-description]')) {
      if (el === chart) continue;
      // Kept as data-mark: which mark a group draws ("bar", "dot", …), for styles and tests.
      const label = el.getAttribute('aria-label');
      if (label) el.setAttribute('data-mark', label);
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
    el.replaceChildren(chart);
    return () => chart.remove();
    // The build function is recreated each render; width, height, summary, locale and deps say
    // when the chart really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, summary, locale, ...deps]);

  const hasTable = table !== undefined && table !== null && table !== false;
  return (
    <figure className={`plot-figure ${className ?? ''}`.trim()}>
      <div ref={box} className="plot-box" style={{ minHeight: height }} />
      <figcaption className="visually-hidden">{summary}</figcaption>
      <div className="plot-actions">
        {hasTable ? (
          <button
            type="button"
            className="link-button"
            aria-expanded={showTable}
            onClick={() => setShowTable((s) => !s)}
          >
            {showTable ? t.common.table.hideTable : t.common.table.showTable}
          </button>
        ) : null}
        {download ? (
          <ChartDownload
            chart={() => box.current?.querySelector<SVGSVGElement>('svg[role="img"]') ?? null}
            meta={download}
          />
        ) : null}
      </div>
      {hasTable && showTable ? <div className="plot-table">{table}</div> : null}
    </figure>
  );
}
