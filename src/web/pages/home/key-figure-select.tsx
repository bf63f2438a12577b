import { useId } from 'react';
import type { KeyFigureDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { groupFigures } from './key-figure-choice.ts';

/**
 * A labelled native select of key figures, grouped by theme (optgroups), by name within each;
 * disabled (and saying so) while the list loads, so the controls do not move when it arrives.
 */
export function KeyFigureSelect({
  figures,
  value,
  onChange,
}: {
  readonly figures: readonly KeyFigureDocument[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}) {
  const { t, name } = useI18n();
  const id = useId();
  const groups = groupFigures(figures, Object.keys(t.common.themes), name);
  return (
    <div className="field home-figure-field">
      <label htmlFor={id}>{t.home.map.keyFigure}</label>
      <select
        id={id}
        value={value}
        disabled={figures.length === 0}
        onChange={(e) => onChange(e.target.value)}
      >
        {figures.length === 0 ? <option value="">{t.common.state.loading}</option> : null}
        {groups.map((g) => (
          <optgroup
            key={g.theme ?? ''}
            label={g.theme ? (t.common.themes[g.theme] ?? g.theme) : t.home.map.otherGroup}
          >
            {g.figures.map((k) => (
              <option key={k.id} value={k.id}>
                {name(k)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
