import { useId, type InputHTMLAttributes } from 'react';
import { ApiError } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import './account.css';

/** One labelled input with its help and its problem (announced, linked by aria-describedby). */
export function Field({
  label,
  help,
  problem,
  value,
  onValue,
  ...input
}: {
  readonly label: string;
  readonly help?: string;
  readonly problem?: string | undefined;
  readonly value: string;
  readonly onValue: (v: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  const id = useId();
  const hasHelp = help !== undefined && help !== '';
  const described = [hasHelp ? `${id}-help` : '', problem ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field account-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={described || undefined}
        aria-invalid={problem ? true : undefined}
        {...input}
      />
      {hasHelp ? (
        <p id={`${id}-help`} className="account-help">
          {help}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} className="account-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A failed request's message in the reader's language (the server's problem document). */
export function useProblemText(): (error: unknown) => string {
  const { t, locale } = useI18n();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.status === 0) return t.common.state.networkError;
      if (error.status === 429 && error.retryAfter !== undefined)
        return t.account.login.wait(error.retryAfter);
      return (locale === 'da' ? error.detailDa : error.detailEn) || error.detailDa;
    }
    return error instanceof Error ? error.message : String(error);
  };
}

/** A form's outcome: a problem (alert) or what was done (status); the region is always there. */
export function Outcome({
  problem,
  done,
}: {
  readonly problem?: string | undefined;
  readonly done?: string | undefined;
}) {
  return (
    <>
      <div role="alert" className={problem ? 'error account-outcome' : undefined}>
        {problem ? <p>{problem}</p> : null}
      </div>
      <p role="status" className={done ? 'account-status account-done' : 'account-status'}>
        {done ?? ''}
      </p>
    </>
  );
}

/** The minimum length the server asks of a password (decision 0011 §1). */
export const MIN_PASSWORD = 12;
