import { Link, useParams } from 'wouter';
import { medianOf } from '../../charts/index.ts';
import {
  useApi,
  useMunicipalities,
  type KeyFigureDocument,
  type ValuesDocument,
} from '../../api/index.ts';
import {
  DownloadLinks,
  EmptyDatabaseNotice,
  ErrorMessage,
  Loading,
  PageTitle,
  Select,
  useUrlState,
} from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { isMoneyUnit } from '../../format/index.ts';
import { ChosenSummary } from './chosen-summary.tsx';
import { DevelopmentSection } from './development-section.tsx';
import { FigureAbout } from './figure-about.tsx';
import { FigureItems } from './figure-items.tsx';
import { MapSection } from './map-section.tsx';
import { RankingChart } from './ranking-chart.tsx';
import { rankByPolarity } from '../../../core/index.ts';
import { kindYear, unconvertedText, valuesUnit } from './prices.ts';
import { chooseReference, referenceMedian } from './reference.ts';
import { ScatterSection } from './scatter-section.tsx';
import { useFigureYears } from './use-figure-years.ts';
import { ValuesTable } from './values-table.tsx';
import './key-figure.css';

/**
 * The choices of the page, in the URL so a view can be shared: year (default the latest with
 * data), the municipality to highlight (m), whether its peers are highlighted, the structural
 * variable of the scatter (x) and the municipalities picked for the development chart (dev).
 */
const DEFAULTS = { year: '', m: '', peers: '1', x: '', dev: '' } as const;

/** Heights reserved while the numbers load, so nothing below jumps when they arrive. */
const RANKING_HEIGHT = 98 * 13 + 68;

/** /noegletal/{id}: one key figure across all municipalities. */
export default function KeyFigurePage() {
  const { t, name } = useI18n();
  const { id = '' } = useParams<{ id: string }>();
  const figure = useApi(`key-figures/${encodeURIComponent(id)}`, {});
  return (
    <div className="page kf-page">
      <p className="kf-back">
        <Link href="/noegletal">← {t.keyFigure.about.back}</Link>
      </p>
      <PageTitle title={figure.data ? name(figure.data) : t.keyFigure.title}>
        {figure.data ? name(figure.data) : t.keyFigure.title}
      </PageTitle>
      <EmptyDatabaseNotice />
      {figure.error ? (
        <ErrorMessage error={figure.error} retry={() => void figure.refetch()} />
      ) : figure.data ? (
        <Explorer keyFigure={figure.data} />
      ) : (
        <Loading height={RANKING_HEIGHT} />
      )}
    </div>
  );
}

