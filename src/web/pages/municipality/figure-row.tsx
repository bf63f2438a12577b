import { lazy, Suspense, useState } from 'react';
import type { KeyFigureDocument, PackageDocument, Warning } from '../../api/index.ts';
import { InfoNumber, Loading } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { CorridorBar } from './corridor-bar.tsx';
import { FigureNotes, FigureWarnings, NoValue, NumberCell, ValueCells } from './figure-cells.tsx';
import {
  figureInfo,
  formatMoney,
  potentialSign,
  type FigureContext,
  type PackageFigure,
} from './figure-info.ts';
import { GapItems, GapToggle } from './gap-items.tsx';
import { rowAnchor } from './open-themes.ts';

// The chart (and Observable Plot with it) loads when a row is opened, not with the package.
const DevelopmentChart = lazy(() =>
  import('./development-chart.tsx').then((m) => ({ default: m.DevelopmentChart })),
);

/** What the development chart of a row needs beyond the row. */
export interface DevelopmentContext {
  readonly code: string;
  readonly municipalityName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly peersParam: string;
  readonly themeId: string;
}

/**
 * One key figure of a theme: own value, benchmark, rank, potential (in words as well as the
 * sign), corridor, its place in the sums (where it is counted, or why not) with its warnings,
 * and its development on demand in the row below.
 */
export function FigureRow({
  row,
  keyFigure,
  overlapsWith,
  warnings,
  pkg,
  context,
  scale,
  open,
  onToggle,
  development,
}: {
  readonly row: PackageFigure;
  readonly keyFigure: KeyFigureDocument | undefined;
  readonly overlapsWith: KeyFigureDocument | undefined;
  /** The warnings about this figure (outlier, small volume, definition break, …). */
  readonly warnings: readonly Warning[];
  readonly pkg: Pick<PackageDocument, 'prices' | 'year' | 'yearKind'>;
  readonly context: FigureContext;
  readonly scale: readonly [number, number];
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly development: DevelopmentContext;
}) {
  const i18n = useI18n();
  const { t, f, name } = i18n;
  const c = t.municipality.columns;
  const m = t.municipality.figure;
  const info = figureInfo(i18n, row, keyFigure, context);
  const detailId = `udvikling-${development.themeId}-${row.keyFigureId}`;
  const gapId = `andre-${development.themeId}-${row.keyFigureId}`;
  // "Hvad gjorde andre?": asked for on the first opening only, then kept (lazy per row).
  const [gapOpen, setGapOpen] = useState(false);
  const [gapAsked, setGapAsked] = useState(false);
  const gap =
    row.potential !== null && row.potential > 0
      ? {
          municipality: development.code,
          keyFigure: row.keyFigureId,
          year: context.year,
          peers: development.peersParam,
        }
      : null;
  const sign = potentialSign(row.potential);
  const { min, max } = row.corridor;
  const status = statusText(t.municipality.figure.status, row, {
    other: () => (overlapsWith ? name(overlapsWith) : (row.overlapsWith ?? '')),
    theme: (id) => t.common.themes[id] ?? id,
  });
  const short = t.municipality.figure.statusShort[row.status];
  const reason = t.municipality.figure.showReasonDa && row.reasonDa && short ? row.reasonDa : null;
  const corridorText =
    min && max ? (
      <InfoNumber info={info.corridor}>
        {corridorRange(f, min.signed, max.signed, m.corridor)}
      </InfoNumber>
    ) : (
      <NoValue />
    );

  return (
    <>
      <tr
        id={rowAnchor(development.themeId, row.keyFigureId)}
        data-key-figure={row.keyFigureId}
        className={`figure-row status-${row.status}`}
      >
        <th scope="row" className="col-figure">
          <span className="figure-name">{info.name}</span>
          {/* A year kind other than the package's is said here (the year's own kind is said
              beside the year picker). */}
          <FigureNotes unit={info.unit} row={row} pkg={pkg} />
        </th>
        <ValueCells row={row} info={info} labels={c} />
        <NumberCell
          label={c.rank}
          info={info.rank}
          text={row.rank === null ? null : m.rank(row.rank, row.rankOf)}
        />
        <NumberCell
          label={c.potential}
          className="num potential"
          info={info.potential}
          text={row.potential === null || sign === null ? null : formatMoney(f, row.potential)}
          after={
            sign === null ? null : (
              <span className={`potential-word potential-${sign}`}>{m.potentialWord[sign]}</span>
            )
          }
        />
        <td className="num col-corridor" data-label={c.corridor}>
          <span className="cell">
            {corridorText}
            {min && max && row.potential !== null ? (
              <CorridorBar min={min.signed} max={max.signed} value={row.potential} scale={scale} />
            ) : null}
          </span>
        </td>
        <td className="col-status" data-label={c.status}>
          {reason ? (
            <>
              <strong className="status-short">{short}:</strong>{' '}
              <span className="status-reason">{reason}</span>
            </>
          ) : (
            <span className="status-text">{status}</span>
          )}
          <FigureWarnings warnings={warnings} />
        </td>
        <td className="col-development">
          <button
            type="button"
            className="link-button development-toggle"
            aria-expanded={open}
            aria-controls={open ? detailId : undefined}
            onClick={onToggle}
          >
            {open ? m.hideDevelopment : m.showDevelopment}
            <span className="visually-hidden"> {m.developmentOf(info.name)}</span>
          </button>
          {gap ? (
            <GapToggle
              params={gap}
              asked={gapAsked}
              open={gapOpen}
              controls={gapId}
              figureName={info.name}
              onToggle={() => {
                setGapAsked(true);
                setGapOpen((o) => !o);
              }}
            />
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr className="development-row" id={detailId}>
          <td colSpan={8}>
            <Suspense fallback={<Loading height={300} />}>
              <DevelopmentChart
                code={development.code}
                municipalityName={development.municipalityName}
                names={development.names}
                peersParam={development.peersParam}
                keyFigure={keyFigure}
                keyFigureId={row.keyFigureId}
                figureName={info.name}
                year={context.year}
              />
            </Suspense>
          </td>
        </tr>
      ) : null}
      {gap && gapOpen ? (
        <tr className="gap-row" id={gapId}>
          <td colSpan={8}>
            <GapItems params={gap} figureName={info.name} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** A corridor's ends, the unit once when both are in millions: "−38,6 til −11,7 mio. kr.". */
function corridorRange(
  f: ReturnType<typeof useI18n>['f'],
  min: number,
  max: number,
  range: (a: string, b: string) => string,
): string {
  // The unit stays on one line with its number; the range breaks only around "til"/"to".
  const keep = (s: string) => s.replace(/ (?=mio\.|kr\.)|(?<=DKK) /g, '\u00a0');
  if (Math.abs(min) >= 1e5 && Math.abs(max) >= 1e5) return keep(f.mkrRange(min, max));
  return range(keep(formatMoney(f, min)), keep(formatMoney(f, max)));
}

/**
 * The row's place in the sums, in words: counted here, counted under another theme (named), or
 * left out and why.
 */
function statusText(
  texts: Record<string, string | ((other: string) => string)>,
  row: Pick<PackageFigure, 'status' | 'countedIn'>,
  names: { readonly other: () => string; readonly theme: (id: string) => string },
): string {
  if (row.status === 'included' && row.countedIn) {
    const text = texts['countedIn'];
    return typeof text === 'function' ? text(names.theme(row.countedIn)) : row.countedIn;
  }
  const text = texts[row.status] ?? row.status;
  return typeof text === 'function' ? text(names.other()) : text;
}
