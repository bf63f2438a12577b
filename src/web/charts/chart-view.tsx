import { useId } from 'react';
import { useI18n } from '../i18n/index.ts';

/** How a development chart shows its numbers: as amounts, or as an index (median = 100). */
export type ChartView = 'values' | 'index';

/** The two views as radio buttons (a group with its legend), for the development charts. */
export function ChartViewToggle({
  view,
  onView,
}: {
  readonly view: ChartView;
  readonly onView: (view: ChartView) => void;
}) {
  const { t } = useI18n();
  const v = t.charts.view;
  const name = useId();
  return (
    <fieldset className="chart-view" data-testid="chart-view">
      <legend>{v.label}</legend>
      {(['values', 'index'] as const).map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={view === option}
            onChange={() => onView(option)}
          />
          {option === 'values' ? v.values : v.index}
        </label>
      ))}
    </fieldset>
  );
}
