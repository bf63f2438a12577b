import {
  geoPath,
  geoTransverseMercator,
  type GeoProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Bornholm: drawn in a box near the top right, so the map is not mostly Baltic Sea. */
export const BORNHOLM = '400';

/** The API's TopoJSON: one object "municipalities", feature id = code, properties {code,name}. */
export type MunicipalityTopology = Topology<{
  municipalities: GeometryCollection<{ code: string; name: string }>;
}>;

/** One municipality as drawn: its SVG path and a point inside it (for the tooltip). */
export interface MapShape {
  readonly code: string;
  readonly name: string;
  readonly d: string;
  readonly x: number;
  readonly y: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly MapShape[];
  /** The coast of the mainland and islands (Bornholm excluded), as one path. */
  readonly coast: string;
  /** The box around Bornholm, when it is in the data. */
  readonly inset: {
    readonly x: number;
    readonly y: number;
    readonly w: number;
    readonly h: number;
  } | null;
}

const PAD = 4;
const INSET_PAD = 6;

/**
 * Height over width of the drawn map (mainland, Bornholm tucked in): the map box keeps this
 * aspect (CSS aspect-ratio), so its space is reserved before the boundaries arrive.
 */
export const MAP_ASPECT = 1.195;

/** The geometries of the municipalities in a topology (none when no boundaries are imported). */
export function municipalityGeometries(
  topology: MunicipalityTopology,
): readonly GeometryObject<{ code: string; name: string }>[] {
  return topology.objects.municipalities?.geometries ?? [];
}

/**
 * The map laid out in a box of `width` × `height` pixels: a transverse Mercator centred on
 * Denmark fitted to the mainland and islands, Bornholm moved (same scale) into a box at the
 * mainland's top right, path strings rounded to 0.1 px with points closer than a pixel
 * dropped (the map is 98 paths; this keeps the DOM small and hover fast).
 */
export function layoutMap(
  topology: MunicipalityTopology,
  width: number,
  height: number,
): MapLayout {
  const geometries = municipalityGeometries(topology);
  const empty: MapLayout = { width, height, shapes: [], coast: '', inset: null };
  if (geometries.length === 0 || width <= 0 || height <= 0) return empty;
  const mainland = geometries.filter((g) => code(g) !== BORNHOLM);
  const bornholm = geometries.find((g) => code(g) === BORNHOLM);
  const collection = (gs: readonly GeometryObject[]): GeometryCollection => ({
    type: 'GeometryCollection',
    geometries: [...gs],
  });

  const projection = geoTransverseMercator().rotate([-10.5, -56]);
  // Room for Bornholm's box is found inside the mainland's bounding box (the Kattegat).
  projection.fitExtent(
    [
      [PAD, PAD],
      [width - PAD, height - PAD],
    ],
    feature(topology, collection(mainland)),
  );
  const mainPath = pathFor(projection);

  let insetPath = mainPath;
  let inset: MapLayout['inset'] = null;
  if (bornholm) {
    const [[, my0], [mx1]] = mainPath.bounds(feature(topology, collection(mainland)));
    const b = feature(topology, collection([bornholm]));
    const [[bx0, by0], [bx1, by1]] = mainPath.bounds(b);
    const w = bx1 - bx0 + 2 * INSET_PAD;
    const h = by1 - by0 + 2 * INSET_PAD;
    const x = Math.min(mx1, width - PAD) - w;
    const y = Math.max(my0, PAD);
    const [tx, ty] = projection.translate();
    const moved = geoTransverseMercator()
      .rotate(projection.rotate())
      .scale(projection.scale())
      .translate([tx + (x + INSET_PAD - bx0), ty + (y + INSET_PAD - by0)]);
    insetPath = pathFor(moved);
    inset = { x: round(x), y: round(y), w: round(w), h: round(h) };
  }

  const shapes = geometries.map((g): MapShape => {
    const f = feature(topology, g);
    const path = code(g) === BORNHOLM ? insetPath : mainPath;
    const [x, y] = path.centroid(f);
    return {
      code: code(g),
      name: (g.properties as Properties)?.name ?? code(g),
      d: path(f) ?? '',
      x: round(Number.isFinite(x) ? x : 0),
      y: round(Number.isFinite(y) ? y : 0),
    };
  });
  const coast = mainPath(mesh(topology, collection(mainland), (a, b) => a === b)) ?? '';
  return { width, height, shapes, coast, inset };
}

type Properties = { readonly code?: string; readonly name?: string } | undefined;

function code(g: GeometryObject<{ code: string; name: string }>): string {
  return (g.properties as Properties)?.code ?? String(g.id ?? '');
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A path generator for a projection that drops points within a pixel of the last one. */
function pathFor(projection: GeoProjection) {
  const thinned: GeoStreamWrapper = { stream: (out) => projection.stream(thin(out)) };
  return geoPath(thinned).digits(1);
}

/**
 * A stream filter: within each ring or line, points closer than `min` pixels to the last kept
 * point are dropped; rings left with fewer than three points (specks) are dropped whole.
 */
function thin(out: GeoStream, min = 1): GeoStream {
  let line: [number, number][] | null = null;
  let inPolygon = false;
  return {
    point(x, y) {
      if (!line) return out.point(x, y);
      const last = line[line.length - 1];
      if (!last || Math.hypot(x - last[0], y - last[1]) >= min) line.push([x, y]);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      if (!line) return;
      if (line.length >= (inPolygon ? 3 : 2)) {
        out.lineStart();
        for (const [x, y] of line) out.point(x, y);
        out.lineEnd();
      }
      line = null;
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}
