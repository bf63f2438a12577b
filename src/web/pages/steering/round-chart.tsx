import * as Plot from '@observablehq/plot';
import type { RoundDocument } from '../../api/index.ts';
import { PlotFigure, tickFormat } from '../../charts/index.ts';
import { useI18n } from '../../i18n/index.ts';

type Comparison = NonNullable<RoundDocument['comparison']>;

interface Bar {
  readonly centre: string;
  readonly name: string;
  readonly mean: number;
}

const BAR = '#3b6e98';
const INK = '#1d2b36';

/**
 * Each municipality's mean per centre as horizontal bars, one panel per centre, with the
 * round's mean as a rule; the table beside it (RoundComparison) holds the same numbers.
 */
export function RoundChart({ comparison }: { readonly comparison: Comparison }) {
  const { t, locale } = useI18n();
  const r = t.steering.round;
  const centreName = (id: string) => t.steering.centres[id] ?? id;
  const bars: Bar[] = comparison.municipalities.flatMap((m) =>
    m.centres.flatMap((c) =>
      c.mean === null
        ? []
        : [{ centre: centreName(c.id), name: m.municipality.name, mean: c.mean }],
    ),
  );
  const average = comparison.average.flatMap((c) =>
    c.mean === null ? [] : [{ centre: centreName(c.id), mean: c.mean }],
  );
  const names = comparison.municipalities.map((m) => m.municipality.name);
  const facets = comparison.average.map((c) => centreName(c.id));
  const height = 60 + facets.length * (names.length * 24 + 44);
  if (bars.length === 0) return null;
  return (
    <PlotFigure
      height={height}
      summary={r.chartSummary(names.length)}
      deps={[comparison]}
      className="steering-round-chart"
      build={(width) => ({
        width,
        height,
        marginLeft: Math.min(140, Math.round(width * 0.35)),
        marginRight: 16,
        marginTop: 16,
        marginBottom: 36,
        x: {
          domain: [1, 5],
          ticks: [1, 2, 3, 4, 5],
          label: r.scale,
          grid: true,
          tickFormat: tickFormat(locale),
        },
        y: { domain: names, label: null, insetTop: 22 },
        // Each panel names its centre above its bars (an axis beside them would crowd a phone).
        fy: { domain: facets, label: null, axis: null },
        marks: [
          Plot.barX(bars, {
            x1: 1,
            x2: 'mean',
            y: 'name',
            fy: 'centre',
            fill: BAR,
            ariaHidden: 'true',
          }),
          Plot.text(facets, {
            fy: (d: string) => d,
            text: (d: string) => d,
            frameAnchor: 'top-left',
            dx: -Math.min(140, Math.round(width * 0.35)) + 4,
            dy: 4,
            fontWeight: 600,
            fontSize: 12,
            fill: INK,
            ariaHidden: 'true',
          }),
          Plot.ruleX(average, {
            x: 'mean',
            fy: 'centre',
            stroke: INK,
            strokeWidth: 2,
            strokeDasharray: '4 3',
            ariaHidden: 'true',
          }),
        ],
      })}
    />
  );
}
