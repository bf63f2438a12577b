import type { KeyFigureDocument, PackageDocument, Warning } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { FigureNotes, FigureWarnings, NumberCell, ValueCells } from './figure-cells.tsx';
import {
  figureInfo,
  formatMoney,
  packageUnit,
  type FigureContext,
  type PackageFigure,
} from './figure-info.ts';
import type { CountedFigure } from './top-potentials.ts';

type Ranked = CountedFigure<PackageFigure>;

/** Where a ranked figure's link goes, and what its row needs to explain its numbers. */
export interface RankedContext {
  readonly context: (theme: string) => FigureContext;
  readonly warnings: (figure: Ranked) => readonly Warning[];
  /** The address of the figure's row (its theme opened when needed). */
  readonly href: (figure: Ranked) => string;
  /** Follows the link within the page. */
  readonly go: (figure: Ranked) => void;
}

/**
 * The largest potentials across the themes, ranked: figure (a link to its row), theme, own
 * value, benchmark, potential and warnings. Every amount says its price level and year kind
 * in the caption (and each number in its tooltip); a figure of another year kind says so.
 */
export function TopPotentials({
  figures,
  pkg,
  keyFigures,
  ranked,
}: {
  readonly figures: readonly Ranked[];
  readonly pkg: PackageDocument;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
  readonly ranked: RankedContext;
}) {
  const i18n = useI18n();
  const { t, f, locale } = i18n;
  const m = t.municipality.overview;
  const c = m.columns;
  const year = pkg.yearKind
    ? t.common.kindYear(t.common.yearKinds[pkg.yearKind] ?? pkg.yearKind, pkg.year)
    : String(pkg.year);
  const caption = m.caption(figures.length, packageUnit(locale, pkg), year);

  return (
    <div className="table-scroll muni-top10-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="muni-top10" data-testid="top-potentials">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num col-rank">
              {c.rank}
            </th>
            <th scope="col" className="col-figure">
              {c.figure}
            </th>
            <th scope="col" className="col-theme">
              {c.theme}
            </th>
            <th scope="col" className="num col-value">
              {c.value}
            </th>
            <th scope="col" className="num col-value">
              {c.benchmark}
            </th>
            <th scope="col" className="num col-potential">
              {c.potential}
            </th>
            <th scope="col" className="col-warnings">
              {c.warnings}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure, i) => {
            const { row, theme } = figure;
            const k = keyFigures.get(row.keyFigureId);
            const info = figureInfo(i18n, row, k, ranked.context(theme));
            const themeName = t.common.themes[theme] ?? theme;
            const warnings = ranked.warnings(figure);
            return (
              <tr key={row.keyFigureId} data-key-figure={row.keyFigureId} data-theme={theme}>
                <td className="num col-rank" data-label={c.rank}>
                  {i + 1}
                </td>
                <th scope="row" className="col-figure">
                  <a
                    href={ranked.href(figure)}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0)
                        return;
                      e.preventDefault();
                      ranked.go(figure);
                    }}
                  >
                    {info.name}
                    <span className="visually-hidden">{m.linkHint(themeName)}</span>
                  </a>
                  <FigureNotes unit={info.unit} row={row} pkg={pkg} />
                </th>
                <td className="col-theme" data-label={c.theme}>
                  {themeName}
                </td>
                <ValueCells row={row} info={info} labels={c} />
                <NumberCell
                  label={c.potential}
                  className="num potential"
                  info={info.potential}
                  text={formatMoney(f, row.potential)}
                />
                <td className="col-warnings" data-label={c.warnings}>
                  {warnings.length > 0 ? (
                    <FigureWarnings warnings={warnings} />
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{m.noWarnings}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
