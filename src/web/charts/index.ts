/** @module Charts (Observable Plot) and the map of Denmark (d3-geo), each with a text alternative. */
export { PlotFigure } from './plot-figure.tsx';
export { DenmarkMap, DenmarkMapPlaceholder } from './map/index.ts';
export { medianOf } from './median.ts';
export { ChartDownload } from './chart-download.tsx';
export { ChartLegend } from './chart-legend.tsx';
export { ChartViewToggle, type ChartView } from './chart-view.tsx';
export { fileSlug, type ChartExport, type LegendEntry } from './chart-export.ts';
// The pure chart code shared with the report (src/charts), shown through this door too.
export {
  DEVELOPMENT_COLOURS,
  INDEX_BASE,
  MIN_LINE_YEARS,
  axisBreakMark,
  breaksWithin,
  developmentPlotOptions,
  framedDomain,
  indexAgainst,
  indexDomain,
  segmentOf,
  tickFormat,
  tooFewYears,
  valueDomain,
  type DevelopmentPoint,
  type MunicipalityTopology,
  type YDomain,
} from '../../charts/index.ts';
