/** Width of the bar in px; the theme's rows share one scale, so bars compare down the table. */
const WIDTH = 120;
const HEIGHT = 14;

/**
 * The corridor of a potential as a small bar on the theme's scale: the range across benchmark
 * levels, zero as a tick, and the chosen level's potential as a dot. Decoration beside the
 * numbers, which say the same in text (so hidden from screen readers).
 */
export function CorridorBar({
  min,
  max,
  value,
  scale,
}: {
  readonly min: number;
  readonly max: number;
  readonly value: number;
  readonly scale: readonly [number, number];
}) {
  const [lo, hi] = scale;
  const x = (v: number) => (hi > lo ? 4 + ((v - lo) / (hi - lo)) * (WIDTH - 8) : WIDTH / 2);
  return (
    <svg
      className="corridor-bar"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={x(0)} x2={x(0)} y1={1} y2={HEIGHT - 1} className="corridor-zero" />
      <line x1={x(min)} x2={x(max)} y1={HEIGHT / 2} y2={HEIGHT / 2} className="corridor-range" />
      <circle cx={x(value)} cy={HEIGHT / 2} r={3.5} className="corridor-value" />
    </svg>
  );
}

/** The theme's scale for the bars: every corridor end and zero. */
export function corridorScale(
  rows: readonly {
    readonly corridor: {
      readonly min: { signed: number } | null;
      readonly max: { signed: number } | null;
    };
  }[],
): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    if (r.corridor.min) lo = Math.min(lo, r.corridor.min.signed);
    if (r.corridor.max) hi = Math.max(hi, r.corridor.max.signed);
  }
  return [lo, hi];
}
