import { useApi, useKeyFigures, useMunicipalities } from '../../api/index.ts';
import {
  EmptyDatabaseNotice,
  ErrorMessage,
  Loading,
  PageTitle,
  Select,
  useUrlState,
} from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Chooser } from './chooser.tsx';
import { CompareOverview } from './compare-overview.tsx';
import { CompareTable } from './compare-table.tsx';
import { RankChart, type FigureValues } from './rank-chart.tsx';
import { parseSelection } from './selection.ts';
import { ThemeFilter } from './theme-filter.tsx';
import { parseThemes } from './themes.ts';
import { themeYears } from './years.ts';
import './compare.css';

/** The choices, in the URL: municipalities (k, comma-separated codes), themes and year. */
const DEFAULTS = { k: '', themes: '', year: '' } as const;
/** The first year offered (after the 2007 municipal reform). */
const FIRST_YEAR = 2007;

/**
 * /sammenlign?k=101,147,…: two to five municipalities side by side, every theme's key figures
 * (or the chosen themes') with the own value, the peer group's median and the potential, from
 * one answer of GET /api/v1/compare.
 */
export default function ComparePage() {
  const { t } = useI18n();
  const c = t.compare;
  const [choice, setChoice] = useUrlState(DEFAULTS);
  const municipalities = useMunicipalities();
  const figures = useKeyFigures();
  const known = new Set((municipalities.data ?? []).map((m) => m.code));
  const names = new Map((municipalities.data ?? []).map((m) => [m.code, m.name]));
  const selection = parseSelection(choice.k, known);
  const themes = parseThemes(choice.themes);
  const year = /^\d{4}$/.test(choice.year) ? choice.year : '';
  const ready =
    municipalities.data !== undefined &&
    !selection.tooFew &&
    !selection.tooMany &&
    themes.themes.length > 0;
  const compared = useApi(
    'compare',
    ready
      ? {
          municipalities: selection.codes.join(','),
          themes: themes.all ? undefined : themes.themes.join(','),
          year: year || undefined,
        }
      : null,
  );
  const keyFigures = new Map((figures.data ?? []).map((k) => [k.id, k]));
  const costFigures = (figures.data ?? []).filter((k) => k.kind === 'cost');
  const yearOptions = [
    { value: '', label: c.latest },
    ...themeYears(costFigures, FIRST_YEAR, year ? Number(year) : null).map((y) => ({
      value: String(y),
      label: String(y),
    })),
  ];
  const doc = compared.data;
  const ranked: FigureValues[] = [];
  for (const theme of doc?.themes ?? [])
    for (const f of theme.figures)
      if (!ranked.some((r) => r.keyFigure.id === f.keyFigureId)) {
        const k = keyFigures.get(f.keyFigureId);
        ranked.push({
          keyFigure: {
            id: f.keyFigureId,
            nameDa: f.nameDa,
            nameEn: k?.nameEn ?? null,
            polarity: f.polarity,
          },
          ranks: f.municipalities,
        });
      }
  const themeLabel = themes.all
    ? c.allThemes
    : themes.themes.map((x) => t.common.themes[x] ?? x).join(', ');

  return (
    <div className="page cmp-page">
      <PageTitle>{c.title}</PageTitle>
      <p className="lead">{c.lead}</p>
      <EmptyDatabaseNotice />
      {municipalities.error ? (
        <ErrorMessage error={municipalities.error} retry={() => void municipalities.refetch()} />
      ) : municipalities.data ? (
        <Chooser
          codes={selection.codes}
          municipalities={municipalities.data}
          onChange={(codes) => setChoice({ k: codes.join(',') })}
        />
      ) : (
        <Loading height={160} />
      )}
      {selection.unknown.length ? (
        <p className="error" role="alert">
          {c.unknown(selection.unknown.join(', '))}
        </p>
      ) : null}
      {selection.repeated.length ? (
        <p className="error" role="alert">
          {c.repeated(selection.repeated.map((x) => names.get(x) ?? x).join(', '))}
        </p>
      ) : null}
      {themes.unknown.length ? (
        <p className="error" role="alert">
          {c.unknownTheme(themes.unknown.join(', '))}
        </p>
      ) : null}

      <div className="controls cmp-controls">
        <ThemeFilter chosen={themes.themes} onChange={(next) => setChoice({ themes: next })} />
        <Select
          label={c.year}
          name="year"
          value={year}
          options={yearOptions}
          onChange={(y) => setChoice({ year: y })}
        />
      </div>
      <p className="cmp-note">{c.yearNote}</p>

      {!municipalities.data ? null : selection.tooMany ? (
        <p className="error" role="alert">
          {c.tooMany(selection.codes.length)}
        </p>
      ) : selection.tooFew ? (
        <p className="notice" role="status">
          {c.tooFew(selection.codes.length)}
        </p>
      ) : themes.themes.length === 0 ? (
        <p className="notice" role="status">
          {c.noTheme}
        </p>
      ) : compared.error ? (
        <ErrorMessage error={compared.error} retry={() => void compared.refetch()} />
      ) : !doc ? (
        <div aria-busy="true">
          <p className="cmp-note" role="status">
            {c.loadingNote}
          </p>
          <Loading height={400} />
        </div>
      ) : (
        <>
          <CompareOverview doc={doc} names={names} all={themes.all} />
          <section aria-labelledby="cmp-table-heading">
            <h2 id="cmp-table-heading">{c.table.heading}</h2>
            <p className="cmp-note">{c.bestNote}</p>
            {doc.themes.map((theme) => (
              <CompareTable
                key={theme.theme}
                theme={theme}
                doc={doc}
                names={names}
                keyFigures={keyFigures}
              />
            ))}
          </section>
          <RankChart
            theme={themeLabel}
            codes={doc.municipalities.map((m) => m.municipality.code)}
            names={names}
            figures={ranked}
          />
        </>
      )}
    </div>
  );
}
