import { useKeyFigures, useMunicipalities } from '../../api/index.ts';
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
import { CompareTable } from './compare-table.tsx';
import { RankChart } from './rank-chart.tsx';
import { parseSelection } from './selection.ts';
import { useThemeValues } from './use-theme-values.ts';
import { themeYears } from './years.ts';
import './compare.css';

/** The choices, in the URL: municipalities (k, comma-separated codes), theme and year. */
const DEFAULTS = { k: '', theme: 'elderly-health', year: '' } as const;
/** The first year a theme's figures may be chosen in (after the 2007 municipal reform). */
const FIRST_YEAR = 2007;

/** /sammenlign?k=101,147,…: two to five municipalities side by side on a theme's figures. */
export default function ComparePage() {
  const { t, name } = useI18n();
  const c = t.compare;
  const [choice, setChoice] = useUrlState(DEFAULTS);
  const municipalities = useMunicipalities();
  const figures = useKeyFigures();
  const known = new Set((municipalities.data ?? []).map((m) => m.code));
  const names = new Map((municipalities.data ?? []).map((m) => [m.code, m.name]));
  const selection = parseSelection(choice.k, known);
  const year = choice.year ? Number(choice.year) : null;
  const themeFigures = (figures.data ?? []).filter((k) =>
    (k.themes as readonly string[]).includes(choice.theme),
  );
  const withData = themeFigures.filter((k) => (k.yearsWithValues?.length ?? 0) > 0);
  const ready = !selection.tooFew && !selection.tooMany;
  const values = useThemeValues(ready ? withData : [], year, FIRST_YEAR);
  const themeName = t.common.themes[choice.theme] ?? choice.theme;

  const yearOptions = [
    { value: '', label: c.latest },
    ...themeYears(withData, FIRST_YEAR, year).map((y) => ({ value: String(y), label: String(y) })),
  ];
  const themeOptions = Object.entries(t.common.themes)
    .filter(([key]) => key !== 'structure')
    .map(([value, label]) => ({ value, label }));
  const withoutData = [
    ...themeFigures.filter((k) => !withData.includes(k)),
    ...values.figures.filter((f) => f.doc === null).map((f) => f.keyFigure),
  ];
  const shown = values.figures.filter((f) => f.doc !== null);

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

      <div className="controls">
        <Select
          label={c.theme}
          name="theme"
          value={choice.theme}
          options={themeOptions}
          onChange={(theme) => setChoice({ theme })}
        />
        <Select
          label={c.year}
          name="year"
          value={choice.year}
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
      ) : figures.error || values.error ? (
        <ErrorMessage
          error={(figures.error ?? values.error) as Error}
          retry={() => (figures.error ? void figures.refetch() : values.refetch())}
        />
      ) : figures.isPending || values.pending ? (
        <Loading height={withData.length * 64 + 120} />
      ) : shown.length === 0 ? (
        <p className="notice">{c.noFigures}</p>
      ) : (
        <>
          <section aria-labelledby="cmp-table-heading">
            <h2 id="cmp-table-heading">{c.table.heading}</h2>
            <p className="cmp-note">{c.bestNote}</p>
            <CompareTable theme={themeName} codes={selection.codes} names={names} figures={shown} />
            {withoutData.length ? (
              <p className="cmp-note">
                {c.withoutData(withoutData.map((k) => name(k)).join(', '), year)}
              </p>
            ) : null}
          </section>
          <RankChart theme={themeName} codes={selection.codes} names={names} figures={shown} />
        </>
      )}
    </div>
  );
}
