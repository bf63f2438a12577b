import { MAP_ASPECT } from '../../../charts/map/index.ts';

/** The map box: at most `height` tall and as wide as the map is at that height. */
export function boxStyle(height: number) {
  return { maxHeight: height, maxWidth: Math.round(height / MAP_ASPECT) };
}

/**
 * Where the tooltip goes: above the municipality (below it near the top), sliding sideways in
 * proportion to its position so that it never leaves the box, even on a phone.
 */
export function tooltipPosition(at: { x: number; y: number }, width: number, height: number) {
  const share = Math.round((100 * at.x) / Math.max(width, 1));
  const below = at.y < height * 0.3;
  return {
    left: at.x,
    top: at.y,
    transform: `translate(-${share}%, ${below ? '14px' : 'calc(-100% - 14px)'})`,
  };
}
