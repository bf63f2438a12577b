import type { MapLayout, MapShape } from '../../../charts/map/index.ts';
import type { MapTarget } from './pointer.ts';

/** The outlines drawn over the shapes, each on the main map and in the capital's box. */
export interface MapMarks {
  /** The active municipality (pointer or focus): main map, capital box. */
  readonly active: readonly [MapShape | undefined, MapShape | undefined];
  /** The shape the tooltip stands beside: the one the user points at or has focused. */
  readonly tip: MapShape | undefined;
  readonly selected: readonly [MapShape | undefined, MapShape | undefined];
  /** The highlighted municipalities: those on the main map, then those in the capital box. */
  readonly highlighted: readonly MapShape[];
}

/** Which shapes get an outline: the active, the selected and the highlighted municipalities. */
export function mapMarks(
  layout: MapLayout | null,
  state: {
    readonly active: MapTarget | null;
    readonly selected?: string | undefined;
    readonly highlight?: readonly string[] | undefined;
  },
): MapMarks {
  const { active, selected, highlight } = state;
  const shapeOf = (code: string | null | undefined) =>
    code ? layout?.shapes.find((s) => s.code === code) : undefined;
  const capitalShapeOf = (code: string | null | undefined) =>
    code ? layout?.capital?.shapes.find((s) => s.code === code) : undefined;
  const activeShape = shapeOf(active?.code);
  const activeCapitalShape = capitalShapeOf(active?.code);
  const highlighted = layout ? layout.shapes.filter((s) => highlight?.includes(s.code)) : [];
  const highlightedCapital = layout?.capital
    ? layout.capital.shapes.filter((s) => highlight?.includes(s.code))
    : [];
  return {
    active: [activeShape, activeCapitalShape],
    tip: active?.capital ? activeCapitalShape : activeShape,
    selected: [shapeOf(selected), capitalShapeOf(selected)],
    highlighted: [...highlighted, ...highlightedCapital],
  };
}
