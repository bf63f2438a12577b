import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'wouter';
import {
  ApiError,
  reportFileUrl,
  type KeyFigureDocument,
  type Municipality,
  type PackageDocument,
  type PackageYearsDocument,
} from '../../api/index.ts';
import { EmptyDatabaseNotice, ErrorMessage, Loading, PageTitle } from '../../components/index.ts';
import { useI18n, type I18n } from '../../i18n/index.ts';
import { Competition } from './competition.tsx';
import { Controls, type Choice } from './controls.tsx';
import { Exports } from './exports.tsx';
import { MunicipalityInitiatives } from './initiatives.tsx';
import { Overview } from './overview.tsx';
import { GroupPanel } from './group-panel.tsx';
import { LevelPanel } from './level-panel.tsx';
import { PackageTheme } from './package-theme.tsx';
import { PackageTotal } from './package-total.tsx';
import { Peers } from './peers.tsx';
import { Profile } from './profile.tsx';
import { TalkTo } from './talk-to.tsx';
import { AllThemesToggle } from './theme-rows-toggle.tsx';
import { useOpenThemes } from './use-open-themes.ts';
import { packagePrices } from './figure-info.ts';
import { packageParams, packageQuery } from './package-query.ts';
import { distantPeersByTheme } from './warning-groups.ts';
import { totalIsComparable, type YearFacts } from './years.ts';

/**
 * The package with its choices: header, controls, total, themes, peers, whom to talk to, and
 * competition and cooperation as context.
 */
