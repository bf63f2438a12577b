import { lazy, Suspense, useMemo } from 'react';
import type { KeyFigureDocument, PackageDocument, Warning } from '../../api/index.ts';
import { Loading } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import {
  packagePrices,
  packageUnit,
  type FigureContext,
  type PackageFigure,
} from './figure-info.ts';
import { rowAnchor, splitRows } from './open-themes.ts';
import {
  positivePotentials,
  shortFigureName,
  shownAmounts,
  TOP_COUNT,
  waterfall,
  waterfallHeight,
  type CountedFigure,
} from './top-potentials.ts';
import { TopPotentials } from './top-potentials.tsx';
import type { OpenThemes } from './use-open-themes.ts';
import { figureLevelWarnings } from './warning-groups.ts';
import './overview.css';
import './print.css';

// The chart (and Observable Plot with it) loads after the package, beside the list.
const WaterfallChart = lazy(() =>
  import('./waterfall-chart.tsx').then((m) => ({ default: m.WaterfallChart })),
);

/**
 * The overview at the top of the package: the largest potentials across the themes, ranked,
 * each a link to its row, and the waterfall from them to the package total.
 */
export function Overview({
  pkg,
  keyFigures,
  comparable,
  levelName,
  groupName,
  distantPeers,
  themes,
  busy,
}: {
  readonly pkg: PackageDocument;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
  /** False below 25 % coverage: no way to a total is drawn. */
  readonly comparable: boolean;
  readonly levelName: string;
  readonly groupName: (theme: string) => string;
  /** The distant-peers warnings with the themes whose peer group each is about. */
  readonly distantPeers: readonly { readonly warning: Warning; readonly themes: string[] }[];
  readonly themes: OpenThemes;
  /** True while a new choice loads and this package is still shown. */
  readonly busy: boolean;
}) {
  const { t, locale, name } = useI18n();
  const m = t.municipality.overview;
  const ranked = useMemo(() => positivePotentials(pkg), [pkg]);
  const top = ranked.slice(0, TOP_COUNT);
  const steps = useMemo(() => waterfall(pkg, TOP_COUNT), [pkg]);
  const shown = useMemo(() => shownAmounts(steps), [steps]);
  const rest = steps.find((s) => s.kind === 'rest');
  const names = useMemo(
    () =>
      new Map(
        top.map((x) => {
          const k = keyFigures.get(x.row.keyFigureId);
          const full = k ? name(k) : x.row.nameDa;
          return [x.row.keyFigureId, { full, short: shortFigureName(full) }] as const;
        }),
      ),
    // top follows pkg; name follows the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pkg, keyFigures, name],
  );
  const prices = packagePrices(locale, pkg);
  const unit = packageUnit(locale, pkg);
  const context = (theme: string): FigureContext => ({
    year: pkg.year,
    levelName,
    groupName: groupName(theme),
    groupSize: pkg.groups[theme]?.members.length ?? 0,
    prices,
  });
  // A figure beyond its theme's top lines is shown by opening the theme.
  const hidden = (figure: CountedFigure<PackageFigure>): boolean => {
    if (themes.open.has(figure.theme)) return false;
    const rows = pkg.themes.find((th) => th.theme === figure.theme)?.figures ?? [];
    return splitRows(rows).rest.some((r) => r.keyFigureId === figure.row.keyFigureId);
  };
  const target = (figure: CountedFigure<PackageFigure>) => ({
    theme: hidden(figure) ? figure.theme : null,
    hash: rowAnchor(figure.theme, figure.row.keyFigureId),
  });

  return (
    <section className="muni-overview-top" aria-labelledby="overview-heading" aria-busy={busy}>
      <h2 id="overview-heading">{m.heading}</h2>
      {top.length === 0 ? (
        <p className="muni-overview-none">{m.none}</p>
      ) : (
        <>
          <p className="muni-overview-lead">{m.lead(top.length)}</p>
          <TopPotentials
            figures={top}
            pkg={pkg}
            keyFigures={keyFigures}
            ranked={{
              context,
              warnings: (figure) => [
                ...figureLevelWarnings(pkg.warnings, figure.row.keyFigureId),
                ...distantPeers
                  .filter((d) => d.themes.includes(figure.theme))
                  .map((d) => d.warning),
              ],
              href: (figure) => {
                const to = target(figure);
                return themes.hrefWith(to.theme, to.hash);
              },
              go: (figure) => {
                const to = target(figure);
                themes.goTo(to.theme, to.hash);
              },
            }}
          />
          <div className="muni-waterfall-box">
            <h3>{m.chart.heading}</h3>
            {comparable ? (
              <>
                <Suspense fallback={<Loading height={waterfallHeight(steps.length)} />}>
                  <WaterfallChart
                    steps={steps}
                    amounts={shown.amounts}
                    names={names}
                    prices={prices}
                    unit={unit}
                  />
                </Suspense>
                <p className="muni-waterfall-note" data-testid="waterfall-note">
                  {m.chart.note}
                  {rest ? ` ${m.chart.restNote(top.length)}` : ''}
                  {shown.addsUp ? '' : ` ${m.chart.rounded}`}
                </p>
              </>
            ) : (
              <p className="muni-waterfall-note">{m.chart.notComparable}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
