import {
  geoIdentity,
  geoPath,
  geoTransverseMercator,
  type GeoStream,
  type GeoStreamWrapper,
} from 'd3-geo';
import { feature, mesh, transform } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Bornholm: drawn in a box near the top right, so the map is not mostly Baltic Sea. */
export const BORNHOLM = '400';

/**
 * The capital area: the municipalities of the landsdele "Byen København" and "Københavns omegn".
 * They are a few pixels each on the whole map, so they are drawn again, enlarged, in a box.
 */
export const CAPITAL_AREA: ReadonlySet<string> = new Set([
  '101',
  '147',
  '151',
  '153',
  '155',
  '157',
  '159',
  '161',
  '163',
  '165',
  '167',
  '169',
  '173',
  '175',
  '183',
  '185',
  '187',
]);

/** Anholt (Norddjurs) is the land furthest east in the Kattegat: the capital's box stays east of it. */
const NORDDJURS = '707';

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

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly MapShape[];
  /** The coast of the mainland and islands (Bornholm excluded), as one path. */
  readonly coast: string;
  /** The box around Bornholm, when it is in the data. */
  readonly inset: Rect | null;
  /**
   * The capital area enlarged: its box (a label line at the top, then the shapes), the area it
   * shows on the main map, and its municipalities drawn again at the larger scale.
   */
  readonly capital: {
    readonly box: Rect;
    readonly area: Rect;
    readonly shapes: readonly MapShape[];
  } | null;
}

const PAD = 4;
const INSET_PAD = 6;
/** Room for the capital box's label line ("Hovedstadsområdet"), in pixels. */
export const CAPITAL_LABEL = 14;
const GAP = 6;

/**
 * Height over width of the drawn map (mainland, Bornholm tucked in): the map box keeps this
 * aspect (CSS aspect-ratio), so its space is reserved before the boundaries arrive.
 */
export const MAP_ASPECT = 1.195;

/**
 * The topology in the plane: every point of its arcs projected once by a transverse Mercator
 * centred on Denmark (unit scale, no translation; y down, as on screen). Everything after is
 * linear (fitting, moving Bornholm, enlarging the capital). Projecting through d3-geo's
 * spherical pipeline (clipping, adaptive resampling, trigonometry per point in each of several
 * passes) made the first layout take ≈ 670 ms in a profiled first view on a slow 2-core
 * machine; with the arcs projected once it takes ≈ 200 ms. No spherical clipping is needed (Denmark is nowhere near the antimeridian) and no resampling
 * (the boundaries' own points are dense: at a few pixels per kilometre the projected straight
 * segments are exact to well under a pixel). Kept per topology, for every size it is laid out in.
 */
function planar(topology: MunicipalityTopology): MunicipalityTopology {
  const known = planarCache.get(topology);
  if (known) return known;
  const project = geoTransverseMercator()
    .rotate([-10.5, -56])
    .scale(1)
    .translate([0, 0])
    .precision(0);
  const arcs: [number, number][][] = topology.arcs.map((arc) => {
    // A fresh decoder per arc: quantized arcs are delta-encoded from their first point (the
    // decoder restarts its running sums when its second argument is falsy).
    const decode = transform(topology.transform ?? null);
    return arc.map((p, i) => project(decode(p, i !== 0) as [number, number]) ?? [0, 0]);
  });
  const { transform: _quantized, bbox: _lonLat, ...rest } = topology;
  const result: MunicipalityTopology = { ...rest, arcs };
  planarCache.set(topology, result);
  return result;
}

const planarCache = new WeakMap<MunicipalityTopology, MunicipalityTopology>();

type MunicipalityGeometry = GeometryObject<{ code: string; name: string }>;

type MunicipalityFeature = Feature<Geometry, { code: string; name: string }>;

const featureCache = new WeakMap<MunicipalityGeometry, MunicipalityFeature>();

/** A municipality's geometry (a polygon or multipolygon, never a collection) as a feature. */
function toFeature(topology: MunicipalityTopology, g: MunicipalityGeometry): MunicipalityFeature {
  return feature(topology, g) as MunicipalityFeature;
}

/** A geometry of a (planar) topology as a GeoJSON feature, converted once. */
function cachedFeature(topology: MunicipalityTopology, g: MunicipalityGeometry) {
  let f = featureCache.get(g);
  if (!f) {
    f = toFeature(topology, g);
    featureCache.set(g, f);
  }
  return f;
}

/** The geometries of the municipalities in a topology (none when no boundaries are imported). */
export function municipalityGeometries(
  topology: MunicipalityTopology,
): readonly GeometryObject<{ code: string; name: string }>[] {
  return topology.objects.municipalities?.geometries ?? [];
}

/**
 * The map laid out in a box of `width` × `height` pixels: a transverse Mercator centred on
 * Denmark (projected once, see `planar`) fitted to the mainland and islands, Bornholm moved
 * (same scale) into a box at the mainland's top right, path strings rounded to 0.1 px with points closer than a pixel
 * dropped (the map is 98 paths; this keeps the DOM small and hover fast).
 */
