import { useId, type InputHTMLAttributes } from 'react';
import { useI18n } from '../../i18n/index.ts';

/** A labelled text input with its help (linked by aria-describedby). */
export function TextField({
  label,
  help,
  value,
  onValue,
  ...input
}: {
  readonly label: string;
  readonly help?: string;
  readonly value: string;
  readonly onValue: (v: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  const id = useId();
  return (
    <div className="portal-field">
      <label htmlFor={id}>{label}</label>
      {help !== undefined ? (
        <p id={`${id}-help`} className="portal-field-help">
          {help}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={help !== undefined ? `${id}-help` : undefined}
        {...input}
      />
    </div>
  );
}

/** A labelled textarea with its help. */
export function TextArea({
  label,
  help,
  value,
  onValue,
  rows = 4,
  required,
}: {
  readonly label: string;
  readonly help?: string;
  readonly value: string;
  readonly onValue: (v: string) => void;
  readonly rows?: number;
  readonly required?: boolean;
}) {
  const id = useId();
  return (
    <div className="portal-field">
      <label htmlFor={id}>{label}</label>
      {help !== undefined ? (
        <p id={`${id}-help`} className="portal-field-help">
          {help}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        value={value}
        required={required}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={help !== undefined ? `${id}-help` : undefined}
      />
    </div>
  );
}

/** A labelled native select. */
export function SelectField({
  label,
  help,
  value,
  options,
  onValue,
}: {
  readonly label: string;
  readonly help?: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onValue: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="portal-field">
      <label htmlFor={id}>{label}</label>
      {help !== undefined ? (
        <p id={`${id}-help`} className="portal-field-help">
          {help}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={help !== undefined ? `${id}-help` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Checkboxes for a set of values (themes, topics), in a fieldset with its legend. */
export function Checks({
  legend,
  values,
  chosen,
  label,
  onChange,
}: {
  readonly legend: string;
  readonly values: readonly string[];
  readonly chosen: readonly string[];
  readonly label: (v: string) => string;
  readonly onChange: (next: readonly string[]) => void;
}) {
  const id = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul className="portal-checks">
        {values.map((v) => {
          const on = chosen.includes(v);
          return (
            <li key={v}>
              <input
                type="checkbox"
                id={`${id}-${v}`}
                checked={on}
                onChange={() => onChange(on ? chosen.filter((x) => x !== v) : [...chosen, v])}
              />
              <label htmlFor={`${id}-${v}`}>{label(v)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** A list of chosen values, each with a button that removes it. */
export function ChosenList({
  values,
  label,
  onRemove,
  testId,
}: {
  readonly values: readonly string[];
  readonly label: (v: string) => string;
  readonly onRemove: (v: string) => void;
  readonly testId?: string;
}) {
  const { t } = useI18n();
  if (values.length === 0) return null;
  return (
    <ul className="portal-chosen" data-testid={testId}>
      {values.map((v) => (
        <li key={v}>
          <span>{label(v)}</span>
          <button type="button" className="link-button" onClick={() => onRemove(v)}>
            {t.portal.editor.remove}
            <span className="visually-hidden"> {label(v)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
