import * as Plot from '@observablehq/plot';
import { PlotFigure, fileSlug } from '../../charts/index.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { COLOURS, PLOT_SYMBOLS, SYMBOLS } from './markers.ts';

/** One figure's row: each chosen municipality's rank among all (by position in `codes`). */
export interface FigureValues {
  readonly keyFigure: {
    readonly id: string;
    readonly nameDa: string;
    readonly nameEn?: string | null;
    readonly polarity: string;
  };
  readonly ranks: readonly { readonly rank: number | null; readonly rankOf: number }[];
}

interface Dot {
  readonly figure: string;
  readonly code: string;
  readonly name: string;
  readonly rank: number;
  readonly n: number;
  readonly index: number;
}

/** Pixels of one facet row: the dots' strip plus one line of the title per title line. */
const STRIP = 30;
const LINE = 14;
const FONT = 11;

/** The titles' line width in ems: Plot's measure runs narrow for bold text, hence the margin. */
const lineWidth = (width: number) => Math.max(10, ((width - 40) / FONT) * 0.85);

/** Lines a title needs at this width (about 0.55 em a character). */
function titleLines(titles: readonly string[], width: number): number {
  const perLine = Math.max(10, Math.floor(lineWidth(width) / 0.55));
  return Math.max(1, ...titles.map((s) => Math.ceil(s.length / perLine)));
}

/** The chart's height at a width: equal rows, each tall enough for the longest title. */
function chartHeight(titles: readonly string[], width: number): number {
  return titles.length * (STRIP + LINE * titleLines(titles, width)) + 50;
}

/**
 * Where each chosen municipality ranks among all on each figure: one row per figure (its name
 * above the row, so long names wrap on a phone), x = rank with 1 on the left, one symbol and
 * colour per municipality. Ranks make figures with different units comparable at a glance.
 */
export function RankChart({
  theme,
  codes,
  names,
  figures,
}: {
  readonly theme: string;
  readonly codes: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly figures: readonly FigureValues[];
}) {
  const { t, name } = useI18n();
  const c = t.compare.chart;
  const shown = figures;
  const dots: Dot[] = [];
  let maxN = 1;
  for (const { keyFigure: k, ranks } of shown) {
    codes.forEach((code, index) => {
      const r = ranks[index];
      if (r?.rank == null) return;
      maxN = Math.max(maxN, r.rankOf);
      dots.push({
        figure: k.id,
        code,
        name: names.get(code) ?? code,
        rank: r.rank,
        n: r.rankOf,
        index,
      });
    });
  }
  const titles = new Map(
    shown.map((f) => [
      f.keyFigure.id,
      f.keyFigure.polarity === 'neutral'
        ? `${name(f.keyFigure)} (${t.compare.noDirection})`
        : name(f.keyFigure),
    ]),
  );
  const summary = c.summary(
    theme,
    shown
      .map((f) =>
        c.line(
          name(f.keyFigure),
          dots
            .filter((d) => d.figure === f.keyFigure.id)
            .map((d) => c.rankOf(d.name, t.compare.rankOf(d.rank, d.n)))
            .join(', ') || t.compare.noValue,
        ),
      )
      .join(' '),
  );
  const titleList = [...titles.values()];
  // The box's height before it is measured: the window's width is a close guess for it.
  const height = chartHeight(titleList, Math.min(window.innerWidth - 32, 1168));

  const build = (width: number): Plot.PlotOptions => ({
    height: chartHeight(titleList, width),
    marginLeft: 12,
    marginRight: 16,
    marginTop: 8,
    marginBottom: 40,
    style: { fontSize: `${FONT}px`, color: '#1b1f24' },
    x: {
      domain: [1, maxN],
      inset: 8,
      label: c.axis,
      labelAnchor: 'right',
      ticks: width < 520 ? [1, 25, 50, 75, maxN] : [1, 10, 20, 30, 40, 50, 60, 70, 80, 90, maxN],
      grid: true,
    },
    fy: { domain: shown.map((f) => f.keyFigure.id), axis: null, padding: 0 },
    y: { domain: [0, 1], axis: null },
    symbol: { type: 'identity' },
    marks: [
      Plot.frame({ ariaHidden: 'true', anchor: 'bottom', stroke: '#d5dbe1' }),
      Plot.text(shown, {
        ariaHidden: 'true',
        fy: (f: FigureValues) => f.keyFigure.id,
        frameAnchor: 'top-left',
        text: (f: FigureValues) => titles.get(f.keyFigure.id) ?? '',
        lineWidth: lineWidth(width),
        fontWeight: 600,
        dy: 2,
      }),
      Plot.dot(dots, {
        ariaHidden: 'true',
        fy: 'figure',
        x: 'rank',
        y: () => 0.3,
        symbol: (d: Dot) => PLOT_SYMBOLS[d.index],
        stroke: (d: Dot) => COLOURS[d.index],
        fill: (d: Dot) => COLOURS[d.index],
        fillOpacity: 0.85,
        r: 6,
      }),
      Plot.tip(
        dots,
        Plot.pointer({
          ariaHidden: 'true',
          fy: 'figure',
          x: 'rank',
          y: () => 0.3,
          title: (d: Dot) =>
            `${titles.get(d.figure)}\n${d.name}: ${t.compare.rankLabel} ${t.compare.rankOf(d.rank, d.n)}`,
        }),
      ),
    ],
  });

  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="cmp-chart-heading">
      <h2 id="cmp-chart-heading">{c.heading}</h2>
      <p>{c.intro}</p>
      <ul className="cmp-legend">
        {codes.map((code, i) => (
          <li key={code}>
            <span aria-hidden="true" style={{ color: COLOURS[i] }}>
              {SYMBOLS[i]}
            </span>{' '}
            {names.get(code) ?? code}
          </li>
        ))}
      </ul>
      <PlotFigure
        build={build}
        height={height}
        summary={summary}
        download={{
          title: `${c.heading}: ${theme}`,
          legend: codes.map((code, i) => ({
            label: `${SYMBOLS[i] ?? ''} ${names.get(code) ?? code}`,
            colour: COLOURS[i] ?? '#1b1f24',
          })),
          source: t.common.footer.sources,
          prices: null,
          notes: [c.intro],
          fileName: fileSlug(c.heading, theme),
        }}
        table={
          <DataTable
            caption={c.heading}
            columns={[
              {
                key: 'figure',
                header: t.compare.figure,
                cell: (f: FigureValues) => name(f.keyFigure),
                rowHeader: true,
              },
              ...codes.map((code) => ({
                key: code,
                header: names.get(code) ?? code,
                numeric: true,
                cell: (f: FigureValues) => {
                  const d = dots.find((x) => x.figure === f.keyFigure.id && x.code === code);
                  return d ? t.compare.rankOf(d.rank, d.n) : '–';
                },
              })),
            ]}
            rows={shown}
            rowKey={(f) => f.keyFigure.id}
          />
        }
      />
    </section>
  );
}
