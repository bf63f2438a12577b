import { useState } from 'react';
import { Link } from 'wouter';
import { useInitiatives, useMunicipalities, type InitiativeSummary } from '../../api/index.ts';
import { DataTable, QueryView, Select, type Column } from '../../components/index.ts';
import { priceLevelText } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { INITIATIVE_STATUSES, INITIATIVE_TYPES, ITEM_THEMES } from '../../../core/index.ts';
import { krText } from './amounts.ts';
import { InitiativeBadges } from './badges.tsx';

const PAGE_SIZE = 50;

export interface ListFilters {
  readonly municipality: string;
  readonly theme: string;
  readonly type: string;
  readonly status: string;
}

/**
 * The initiatives as a table (`GET /initiatives`), narrowed by municipality, theme, type and
 * status (kept in the URL by the page); each title links to its record, each amount names its
 * price level.
 */
export function InitiativeList({
  filters,
  onFilter,
}: {
  readonly filters: ListFilters;
  readonly onFilter: (change: Partial<ListFilters>) => void;
}) {
  const { t } = useI18n();
  const o = t.initiatives.overview;
  const municipalities = useMunicipalities();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const query = useInitiatives({ ...filters, limit });
  const all = { value: '', label: o.all };
  const set = (change: Partial<ListFilters>) => {
    setLimit(PAGE_SIZE);
    onFilter(change);
  };
  return (
    <section className="initiatives-list" aria-labelledby="initiatives-list-heading">
      <h2 id="initiatives-list-heading">{o.list}</h2>
      <div className="controls initiatives-filters" role="group" aria-label={o.filters}>
        <Select
          label={o.columns.municipality}
          value={filters.municipality}
          options={[
            all,
            ...[...(municipalities.data ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name, 'da'))
              .map((m) => ({ value: m.code, label: m.name })),
          ]}
          onChange={(municipality) => set({ municipality })}
        />
        <Select
          label={o.columns.theme}
          value={filters.theme}
          options={[all, ...ITEM_THEMES.map((x) => ({ value: x, label: t.common.themes[x] ?? x }))]}
          onChange={(theme) => set({ theme })}
        />
        <Select
          label={o.columns.type}
          value={filters.type}
          options={[
            all,
            ...INITIATIVE_TYPES.map((x) => ({ value: x, label: t.initiatives.types[x] ?? x })),
          ]}
          onChange={(type) => set({ type })}
        />
        <Select
          label={o.columns.status}
          value={filters.status}
          options={[
            all,
            ...INITIATIVE_STATUSES.map((x) => ({
              value: x,
              label: t.initiatives.statuses[x] ?? x,
            })),
          ]}
          onChange={(status) => set({ status })}
        />
      </div>
      <QueryView query={query} height={300}>
        {(d) => (
          <>
            <p aria-live="polite" data-testid="initiatives-count">
              {o.results(d.total)}
            </p>
            {d.initiatives.length === 0 ? (
              <p>{o.empty}</p>
            ) : (
              <InitiativeTable rows={d.initiatives} caption={o.list} />
            )}
            {d.initiatives.length < d.total ? (
              <button type="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
                {o.more}
              </button>
            ) : null}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Initiatives as table rows: title (a link), municipality, theme, status, start, totals. */
export function InitiativeTable({
  rows,
  caption,
  showMunicipality = true,
  showTheme = true,
}: {
  readonly rows: readonly InitiativeSummary[];
  readonly caption: string;
  readonly showMunicipality?: boolean;
  /** False where the rows are one theme's (the kommune page groups by theme). */
  readonly showTheme?: boolean;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const c = t.initiatives.overview.columns;
  // The totals are in the sector's one level (the overview's); one that leaves out a gain no
  // index reaches is no total.
  const amount = (v: number, r: InitiativeSummary) =>
    r.totals.unconverted > 0
      ? '–'
      : `${krText(i18n, v)}, ${priceLevelText(locale, r.totals.prices)}`;
  const columns: readonly Column<InitiativeSummary>[] = [
    {
      key: 'title',
      header: c.title,
      rowHeader: true,
      cell: (r) => (
        <>
          <Link href={`/initiativer/${r.id}`} lang="da">
            {r.title}
          </Link>{' '}
          <InitiativeBadges example={r.example} visibility={r.visibility} />
        </>
      ),
    },
    ...(showMunicipality
      ? [
          {
            key: 'municipality',
            header: c.municipality,
            cell: (r: InitiativeSummary) => r.municipalityName,
          },
        ]
      : []),
    ...(showTheme
      ? [
          {
            key: 'theme',
            header: c.theme,
            cell: (r: InitiativeSummary) => t.common.themes[r.theme] ?? r.theme,
          },
        ]
      : []),
    { key: 'status', header: c.status, cell: (r) => t.initiatives.statuses[r.status] ?? r.status },
    { key: 'start', header: c.startYear, numeric: true, cell: (r) => String(r.startYear) },
    {
      key: 'expected',
      header: c.expected,
      numeric: true,
      cell: (r) => amount(r.totals.expected, r),
    },
    {
      key: 'realised',
      header: c.realised,
      numeric: true,
      cell: (r) => amount(r.totals.realised, r),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.id)}
      className="initiatives-table"
    />
  );
}
