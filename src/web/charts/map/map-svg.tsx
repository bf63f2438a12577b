import { CAPITAL_LABEL, type MapLayout } from '../../../charts/map/index.ts';
import type { MapMarks } from './marks.ts';
import type { MapHandlers } from './pointer.ts';
import type { MapShapes } from './shapes.tsx';

export interface MapSvgProps {
  readonly layout: MapLayout;
  /** The municipalities' paths (drawShapes), memoised by the caller. */
  readonly shapes: MapShapes | null;
  readonly marks: MapMarks;
  /** The svg's accessible name: "Kort over kommunerne: …, 2023". */
  readonly label: string;
  /** The capital box's title and its group's name: "Hovedstadsområdet". */
  readonly capitalLabel: string;
  readonly interactive: boolean;
  readonly handlers?: Partial<MapHandlers>;
}

/**
 * The map itself, as SVG: Bornholm's box, the capital's box, the shapes, the coast, the frame
 * of the capital area, then the outlines of the highlighted, selected and active
 * municipalities on top. Pure: the same props give the same markup.
 */
export function MapSvg({
  layout,
  shapes,
  marks,
  label,
  capitalLabel,
  interactive,
  handlers,
}: MapSvgProps) {
  const capital = layout.capital;
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={label}
      className={interactive ? 'dm-svg dm-interactive' : 'dm-svg'}
    >
      {layout.inset ? (
        <rect
          className="dm-inset"
          x={layout.inset.x}
          y={layout.inset.y}
          width={layout.inset.w}
          height={layout.inset.h}
        />
      ) : null}
      {capital ? (
        <rect
          className="dm-capital-box"
          x={capital.box.x}
          y={capital.box.y}
          width={capital.box.w}
          height={capital.box.h}
        />
      ) : null}
      <g {...handlers}>
        {shapes?.main}
        {capital ? (
          <g role="group" aria-label={capitalLabel}>
            {shapes?.capital}
          </g>
        ) : null}
      </g>
      <path className="dm-coast" d={layout.coast} />
      {capital ? (
        <>
          <rect
            className="dm-capital-area"
            x={capital.area.x}
            y={capital.area.y}
            width={capital.area.w}
            height={capital.area.h}
          />
          <text
            className="dm-capital-label"
            x={capital.box.x + 6}
            y={capital.box.y + CAPITAL_LABEL - 1}
            aria-hidden="true"
            // A phone's box is narrower than the word: squeezed a little to fit.
            {...(capital.box.w < 115
              ? { textLength: capital.box.w - 10, lengthAdjust: 'spacingAndGlyphs' }
              : {})}
          >
            {capitalLabel}
          </text>
        </>
      ) : null}
      {marks.highlighted.map((s, i) => (
        <path key={`${i}-${s.code}`} className="dm-highlight" d={s.d} />
      ))}
      {marks.selected.map((s, i) => (s ? <path key={i} className="dm-selected" d={s.d} /> : null))}
      {marks.active.map((s, i) =>
        s ? (
          <g key={i}>
            <path className="dm-active-halo" d={s.d} />
            <path className="dm-active" d={s.d} />
          </g>
        ) : null,
      )}
    </svg>
  );
}
