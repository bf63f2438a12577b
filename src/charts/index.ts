/** @module The chart code the web app and the report share: pure helpers, the map's geometry and colour classes, and Observable Plot option builders. */
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
export {
  DEVELOPMENT_COLOURS,
  developmentLineStyle,
  developmentPlotOptions,
  tickFormat,
  type DevelopmentLine,
  type DevelopmentPlotInput,
  type DevelopmentPoint,
} from './development-plot.ts';
export * from './map/index.ts';
