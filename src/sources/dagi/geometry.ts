/** A position in lon/lat (CRS84), 2D. */
export type Position = readonly [number, number];
/** A polygon as GeoJSON writes it: an outer ring, then holes; each ring closed. */
export type PolygonCoordinates = readonly (readonly Position[])[];

/** What is wrong with a geometry, for a diagnostic. */
export interface GeometryProblem {
  readonly problem: string;
  readonly value: string;
}

/** Denmark with a margin, in CRS84 degrees: coordinates outside are in another system. */
const LON = [3, 17] as const;
const LAT = [54, 58.5] as const;

/**
 * Reads GeoJSON Polygon coordinates from parsed JSON: at least one ring, each ring closed
 * with at least four positions of finite numbers inside Denmark (lon/lat). Extra values
 * (DAGI's dummy height -999) are dropped; the rest is kept at full precision.
 */
export function readPolygon(value: unknown): PolygonCoordinates | GeometryProblem {
  if (!Array.isArray(value) || value.length === 0) {
    return { problem: 'polygonen har ingen ringe', value: preview(value) };
  }
  const rings: (readonly Position[])[] = [];
  for (const ring of value) {
    const read = readRing(ring);
    if ('problem' in read) return read;
    rings.push(read);
  }
  return rings;
}

function readRing(value: unknown): readonly Position[] | GeometryProblem {
  if (!Array.isArray(value) || value.length < 4) {
    return { problem: 'en ring skal have mindst fire punkter', value: preview(value) };
  }
  const ring: Position[] = [];
  for (const p of value) {
    const position = readPosition(p);
    if ('problem' in position) return position;
    ring.push(position);
  }
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    return {
      problem: 'ringen er ikke lukket (første og sidste punkt er forskellige)',
      value: preview(value),
    };
  }
  return ring;
}

function readPosition(value: unknown): Position | GeometryProblem {
  if (!Array.isArray(value) || value.length < 2) {
    return { problem: 'et punkt skal have længde og bredde', value: preview(value) };
  }
  const [lon, lat]: unknown[] = value;
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lon) ||
    !Number.isFinite(lat)
  ) {
    return { problem: 'et punkt skal have længde og bredde som tal', value: preview(value) };
  }
  if (lon < LON[0] || lon > LON[1] || lat < LAT[0] || lat > LAT[1]) {
    return {
      problem: `punktet ligger ikke i Danmark (længde ${LON[0]}-${LON[1]}, bredde ${LAT[0]}-${LAT[1]}); er filen i et andet koordinatsystem end CRS84 (fx UTM 32N)?`,
      value: preview(value),
    };
  }
  return [lon, lat];
}

function preview(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
