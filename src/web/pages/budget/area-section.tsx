import { Link } from 'wouter';
import type { DeviationArea, DeviationDocument } from '../../api/index.ts';
import { Select } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { DeviationChart } from './deviation-chart.tsx';
import { ExplainForm } from './explain-form.tsx';
import { Explanations } from './explanations.tsx';
import { PeersTable } from './peers-table.tsx';

/**
 * One area up close: the choice of area, its deviation per year as a chart, the
 * municipality's explanations (and the form for its editors), and the peers' deviations on
 * the same area side by side.
 */
export function AreaSection({
  doc,
  area,
  unit,
  mayExplain,
  loggedIn,
  onArea,
}: {
  readonly doc: DeviationDocument;
  readonly area: DeviationArea;
  readonly unit: string;
  readonly mayExplain: boolean;
  readonly loggedIn: boolean;
  readonly onArea: (area: string) => void;
}) {
  const { t } = useI18n();
  const b = t.budget;
  const here = `/budgetopfoelgning/${doc.municipality.code}?area=${area.area}`;
  return (
    <section
      aria-labelledby="budget-area-heading"
      className="budget-area"
      data-testid="budget-area"
    >
      <h2 id="budget-area-heading">
        {b.chart.heading}: <span lang="da">{area.name}</span> ({area.area})
      </h2>
      <div className="controls">
        <Select
          label={b.area.choose}
          value={area.area}
          options={doc.areas.map((a) => ({
            value: a.area,
            label: b.area.option(a.name, a.area, a.flagged),
            lang: 'da',
          }))}
          onChange={onArea}
        />
      </div>
      <DeviationChart area={area} threshold={doc.threshold.percent} unit={unit} />
      <div className="budget-area-grid">
        <div>
          <Explanations area={area} />
          {mayExplain ? (
            <ExplainForm code={doc.municipality.code} area={area} />
          ) : loggedIn ? null : (
            <p className="budget-note">
              <Link href={`/log-ind?next=${encodeURIComponent(here)}`}>{b.form.login}</Link>
            </p>
          )}
        </div>
        <PeersTable doc={doc} area={area} unit={unit} />
      </div>
    </section>
  );
}
