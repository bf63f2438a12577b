import { useId } from 'react';
import { Link } from 'wouter';
import { useKeyFigures, type KeyFigureDocument } from '../../api/index.ts';
import { EmptyDatabaseNotice, PageTitle, QueryView, useUrlState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { groupByTheme, matchesFilter } from './list-groups.ts';
import { compactYears, valueYears } from './years.ts';
import './key-figure.css';

const DEFAULTS = { q: '' } as const;

/** /noegletal: every key figure, grouped by theme, filtered by name. */
export default function KeyFigureList() {
  const { t } = useI18n();
  const l = t.keyFigure.list;
  const figures = useKeyFigures();
  const [choice, setChoice] = useUrlState(DEFAULTS);
  const inputId = useId();
  const countId = useId();
  return (
    <div className="page">
      <PageTitle>{l.title}</PageTitle>
      <p className="lead">{l.lead}</p>
      <EmptyDatabaseNotice />
      <div className="field kf-filter">
        <label htmlFor={inputId}>{l.filter}</label>
        <input
          id={inputId}
          type="search"
          value={choice.q}
          aria-describedby={countId}
          placeholder={l.filterHint}
          onChange={(e) => setChoice({ q: e.target.value })}
        />
      </div>
      <QueryView query={figures} height={1200}>
        {(all) => <Groups all={all} filter={choice.q} countId={countId} />}
      </QueryView>
    </div>
  );
}

function Groups({
  all,
  filter,
  countId,
}: {
  readonly all: readonly KeyFigureDocument[];
  readonly filter: string;
  readonly countId: string;
}) {
  const { t, f, name } = useI18n();
  const l = t.keyFigure.list;
  const shown = all.filter((k) => matchesFilter(k, name(k), filter));
  const groups = groupByTheme(shown, Object.keys(t.common.themes));
  return (
    <>
      <p id={countId} role="status" aria-live="polite" className="kf-note">
        {l.count(shown.length, all.length)}
      </p>
      {shown.length === 0 ? <p className="notice">{l.noMatch}</p> : null}
      {groups.map((g) => {
        const headingId = `kf-theme-${g.theme ?? 'other'}`;
        const title = g.theme ? (t.common.themes[g.theme] ?? g.theme) : l.uncatalogued;
        return (
          <section key={g.theme ?? ''} className="kf-theme" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {title} <span className="kf-meta-inline">({l.figures(g.figures.length)})</span>
            </h2>
            <ul className="kf-list">
              {g.figures.map((k) => (
                <li key={k.id}>
                  <Link
                    href={`/noegletal/${encodeURIComponent(k.id)}`}
                    lang={name(k) === k.nameDa ? 'da' : undefined}
                  >
                    {name(k)}
                  </Link>
                  <span className="kf-meta">
                    {l.unit}: {k.unit ? f.unit(k.unit) : '–'} · {l.years}:{' '}
                    {compactYears(valueYears(k)) || l.noYears}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
