import type { DeviationArea, DeviationYear } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { DeviationCell } from './deviation-cell.tsx';

/** The municipality's explanation per year of the chosen area: cause and text, or none yet. */
export function Explanations({ area }: { readonly area: DeviationArea }) {
  const { t, f } = useI18n();
  const x = t.budget.explanations;
  const columns: readonly Column<DeviationYear>[] = [
    { key: 'year', header: x.year, rowHeader: true, cell: (y) => String(y.year) },
    {
      key: 'deviation',
      header: x.deviation,
      numeric: true,
      cell: (y) => <DeviationCell year={y} />,
    },
    {
      key: 'cause',
      header: x.cause,
      cell: (y) =>
        y.explanation ? (t.budget.causes[y.explanation.cause] ?? y.explanation.cause) : '',
    },
    {
      key: 'text',
      header: x.text,
      cell: (y) =>
        y.explanation ? (
          <span className="budget-explanation" data-year={y.year}>
            {y.explanation.visibility === 'internal' ? (
              <>
                <span className="portal-badge portal-status-draft">{x.internal}</span>{' '}
              </>
            ) : null}
            <span lang="da">{y.explanation.text}</span>{' '}
            <span className="budget-updated">({x.updated(f.date(y.explanation.updatedAt))})</span>
          </span>
        ) : (
          <span className="budget-none">{x.none}</span>
        ),
    },
  ];
  return (
    <section aria-labelledby="budget-explanations-heading" data-testid="budget-explanations">
      <h3 id="budget-explanations-heading">{x.heading}</h3>
      <p className="budget-note">{x.lead}</p>
      <DataTable
        caption={x.caption(area.name, area.area)}
        columns={columns}
        rows={[...area.years].reverse()}
        rowKey={(y) => String(y.year)}
        highlight={(y) => y.exceeds}
        className="budget-explanations-table"
      />
    </section>
  );
}
