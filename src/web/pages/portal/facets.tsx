import { useId } from 'react';
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
  const { t, f } = useI18n();
  const label = useFacetLabel();
  const id = useId();
  return (
    <div className="portal-facets">
      {FACETS.map((facet) => {
        const values = [...facets[facet]];
        if (chosen[facet] !== '' && !values.some((v) => v.value === chosen[facet]))
          values.unshift({ value: chosen[facet], count: 0 });
        if (values.length === 0) return null;
        const sorted =
          facet === 'year'
            ? values.sort((a, b) => b.value.localeCompare(a.value))
            : values.sort(
                (a, b) =>
                  b.count - a.count || label(facet, a.value).localeCompare(label(facet, b.value)),
              );
        return (
          <fieldset key={facet} className="portal-facet">
            <legend>{t.portal.search.facets[facet]}</legend>
            <ul>
              {sorted.map((v) => {
                const inputId = `${id}-${facet}-${v.value}`;
                const checked = chosen[facet] === v.value;
                return (
                  <li key={v.value}>
                    <input
                      type="checkbox"
                      id={inputId}
                      checked={checked}
                      onChange={() => onChange(facet, checked ? '' : v.value)}
                    />
                    <label htmlFor={inputId}>
                      {label(facet, v.value)}{' '}
                      <span className="portal-facet-count">({f.number(v.count, 0)})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
