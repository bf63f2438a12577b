import { z } from '@hono/zod-openapi';

// `GET /geo/municipalities` and `/geo/regions`: TopoJSON (topojson-server, quantised 1e4).

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const position = list(z.number());

const geometry = o({
  type: z.enum(['MultiPolygon', 'Polygon']),
  id: z.string().optional(),
  properties: o({ code: z.string(), name: z.string() }),
  arcs: list(list(list(z.number()))).or(list(list(z.number()))),
}).openapi('TopoGeometry');

export const TopologyDocument = o({
  type: z.literal('Topology'),
  bbox: list(z.number()).optional(),
  transform: o({ scale: position, translate: position }).optional(),
  objects: z.record(
    z.string(),
    o({ type: z.literal('GeometryCollection'), geometries: list(geometry) }),
  ),
  arcs: list(list(position)),
  attribution: z.string(),
}).openapi('TopologyDocument');
