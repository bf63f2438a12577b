import { useState, type FormEvent } from 'react';
import type { Municipality } from '../../api/index.ts';
import { MunicipalitySearch, Select } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { SYMBOLS, COLOURS } from './markers.ts';
import { addCode, MAX_CHOSEN } from './selection.ts';

/**
 * The chosen municipalities as a list with remove buttons, and two ways to add one: the name
 * search (tolerant of spellings) and a plain list. Adding a sixth is refused with a message.
 */
export function Chooser({
  codes,
  municipalities,
  onChange,
}: {
  readonly codes: readonly string[];
  readonly municipalities: readonly Municipality[];
  readonly onChange: (codes: readonly string[]) => void;
}) {
  const { t } = useI18n();
  const c = t.compare;
  const [message, setMessage] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const names = new Map(municipalities.map((m) => [m.code, m.name]));

  const add = (code: string) => {
    if (!code) return;
    const next = addCode(codes, code);
    if (next === null) {
      setMessage(codes.includes(code) ? c.already(names.get(code) ?? code) : c.full);
      return;
    }
    setMessage(null);
    onChange(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add(picked);
    setPicked('');
  };
  const options = [
    { value: '', label: c.addNone },
    ...[...municipalities]
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((m) => ({ value: m.code, label: m.name })),
  ];

  return (
    <div className="cmp-chooser">
      <h2 className="cmp-chosen-heading">{c.chosen}</h2>
      {codes.length ? (
        <ul className="cmp-chips">
          {codes.map((code, i) => (
            <li key={code}>
              <span aria-hidden="true" className="cmp-symbol" style={{ color: COLOURS[i] }}>
                {SYMBOLS[i] ?? '•'}
              </span>
              {names.get(code) ?? code}
              <button
                type="button"
                className="cmp-remove"
                aria-label={c.remove(names.get(code) ?? code)}
                onClick={() => {
                  setMessage(null);
                  onChange(codes.filter((x) => x !== code));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="controls cmp-add">
        <MunicipalitySearch label={c.search} onSelect={add} />
        <form className="cmp-add-form" onSubmit={submit}>
          <Select
            label={c.orList}
            name="add"
            value={picked}
            options={options}
            onChange={setPicked}
          />
          <button type="submit">{c.addButton}</button>
        </form>
      </div>
      {message ? (
        <p className="error" role="alert">
          {message}
        </p>
      ) : null}
      <p className="cmp-note">{c.count(codes.length, MAX_CHOSEN)}</p>
    </div>
  );
}
