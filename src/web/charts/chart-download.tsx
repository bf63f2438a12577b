import { useState } from 'react';
import { useI18n } from '../i18n/index.ts';
import {
  composeChartSvg,
  saveBlob,
  svgToPng,
  type ChartExport,
  type ExportTexts,
} from './chart-export.ts';
import './chart-download.css';

/**
 * "Hent diagrammet: SVG · PNG": the chart as a standalone SVG (title, legend, notes, source and
 * price level drawn in) or as a PNG rendered from that SVG at twice its size. `chart` finds the
 * chart's <svg> when a button is pressed (it is redrawn on resize, so it is looked up late).
 * Any chart can use it: PlotFigure shows it when given `download`; a chart of its own passes
 * a function that returns its <svg>.
 */
export function ChartDownload({
  chart,
  meta,
}: {
  readonly chart: () => SVGSVGElement | null;
  readonly meta: ChartExport;
}) {
  const { t } = useI18n();
  const d = t.charts.download;
  const [failed, setFailed] = useState(false);
  const texts: ExportTexts = { source: d.source, prices: d.prices };

  const compose = () => {
    const svg = chart();
    return svg ? composeChartSvg(svg, meta, texts) : null;
  };
  const saveSvg = () => {
    const composed = compose();
    setFailed(composed === null);
    if (composed)
      saveBlob(
        new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' }),
        `${meta.fileName}.svg`,
      );
  };
  const savePng = async () => {
    const composed = compose();
    try {
      if (!composed) throw new Error('no chart');
      saveBlob(
        await svgToPng(composed.svg, composed.width, composed.height),
        `${meta.fileName}.png`,
      );
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <span className="chart-download" data-testid="chart-download">
      <span className="chart-download-label" aria-hidden="true">
        {d.label}:
      </span>{' '}
      <button
        type="button"
        className="link-button"
        aria-label={d.svgLabel(meta.title)}
        onClick={saveSvg}
      >
        {d.svg}
      </button>
      <span aria-hidden="true"> · </span>
      <button
        type="button"
        className="link-button"
        aria-label={d.pngLabel(meta.title)}
        onClick={() => void savePng()}
      >
        {d.png}
      </button>
      {failed ? (
        <span className="error" role="alert">
          {' '}
          {d.failed}
        </span>
      ) : null}
    </span>
  );
}
