import { useMemo } from 'react';
import { Link } from 'wouter';
import { apiUrl, useInitiativeOverview, type OverviewDocument } from '../../api/index.ts';
import { DataTable, QueryView, Select, type Column } from '../../components/index.ts';
import { priceLevelText } from '../../format/index.ts';
import { localized, useI18n, type I18n } from '../../i18n/index.ts';
import { amountText, krText } from './amounts.ts';
import { GainsChart, type GainsBar } from './gains-chart.tsx';

const GROUPINGS = ['theme', 'type', 'region', 'year'] as const;
type Grouping = (typeof GROUPINGS)[number];
type Group = OverviewDocument['groups'][number];
type Totals = OverviewDocument['total'];

const isGrouping = (v: string): v is Grouping => (GROUPINGS as readonly string[]).includes(v);

/** A group's name in the page's language: themes and types by their key, the rest as labelled. */
export function groupName(t: I18n['t'], groupBy: string, g: Pick<Group, 'key' | 'label'>): string {
  if (groupBy === 'theme') return t.common.themes[g.key] ?? g.label;
  if (groupBy === 'type') return t.initiatives.types[g.key] ?? g.label;
  return g.label;
}

/**
 * The sector's totals (`GET /initiatives/overview`): expected and realised gains in the
 * overview's one price level, the realisation rate, how many had a baseline and how many the
 * data confirm; the gains by the chosen grouping as a chart and a table; the largest realised.
 */
export function SectorOverview({
  groupBy,
  onGroupBy,
}: {
  readonly groupBy: string;
  readonly onGroupBy: (groupBy: string) => void;
}) {
  const { t } = useI18n();
  const o = t.initiatives.overview;
  const by: Grouping = isGrouping(groupBy) ? groupBy : 'theme';
  const query = useInitiativeOverview(by);
  return (
    <section className="initiatives-overview" aria-labelledby="initiatives-totals-heading">
      <h2 id="initiatives-totals-heading">{o.totals}</h2>
      <QueryView query={query} height={520}>
        {(d) => (
          <>
            <Totals d={d} />
            <div className="controls">
              <Select
                label={o.groupBy}
                value={by}
                options={GROUPINGS.map((g) => ({ value: g, label: o.groups[g] ?? g }))}
                onChange={onGroupBy}
              />
            </div>
            <Groups d={d} />
            <ul className="initiatives-overview-downloads" data-testid="overview-downloads">
              <li>
                <a
                  href={apiUrl('initiatives/overview', {
                    groupBy: by,
                    format: 'csv',
                    locale: 'da',
                  })}
                  download
                >
                  {o.overviewCsv}
                </a>
              </li>
              <li>
                <a href={apiUrl('initiatives/overview', { groupBy: by, format: 'xlsx' })} download>
                  {o.overviewXlsx}
                </a>
              </li>
            </ul>
            <Largest d={d} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function Totals({ d }: { readonly d: OverviewDocument }) {
  const i18n = useI18n();
  const { t, f, locale } = i18n;
  const o = t.initiatives.overview;
  const total: Totals = d.total;
  const level = priceLevelText(locale, d.prices);
  return (
    <>
      <dl className="initiatives-totals" data-testid="initiatives-totals">
        <div>
          <dt>{o.count}</dt>
          <dd data-testid="total-count">{f.number(total.count)}</dd>
        </div>
        <div>
          <dt>{o.expected}</dt>
          <dd data-testid="total-expected">{amountText(i18n, total.expected, d.prices)}</dd>
        </div>
        <div>
          <dt>{o.realised}</dt>
          <dd data-testid="total-realised">{amountText(i18n, total.realised, d.prices)}</dd>
        </div>
        <div>
          <dt>{o.rate}</dt>
          <dd data-testid="total-rate">
            {total.realisationRate === null ? o.noRate : f.percent(total.realisationRate * 100, 0)}
          </dd>
        </div>
        <div>
          <dt>{o.withBaseline}</dt>
          <dd data-testid="total-baseline">{o.ofCount(total.withBaseline, total.count)}</dd>
        </div>
        <div>
          <dt>{o.confirmed}</dt>
          <dd data-testid="total-confirmed">{o.ofCount(total.confirmed, total.count)}</dd>
        </div>
      </dl>
      <p className="initiatives-note">{o.pricesNote(level, d.newestAccountsYear)}</p>
      {d.pricesNote ? (
        <p className="initiatives-note" data-testid="overview-prices-note">
          {localized(locale, d.pricesNote.da, d.pricesNote.en)}
        </p>
      ) : null}
      {d.unconverted.length > 0 ? (
        <p className="initiatives-note">{o.unconverted(d.unconverted.length)}</p>
      ) : null}
    </>
  );
}

function Groups({ d }: { readonly d: OverviewDocument }) {
  const i18n = useI18n();
  const { t, f, locale } = i18n;
  const o = t.initiatives.overview;
  const by = o.groups[d.groupBy] ?? d.groupBy;
  const level = priceLevelText(locale, d.prices);
  const name = (g: Group) => groupName(t, d.groupBy, g);
  // One array per answer and language, so the chart is drawn again only when they change.
  const bars: readonly GainsBar[] = useMemo(
    () =>
      d.groups.map((g) => ({
        key: g.key,
        label: groupName(t, d.groupBy, g),
        expected: g.expected,
        realised: g.realised,
      })),
    [d, t],
  );
  const columns: readonly Column<Group>[] = [
    { key: 'group', header: by, cell: name, rowHeader: true },
    { key: 'count', header: o.count, numeric: true, cell: (g) => f.number(g.count) },
    { key: 'expected', header: o.expected, numeric: true, cell: (g) => krText(i18n, g.expected) },
    { key: 'realised', header: o.realised, numeric: true, cell: (g) => krText(i18n, g.realised) },
    {
      key: 'rate',
      header: o.rate,
      numeric: true,
      cell: (g) => (g.realisationRate === null ? '–' : f.percent(g.realisationRate * 100, 0)),
    },
    {
      key: 'baseline',
      header: o.withBaseline,
      numeric: true,
      cell: (g) => f.number(g.withBaseline),
    },
    { key: 'confirmed', header: o.confirmed, numeric: true, cell: (g) => f.number(g.confirmed) },
  ];
  const table = (
    <DataTable
      caption={o.tableCaption(by, level)}
      columns={columns}
      rows={d.groups}
      rowKey={(g) => g.key}
      className="initiatives-groups-table"
    />
  );
  if (d.groups.length === 0) return <p>{o.chartEmpty}</p>;
  return (
    <GainsChart
      bars={bars}
      summary={o.chartSummary(by, d.groups.length)}
      level={level}
      table={table}
    />
  );
}

function Largest({ d }: { readonly d: OverviewDocument }) {
  const i18n = useI18n();
  const o = i18n.t.initiatives.overview;
  return (
    <>
      <h3>{o.largest}</h3>
      {d.largest.length === 0 ? (
        <p>{o.largestNone}</p>
      ) : (
        <ol className="initiatives-largest" data-testid="initiatives-largest">
          {d.largest.map((x, i) => (
            <li key={x.id ?? `internal-${i}`}>
              {x.id !== null && x.title !== null ? (
                <Link href={`/initiativer/${x.id}`} lang="da">
                  {x.title}
                </Link>
              ) : (
                <span>{o.internalTitle}</span>
              )}{' '}
              ({x.municipalityName}): {amountText(i18n, x.realised, d.prices)}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
