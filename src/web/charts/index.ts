/** @module Charts (Observable Plot) and the map of Denmark (d3-geo), each with a text alternative. */
export { PlotFigure, tickFormat } from './plot-figure.tsx';
export { DenmarkMap, DenmarkMapPlaceholder } from './map/index.ts';
export { medianOf } from './median.ts';
export type { MunicipalityTopology } from './map-geometry.ts';
export { ChartDownload } from './chart-download.tsx';
export { ChartLegend } from './chart-legend.tsx';
export { ChartViewToggle, type ChartView } from './chart-view.tsx';
export { fileSlug, type ChartExport, type LegendEntry } from './chart-export.ts';
export { axisBreakMark } from './axis-break.ts';
export {
  INDEX_BASE,
  MIN_LINE_YEARS,
  breaksWithin,
  framedDomain,
  indexAgainst,
  indexDomain,
  segmentOf,
  tooFewYears,
  valueDomain,
  type YDomain,
} from './chart-domain.ts';
