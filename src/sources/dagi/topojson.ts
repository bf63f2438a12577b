import { feature, merge } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { emptyParsedSource, type ParsedSource } from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { decodeText } from '../text/index.ts';
import type { AreaRef } from './area.ts';
import { BoundaryCollector } from './boundaries.ts';
import { readPolygon, type PolygonCoordinates } from './geometry.ts';
import { parseJsonText } from './json.ts';
import { readTopology, type TopoPolygons } from './topology.ts';

/**
 * Parses DAGI boundaries as TopoJSON (municipalities with KOMKODE "0101", or regions with
 * REGIONKODE 1081-1085) into one MultiPolygon per municipality or region, named from DST's
 * list. Christiansø (0411) is left out with an info diagnostic.
 *
 * The polygons of an area are decoded one by one with topojson-client's `feature` and
 * collected, keeping rings and holes exactly as published (in the 2014 DAGI files an
 * area's islands never share an arc, so this equals dissolving them). Only when two
 * polygons of the same area share an arc are they dissolved with topojson-client's `merge`,
 * which removes the shared boundary.
 * @example parseDagiTopojson(bytes, 'kommuner.topojson').boundaries?.length // 98
 */
export function parseDagiTopojson(bytes: Uint8Array, fileName: string): ParsedSource {
  // JSON is often written on one line: only its depth and the file's size are limited.
  const { text } = decodeText(bytes, fileName, { maxLineBytes: Infinity });
  const log = new DiagnosticLog(fileName);
  if (text.trim() === '') log.refuse('filen er tom', { line: 1 });
  const { topology, geometries } = readTopology(parseJsonText(text, log), log);
  const collector = new BoundaryCollector(log, text);
  const groups = new Map<string, { area: AreaRef; members: TopoPolygons[] }>();
  for (const geometry of geometries) {
    const area = collector.area(geometry.properties, geometry.path);
    if (!area) continue;
    // Before any dissolving: two copies of a polygon share all their arcs and would cancel.
    collector.noteParts(area, geometry.arcs);
    const key = `${area.level}:${area.code}`;
    const group = groups.get(key) ?? { area, members: [] };
    group.members.push(geometry);
    groups.set(key, group);
  }
  for (const { area, members } of groups.values()) {
    const decoded = sharesArcs(members)
      ? dissolve(topology, members)
      : members.flatMap((m) => decode(topology, m));
    const polygons: PolygonCoordinates[] = [];
    for (const { path, coordinates } of decoded) {
      const polygon = readPolygon(coordinates);
      if ('problem' in polygon) collector.problem(path, polygon);
      else polygons.push(polygon);
    }
    collector.add(area, polygons);
  }
  const boundaries = collector.finish();
  return { ...emptyParsedSource('dagi-topojson', fileName), boundaries, diagnostics: log.finish() };
}

interface Decoded {
  readonly path: string;
  readonly coordinates: unknown;
}

function decode(topology: Topology, member: TopoPolygons): Decoded[] {
  return member.arcs.map((rings, i) => ({
    path: member.arcs.length > 1 ? `${member.path}.arcs[${i}]` : member.path,
    coordinates: feature(topology, { type: 'Polygon', arcs: rings.map((r) => [...r]) }).geometry
      .coordinates,
  }));
}

function dissolve(topology: Topology, members: readonly TopoPolygons[]): Decoded[] {
  const objects = members.map((m) => ({
    type: 'MultiPolygon' as const,
    arcs: m.arcs.map((rings) => rings.map((r) => [...r])),
  }));
  const path = members.map((m) => m.path).join(' + ');
  return merge(topology, objects).coordinates.map((coordinates) => ({ path, coordinates }));
}

/** True when two polygons of the area use the same arc (a boundary inside the area). */
function sharesArcs(members: readonly TopoPolygons[]): boolean {
  const seen = new Set<number>();
  for (const polygon of members.flatMap((m) => m.arcs)) {
    const own = new Set(polygon.flat().map((i) => (i < 0 ? ~i : i)));
    for (const arc of own) {
      if (seen.has(arc)) return true;
      seen.add(arc);
    }
  }
  return false;
}
