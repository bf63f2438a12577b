import type { MapShape } from '../../../charts/map/index.ts';
import { tooltipPosition } from './box.ts';
import type { MapTexts } from './texts.ts';

/**
 * The value and rank beside the active municipality; hidden from screen readers, which read
 * the shape's label instead.
 */
export function MapTooltip({
  shape,
  width,
  height,
  texts,
}: {
  readonly shape: MapShape;
  readonly width: number;
  readonly height: number;
  readonly texts: MapTexts;
}) {
  const rank = texts.rankText(shape.code);
  return (
    <div className="dm-tooltip" aria-hidden="true" style={tooltipPosition(shape, width, height)}>
      <strong>{shape.name}</strong>
      <span>{texts.valueText(shape.code)}</span>
      {rank ? <span>{rank}</span> : null}
    </div>
  );
}
