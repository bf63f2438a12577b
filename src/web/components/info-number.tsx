import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';

/** Where a number comes from: shown on hover and keyboard focus (DESIGN.md §6). */
export interface NumberSource {
  /** What the number is, e.g. the key figure's name and unit, or how it was computed. */
  readonly definition: string;
  /** The source's name (e.g. "De Kommunale Nøgletal") or the method. */
  readonly source?: string | undefined;
  readonly year?: number | string | undefined;
  /** Accounts (regnskab), budget or estimate, when the answer says. */
  readonly kind?: 'accounts' | 'budget' | 'estimate' | undefined;
  /** The price level of an amount in words, e.g. "2019-priser". */
  readonly prices?: string | undefined;
}

/**
 * A number that explains itself: focusable, with its definition, source, year and kind in a
 * tooltip that is also its accessible description.
 */
export function InfoNumber({
  children,
  info,
  className,
}: {
  readonly children: ReactNode;
  readonly info: NumberSource;
  readonly className?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className={`info-number ${className ?? ''}`.trim()}>
      <span className="info-number-value" tabIndex={0} aria-describedby={id}>
        {children}
      </span>
      <span role="tooltip" id={id} className="tooltip">
        <span className="tooltip-line">{info.definition}</span>
        {info.source ? (
          <span className="tooltip-line">
            {t.common.number.source}: {info.source}
          </span>
        ) : null}
        {info.year !== undefined ? (
          <span className="tooltip-line">
            {t.common.number.year}: {info.year}
          </span>
        ) : null}
        {info.kind ? (
          <span className="tooltip-line">
            {t.common.number.kind}:{' '}
            {info.kind === 'accounts'
              ? t.common.number.accounts
              : info.kind === 'budget'
                ? t.common.number.budget
                : t.common.number.estimate}
          </span>
        ) : null}
        {info.prices ? (
          <span className="tooltip-line">
            {t.common.number.prices}: {info.prices}
          </span>
        ) : null}
      </span>
    </span>
  );
}