export function PackageView({
  municipality,
  municipalities,
  keyFigures,
  years,
  year: listYear,
  yearByDefault,
  benchmark,
  peers,
  prices,
  onChange,
}: {
  readonly municipality: Municipality;
  readonly municipalities: readonly Municipality[];
  readonly keyFigures: readonly KeyFigureDocument[] | undefined;
  readonly years: UseQueryResult<PackageYearsDocument, Error>;
  readonly year: number | undefined;
  /** True when no year was chosen and the API's default year is shown. */
  readonly yearByDefault: boolean;
  readonly benchmark: string;
  readonly peers: string;
  /** '' for the API's default level, else a base year of fixed prices. */
  readonly prices: string;
  readonly onChange: (changes: Partial<Record<Choice, string>>) => void;
}) {
  const { t, locale } = useI18n();
  const m = t.municipality;
  const code = municipality.code;
  // Without a chosen year the package is asked at once, in the server's default year, not
  // after the year list; the same query as main.tsx's prefetch (package-query.ts).
  const params = packageParams(code, {
    year: yearByDefault || listYear === undefined ? '' : String(listYear),
    benchmark,
    peers,
    prices,
  });
  // The previous package stays on screen while a new choice loads: nothing jumps, and the
  // controls say that it is updating.
  const pkg = useQuery<PackageDocument, Error>({
    ...packageQuery(params),
    placeholderData: keepPreviousData,
  });
  // The default year: the package's own once it is here (the server chose it), else the list's.
  const ownYear = yearByDefault && !pkg.isPlaceholderData ? pkg.data?.year : undefined;
  const year = ownYear ?? listYear;
  const byId = useMemo(
    () => new Map((keyFigures ?? []).map((k) => [k.id, k] as const)),
    [keyFigures],
  );
  const names = useMemo(
    () => new Map(municipalities.map((x) => [x.code, x.name] as const)),
    [municipalities],
  );
  const data = pkg.data;
  // On the first view, everything below the total (overview, themes, peers, whom to talk to,
  // exports, the group panel) renders from a deferred copy: when the package arrives, the total
  // is committed and painted first, and the rest follows in an interruptible background render
  // (the answer comes from an external store, so the whole page would otherwise render in one
  // blocking pass). The initial value (null) defers the first render too, when the page mounts
  // with the package already here (prefetched). Once the rest has caught up, later choices
  // update the total and the rows together, so a new total never stands beside old rows.
  const deferred = useDeferredValue<PackageDocument | null | undefined>(data, null);
  const [caughtUp, setCaughtUp] = useState(false);
  if (!caughtUp && deferred) setCaughtUp(true);
  const later = caughtUp ? data : (deferred ?? undefined);
  const comparable = data ? totalIsComparable(data.coverage, data.warnings) : true;
  const laterComparable = later ? totalIsComparable(later.coverage, later.warnings) : true;
  const listedYear = years.data?.years.find((y) => y.year === year);
  const facts: YearFacts | undefined =
    data && data.year === year
      ? {
          year: data.year,
          yearKind: data.yearKind,
          coverage: data.coverage.share,
          comparable,
        }
      : listedYear;
  const openThemes = useOpenThemes(useMemo(() => data?.themes.map((x) => x.theme) ?? [], [data]));
  const themeOf = (id: string) => byId.get(id)?.themes.find((th) => th !== 'structure');
  const distant = data ? distantPeersByTheme(data, themeOf) : [];
  const laterDistant = useMemo(
    () => (later ? distantPeersByTheme(later, themeOf) : []),
    // themeOf reads byId only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [later, byId],
  );
  const levelName = t.common.levels[benchmark] ?? data?.levelNameDa ?? benchmark;
  // The API names the nearest group with its structure year ("… (2019)"); other groups are
  // named by the choice.
  const groupNameIn =
    (doc: PackageDocument | undefined) =>
    (theme: string): string => {
      const g = doc?.groups[theme];
      const fromApi = (locale === 'da' ? g?.nameDa : g?.nameEn) ?? '';
      if (peers === 'nearest') return fromApi || (t.common.peerGroups['nearest'] ?? '');
      if (peers.startsWith('saved:')) return m.controls.savedGroup(peers.slice('saved:'.length));
      return t.common.peerGroups[peers] ?? fromApi;
    };
  const groupName = groupNameIn(data);
  const laterGroupName = groupNameIn(later);

  return (
    <div className="page municipality-page">
      <EmptyDatabaseNotice />
      <header className="muni-header">
        <p className="muni-eyebrow">{m.eyebrow}</p>
        <PageTitle title={m.documentTitle(municipality.name)}>{municipality.name}</PageTitle>
        <p className="muni-region">
          {m.regionLine(municipality.regionName, municipality.landsdelName)}
        </p>
        <p className="lead">{m.intro}</p>
        <p className="muni-links">
          <Link
            href={`/kommune/${code}/rapport`}
            className="muni-report-button"
            title={t.report.buttonTitle}
            data-testid="report-link"
          >
            {t.report.button}
          </Link>{' '}
          <span className="muni-report-files">
            {(['pdf', 'docx'] as const).map((format) => (
              <a
                key={format}
                href={reportFileUrl(code, format, {
                  year: yearByDefault || year === undefined ? '' : String(year),
                  benchmark,
                  peers,
                  prices,
                  lang: locale,
                  draft: false,
                })}
                data-testid={`report-quick-${format}`}
                aria-label={t.report.quick[format](municipality.name)}
              >
                {t.report.quick.label[format]}
              </a>
            ))}
          </span>{' '}
          <Link href={`/budgetopfoelgning/${code}`} data-testid="budget-link">
            {t.budget.link}
          </Link>
          {' · '}
          <Link href="/styring" data-testid="steering-link">
            {t.steering.link}
          </Link>
        </p>
      </header>

      <Controls
        years={years.data}
        year={year}
        benchmark={benchmark}
        peers={peers}
        prices={prices}
        updating={
          (pkg.isFetching && pkg.isPlaceholderData) || (later !== undefined && later !== data)
        }
        facts={facts}
        fellBackTo={data?.pricesFellBack ? packagePrices(locale, data) : undefined}
        onChange={onChange}
      />
      <details className="group-details" open={peers.includes(';') || undefined}>
        <summary>{t.group.summary}</summary>
        <LevelPanel
          code={code}
          benchmark={benchmark}
          municipalities={municipalities}
          onBenchmark={(b) => onChange({ benchmark: b })}
        />
        <GroupPanel
          code={code}
          year={year}
          peers={peers}
          municipalities={municipalities}
          pkg={later}
          groupName={laterGroupName(later?.themes[0]?.theme ?? '')}
          onPeers={(p) => onChange({ peers: p })}
        />
      </details>

      {years.error && year === undefined ? (
        <ErrorMessage error={years.error} retry={() => void years.refetch()} />
      ) : years.data && year === undefined ? (
        // Nothing imported (or no figure with years): the notice above says what to do.
        <p className="muni-no-data">{m.noYears}</p>
      ) : (
        <>
          <div className="muni-top">
            {pkg.error ? (
              <div className="muni-total-box">
                <ErrorMessage
                  error={packageError(pkg.error, year, prices, m)}
                  retry={() => void pkg.refetch()}
                />
              </div>
            ) : data && year !== undefined ? (
              <PackageTotal
                pkg={data}
                levelName={levelName}
                groupName={groupName(data.themes[0]?.theme ?? '')}
                busy={pkg.isPlaceholderData}
                comparable={comparable}
                yearByDefault={yearByDefault}
                distantPeers={distant}
                keyFigures={byId}
              />
            ) : (
              <div className="muni-total-box muni-placeholder-total">
                <Loading height={600} />
              </div>
            )}
            {year !== undefined ? (
              <Profile code={code} year={year} keyFigures={byId} />
            ) : (
              <div className="muni-placeholder-profile">
                <Loading height={410} />
              </div>
            )}
          </div>

          {later && year !== undefined ? (
            <Overview
              pkg={later}
              keyFigures={byId}
              comparable={laterComparable}
              levelName={levelName}
              groupName={laterGroupName}
              distantPeers={laterDistant}
              themes={openThemes}
              busy={pkg.isPlaceholderData}
            />
          ) : null}
          {later && year !== undefined ? (
            <div className="muni-appendix" aria-busy={pkg.isPlaceholderData || later !== data}>
              <h2 className="muni-appendix-heading">{m.overview.appendix}</h2>
              <AllThemesToggle themes={openThemes} count={later.themes.length} />
              {later.themes.map((theme) => (
                <PackageTheme
                  key={theme.theme}
                  theme={theme}
                  pkg={later}
                  keyFigures={byId}
                  year={later.year}
                  levelName={levelName}
                  groupName={laterGroupName(theme.theme)}
                  code={code}
                  municipalityName={municipality.name}
                  names={names}
                  peersParam={peers}
                  comparable={laterComparable}
                  distantPeers={laterDistant
                    .filter((d) => d.themes.includes(theme.theme))
                    .map((d) => d.warning)}
                  expanded={openThemes.open.has(theme.theme)}
                  onToggleExpanded={() => openThemes.toggle(theme.theme)}
                />
              ))}
              <Peers
                code={code}
                year={later.year}
                choice={peers}
                groupName={laterGroupName}
                pkg={later}
                names={names}
              />
              <TalkTo
                code={code}
                year={later.year}
                peersParam={peers}
                pkg={later}
                keyFigures={byId}
              />
              <Competition
                code={code}
                municipalityName={municipality.name}
                names={names}
                year={later.year}
                peersParam={peers}
                pkg={later}
                groupName={laterGroupName}
                keyFigures={byId}
              />
              <MunicipalityInitiatives code={code} municipalityName={municipality.name} />
              <Exports
                params={{
                  municipality: code,
                  year: later.year,
                  benchmark,
                  peers,
                  prices: prices || undefined,
                }}
              />
            </div>
          ) : pkg.error ? null : (
            <Loading height={2400} />
          )}
        </>
      )}
    </div>
  );
}

/**
 * The API's "no potentials" answer in words that say what to do (with fixed prices asked for:
 * that no index reaches the year); other errors, a refused price level too, as they are.
 */
function packageError(
  error: Error,
  year: number | undefined,
  prices: string,
  m: Pick<I18n['t']['municipality'], 'noPackage' | 'noPackageInPrices'>,
) {
  if (
    error instanceof ApiError &&
    year !== undefined &&
    /ingen potentialer/i.test(error.detailDa)
  ) {
    const text = /^\d{4}$/.test(prices)
      ? m.noPackageInPrices(year, Number(prices))
      : m.noPackage(year);
    return new ApiError(error.status, text, text, error.path);
  }
  return error;
}
