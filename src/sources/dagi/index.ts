/** @module Importer for DAGI municipality and region boundaries (TopoJSON and GeoJSON). */
export { detectDagiGeojson, detectDagiTopojson } from './detect.ts';
export { parseDagiGeojson } from './geojson.ts';
export { jsonNesting } from './json.ts';
export { parseDagiTopojson } from './topojson.ts';
