import { Link } from 'wouter';
import {
  apiUrl,
  useBarriers,
  useMunicipalities,
  useSession,
  type BarrierListDocument,
  type BarrierSummary,
} from '../../api/index.ts';
import {
  DataTable,
  PageTitle,
  QueryView,
  Select,
  useUrlState,
  type Column,
} from '../../components/index.ts';
import { priceLevelText } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { BARRIER_STATES, ITEM_THEMES } from '../../../core/index.ts';
import { krText } from '../initiatives/amounts.ts';
import { mayReport } from './viewer.ts';
import { useDebounced } from './write.ts';
import './barriers.css';

/** The list's filters in the URL, so a view can be shared: /regelbarrierer?theme=…&law=…. */
const DEFAULTS = { theme: '', law: '', state: '', municipality: '' } as const;

/**
 * /regelbarrierer: the national ranked list of rule barriers (issue 18), its filters, the
 * downloads (CSV, XLSX, the memo) and "Indberet en barriere" for a municipality's editor.
 */
export default function BarriersPage() {
  const { t, locale } = useI18n();
  const l = t.barriers.list;
  const [filters, setFilters] = useUrlState(DEFAULTS);
  const session = useSession();
  const municipalities = useMunicipalities();
  // The law is typed: asked for once typing pauses, not at every key.
  const law = useDebounced(filters.law);
  const query = useBarriers({ ...filters, law });
  const all = { value: '', label: l.all };
  const listed = { ...filters, municipality: filters.municipality || undefined };
  return (
    <div className="page barriers-page">
      <PageTitle>{l.title}</PageTitle>
      <p className="lead">{l.lead}</p>
      <p className="barriers-note" data-testid="barriers-ranking">
        {l.ranking}
      </p>
      <div className="barriers-actions">
        {mayReport(session.data) ? (
          <Link href="/regelbarrierer/ny" className="barriers-new">
            {l.report}
          </Link>
        ) : null}
        <div className="downloads" data-testid="barriers-downloads">
          <span className="downloads-label">{l.downloads}:</span>
          <ul>
            <li>
              <a
                href={apiUrl('barriers', { ...listed, format: 'csv', locale })}
                download
                data-format="csv"
              >
                {l.csv}
              </a>
            </li>
            <li>
              <a
                href={apiUrl('barriers', { ...listed, format: 'xlsx', lang: locale })}
                download
                data-format="xlsx"
              >
                {l.xlsx}
              </a>
            </li>
            <li>
              <a
                href={apiUrl('barriers/memo', { top: 10, theme: filters.theme, lang: locale })}
                download
                data-format="memo"
              >
                {l.memo}
              </a>
            </li>
          </ul>
        </div>
      </div>
      <div className="controls barriers-filters" role="group" aria-label={l.filters}>
        <Select
          label={l.theme}
          value={filters.theme}
          options={[all, ...ITEM_THEMES.map((x) => ({ value: x, label: t.common.themes[x] ?? x }))]}
          onChange={(theme) => setFilters({ theme })}
        />
        <div className="field">
          <label htmlFor="barriers-law">{l.law}</label>
          <input
            id="barriers-law"
            type="search"
            value={filters.law}
            onChange={(e) => setFilters({ law: e.target.value })}
          />
        </div>
        <Select
          label={l.state}
          value={filters.state}
          options={[
            all,
            ...BARRIER_STATES.map((x) => ({ value: x, label: t.barriers.states[x] ?? x })),
          ]}
          onChange={(state) => setFilters({ state })}
        />
        <Select
          label={l.municipality}
          value={filters.municipality}
          options={[
            all,
            ...[...(municipalities.data ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name, 'da'))
              .map((m) => ({ value: m.code, label: m.name })),
          ]}
          onChange={(municipality) => setFilters({ municipality })}
        />
      </div>
      <QueryView query={query} height={300}>
        {(d) => (
          <Ranked d={d} filtered={Object.values(listed).some((v) => v !== undefined && v !== '')} />
        )}
      </QueryView>
    </div>
  );
}

function Ranked({ d, filtered }: { readonly d: BarrierListDocument; readonly filtered: boolean }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const l = t.barriers.list;
  const c = l.columns;
  const level = priceLevelText(locale, d.prices);
  const columns: readonly Column<BarrierSummary>[] = [
    { key: 'rank', header: c.rank, numeric: true, cell: (r) => String(r.rank) },
    {
      key: 'title',
      header: c.title,
      rowHeader: true,
      cell: (r) => (
        <Link href={`/regelbarrierer/${r.id}`} lang="da">
          {r.title}
        </Link>
      ),
    },
    {
      key: 'law',
      header: c.law,
      cell: (r) => (
        <span lang="da">
          {r.law.name} {r.law.paragraph}
        </span>
      ),
    },
    { key: 'reporter', header: c.reporter, cell: (r) => r.municipality.name },
    { key: 'seconds', header: c.seconds, numeric: true, cell: (r) => String(r.seconds) },
    {
      key: 'total',
      header: c.total,
      numeric: true,
      cell: (r) => (
        <>
          {t.barriers.amount(krText(i18n, r.total.amount), level)}
          {r.total.unconverted > 0 ? (
            <span className="barriers-unconverted">{l.unconverted(r.total.unconverted)}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'state',
      header: c.state,
      cell: (r) => (
        <span className={`barrier-state barrier-state-${r.state}`}>
          {t.barriers.states[r.state] ?? r.state}
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="barriers-list-heading">
      <h2 id="barriers-list-heading" className="visually-hidden">
        {l.title}
      </h2>
      <p aria-live="polite" data-testid="barriers-count">
        {l.results(d.items.length)}
      </p>
      {d.pricesNote ? (
        <p className="barriers-note" data-testid="barriers-prices-note">
          {locale === 'da' ? d.pricesNote.da : d.pricesNote.en}
        </p>
      ) : null}
      {d.items.length === 0 ? (
        <p>{filtered ? l.empty : l.none}</p>
      ) : (
        <DataTable
          caption={l.caption(level)}
          columns={columns}
          rows={d.items}
          rowKey={(r) => String(r.id)}
          className="barriers-table"
        />
      )}
    </section>
  );
}