function Explorer({ keyFigure }: { readonly keyFigure: KeyFigureDocument }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [choice, setChoice] = useUrlState(DEFAULTS);
  const all = useFigureYears(keyFigure);
  const municipalities = useMunicipalities();
  const names = new Map((municipalities.data ?? []).map((m) => [m.code, m.name]));

  const latest = all.years[all.years.length - 1];
  const asked = choice.year ? Number(choice.year) : null;
  // A year from the URL without data falls back to the latest (the years come with the figure).
  const year = asked !== null && all.years.includes(asked) ? asked : (latest ?? null);
  const chosen = choice.m && names.has(choice.m) ? choice.m : null;
  const unknownChosen = choice.m && municipalities.data && !names.has(choice.m) ? choice.m : null;
  const showPeers = choice.peers !== '0';
  const theme = keyFigure.themes.find((th) => th !== 'structure');
  const peersQuery = useApi(
    'peers',
    chosen && showPeers && year !== null ? { municipality: chosen, year, theme } : null,
  );
  const peers = new Set(showPeers ? (peersQuery.data?.group.members ?? []) : []);

  const rows = year === null ? undefined : all.byYear.get(year);
  const doc = year === null ? undefined : all.docs.get(year);
  const yearLabel = year === null ? '' : kindYear(t, year, doc?.yearKind);
  // The year's values with the price level in their unit: "kr. pr. 67+-årig, 2010-priser".
  const unit = valuesUnit(locale, keyFigure.unit, doc);
  const shown = { ...keyFigure, unit };
  const ranked = rows ? rankByPolarity(rows, keyFigure.polarity) : [];
  const median = rows ? medianOf(rows.map((r) => r.value)) : null;
  // The charts' one reference line: the peers' median when they are shown, else all's.
  const reference = chooseReference(
    chosen && showPeers && peersQuery.data ? peersQuery.data.group.members : null,
  );
  const referenceValue = rows ? referenceMedian(rows, reference) : null;
  const c = t.keyFigure.controls;

  const yearOptions = [...all.years].reverse().map((y) => {
    const kind = all.docs.get(y)?.yearKind;
    return {
      value: String(y),
      label: c.yearOption(y, kind ? (t.common.yearKinds[kind] ?? kind) : null),
    };
  });
  const municipalityOptions = [
    { value: '', label: c.none },
    ...[...(municipalities.data ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((m) => ({ value: m.code, label: m.name })),
  ];

  if (all.error) return <ErrorMessage error={all.error} retry={all.refetch} />;
  const noData = all.years.length === 0;

  return (
    <>
      <FigureAbout keyFigure={keyFigure} years={all.years} />
      {noData ? (
        <p className="notice">
          {t.keyFigure.about.noData} <Link href="/data">{t.keyFigure.about.noDataLink}</Link>
        </p>
      ) : (
        <>
          <div className="controls kf-controls">
            <Select
              label={c.year}
              name="year"
              value={year === null ? '' : String(year)}
              options={year === null ? [{ value: '', label: '…' }] : yearOptions}
              onChange={(v) => setChoice({ year: v === String(latest) ? '' : v })}
            />
            <Select
              label={c.municipality}
              name="municipality"
              value={chosen ?? ''}
              options={municipalityOptions}
              onChange={(v) => setChoice({ m: v })}
            />
            <div className="field kf-checkbox">
              <label>
                <input
                  type="checkbox"
                  name="peers"
                  checked={showPeers}
                  disabled={!chosen}
                  onChange={(e) => setChoice({ peers: e.target.checked ? '1' : '0' })}
                />{' '}
                {c.peers}
              </label>
            </div>
          </div>
          {doc ? <YearNote doc={doc} unit={unit} /> : null}
          {unknownChosen ? (
            <ErrorMessage error={new Error(t.keyFigure.chosen.unknown(unknownChosen))} />
          ) : null}
          {asked !== null && !all.years.includes(asked) ? (
            <p className="notice">{t.keyFigure.chosen.noDataYear(asked)}</p>
          ) : null}

          {chosen && year !== null && rows ? (
            <ChosenSummary
              keyFigure={keyFigure}
              year={year}
              yearLabel={yearLabel}
              unit={unit}
              ranked={ranked}
              code={chosen}
              median={median}
              peers={{
                data: showPeers ? peersQuery.data : undefined,
                pending: peersQuery.isPending,
                error: Boolean(peersQuery.error),
                shown: showPeers,
              }}
            />
          ) : (
            <p className="kf-note">{t.keyFigure.chosen.pick}</p>
          )}

          <section aria-labelledby="kf-ranking-heading">
            <h2 id="kf-ranking-heading">{t.keyFigure.ranking.heading}</h2>
            <p>{t.keyFigure.ranking.intro(t.keyFigure.rankFirst[keyFigure.polarity] ?? '')}</p>
            {rows && year !== null ? (
              <RankingChart
                keyFigure={shown}
                year={year}
                ranked={ranked}
                median={referenceValue}
                reference={reference}
                chosen={chosen}
                peers={peers}
              />
            ) : (
              <Loading height={RANKING_HEIGHT} />
            )}
          </section>

          <MapSection
            keyFigure={keyFigure}
            yearLabel={doc ? `${yearLabel}, ${unit}` : undefined}
            prices={isMoneyUnit(keyFigure.unit) ? unit : null}
            year={year}
            rows={rows}
            chosen={chosen}
            chosenName={chosen ? (names.get(chosen) ?? null) : null}
            peers={peers}
            onSelect={(code) => setChoice({ m: code })}
          />

          <ScatterSection
            keyFigure={shown}
            year={year}
            rows={rows}
            chosen={chosen}
            peers={peers}
            variable={choice.x}
            onVariable={(x) => setChoice({ x })}
          />

          <DevelopmentSection
            keyFigure={keyFigure}
            all={all}
            chosen={chosen}
            peers={peersQuery.data && showPeers ? peersQuery.data.group.members : []}
            reference={reference}
            names={names}
            picked={choice.dev}
            onPicked={(dev) => setChoice({ dev })}
          />

          <section aria-labelledby="kf-table-heading">
            <h2 id="kf-table-heading">{t.keyFigure.table.heading}</h2>
            {year !== null ? (
              <DownloadLinks path="values" params={{ keyFigure: keyFigure.id, year }} />
            ) : null}
            {rows && year !== null ? (
              <ValuesTable
                keyFigure={keyFigure}
                year={year}
                yearLabel={yearLabel}
                unit={unit}
                ranked={ranked}
                chosen={chosen}
                peers={peers}
              />
            ) : (
              <Loading height={600} />
            )}
          </section>
        </>
      )}
      <FigureItems keyFigure={keyFigure.id} />
    </>
  );
}

/**
 * The chosen year in words beside the controls: its kind and the unit with its price level,
 * whether its amounts could not be converted, and other kinds the year has that are not shown
 * ("budget 2019 findes også").
 */
function YearNote({ doc, unit }: { readonly doc: ValuesDocument; readonly unit: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const c = t.keyFigure.controls;
  const unconverted = unconvertedText(i18n, doc);
  const marked = doc.yearKind !== 'accounts' || unconverted !== null;
  const parts = [
    kindYear(t, doc.year, doc.yearKind),
    unit,
    unconverted,
    ...doc.otherVariants
      .filter((v) => v.yearKind !== doc.yearKind)
      .map((v) => c.otherVariant(kindYear(t, doc.year, v.yearKind))),
  ].filter((s): s is string => Boolean(s));
  return (
    <p className={`kf-year-note${marked ? ' kf-year-note-marked' : ''}`} data-testid="kf-year-note">
      {marked ? (
        <span className="warning-icon" aria-hidden="true">
          ⚠{' '}
        </span>
      ) : null}
      <span className="visually-hidden">{c.yearNote}: </span>
      {parts.join(' · ')}
    </p>
  );
}
