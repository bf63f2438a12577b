import { useId, useState } from 'react';
import { useKeyFigures, useMunicipalities, type KeyFigureDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ChosenList } from './editor-fields.tsx';

/**
 * The item's key figures: a search field narrows the catalogue (/key-figures) in a list box,
 * "Tilføj nøgletal" adds the one chosen; each chosen figure can be removed again. `only` limits
 * the catalogue (an initiative links cost figures only), `legend` and `help` name the set.
 */
export function KeyFigurePicker({
  chosen,
  onChange,
  only,
  legend,
  help,
}: {
  readonly chosen: readonly string[];
  readonly onChange: (next: readonly string[]) => void;
  readonly only?: (k: KeyFigureDocument) => boolean;
  readonly legend?: string;
  readonly help?: string;
}) {
  const { t, name } = useI18n();
  const e = t.portal.editor;
  const id = useId();
  const figures = useKeyFigures();
  const [text, setText] = useState('');
  const [pick, setPick] = useState('');
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (figures.data ?? [])
    .filter((k) => !chosen.includes(k.id) && (only?.(k) ?? true))
    .filter((k) => {
      const hay = `${name(k)} ${k.id}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .slice(0, 60);
  const label = (v: string) => {
    const k = figures.data?.find((x) => x.id === v);
    return k ? name(k) : v;
  };
  const selected = matches.some((k) => k.id === pick) ? pick : (matches[0]?.id ?? '');
  return (
    <fieldset>
      <legend>{legend ?? e.keyFigures}</legend>
      {help !== undefined ? <p className="portal-field-help">{help}</p> : null}
      <ChosenList
        values={chosen}
        label={label}
        onRemove={(v) => onChange(chosen.filter((x) => x !== v))}
        testId="editor-key-figures"
      />
      <div className="portal-field">
        <label htmlFor={`${id}-search`}>{e.keyFigureSearch}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          onChange={(ev) => setText(ev.target.value)}
        />
      </div>
      <div className="portal-field">
        <label htmlFor={`${id}-list`}>{e.keyFigures}</label>
        <select
          id={`${id}-list`}
          size={Math.min(6, Math.max(2, matches.length))}
          value={selected}
          onChange={(ev) => setPick(ev.target.value)}
        >
          {matches.map((k) => (
            <option key={k.id} value={k.id}>
              {name(k)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={selected === ''}
        onClick={() => {
          if (selected !== '') onChange([...chosen, selected]);
          setPick('');
        }}
      >
        {e.keyFigureAdd}
      </button>
    </fieldset>
  );
}

/** The municipalities an item is about: a select of the 98 and the chosen ones. */
export function MunicipalityPicker({
  chosen,
  onChange,
}: {
  readonly chosen: readonly string[];
  readonly onChange: (next: readonly string[]) => void;
}) {
  const { t } = useI18n();
  const e = t.portal.editor;
  const id = useId();
  const municipalities = useMunicipalities();
  const [pick, setPick] = useState('');
  const all = [...(municipalities.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const label = (code: string) => all.find((m) => m.code === code)?.name ?? code;
  return (
    <fieldset>
      <legend>{e.municipalities}</legend>
      <ChosenList
        values={chosen}
        label={label}
        onRemove={(v) => onChange(chosen.filter((x) => x !== v))}
        testId="editor-municipalities"
      />
      <div className="portal-row">
        <div className="portal-field">
          <label htmlFor={id}>{e.municipalityAdd}</label>
          <select id={id} value={pick} onChange={(ev) => setPick(ev.target.value)}>
            <option value="">{e.choose}</option>
            {all
              .filter((m) => !chosen.includes(m.code))
              .map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name} ({m.code})
                </option>
              ))}
          </select>
        </div>
        <div>
          <button
            type="button"
            disabled={pick === ''}
            onClick={() => {
              onChange([...chosen, pick]);
              setPick('');
            }}
          >
            {e.municipalityAdd}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

type Link = { readonly title: string; readonly url: string };

/** The item's links: a title and an address each, added and removed in place. */
export function LinksEditor({
  links,
  onChange,
}: {
  readonly links: readonly Link[];
  readonly onChange: (next: readonly Link[]) => void;
}) {
  const { t } = useI18n();
  const e = t.portal.editor;
  const id = useId();
  const set = (i: number, change: Partial<Link>) =>
    onChange(links.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <fieldset>
      <legend>{e.links}</legend>
      {links.map((l, i) => (
        <div className="portal-row" key={i}>
          <div className="portal-field">
            <label htmlFor={`${id}-${i}-title`}>{e.linkTitle}</label>
            <input
              id={`${id}-${i}-title`}
              type="text"
              value={l.title}
              onChange={(ev) => set(i, { title: ev.target.value })}
            />
          </div>
          <div className="portal-field">
            <label htmlFor={`${id}-${i}-url`}>{e.linkUrl}</label>
            <input
              id={`${id}-${i}-url`}
              type="url"
              value={l.url}
              onChange={(ev) => set(i, { url: ev.target.value })}
            />
          </div>
          <div>
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(links.filter((_, j) => j !== i))}
            >
              {e.remove}
              <span className="visually-hidden"> {l.title || e.linkTitle}</span>
            </button>
          </div>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...links, { title: '', url: '' }])}>
        {e.addLink}
      </button>
    </fieldset>
  );
}
