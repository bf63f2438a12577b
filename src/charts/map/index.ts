/** @module The map of Denmark's municipalities without Observable Plot: its layout (d3-geo) and colour classes. */
export {
  BORNHOLM,
  CAPITAL_AREA,
  CAPITAL_LABEL,
  MAP_ASPECT,
  layoutMap,
  municipalityGeometries,
  type MapLayout,
  type MapShape,
  type MunicipalityTopology,
  type Rect,
} from './map-geometry.ts';
export {
  classify,
  paletteFor,
  rankValues,
  toPolarity,
  type MapClass,
  type MapScale,
  type Polarity,
} from './map-scale.ts';