export function layoutMap(
  topology: MunicipalityTopology,
  width: number,
  height: number,
): MapLayout {
  topology = planar(topology);
  const geometries = municipalityGeometries(topology);
  const empty: MapLayout = { width, height, shapes: [], coast: '', inset: null, capital: null };
  if (geometries.length === 0 || width <= 0 || height <= 0) return empty;
  const mainland = geometries.filter((g) => code(g) !== BORNHOLM);
  const bornholm = geometries.find((g) => code(g) === BORNHOLM);
  const collection = (gs: readonly GeometryObject[]): GeometryCollection => ({
    type: 'GeometryCollection',
    geometries: [...gs],
  });
  // Each municipality converted to GeoJSON once per topology (the layout measures most of them
  // several times), and collections made of those.
  const featureOf = (g: MunicipalityGeometry) => cachedFeature(topology, g);
  const features = (gs: readonly MunicipalityGeometry[]) => ({
    type: 'FeatureCollection' as const,
    features: gs.map(featureOf),
  });

  const projection = geoIdentity();
  // Room for Bornholm's box is found inside the mainland's bounding box (the Kattegat).
  projection.fitExtent(
    [
      [PAD, PAD],
      [width - PAD, height - PAD],
    ],
    features(mainland),
  );
  const mainPath = pathFor(projection);

  let insetPath = mainPath;
  let inset: MapLayout['inset'] = null;
  if (bornholm) {
    const [[, my0], [mx1]] = mainPath.bounds(features(mainland));
    const b = features([bornholm]);
    const [[bx0, by0], [bx1, by1]] = mainPath.bounds(b);
    const w = bx1 - bx0 + 2 * INSET_PAD;
    const h = by1 - by0 + 2 * INSET_PAD;
    const x = Math.min(mx1, width - PAD) - w;
    const y = Math.max(my0, PAD);
    const [tx, ty] = projection.translate();
    const moved = geoIdentity()
      .scale(projection.scale())
      .translate([tx + (x + INSET_PAD - bx0), ty + (y + INSET_PAD - by0)]);
    insetPath = pathFor(moved);
    inset = { x: round(x), y: round(y), w: round(w), h: round(h) };
  }

  const shapeOf = (g: GeometryObject<{ code: string; name: string }>, path: MapPath): MapShape => {
    const f = featureOf(g);
    const [x, y] = path.centroid(f);
    return {
      code: code(g),
      name: (g.properties as Properties)?.name ?? code(g),
      d: path(f) ?? '',
      x: round(Number.isFinite(x) ? x : 0),
      y: round(Number.isFinite(y) ? y : 0),
    };
  };
  const shapes = geometries.map((g) => shapeOf(g, code(g) === BORNHOLM ? insetPath : mainPath));
  const coast = mainPath(mesh(topology, collection(mainland), (a, b) => a === b)) ?? '';

  const capitalGeometries = mainland.filter((g) => CAPITAL_AREA.has(code(g)));
  let capital: MapLayout['capital'] = null;
  if (capitalGeometries.length > 0) {
    const [[ax0, ay0], [ax1, ay1]] = mainPath.bounds(features(capitalGeometries));
    const norddjurs = mainland.find((g) => code(g) === NORDDJURS);
    // The free sea north of Zealand: east of Anholt, below Bornholm's box, above the north coast.
    const left = norddjurs ? mainPath.bounds(featureOf(norddjurs))[1][0] + GAP : width / 2;
    const right = width - PAD;
    const top = inset ? inset.y + inset.h + GAP : PAD;
    const northCoast = Math.min(
      ...mainland
        .filter((g) => !CAPITAL_AREA.has(code(g)))
        .map((g) => mainPath.bounds(featureOf(g)))
        .filter(([[x0], [x1]]) => x1 > left && x0 < right)
        .map(([[, y0]]) => y0),
      ay0,
    );
    const bottom = northCoast - GAP;
    const k = Math.min(
      (right - left - 2 * INSET_PAD) / (ax1 - ax0),
      (bottom - top - 2 * INSET_PAD - CAPITAL_LABEL) / (ay1 - ay0),
    );
    if (k > 1) {
      const w = (ax1 - ax0) * k + 2 * INSET_PAD;
      const h = (ay1 - ay0) * k + 2 * INSET_PAD + CAPITAL_LABEL;
      const x = right - w;
      const y = bottom - h;
      const [tx, ty] = projection.translate();
      // Scaling by k about the area's corner, then moving that corner into the box.
      const ox = x + INSET_PAD;
      const oy = y + INSET_PAD + CAPITAL_LABEL;
      const zoomed = geoIdentity()
        .scale(projection.scale() * k)
        .translate([ox + (tx - ax0) * k, oy + (ty - ay0) * k]);
      const zoomedPath = pathFor(zoomed);
      capital = {
        box: { x: round(x), y: round(y), w: round(w), h: round(h) },
        area: { x: round(ax0), y: round(ay0), w: round(ax1 - ax0), h: round(ay1 - ay0) },
        shapes: capitalGeometries.map((g) => shapeOf(g, zoomedPath)),
      };
    }
  }
  return { width, height, shapes, coast, inset, capital };
}

type MapPath = ReturnType<typeof pathFor>;

type Properties = { readonly code?: string; readonly name?: string } | undefined;

function code(g: GeometryObject<{ code: string; name: string }>): string {
  return (g.properties as Properties)?.code ?? String(g.id ?? '');
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A path generator for a (planar) projection that drops points within a pixel of the last one. */
function pathFor(projection: GeoStreamWrapper) {
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
