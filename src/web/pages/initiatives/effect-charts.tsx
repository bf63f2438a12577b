import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import type { FigureEffect } from '../../api/index.ts';
import {
  ChartLegend,
  PlotFigure,
  fileSlug,
  tickFormat,
  valueDomain,
  type LegendEntry,
} from '../../charts/index.ts';
import { useI18n } from '../../i18n/index.ts';

const OWN = '#0b5cad';
const INK = '#1b1f24';
const MUTED = '#4a5562';
const PEER = '#b3bcc6';
const HEIGHT = 260;

type Synthetic = NonNullable<FigureEffect['synthetic']>;
type Placebo = NonNullable<FigureEffect['placebo']>;
interface Point {
  readonly year: number;
  readonly y: number;
  readonly line: string;
}

/** A chart's table in a labelled region that scrolls sideways when it is wider than the page. */
function ScrollTable({
  caption,
  children,
}: {
  readonly caption: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The start year as a rule with its label at the top of the frame. */
function startMarks(startYear: number, label: string) {
  return [
    Plot.ruleX([startYear], { stroke: MUTED, strokeDasharray: '4,3', ariaHidden: 'true' }),
    Plot.text([startYear], {
      x: (y: number) => y,
      frameAnchor: 'top',
      text: () => label,
      textAnchor: 'start',
      lineAnchor: 'top',
      dx: 4,
      fill: MUTED,
      ariaHidden: 'true',
    }),
  ];
}

const xAxis = (years: readonly number[]) => ({
  label: null,
  domain: [Math.min(...years), Math.max(...years)],
  ...(years.length <= 10 ? { ticks: [...years] } : {}),
  tickFormat: (year: number) => String(year),
});

/**
 * The municipality's path on the figure and its synthetic control's over the window, the
 * start year marked; the table gives both per year.
 */
export function EffectPathChart({
  synthetic,
  startYear,
  municipalityName,
  figureName,
  unit,
  source,
}: {
  readonly synthetic: Synthetic;
  readonly startYear: number;
  readonly municipalityName: string;
  readonly figureName: string;
  /** The unit with its price level, for the axis and the download. */
  readonly unit: string;
  readonly source: string;
}) {
  const { t, f, locale } = useI18n();
  const e = t.initiatives.effect;
  const own: Point[] = [];
  const control: Point[] = [];
  for (const p of synthetic.path) {
    if (p.own !== null) own.push({ year: p.year, y: p.own, line: 'own' });
    if (p.synthetic !== null) control.push({ year: p.year, y: p.synthetic, line: 'synthetic' });
  }
  const years = synthetic.path.map((p) => p.year);
  const y = valueDomain([...own, ...control].map((p) => p.y));
  const legend: LegendEntry[] = [
    { label: e.own(municipalityName), colour: OWN },
    { label: e.synthetic, colour: INK, dashed: true },
  ];
  const summary = e.pathSummary(municipalityName, figureName, startYear);
  const table = (
    <ScrollTable caption={`${figureName} (${unit})`}>
      <thead>
        <tr>
          <th scope="col">{e.columns.year}</th>
          <th scope="col" className="num">
            {municipalityName}
          </th>
          <th scope="col" className="num">
            {e.synthetic}
          </th>
        </tr>
      </thead>
      <tbody>
        {synthetic.path.map((p) => (
          <tr key={p.year}>
            <th scope="row">{p.year}</th>
            <td className="num">{f.auto(p.own)}</td>
            <td className="num">{f.auto(p.synthetic)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
  if (years.length === 0) return null;
  return (
    <div data-testid="effect-path-chart">
      <h4>{e.pathHeading}</h4>
      <ChartLegend entries={legend} />
      <PlotFigure
        height={HEIGHT}
        summary={summary}
        table={table}
        deps={[synthetic]}
        download={{
          title: `${figureName}, ${municipalityName}`,
          legend,
          source,
          prices: unit,
          notes: [e.start(startYear)],
          fileName: fileSlug(figureName, municipalityName, 'syntetisk-kontrol'),
        }}
        build={(width) => ({
          width,
          height: HEIGHT,
          marginLeft: 64,
          marginRight: 16,
          marginTop: 24,
          x: xAxis(years),
          y: {
            label: `↑ ${unit}`,
            domain: [...y.domain],
            tickFormat: tickFormat(locale),
            grid: true,
          },
          marks: [
            Plot.ruleY([0], { stroke: INK, ariaHidden: 'true' }),
            ...startMarks(startYear, e.start(startYear)),
            Plot.line(control, {
              x: 'year',
              y: 'y',
              stroke: INK,
              strokeDasharray: '6,4',
              strokeWidth: 1.5,
              ariaHidden: 'true',
            }),
            Plot.line(own, {
              x: 'year',
              y: 'y',
              stroke: OWN,
              strokeWidth: 2.5,
              ariaHidden: 'true',
            }),
            Plot.dot(own, { x: 'year', y: 'y', fill: OWN, r: 3, ariaHidden: 'true' }),
          ],
        })}
      />
    </div>
  );
}

/**
 * The placebo test drawn: each peer's gap to its own synthetic control (as if it had started
 * the same year) in grey, the municipality's gap on top in colour; the start year marked.
 */
export function PlaceboChart({
  placebo,
  years,
  code,
  startYear,
  municipalityName,
  names,
  unit,
}: {
  readonly placebo: Placebo;
  /** The window's years, which each run's gaps follow. */
  readonly years: readonly number[];
  readonly code: string;
  readonly startYear: number;
  readonly municipalityName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly unit: string;
}) {
  const { t, f, locale } = useI18n();
  const e = t.initiatives.effect;
  const pointsOf = (run: Placebo['runs'][number]): Point[] =>
    run.gaps.flatMap((g, i) => {
      const year = years[i];
      return g === null || year === undefined ? [] : [{ year, y: g, line: run.code }];
    });
  const ownRun = placebo.runs.find((r) => r.code === code);
  const peers = placebo.runs.filter((r) => r.code !== code).flatMap(pointsOf);
  const own = ownRun ? pointsOf(ownRun) : [];
  if (years.length === 0 || own.length === 0) return null;
  const y = valueDomain([...peers, ...own].map((p) => p.y));
  const legend: LegendEntry[] = [
    { label: e.gapOwn(municipalityName), colour: OWN },
    { label: e.gapPeers, colour: PEER },
  ];
  const table = (
    <ScrollTable caption={`${e.gapHeading} (${unit})`}>
      <thead>
        <tr>
          <th scope="col">{t.common.table.municipality}</th>
          {years.map((year) => (
            <th key={year} scope="col" className="num">
              {year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {placebo.runs.map((r) => (
          <tr key={r.code} className={r.code === code ? 'highlight' : undefined}>
            <th scope="row">{names.get(r.code) ?? r.code}</th>
            {r.gaps.map((g, i) => (
              <td key={i} className="num">
                {f.auto(g)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
  return (
    <div data-testid="effect-placebo-chart">
      <h4>{e.gapHeading}</h4>
      <ChartLegend entries={legend} />
      <PlotFigure
        height={HEIGHT}
        summary={e.gapSummary(municipalityName, placebo.rank, placebo.of)}
        table={table}
        deps={[placebo, years]}
        build={(width) => ({
          width,
          height: HEIGHT,
          marginLeft: 64,
          marginRight: 16,
          marginTop: 24,
          x: xAxis(years),
          y: {
            label: `↑ ${e.gapAxis} (${unit})`,
            domain: [...y.domain],
            tickFormat: tickFormat(locale),
            grid: true,
          },
          marks: [
            Plot.ruleY([0], { stroke: INK, ariaHidden: 'true' }),
            ...startMarks(startYear, e.start(startYear)),
            Plot.line(peers, {
              x: 'year',
              y: 'y',
              z: 'line',
              stroke: PEER,
              strokeWidth: 1.2,
              ariaHidden: 'true',
            }),
            Plot.line(own, {
              x: 'year',
              y: 'y',
              stroke: OWN,
              strokeWidth: 2.5,
              ariaHidden: 'true',
            }),
          ],
        })}
      />
    </div>
  );
}
