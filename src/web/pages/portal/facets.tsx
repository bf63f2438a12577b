import { useId, useState } from 'react';
import { useKeyFigures, useMunicipalities, type PortalSearchDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

export const FACETS = ['kind', 'theme', 'topic', 'municipality', 'keyFigure', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

/** A facet value's name in the reader's language (a code or id when nothing better is known). */
export function useFacetLabel(): (facet: FacetName, value: string) => string {
  const { t, name } = useI18n();
  const municipalities = useMunicipalities();
  const figures = useKeyFigures();
  return (facet, value) => {
    switch (facet) {
      case 'kind':
        return t.portal.kinds[value] ?? value;
      case 'theme':
        return t.common.themes[value] ?? value;
      case 'topic':
        return t.portal.topics[value] ?? value;
      case 'municipality':
        return municipalities.data?.find((m) => m.code === value)?.name ?? value;
      case 'keyFigure': {
        const k = figures.data?.find((f) => f.id === value);
        return k ? name(k) : value;
      }
      case 'year':
        return value;
    }
  };
}

/**
 * The search's facets as checkable filters with their counts: one value per facet at a time
 * (the API filters on one), so checking a value replaces the facet's other; a chosen value
 * stays listed even when the answer has no count for it, so it can be unchecked.
 */
export function Facets({
  facets,
  chosen,
  onChange,
}: {
  readonly facets: PortalSearchDocument['facets'];
  readonly chosen: Readonly<Record<FacetName, string>>;
  readonly onChange: (facet: FacetName, value: string) => void;
}) {
  const label = useFacetLabel();
  return (
    <div className="portal-facets">
      {FACETS.map((facet) => {
        const values = [...facets[facet]];
        if (chosen[facet] !== '' && !values.some((v) => v.value === chosen[facet]))
          values.unshift({ value: chosen[facet], count: 0 });
        if (values.length === 0) return null;
        // The chosen value first (never hidden behind "Vis alle"), then by count or year.
        const first = (v: { readonly value: string }) => (v.value === chosen[facet] ? 0 : 1);
        const sorted = values.sort(
          (a, b) =>
            first(a) - first(b) ||
            (facet === 'year'
              ? b.value.localeCompare(a.value)
              : b.count - a.count || label(facet, a.value).localeCompare(label(facet, b.value))),
        );
        return (
          <FacetGroup
            key={facet}
            facet={facet}
            values={sorted}
            chosen={chosen[facet]}
            label={(v) => label(facet, v)}
            onChange={(v) => onChange(facet, v)}
          />
        );
      })}
    </div>
  );
}

/** The values shown before "Vis alle": the municipality and key-figure facets can be long. */
const SHOWN = 8;

function FacetGroup({
  facet,
  values,
  chosen,
  label,
  onChange,
}: {
  readonly facet: FacetName;
  readonly values: readonly { readonly value: string; readonly count: number }[];
  readonly chosen: string;
  readonly label: (value: string) => string;
  readonly onChange: (value: string) => void;
}) {
  const { t, f } = useI18n();
  const s = t.portal.search;
  const id = useId();
  const [all, setAll] = useState(false);
  const shown = all ? values : values.slice(0, SHOWN);
  return (
    <fieldset className="portal-facet">
      <legend>{s.facets[facet]}</legend>
      <ul id={`${id}-list`}>
        {shown.map((v) => {
          const inputId = `${id}-${v.value}`;
          const checked = chosen === v.value;
          return (
            <li key={v.value}>
              <input
                type="checkbox"
                id={inputId}
                checked={checked}
                onChange={() => onChange(checked ? '' : v.value)}
              />
              <label htmlFor={inputId}>
                {label(v.value)}{' '}
                <span className="portal-facet-count">({f.number(v.count, 0)})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {values.length > SHOWN ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={all}
          aria-controls={`${id}-list`}
          onClick={() => setAll((x) => !x)}
        >
          {all ? s.fewerValues : s.allValues(values.length)}
        </button>
      ) : null}
    </fieldset>
  );
}
