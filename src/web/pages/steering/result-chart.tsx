import * as Plot from '@observablehq/plot';
import { PlotFigure, tickFormat } from '../../charts/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { GRADE_THRESHOLDS } from '../../../core/index.ts';

/** One bar of a centre's chart: the self-score, an average, or the data score. */
export interface CentreBar {
  readonly key: string;
  readonly label: string;
  /** A shorter label for the chart (the table has the whole). */
  readonly short?: string;
  readonly value: number | null;
  /** The participants in an average (null for the municipality's own scores). */
  readonly n: number | null;
}

const COLOURS: Readonly<Record<string, string>> = {
  own: '#0b5cad',
  peers: '#6b9bd1',
  all: '#9cb0c4',
  data: '#1d6b3a',
};
const INK = '#1b1f24';
/** Each bar's row: its name above, the bar below (names never squeezed at 360 px). */
const ROW = 46;

/**
 * A centre's scores as horizontal bars on the 1–5 scale: the self-score, the peer group's and
 * all participants' averages (and the data score), each bar's name written above it and its
 * value at its end (colour is never alone); the grade thresholds 3 and 4 as dashed lines. The
 * table holds the same numbers with the number of participants.
 */
export function CentreChart({
  centre,
  bars,
}: {
  readonly centre: string;
  readonly bars: readonly CentreBar[];
}) {
  const { t, f, locale } = useI18n();
  const k = t.steeringResult.comparison;
  const score = (v: number | null) => f.number(v, 2);
  const value = (key: string) => bars.find((b) => b.key === key)?.value ?? null;
  const summary = k.summary(
    centre,
    score(value('own')),
    score(value('peers')),
    score(value('all')),
  );
  const height = 36 + bars.length * ROW;
  const shown = bars.filter((b) => b.value !== null);
  const columns: readonly Column<CentreBar>[] = [
    { key: 'series', header: k.series, rowHeader: true, cell: (b) => b.label },
    { key: 'score', header: k.score, numeric: true, cell: (b) => score(b.value) },
    {
      key: 'n',
      header: k.participants,
      numeric: true,
      cell: (b) => (b.n === null ? '' : String(b.n)),
    },
  ];
  return (
    <div className="steering-chart" data-testid="steering-centre-chart">
      <PlotFigure
        height={height}
        summary={summary}
        deps={[bars]}
        table={
          <DataTable
            caption={k.caption(centre)}
            columns={columns}
            rows={bars}
            rowKey={(b) => b.key}
          />
        }
        build={(width) => ({
          width,
          height,
          marginLeft: 8,
          marginRight: 16,
          marginTop: 4,
          marginBottom: 32,
          x: {
            domain: [1, 5],
            label: k.axis,
            grid: true,
            ticks: [1, 2, 3, 4, 5],
            tickFormat: tickFormat(locale),
          },
          y: { domain: bars.map((b) => b.key), axis: null, paddingInner: 0, paddingOuter: 0 },
          marks: [
            Plot.barX(shown, {
              x1: 1,
              x2: (b: CentreBar) => b.value,
              y: 'key',
              fill: (b: CentreBar) => COLOURS[b.key] ?? INK,
              insetTop: ROW / 2,
              insetBottom: 4,
              ariaHidden: 'true',
            }),
            Plot.text(bars, {
              x: 1,
              y: 'key',
              text: (b: CentreBar) =>
                `${b.short ?? b.label}${b.n === null ? '' : ` (n = ${b.n})`}: ${score(b.value)}`,
              textAnchor: 'start',
              lineAnchor: 'bottom',
              dy: -2,
              fill: INK,
              fontSize: 12,
              lineWidth: Math.max(10, (width - 24) / 12),
              textOverflow: 'ellipsis',
              ariaHidden: 'true',
            }),
            Plot.ruleX([GRADE_THRESHOLDS.B, GRADE_THRESHOLDS.A], {
              stroke: INK,
              strokeDasharray: '4 3',
              ariaHidden: 'true',
            }),
            Plot.ruleX([1], { stroke: INK, ariaHidden: 'true' }),
          ],
        })}
      />
    </div>
  );
}
