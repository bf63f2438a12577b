import * as Plot from '@observablehq/plot';
import { PlotFigure, tickFormat } from '../../charts/index.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatMoney } from './figure-info.ts';
import { waterfallHeight, type WaterfallStep } from './top-potentials.ts';

/** Below this width the axis names the bars by their number in the list. */
const NARROW = 560;

/** A step with the words it is drawn with. */
interface Bar extends WaterfallStep {
  /** The axis label: "3. Folkeskoler" (or "3" on a phone), "Øvrige", "I alt". */
  readonly label: string;
  /** The bar's name in full for the table. */
  readonly name: string;
  /** The amount as the page writes it. */
  readonly amount: string;
}

/**
 * The waterfall from the largest potentials to the package total (Observable Plot): each
 * figure's bar starts where the one before ended, the other figures follow as one bar, and
 * the total is drawn from zero, so the chart ends exactly at the total shown above it. The
 * steps come from `waterfall()`; amounts in millions of kroner at the package's price level.
 */
export function WaterfallChart({
  steps,
  amounts,
  names,
  prices,
  unit,
}: {
  readonly steps: readonly WaterfallStep[];
  /** What each step's label says, kr. (`shownAmounts`: the labels add up to the total). */
  readonly amounts: readonly number[];
  /** The figure's name in the current language, by id. */
  readonly names: ReadonlyMap<string, { readonly full: string; readonly short: string }>;
  /** The price level in words ("2023-priser"). */
  readonly prices: string;
  /** The unit with the price level ("kr., 2023-priser"). */
  readonly unit: string;
}) {
  const { t, f, locale } = useI18n();
  const m = t.municipality.overview.chart;
  const bars = (narrow: boolean): Bar[] =>
    steps.map((s, i) => {
      const shown = amounts[i] ?? s.value;
      if (s.kind === 'figure') {
        const n = names.get(s.keyFigureId ?? '');
        const full = n?.full ?? s.keyFigureId ?? '';
        return {
          ...s,
          label: narrow ? String(s.rank) : `${s.rank}. ${n?.short ?? full}`,
          name: `${s.rank}. ${full}`,
          amount: formatMoney(f, shown),
        };
      }
      if (s.kind === 'rest')
        return {
          ...s,
          label: narrow ? m.restShort : m.rest(s.count ?? 0),
          name: m.rest(s.count ?? 0),
          amount: shown !== s.value ? f.mkr(shown) : formatMoney(f, shown),
        };
      return {
        ...s,
        label: narrow ? m.totalShort : m.total,
        name: m.total,
        amount: f.mkr(shown),
      };
    });
  const full = bars(false);
  const figures = steps.filter((s) => s.kind === 'figure');
  const rest = steps.find((s) => s.kind === 'rest');
  const total = steps.find((s) => s.kind === 'total');
  const summary = `${m.summary({
    top: figures.length,
    topSum: f.mkr(figures.reduce((sum, s) => sum + s.value, 0)),
    rest: rest ? f.mkr(amounts[steps.indexOf(rest)] ?? rest.value) : null,
    total: f.mkr(total?.value ?? 0),
  })} (${unit})`;
  const height = waterfallHeight(steps.length);

  const table = (
    <DataTable
      caption={m.tableCaption(unit)}
      rowKey={(b) => `${b.kind}-${b.keyFigureId ?? ''}`}
      rows={full}
      columns={[
        { key: 'part', header: m.part, rowHeader: true, cell: (b) => b.name },
        { key: 'amount', header: m.amount, numeric: true, cell: (b) => b.amount },
        {
          key: 'running',
          header: m.running,
          numeric: true,
          cell: (b) => (b.kind === 'total' ? '' : f.mkr(b.end)),
        },
      ]}
    />
  );

  return (
    <PlotFigure
      className="muni-waterfall"
      height={height}
      summary={summary}
      table={table}
      deps={[steps, amounts, names, prices]}
      build={(width) => {
        const narrow = width < NARROW;
        const data = bars(narrow);
        const links = data.slice(0, -1).map((b, i) => ({
          x: b.end / 1e6,
          from: b.label,
          to: data[i + 1]?.label ?? b.label,
        }));
        return {
          width,
          height,
          marginLeft: narrow ? 56 : Math.min(270, Math.round(width * 0.34)),
          marginRight: 92,
          marginBottom: 34,
          style: { fontSize: '12px' },
          x: {
            label: m.axis(prices),
            labelAnchor: 'right',
            labelArrow: 'none',
            grid: true,
            nice: true,
            tickFormat: tickFormat(locale),
          },
          y: { label: null, domain: data.map((b) => b.label), padding: 0.25 },
          marks: [
            Plot.barX(data, {
              y: 'label',
              x1: (b: Bar) => b.start / 1e6,
              x2: (b: Bar) => b.end / 1e6,
              fill: (b: Bar) =>
                b.kind === 'total' ? '#17324d' : b.kind === 'rest' ? '#8497ab' : '#0b5cad',
              ariaHidden: 'true',
            }),
            Plot.link(links, {
              x1: 'x',
              x2: 'x',
              y1: 'from',
              y2: 'to',
              stroke: '#4a5562',
              strokeDasharray: '2 2',
              ariaHidden: 'true',
            }),
            Plot.ruleX([0], { stroke: '#1b1f24', ariaHidden: 'true' }),
            Plot.text(data, {
              y: 'label',
              x: (b: Bar) => Math.max(b.start, b.end) / 1e6,
              text: 'amount',
              dx: 4,
              textAnchor: 'start',
              fill: '#1b1f24',
              ariaHidden: 'true',
            }),
          ],
        };
      }}
    />
  );
}
