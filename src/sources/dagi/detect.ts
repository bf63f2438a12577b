import { textHead } from '../text/index.ts';

/** Property names of DAGI municipality and region features (2014 exports and DAGI 2). */
const DAGI_PROPERTY = /"(KOMKODE|REGIONKODE|kommunekode|regionskode)"\s*:/;

/**
 * True when the bytes look like DAGI boundaries as TopoJSON: a JSON object of type
 * "Topology" whose first 8 KB name a DAGI code property (KOMKODE, REGIONKODE, …), or, when
 * the properties come later, a file name that speaks of kommuner, regioner or DAGI.
 * @example detectDagiTopojson(bytes, 'kommuner.topojson') // true
 */
export function detectDagiTopojson(bytes: Uint8Array, fileName: string): boolean {
  return looksLike(bytes, fileName, /"type"\s*:\s*"Topology"/);
}

/**
 * True when the bytes look like DAGI boundaries as GeoJSON: a "FeatureCollection" whose
 * first 8 KB name a DAGI code property, or a DAGI-like file name.
 * @example detectDagiGeojson(bytes, 'kommuner.geojson') // true
 */
export function detectDagiGeojson(bytes: Uint8Array, fileName: string): boolean {
  return looksLike(bytes, fileName, /"type"\s*:\s*"FeatureCollection"/);
}

function looksLike(bytes: Uint8Array, fileName: string, type: RegExp): boolean {
  const head = textHead(bytes, 8192);
  if (!/^\s*\{/.test(head) || !type.test(head)) return false;
  return DAGI_PROPERTY.test(head) || /kommun|region|dagi/i.test(fileName);
}
