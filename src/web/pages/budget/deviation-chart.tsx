import * as Plot from '@observablehq/plot';
import type { DeviationArea, DeviationYear } from '../../api/index.ts';
import { ChartLegend, PlotFigure, tickFormat, type LegendEntry } from '../../charts/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatPercent } from '../../../core/index.ts';
import { signedAmount, signedKr, signedPercent } from './amounts.ts';

const ABOVE = '#a3201f';
const WITHIN = '#9cc3e6';
const INK = '#1b1f24';
const HEIGHT = 280;

/**
 * The chosen area's deviation per year as bars in per cent of the budget, with the threshold
 * as dashed lines either side of zero; a year beyond it is dark and marked ▲ above its bar
 * (the mark and the legend say it, not the colour alone). The table holds budget, accounts
 * and the deviation per year.
 */
export function DeviationChart({
  area,
  threshold,
  unit,
}: {
  readonly area: DeviationArea;
  readonly threshold: number;
  readonly unit: string;
}) {
  const { t, locale } = useI18n();
  const c = t.budget.chart;
  const years = area.years.filter((y) => y.percent !== null);
  const exceeding = area.years.filter((y) => y.exceeds).map((y) => String(y.year));
  const legend: LegendEntry[] = [
    { label: `${t.budget.exceedsMark} ${c.above}`, colour: ABOVE, swatch: true },
    { label: c.within, colour: WITHIN, swatch: true },
    { label: c.threshold(formatPercent(locale, threshold, 0)), colour: INK, dashed: true },
  ];
  const extent = Math.max(threshold * 1.5, ...years.map((y) => Math.abs(y.percent ?? 0)));
  const summary = c.summary(
    area.name,
    area.area,
    exceeding.length > 0 ? exceeding.join(', ') : c.noneExceed,
  );
  return (
    <div className="budget-chart" data-testid="budget-chart">
      <ChartLegend entries={legend} />
      <PlotFigure
        height={HEIGHT}
        summary={summary}
        table={<YearsTable area={area} unit={unit} />}
        deps={[area, threshold]}
        build={(width) => ({
          width,
          height: HEIGHT,
          marginLeft: 48,
          marginTop: 24,
          marginBottom: 32,
          x: {
            type: 'band',
            domain: area.years.map((y) => String(y.year)),
            label: null,
            padding: 0.4,
          },
          y: {
            domain: [-extent * 1.15, extent * 1.15],
            label: `↑ ${c.axis}`,
            grid: true,
            tickFormat: tickFormat(locale),
          },
          marks: [
            Plot.barY(years, {
              x: (y: DeviationYear) => String(y.year),
              y: (y: DeviationYear) => y.percent,
              fill: (y: DeviationYear) => (y.exceeds ? ABOVE : WITHIN),
              ariaHidden: 'true',
            }),
            Plot.text(
              years.filter((y) => y.exceeds),
              {
                x: (y: DeviationYear) => String(y.year),
                y: (y: DeviationYear) => y.percent,
                // On a narrow chart the sign alone (the per cent is in the table).
                text: (y: DeviationYear) =>
                  width < 560
                    ? t.budget.exceedsMark
                    : `${t.budget.exceedsMark} ${signedPercent(locale, y.percent)}`,
                dy: -10,
                fill: INK,
                fontSize: 12,
                fontWeight: 600,
                ariaHidden: 'true',
              },
            ),
            Plot.ruleY([threshold, -threshold], {
              stroke: INK,
              strokeDasharray: '4 3',
              ariaHidden: 'true',
            }),
            Plot.ruleY([0], { stroke: INK, ariaHidden: 'true' }),
          ],
        })}
      />
    </div>
  );
}

/** Budget, accounts and the deviation per year of one area (the chart's numbers). */
function YearsTable({ area, unit }: { readonly area: DeviationArea; readonly unit: string }) {
  const { t, f, locale } = useI18n();
  const c = t.budget.chart;
  const columns: readonly Column<DeviationYear>[] = [
    { key: 'year', header: c.year, rowHeader: true, cell: (y) => String(y.year) },
    { key: 'budget', header: c.budget, numeric: true, cell: (y) => f.kr(y.budget) },
    { key: 'accounts', header: c.accounts, numeric: true, cell: (y) => f.kr(y.accounts) },
    {
      key: 'deviation',
      header: c.deviation,
      numeric: true,
      cell: (y) =>
        `${y.exceeds ? `${t.budget.exceedsMark} ` : ''}${signedKr(locale, y.perInhabitant)}`,
    },
    {
      key: 'percent',
      header: c.percent,
      numeric: true,
      cell: (y) => signedPercent(locale, y.percent),
    },
    { key: 'amount', header: c.amount, numeric: true, cell: (y) => signedAmount(locale, y.amount) },
  ];
  return (
    <DataTable
      caption={c.caption(unit)}
      columns={columns}
      rows={area.years}
      rowKey={(y) => String(y.year)}
      className="budget-years"
    />
  );
}
