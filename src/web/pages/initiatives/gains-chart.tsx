import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import { ChartLegend, PlotFigure, tickFormat, type LegendEntry } from '../../charts/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** One group's bar pair: the expected gain (light, behind) and the realised (dark, in front). */
export interface GainsBar {
  readonly key: string;
  readonly label: string;
  readonly expected: number;
  readonly realised: number;
}

const EXPECTED = '#9cc3e6';
const REALISED = '#0b5cad';
const INK = '#1b1f24';
/** Each group's row: its name above, the two bars below (names never squeezed at 360 px). */
const ROW = 60;

/**
 * Expected and realised gains per group as horizontal bars in millions of kroner, each group's
 * name written above its bars (long type names fit a phone); the table holds the same numbers.
 */
export function GainsChart({
  bars,
  summary,
  level,
  table,
}: {
  readonly bars: readonly GainsBar[];
  readonly summary: string;
  /** The price level in words, for the axis ("2024-priser"). */
  readonly level: string;
  readonly table: ReactNode;
}) {
  const { t, locale } = useI18n();
  const o = t.initiatives.overview;
  const legend: LegendEntry[] = [
    { label: o.expected, colour: EXPECTED, swatch: true },
    { label: o.realised, colour: REALISED, swatch: true },
  ];
  const height = 40 + bars.length * ROW;
  const unit = locale === 'da' ? `mio. kr., ${level}` : `DKK m, ${level}`;
  const mio = (v: number) => v / 1e6;
  return (
    <div className="initiatives-chart" data-testid="initiatives-chart">
      <ChartLegend entries={legend} />
      <PlotFigure
        height={height}
        summary={summary}
        table={table}
        deps={[bars]}
        build={(width) => ({
          width,
          height,
          marginLeft: 8,
          marginRight: 24,
          marginTop: 8,
          marginBottom: 32,
          x: {
            label: `${unit} →`,
            grid: true,
            tickFormat: tickFormat(locale),
            domain: [0, Math.max(1e-9, ...bars.map((b) => mio(Math.max(b.expected, b.realised))))],
            nice: true,
          },
          y: { domain: bars.map((b) => b.key), axis: null, paddingInner: 0, paddingOuter: 0 },
          marks: [
            Plot.barX(bars, {
              x: (b: GainsBar) => mio(Math.max(0, b.expected)),
              y: 'key',
              fill: EXPECTED,
              insetTop: ROW / 2 - 6,
              insetBottom: 4,
              ariaHidden: 'true',
            }),
            Plot.barX(bars, {
              x: (b: GainsBar) => mio(Math.max(0, b.realised)),
              y: 'key',
              fill: REALISED,
              insetTop: ROW / 2 + 1,
              insetBottom: 11,
              ariaHidden: 'true',
            }),
            Plot.text(bars, {
              x: 0,
              y: 'key',
              text: (b: GainsBar) => b.label,
              textAnchor: 'start',
              lineAnchor: 'bottom',
              dx: 4,
              dy: -8,
              fill: INK,
              fontSize: 13,
              // In ems of the 13 px font: the name is cut with … where the row ends.
              lineWidth: Math.max(10, (width - 40) / 13),
              textOverflow: 'ellipsis',
              ariaHidden: 'true',
            }),
            Plot.ruleX([0], { stroke: INK, ariaHidden: 'true' }),
          ],
        })}
      />
    </div>
  );
}
