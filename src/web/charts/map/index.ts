/**
 * @module The map of Denmark: the 98 municipalities coloured by a key figure (d3-geo), with a
 * legend, a tooltip, keyboard focus and a table. `MapSvg` and `drawShapes` draw the map alone,
 * from a layout and props only (no data fetching, no measuring), for static output and tests.
 */
export { DenmarkMap } from './denmark-map.tsx';
export { DenmarkMapPlaceholder } from './placeholder.tsx';
export { MapSvg, type MapSvgProps } from './map-svg.tsx';
export { drawShapes, fillOf, type MapShapes } from './shapes.tsx';
export { mapMarks, type MapMarks } from './marks.ts';
