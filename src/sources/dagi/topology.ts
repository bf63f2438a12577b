import type { Arc, Topology, Transform } from 'topojson-specification';
import type { DiagnosticLog } from '../diagnostic-log/index.ts';
import { checkCrs } from './boundaries.ts';
import { isJsonObject } from './json.ts';

/** One polygon geometry of a topology, its arcs in MultiPolygon form. */
export interface TopoPolygons {
  /** Where it is in the file, e.g. "objects.stdin.geometries[12]". */
  readonly path: string;
  readonly properties: unknown;
  readonly arcs: readonly (readonly (readonly number[])[])[];
}

/**
 * Checks parsed JSON against the parts of the TopoJSON specification that topojson-client
 * relies on (arcs of finite positions, a transform of two pairs, arc indexes in range,
 * Polygon and MultiPolygon geometries), so that decoding it cannot fail on a bad file.
 * Refuses the file at the first structural error.
 */
export function readTopology(
  json: unknown,
  log: DiagnosticLog,
): { readonly topology: Topology; readonly geometries: readonly TopoPolygons[] } {
  if (!isJsonObject(json) || json['type'] !== 'Topology') {
    const type = isJsonObject(json) ? String(json['type']) : typeof json;
    return log.refuse('ikke en TopoJSON-topologi (type skal være "Topology")', {
      line: 1,
      field: 'type',
      value: type,
    });
  }
  checkCrs(json, '', log);
  const arcs = readArcs(json['arcs'], log);
  const transform = readTransform(json['transform'], log);
  const objects = json['objects'];
  if (!isJsonObject(objects))
    return log.refuse('objects mangler', { field: 'objects', value: String(objects) });
  const geometries: TopoPolygons[] = [];
  for (const [name, object] of Object.entries(objects)) {
    checkCrs(object, `objects.${name}.`, log);
    collect(object, `objects.${name}`, arcs.length, geometries, log);
  }
  const topology: Topology = {
    type: 'Topology',
    objects: {},
    arcs,
    ...(transform ? { transform } : {}),
  };
  return { topology, geometries };
}

function readArcs(value: unknown, log: DiagnosticLog): Arc[] {
  if (!Array.isArray(value))
    return log.refuse('arcs mangler', { field: 'arcs', value: String(value) });
  return value.map((arc: unknown, i) => {
    const positions = Array.isArray(arc) ? arc.map(readPair) : [];
    if (positions.length < 2 || positions.some((p) => p === undefined)) {
      return log.refuse('en bue (arc) skal have mindst to punkter med to tal', {
        field: `arcs[${i}]`,
        value: JSON.stringify(arc)?.slice(0, 80) ?? String(arc),
      });
    }
    return positions.filter((p) => p !== undefined);
  });
}

function readTransform(value: unknown, log: DiagnosticLog): Transform | undefined {
  if (value === undefined) return undefined;
  const scale = isJsonObject(value) ? readPair(value['scale']) : undefined;
  const translate = isJsonObject(value) ? readPair(value['translate']) : undefined;
  if (scale && translate) return { scale, translate };
  return log.refuse('ugyldig transform (skal have scale og translate med to tal hver)', {
    field: 'transform',
    value: JSON.stringify(value)?.slice(0, 80) ?? String(value),
  });
}

function readPair(value: unknown): [number, number] | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const [a, b]: unknown[] = value;
  return typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)
    ? [a, b]
    : undefined;
}

function collect(
  value: unknown,
  path: string,
  arcCount: number,
  out: TopoPolygons[],
  log: DiagnosticLog,
): void {
  if (!isJsonObject(value))
    return log.error('geometrien er ikke et objekt', { field: path, value: String(value) });
  const type = value['type'];
  if (type === 'GeometryCollection') {
    const members = value['geometries'];
    if (!Array.isArray(members))
      return log.error('geometries mangler', { field: path, value: String(members) });
    members.forEach((m: unknown, i) => collect(m, `${path}.geometries[${i}]`, arcCount, out, log));
    return;
  }
  if (type === null) return log.warning('geometri uden type (null) springes over', { field: path });
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return log.error('geometritypen understøttes ikke (kun Polygon og MultiPolygon)', {
      field: `${path}.type`,
      value: String(type),
    });
  }
  const polygons = type === 'Polygon' ? [value['arcs']] : value['arcs'];
  const arcs = Array.isArray(polygons)
    ? polygons.map((p: unknown) => readPolygonArcs(p, arcCount))
    : [undefined];
  const valid = arcs.filter((a) => a !== undefined);
  if (valid.length !== arcs.length || valid.length === 0) {
    return log.error('ugyldige bueindeks (arcs) i geometrien', {
      field: `${path}.arcs`,
      value: JSON.stringify(value['arcs'])?.slice(0, 80) ?? 'mangler',
    });
  }
  out.push({ path, properties: value['properties'], arcs: valid });
}

/** A polygon's rings of arc indexes: at least one ring, each with at least one index in range. */
function readPolygonArcs(value: unknown, arcCount: number): number[][] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const rings: number[][] = [];
  for (const ring of value) {
    if (!Array.isArray(ring) || ring.length === 0) return undefined;
    const indexes: number[] = [];
    for (const i of ring) {
      if (typeof i !== 'number' || !Number.isInteger(i) || i < -arcCount || i >= arcCount) {
        return undefined;
      }
      indexes.push(i);
    }
    rings.push(indexes);
  }
  return rings;
}
