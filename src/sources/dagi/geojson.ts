import { emptyParsedSource, type ParsedSource } from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { decodeText } from '../text/index.ts';
import { BoundaryCollector, checkCrs } from './boundaries.ts';
import { readPolygon, type PolygonCoordinates } from './geometry.ts';
import { isJsonObject, parseJsonText } from './json.ts';

/**
 * Parses DAGI boundaries as a GeoJSON FeatureCollection of Polygon or MultiPolygon features
 * (properties KOMKODE/KOMNAVN or REGIONKODE/REGIONNAVN) into one MultiPolygon per
 * municipality or region, named from DST's list. Positions keep their full precision; a
 * third value (DAGI's dummy height -999) is dropped. Christiansø (0411) is left out with an
 * info diagnostic. Coordinates must be lon/lat (CRS84) inside Denmark.
 * @example parseDagiGeojson(bytes, 'kommuner.geojson').boundaries?.length // 98
 */
export function parseDagiGeojson(bytes: Uint8Array, fileName: string): ParsedSource {
  // JSON is often written on one line: only its depth and the file's size are limited.
  const { text } = decodeText(bytes, fileName, { maxLineBytes: Infinity });
  const log = new DiagnosticLog(fileName);
  if (text.trim() === '') log.refuse('filen er tom', { line: 1 });
  const json = parseJsonText(text, log);
  if (!isJsonObject(json) || json['type'] !== 'FeatureCollection') {
    const type = isJsonObject(json) ? String(json['type']) : typeof json;
    return log.refuse('ikke en GeoJSON FeatureCollection', { line: 1, field: 'type', value: type });
  }
  checkCrs(json, '', log);
  const features = json['features'];
  if (!Array.isArray(features)) {
    return log.refuse('features mangler', { field: 'features', value: String(features) });
  }
  const collector = new BoundaryCollector(log, text);
  features.forEach((f: unknown, i) => {
    const path = `features[${i}]`;
    if (!isJsonObject(f) || f['type'] !== 'Feature') {
      return log.error('ikke en GeoJSON Feature', {
        field: path,
        value: JSON.stringify(f)?.slice(0, 80) ?? '',
      });
    }
    const polygons = readGeometry(f['geometry'], path, collector, log);
    if (polygons.length === 0) return;
    const area = collector.area(f['properties'], path);
    if (!area) return;
    collector.noteParts(area, polygons);
    collector.add(area, polygons);
  });
  const boundaries = collector.finish();
  return { ...emptyParsedSource('dagi-geojson', fileName), boundaries, diagnostics: log.finish() };
}

function readGeometry(
  geometry: unknown,
  path: string,
  collector: BoundaryCollector,
  log: DiagnosticLog,
): readonly PolygonCoordinates[] {
  if (geometry === null) {
    log.warning('feature uden geometri springes over', { field: `${path}.geometry` });
    return [];
  }
  const type = isJsonObject(geometry) ? geometry['type'] : undefined;
  const coordinates = isJsonObject(geometry) ? geometry['coordinates'] : undefined;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    log.error('geometritypen understøttes ikke (kun Polygon og MultiPolygon)', {
      field: `${path}.geometry.type`,
      value: String(type),
    });
    return [];
  }
  const parts: readonly unknown[] =
    type === 'Polygon' ? [coordinates] : Array.isArray(coordinates) ? coordinates : [undefined];
  const polygons: PolygonCoordinates[] = [];
  parts.forEach((part, i) => {
    const polygon = readPolygon(part);
    const at = type === 'Polygon' ? `${path}.geometry` : `${path}.geometry.coordinates[${i}]`;
    if ('problem' in polygon) collector.problem(at, polygon);
    else polygons.push(polygon);
  });
  return polygons;
}
