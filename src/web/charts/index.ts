/** @module Charts (Observable Plot) and the map of Denmark (d3-geo), each with a text alternative. */
export { PlotFigure, tickFormat } from './plot-figure.tsx';
export { DenmarkMap, DenmarkMapPlaceholder } from './denmark-map.tsx';
export { medianOf } from './median.ts';
export { bestValue, rankByPolarity, type Ranked } from './ranking.ts';
