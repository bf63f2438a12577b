import { Link } from 'wouter';
import { useApi, useKeyFigures, type SeriesPoint } from '../../api/index.ts';
import { unitWithPrices } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { kindYear } from '../key-figure/prices.ts';

/**
 * The item's key figures, each linking to its page, with the newest value of the owner
 * municipality (or the item's first) from /series: value, unit with its price level, year and
 * its kind, as the key-figure page says them.
 */
export function ItemFigures({
  ids,
  code,
  municipalityName,
}: {
  readonly ids: readonly string[];
  readonly code: string | null;
  readonly municipalityName: string | null;
}) {
  const { t } = useI18n();
  const p = t.portal.item;
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="portal-figures-heading">
      <h2 id="portal-figures-heading">{p.figures}</h2>
      {code !== null && municipalityName !== null ? (
        <p className="portal-field-help">{p.figuresLead(municipalityName)}</p>
      ) : null}
      <ul className="portal-figures">
        {ids.map((id) => (
          <FigureLine key={id} id={id} code={code} />
        ))}
      </ul>
    </section>
  );
}

/** The newest point with a value (a later budget year before an earlier accounts year). */
function newest(points: readonly SeriesPoint[]): SeriesPoint | undefined {
  return [...points].filter((p) => p.chosen && p.value !== null).sort((a, b) => b.year - a.year)[0];
}

function FigureLine({ id, code }: { readonly id: string; readonly code: string | null }) {
  const { t, f, name, locale } = useI18n();
  const figures = useKeyFigures();
  const figure = figures.data?.find((k) => k.id === id);
  const series = useApi(
    'series',
    code !== null && figure ? { municipality: code, keyFigure: id } : null,
  );
  const point = series.data ? newest(series.data.series) : undefined;
  const unit = figure?.unit ?? '';
  return (
    <li>
      <Link href={`/noegletal/${encodeURIComponent(id)}`}>{figure ? name(figure) : id}</Link>
      {code !== null && series.data ? (
        <span className="portal-figure-value" data-testid="portal-figure-value">
          {point && point.value !== null
            ? `${f.auto(point.value)} ${unitWithPrices(locale, unit, point.prices, point.year)} · ${kindYear(t, point.year, point.yearKind)}`
            : t.portal.item.noValue}
        </span>
      ) : null}
    </li>
  );
}
