import { Link } from 'wouter';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import {
  basisLabel,
  freshnessHeadline,
  kindYear,
  sortFigures,
  type FigureFreshness,
  type FreshnessDocument,
  type SourceFreshness,
} from './freshness-format.ts';

/**
 * How recent the figures are (/api/v1/freshness): a sentence on how many figures reach the
 * newest year and where most end, per source how many figures end in which year (accounts or
 * budget) and the price level they are stored in, and every figure's newest year on demand.
 */
export function FreshnessSection({ freshness }: { readonly freshness: FreshnessDocument }) {
  const { t, f, name } = useI18n();
  const s = t.data.freshness;
  const names = t.data.sources.names;
  const sourceName = (source: string) => names[source] ?? source;
  const headline = freshnessHeadline(freshness.sources);
  const kinds = t.common.yearKinds;
  const figureName = (k: FigureFreshness) => name(k);
  const figures = sortFigures(
    freshness.keyFigures,
    freshness.sources.map((x) => x.source),
    figureName,
  );
  return (
    <section aria-labelledby="data-freshness-title" className="data-freshness">
      <h2 id="data-freshness-title">{s.title}</h2>
      {headline ? (
        <p className="data-freshness-headline" data-testid="freshness-headline">
          {s.headline(
            f.number(headline.atNewest),
            f.number(headline.total),
            headline.newest,
            f.number(headline.atCommon),
            headline.commonYear,
          )}
        </p>
      ) : (
        <p>{t.data.sources.none}</p>
      )}
      <p className="data-freshness-intro">{s.intro}</p>
      <DataTable<SourceFreshness>
        className="data-freshness-sources"
        caption={s.caption}
        rowKey={(r) => r.source}
        rows={freshness.sources}
        columns={[
          { key: 'source', header: s.source, rowHeader: true, cell: (r) => sourceName(r.source) },
          {
            key: 'keyFigures',
            header: s.keyFigures,
            numeric: true,
            cell: (r) => f.number(r.keyFigures),
          },
          {
            key: 'notFetched',
            header: s.notFetched,
            numeric: true,
            cell: (r) => f.number(r.withoutValues),
          },
          {
            key: 'years',
            header: s.years,
            numeric: true,
            cell: (r) =>
              r.firstYear === null || r.lastYear === null
                ? '–'
                : r.firstYear === r.lastYear
                  ? r.firstYear
                  : `${r.firstYear}–${r.lastYear}`,
          },
          {
            key: 'endsIn',
            header: s.endsIn,
            cell: (r) =>
              r.lastYears.length === 0 ? (
                s.notFetchedCell
              ) : (
                <ul className="data-ends-in">
                  {r.lastYears.map((y) => (
                    <li key={y.year}>
                      {kindYear(y.year, y.kinds, kinds, s.and)}: {f.number(y.keyFigures)}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'prices',
            header: s.prices,
            cell: (r) =>
              r.lastYears.length === 0 ? (
                '–'
              ) : (
                <ul className="data-ends-in">
                  {r.lastYears.map((y) => (
                    <li key={y.year}>
                      {y.year}: {basisLabel(y.priceBases, s.basis, s.and)}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <details className="data-figures">
        <summary>{s.figuresSummary(f.number(figures.length))}</summary>
        <DataTable<FigureFreshness>
          className="data-figures-table"
          caption={s.figuresCaption}
          rowKey={(r) => r.id}
          rows={figures}
          columns={[
            {
              key: 'figure',
              header: s.figure,
              rowHeader: true,
              cell: (r) => (
                <Link
                  href={`/noegletal/${r.id}`}
                  lang={figureName(r) === r.nameDa ? 'da' : undefined}
                >
                  {figureName(r)}
                </Link>
              ),
            },
            { key: 'source', header: s.source, cell: (r) => sourceName(r.source) },
            {
              key: 'firstYear',
              header: s.firstYear,
              numeric: true,
              cell: (r) => r.firstYear ?? '–',
            },
            {
              key: 'lastYear',
              header: s.lastYear,
              cell: (r) =>
                r.lastYear === null ? (
                  <span className="data-muted">{s.notFetchedCell}</span>
                ) : (
                  kindYear(r.lastYear, r.lastYearKinds, kinds, s.and)
                ),
            },
            {
              key: 'lastAccounts',
              header: s.lastAccounts,
              numeric: true,
              cell: (r) => r.lastAccountsYear ?? '–',
            },
            {
              key: 'prices',
              header: s.prices,
              cell: (r) =>
                r.lastYearPriceBases.length === 0
                  ? '–'
                  : basisLabel(r.lastYearPriceBases, s.basis, s.and),
            },
            {
              key: 'municipalities',
              header: s.municipalities,
              numeric: true,
              cell: (r) => (r.lastYear === null ? '–' : f.number(r.lastYearMunicipalities)),
            },
          ]}
        />
      </details>
    </section>
  );
}
