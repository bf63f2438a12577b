import { useId } from 'react';
import { useI18n } from '../../i18n/index.ts';
import type { GainText } from './editor-state.ts';

/**
 * Gains as editable rows of year and amount, in a fieldset with its legend: a row is added
 * with "Tilføj år" and removed with its own button; an empty row is not sent.
 */
export function GainsEditor({
  legend,
  name,
  rows,
  onChange,
}: {
  readonly legend: string;
  /** The field's key ("expected", "realised"), for test ids. */
  readonly name: string;
  readonly rows: readonly GainText[];
  readonly onChange: (next: readonly GainText[]) => void;
}) {
  const { t } = useI18n();
  const e = t.initiatives.editor;
  const id = useId();
  const set = (i: number, change: Partial<GainText>) =>
    onChange(rows.map((g, j) => (j === i ? { ...g, ...change } : g)));
  return (
    <fieldset className="initiative-gains" data-testid={`gains-${name}`}>
      <legend>{legend}</legend>
      <p className="portal-field-help">{e.gainsHelp}</p>
      {rows.map((g, i) => (
        <div className="portal-row initiative-gain-row" key={i}>
          <div className="portal-field">
            <label htmlFor={`${id}-${i}-year`}>{e.gainYear}</label>
            <input
              id={`${id}-${i}-year`}
              type="text"
              inputMode="numeric"
              maxLength={4}
              value={g.year}
              onChange={(ev) => set(i, { year: ev.target.value })}
            />
          </div>
          <div className="portal-field">
            <label htmlFor={`${id}-${i}-amount`}>{e.gainAmount}</label>
            <input
              id={`${id}-${i}-amount`}
              type="text"
              inputMode="decimal"
              value={g.amount}
              onChange={(ev) => set(i, { amount: ev.target.value })}
            />
          </div>
          <div>
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {e.removeGain(g.year || String(i + 1))}
            </button>
          </div>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { year: '', amount: '' }])}>
        {e.addGain}
      </button>
    </fieldset>
  );
}
