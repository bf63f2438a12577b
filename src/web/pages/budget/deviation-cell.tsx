import type { DeviationYear } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { signedAmount, signedKr, signedPercent } from './amounts.ts';

/**
 * One year's deviation in a table cell: kr. per inhabitant and per cent of the budget, the
 * total in kroner when asked; beyond the threshold marked with a sign and words (never by
 * colour alone).
 */
export function DeviationCell({
  year,
  withAmount = false,
}: {
  readonly year: DeviationYear | undefined;
  readonly withAmount?: boolean;
}) {
  const { t, locale } = useI18n();
  const b = t.budget;
  if (year === undefined) return <span className="budget-none">{b.table.none}</span>;
  return (
    <span
      className={`budget-cell${year.exceeds ? ' budget-exceeds' : ''}`}
      data-year={year.year}
      data-exceeds={year.exceeds ? 'true' : 'false'}
    >
      <span className="budget-cell-main">
        {year.exceeds ? (
          <>
            <span className="budget-mark" aria-hidden="true">
              {b.exceedsMark}{' '}
            </span>
            <span className="visually-hidden">{b.exceeds}: </span>
          </>
        ) : null}
        {signedKr(locale, year.perInhabitant)}
      </span>
      <span className="budget-cell-sub">{signedPercent(locale, year.percent)}</span>
      {withAmount ? (
        <span className="budget-cell-sub">
          {b.table.total} {signedAmount(locale, year.amount)}
        </span>
      ) : null}
    </span>
  );
}

/** "Gentaget afvigelse": an area beyond the threshold in several of its newest years. */
export function FlagBadge() {
  const { t } = useI18n();
  return (
    <span className="portal-badge budget-flag" data-testid="budget-flag">
      {t.budget.flagged}
    </span>
  );
}
