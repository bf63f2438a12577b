import { useId } from 'react';

export interface Option {
  readonly value: string;
  readonly label: string;
  /** The label's language when it is not the page's (a Danish source name on an English page). */
  readonly lang?: string;
}

/** A labelled native select: keyboard and screen readers work as the platform does. */
export function Select({
  label,
  value,
  options,
  onChange,
  name,
}: {
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  readonly name?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
