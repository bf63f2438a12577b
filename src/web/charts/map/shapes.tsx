import type { ReactElement } from 'react';
import {
  CAPITAL_AREA,
  type MapLayout,
  type MapScale,
  type MapShape,
} from '../../../charts/map/index.ts';

/** The municipalities' paths: on the main map, and again in the capital's box. */
export interface MapShapes {
  readonly main: readonly ReactElement[];
  readonly capital: readonly ReactElement[];
}

/**
 * The fill of a municipality: its class's colour, or the hatching (`url(#hatchId)`) when it
 * has no value.
 */
export function fillOf(scale: MapScale, value: number | null, hatchId: string): string {
  const c = scale.classOf(value);
  return c < 0 ? `url(#${hatchId})` : (scale.classes[c]?.color ?? '#ccc');
}

/**
 * One focusable path per municipality, in Danish alphabetical order (the tab order). A capital
 * municipality is reached by keyboard and screen reader in the capital's box only, where it is
 * larger: one tab stop each. The pointer may use either.
 */
export function drawShapes(
  layout: MapLayout,
  options: {
    readonly fill: (code: string) => string;
    readonly label: (code: string, name: string) => string;
    /** Whether a municipality can be chosen (a button), or is only shown (an image). */
    readonly interactive: boolean;
  },
): MapShapes {
  const draw = (list: readonly MapShape[], inCapitalBox: boolean) =>
    [...list]
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((s) => {
        const hidden = !inCapitalBox && layout.capital !== null && CAPITAL_AREA.has(s.code);
        return (
          <path
            key={s.code}
            d={s.d}
            data-code={s.code}
            data-capital={inCapitalBox ? '' : undefined}
            className="dm-shape"
            fill={options.fill(s.code)}
            tabIndex={hidden ? -1 : 0}
            aria-hidden={hidden ? true : undefined}
            role={options.interactive ? 'button' : 'img'}
            aria-label={options.label(s.code, s.name)}
          />
        );
      });
  return { main: draw(layout.shapes, false), capital: draw(layout.capital?.shapes ?? [], true) };
}
