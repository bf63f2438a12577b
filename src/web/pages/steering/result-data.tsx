import type { AssessmentDocument, SteeringIndicator } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import {
  MISSING,
  formatAuto,
  formatNumber,
  isMoneyUnit,
  priceLevelText,
  withUnit,
} from '../../format/index.ts';
import { useI18n, type I18n } from '../../i18n/index.ts';

/**
 * A value of an indicator with its unit in the page's language: amounts as the key figures
 * write them ("48.312 kr. pr. 18-66-årig"), shares with one decimal ("12,3 %").
 */
export function indicatorValue(
  locale: I18n['locale'],
  i: Pick<SteeringIndicator, 'unit' | 'unitEn'>,
  v: number | null,
): string {
  if (v === null) return MISSING;
  if (isMoneyUnit(i.unit)) return withUnit(formatAuto(locale, v), i.unit, locale);
  const n = formatNumber(locale, v, 1);
  if (locale === 'da') return withUnit(n, i.unit, 'da');
  return i.unitEn === 'per cent' ? `${n}%` : `${n} ${i.unitEn}`;
}

/**
 * The data indicators behind the centres, against the peer group: name (definition on
 * demand), years, value with its unit, price level and year kind, the peers' median, the
 * difference, the score, or why it is missing.
 */
export function DataSection({ d }: { readonly d: AssessmentDocument }) {
  const { t, name } = useI18n();
  const x = t.steeringResult.data;
  return (
    <section aria-labelledby="steering-data-heading" className="steering-section">
      <h2 id="steering-data-heading">{x.title}</h2>
      <p className="steering-note">{x.intro(name(d.data.peers), d.data.peers.members.length)}</p>
      <IndicatorTable rows={d.data.indicators} />
      <p className="steering-note" data-testid="steering-data-components">
        {x.components(d.data.components.length)}
      </p>
    </section>
  );
}

function IndicatorTable({ rows }: { readonly rows: readonly SteeringIndicator[] }) {
  const { t, f, locale, name } = useI18n();
  const x = t.steeringResult.data;
  const c = x.columns;
  const signed = (v: number) => formatNumber(locale, v, { decimals: 1, sign: true });
  const relative = (i: SteeringIndicator) => {
    if (i.relative === null) return MISSING;
    if (i.id === 'budget-deviation')
      return <span className="steering-wrap">{x.relativeBudget}</span>;
    if (i.id === 'prevention-share') return x.relativePoints(signed(i.relative));
    return x.relativePercent(signed(i.relative));
  };
  const newest = (i: SteeringIndicator) => i.years[i.years.length - 1];
  const columns: readonly Column<SteeringIndicator>[] = [
    {
      key: 'name',
      header: c.name,
      rowHeader: true,
      cell: (i) => (
        <>
          {name(i)}
          <details className="steering-definition">
            <summary>{x.definition}</summary>
            <p>{locale === 'da' ? i.definitionDa : i.definitionEn}</p>
          </details>
        </>
      ),
    },
    {
      key: 'years',
      header: c.years,
      cell: (i) => {
        if (i.years.length === 0) return MISSING;
        const years = i.years.join('–');
        if (i.yearKind === null) return years;
        return x.kindYears(t.common.yearKinds[i.yearKind] ?? i.yearKind, years);
      },
    },
    {
      key: 'value',
      header: c.value,
      numeric: true,
      cell: (i) =>
        i.value === null ? (
          <span className="steering-missing" data-testid="steering-indicator-missing">
            {x.missing}: {(locale === 'da' ? i.missingDa : i.missingEn) ?? MISSING}
          </span>
        ) : (
          <>
            {indicatorValue(locale, i, i.value)}
            {i.prices === null ? null : (
              <span className="steering-sub" data-testid="steering-indicator-prices">
                {priceLevelText(locale, i.prices, newest(i))}
              </span>
            )}
          </>
        ),
    },
    {
      key: 'median',
      header: c.median,
      numeric: true,
      cell: (i) =>
        i.peerMedian === null ? (
          MISSING
        ) : (
          <>
            {indicatorValue(locale, i, i.peerMedian)}
            <span className="steering-sub">{x.peers(i.peers)}</span>
          </>
        ),
    },
    { key: 'relative', header: c.relative, numeric: true, cell: relative },
    {
      key: 'score',
      header: c.score,
      numeric: true,
      cell: (i) =>
        i.score !== null
          ? f.number(i.score, 0)
          : i.id === 'prevention-share'
            ? x.notScored
            : MISSING,
    },
  ];
  return (
    <DataTable
      caption={x.caption}
      columns={columns}
      rows={rows}
      rowKey={(i) => i.id}
      className="steering-indicators"
    />
  );
}
