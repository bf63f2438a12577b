import { useI18n, type Formats } from '../../i18n/index.ts';
import type { MapScale } from '../../../charts/map/index.ts';

/** Diagonal grey hatching: "no value", told apart from every colour without relying on hue. */
export function Hatch({ id }: { readonly id: string }) {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width="6"
      height="6"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="#eef0f2" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#7d8790" strokeWidth="2" />
    </pattern>
  );
}

/** The colour classes with their ranges and counts, and the hatching for missing values. */
export function Legend({
  scale,
  hatchId,
  title,
  polarity,
  missing,
  unit,
}: {
  readonly scale: MapScale;
  readonly hatchId: string;
  readonly title: string;
  readonly polarity: string;
  readonly missing: number;
  readonly unit: string;
}) {
  const { t, f } = useI18n();
  const tm = t.home.denmarkMap;
  const range = legendRange(f, unit);
  return (
    <div className="dm-legend-body">
      <p className="dm-legend-title">{title}</p>
      <p className="dm-legend-polarity">
        {polarity} {scale.classes.length > 1 ? tm.darkerIsHigher : ''}
      </p>
      <ul className="dm-legend-list" aria-label={tm.legend}>
        {scale.classes.map((c) => (
          <li key={c.color}>
            <Swatch fill={c.color} />
            <span className="dm-legend-range">{range(c.min, c.max)}</span>
            <span className="dm-legend-count">{tm.count(c.count)}</span>
          </li>
        ))}
        {missing > 0 ? (
          <li>
            <Swatch fill={`url(#${hatchId})`} />
            <span className="dm-legend-range">{tm.noValue}</span>
            <span className="dm-legend-count">{tm.count(missing)}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Swatch({ fill }: { readonly fill: string }) {
  return (
    <svg className="dm-swatch" width="22" height="14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="21" height="13" fill={fill} />
    </svg>
  );
}

/** A colour class's range in words: "1.234–2.345 kr. pr. indb.", or one value when min is max. */
export function legendRange(f: Formats, unit: string): (min: number, max: number) => string {
  return (min, max) =>
    min === max ? f.withUnit(min, unit) : f.attachUnit(`${f.auto(min)}–${f.auto(max)}`, unit);
}
