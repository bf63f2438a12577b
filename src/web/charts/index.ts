/** @module Charts (Observable Plot) and the map of Denmark (d3-geo), each with a text alternative. */
export { PlotFigure, tickFormat } from './plot-figure.tsx';
export { DenmarkMap, DenmarkMapPlaceholder } from './map/index.ts';
export { medianOf } from './median.ts';
export type { MunicipalityTopology } from './map-geometry.ts';
