import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import {
  usePortalSearch,
  useSession,
  type PortalSearchDocument,
  type SnippetPart,
} from '../../api/index.ts';
import { ItemBadges, PageTitle, QueryView, useUrlState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { FACETS, Facets, type FacetName } from './facets.tsx';
import { Snippet } from './snippet.tsx';
import './portal.css';

/** The search's state in the URL, so a search can be shared: /viden?q=…&theme=…&topic=…. */
const DEFAULTS = {
  q: '',
  kind: '',
  theme: '',
  topic: '',
  municipality: '',
  keyFigure: '',
  year: '',
  status: '',
} as const;

const PAGE_SIZE = 20;

/** /viden: search the knowledge portal, narrowed by facets, with highlighted snippets. */
export default function PortalSearchPage() {
  const { t } = useI18n();
  const s = t.portal.search;
  const [state, setState] = useUrlState(DEFAULTS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const session = useSession();
  const query = usePortalSearch({ ...state, limit });
  const filtered = FACETS.some((k) => state[k] !== '') || state.status !== '';
  return (
    <div className="page portal-page">
      <link
        rel="alternate"
        type="application/atom+xml"
        href="/api/v1/portal/feed.atom"
        title={s.feed}
      />
      <PageTitle>{s.title}</PageTitle>
      <p className="lead">{s.lead}</p>
      <div className="portal-actions">
        {session.data?.loggedIn ? (
          <Link href="/viden/ny" className="portal-new">
            {s.newItem}
          </Link>
        ) : null}
        <a href="/api/v1/portal/feed.atom" className="portal-feed">
          {s.feed}
        </a>
      </div>
      <SearchForm
        q={state.q}
        onSearch={(q) => {
          setLimit(PAGE_SIZE);
          setState({ q });
        }}
      />
      <QueryView query={query} height={400}>
        {(d) => (
          <div className="portal-layout">
            <aside className="portal-filters" aria-labelledby="portal-filters-heading">
              <h2 id="portal-filters-heading">{s.filters}</h2>
              <Facets
                facets={d.facets}
                chosen={state}
                onChange={(facet: FacetName, value) => {
                  setLimit(PAGE_SIZE);
                  setState({ [facet]: value });
                }}
              />
              {filtered ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setState(Object.fromEntries([...FACETS, 'status'].map((k) => [k, ''])))
                  }
                >
                  {s.clear}
                </button>
              ) : null}
            </aside>
            <Results
              d={d}
              empty={state.q === '' && !filtered ? s.emptyAll : s.empty}
              onMore={() => setLimit((n) => n + PAGE_SIZE)}
            />
          </div>
        )}
      </QueryView>
    </div>
  );
}

function Results({
  d,
  empty,
  onMore,
}: {
  readonly d: PortalSearchDocument;
  readonly empty: string;
  readonly onMore: () => void;
}) {
  const { t } = useI18n();
  const s = t.portal.search;
  return (
    <section className="portal-results" aria-labelledby="portal-results-heading">
      <h2 id="portal-results-heading" aria-live="polite">
        {s.results(d.total)}
      </h2>
      {d.method === 'trigram' && d.total > 0 ? (
        <p className="notice" data-testid="portal-trigram">
          {s.trigram}
        </p>
      ) : null}
      {d.items.length === 0 ? (
        <p className="portal-empty">{empty}</p>
      ) : (
        <ol className="portal-result-list">
          {d.items.map((item) => (
            <li key={item.id} className="portal-result">
              <ItemBadges kind={item.kind} example={item.example} status={item.status} />
              {/* Items are written in Danish: said so for an English page's screen reader. */}
              <h3 lang="da">
                <Link href={`/viden/${item.id}`}>{item.title}</Link>
              </h3>
              <p className="portal-summary" lang="da">
                {item.summary}
              </p>
              <Snippet parts={withoutSummary(item.snippet, item.summary)} />
            </li>
          ))}
        </ol>
      )}
      {d.items.length < d.total ? (
        <button type="button" onClick={onMore}>
          {s.more}
        </button>
      ) : null}
    </section>
  );
}

function SearchForm({
  q,
  onSearch,
}: {
  readonly q: string;
  readonly onSearch: (q: string) => void;
}) {
  const { t } = useI18n();
  const s = t.portal.search;
  const [text, setText] = useState(q);
  // The field follows the URL's q when it changes elsewhere (back, a link), during render.
  const [seen, setSeen] = useState(q);
  if (seen !== q) {
    setSeen(q);
    setText(q);
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className="portal-search" onSubmit={submit}>
      <label htmlFor="portal-q">{s.query}</label>
      <div className="portal-search-row">
        <input
          id="portal-q"
          type="search"
          name="q"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{s.submit}</button>
      </div>
    </form>
  );
}

/** The snippet without the summary it starts with (the summary is shown just above it). */
function withoutSummary(parts: readonly SnippetPart[], summary: string): readonly SnippetPart[] {
  const first = parts[0];
  if (first === undefined || first.mark || !first.text.startsWith(summary) || parts.length < 2)
    return parts;
  const rest = first.text.slice(summary.length).trimStart();
  return rest === '' ? parts.slice(1) : [{ text: rest, mark: false }, ...parts.slice(1)];
}
