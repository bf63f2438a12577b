import * as Plot from '@observablehq/plot';
import type { Block, ChartSpec } from '../core/index.ts';
import {
  DEVELOPMENT_COLOURS,
  developmentLineStyle,
  developmentPlotOptions,
  segmentOf,
  tickFormat,
  valueDomain,
  type DevelopmentLine,
} from '../charts/index.ts';
import {
  CHART_WIDTH,
  chartNumber,
  frameSvg,
  legendSvg,
  plotSvg,
  type LegendItem,
} from './chart-frame.ts';
import { mapSvg } from './chart-map.ts';
import { markup } from './html.ts';
import type { ReportLang } from './steering-text.ts';

/** A chart block of the report model. */
export type ChartBlock = Extract<Block, { kind: 'chart' }>;

const WORDS = {
  da: {
    breakLabel: (year: number) => `Brud ${year}`,
    median: 'Median',
    benchmark: 'Benchmark',
    corridor: 'Korridor',
  },
  en: {
    breakLabel: (year: number) => `Break ${year}`,
    median: 'Median',
    benchmark: 'Benchmark',
    corridor: 'Corridor',
  },
} as const;

/**
 * A chart block as a static SVG (no script), drawn with the web app's chart code: development
 * lines (Observable Plot, the shared options builder), a municipality among its peers (bars
 * with the median, benchmark and corridor), or the map (d3-geo layout, quantile classes).
 * role="img" with the block's alt as <title> and every value in a <desc>; fixed width and
 * height; Danish (or English) numbers; lines told apart by dash, so it prints in greyscale.
 * The same block gives the same bytes.
 * @example chartSvg({ kind: 'chart', title: 'Udgift', alt: '…', chart: { kind: 'peer-bars', … } }, 'da')
 */
export function chartSvg(block: ChartBlock, lang: ReportLang, width = CHART_WIDTH): string {
  const chart = block.chart;
  switch (chart.kind) {
    case 'development':
      return developmentSvg(block.alt, chart, lang, width);
    case 'peer-bars':
      return peerBarsSvg(block.alt, chart, lang, width);
    case 'map':
      return mapSvg(block.alt, chart, lang, width);
  }
}

type Development = Extract<ChartSpec, { kind: 'development' }>;
type PeerBars = Extract<ChartSpec, { kind: 'peer-bars' }>;

const DEVELOPMENT_HEIGHT = 240;

function developmentSvg(alt: string, c: Development, lang: ReportLang, width: number): string {
  const years = [...new Set(c.series.flatMap((s) => s.points.map((p) => p.year)))].sort(
    (a, b) => a - b,
  );
  const from = years[0] ?? 0;
  const to = years[years.length - 1] ?? from + 1;
  const breaks = [...new Set(c.breaks)].filter((b) => b > from && b <= to).sort((a, b) => a - b);
  // Lines join points of the same stretch only: a break or a missing year starts a new one.
  const lines: DevelopmentLine[] = c.series.map((s) => {
    let gaps = 0;
    const points = [...s.points]
      .sort((a, b) => a.year - b.year)
      .flatMap((p) => {
        if (p.value === null) {
          gaps += 1;
          return [];
        }
        return [{ year: p.year, y: p.value, segment: segmentOf(p.year, breaks) * 1000 + gaps }];
      });
    return { role: s.role, points };
  });
  const values = lines.flatMap((l) => l.points.map((p) => p.y));
  // A point alone in its stretch (no neighbour to join) is no line: drawn as a dot, so a
  // median or benchmark of a single year still shows. The own line has its dots already.
  const lonely = lines
    .filter((l) => l.role !== 'own')
    .map((l) => ({
      role: l.role,
      points: l.points.filter((p) => l.points.filter((q) => q.segment === p.segment).length === 1),
    }))
    .filter((l) => l.points.length > 0)
    .map((l) =>
      Plot.dot(l.points, {
        x: 'year',
        y: 'y',
        r: 2.5,
        fill: developmentLineStyle(l.role).stroke,
      }),
    );
  const options = developmentPlotOptions({
    width,
    height: DEVELOPMENT_HEIGHT,
    from,
    to: to === from ? from + 1 : to,
    years,
    yLabel: `↑ ${c.unit}`,
    y: valueDomain(values),
    reference: 'zero',
    lines,
    breaks,
    breakLabel: WORDS[lang].breakLabel,
    tickFormat: tickFormat(lang),
    extraMarks: lonely,
  });
  const legend = legendSvg(
    c.series.map((s): LegendItem => {
      const style = developmentLineStyle(s.role);
      return {
        label: s.label,
        kind: 'line',
        colour: style.stroke,
        width: style.width,
        ...(style.dash === undefined ? {} : { dash: style.dash }),
      };
    }),
    width,
    DEVELOPMENT_HEIGHT + 4,
  );
  const desc = c.series
    .map(
      (s) =>
        `${s.label}: ${s.points.map((p) => `${p.year} ${chartNumber(lang, p.value)}`).join('; ')}`,
    )
    .join('. ');
  return frameSvg({
    kind: 'development',
    width,
    height: DEVELOPMENT_HEIGHT + 4 + legend.height,
    title: alt,
    desc: `${desc} (${c.unit})`,
    body: markup`${plotSvg(options)}${legend.svg}`,
  });
}

const BAR_ROW = 20;
/** Room at the right of the bars for their values. */
const VALUE_COLUMN = 70;
const BAR_COLOURS = { own: DEVELOPMENT_COLOURS.own, other: '#b8c2cc', corridor: '#d5dbe1' };

function peerBarsSvg(alt: string, c: PeerBars, lang: ReportLang, width: number): string {
  const w = WORDS[lang];
  const height = 34 + c.bars.length * BAR_ROW;
  const refs = [c.median, c.benchmark, c.corridor?.high ?? null].filter(
    (v): v is number => v !== null,
  );
  const x = valueDomain([...c.bars.map((b) => b.value), ...refs], 0.12);
  const labels = c.bars.map((b, k) => `${k}`);
  const label = (k: string) => c.bars[Number(k)]?.label ?? '';
  const longest = Math.max(0, ...c.bars.map((b) => b.label.length));
  const rows = c.bars.map((b, k) => ({ key: labels[k] ?? '', ...b }));
  type Row = (typeof rows)[number];
  const options: Plot.PlotOptions = {
    width,
    height,
    marginLeft: Math.min(220, 12 + longest * 6),
    marginRight: VALUE_COLUMN,
    marginTop: 8,
    marginBottom: 26,
    x: { domain: [...x.domain], label: null, grid: true, tickFormat: tickFormat(lang) },
    y: { domain: labels, label: null, tickFormat: label, tickSize: 0, padding: 0.25 },
    marks: [
      Plot.barX(rows, {
        y: 'key',
        x: 'value',
        fill: (r: Row) => (r.own ? BAR_COLOURS.own : BAR_COLOURS.other),
        stroke: '#1b1f24',
        strokeWidth: 0.5,
      }),
      // The corridor over the bars, translucent and framed, so it shows where bars cross it.
      ...(c.corridor === null
        ? []
        : [
            Plot.rectX([c.corridor], {
              x1: 'low',
              x2: 'high',
              fill: BAR_COLOURS.corridor,
              fillOpacity: 0.45,
              stroke: '#5f6b76',
              strokeDasharray: '3,2',
            }),
          ]),
      ...(c.median === null
        ? []
        : [
            Plot.ruleX([c.median], { stroke: '#1b1f24', strokeWidth: 1.5, strokeDasharray: '6,4' }),
          ]),
      ...(c.benchmark === null
        ? []
        : [
            Plot.ruleX([c.benchmark], {
              stroke: '#7a3b00',
              strokeWidth: 2,
              strokeDasharray: '1.5,3',
            }),
          ]),
      // The values in a column of their own at the right, clear of the lines; the own bold.
      ...[true, false].map((own) =>
        Plot.text(
          rows.filter((r) => r.own === own),
          {
            y: 'key',
            text: (r: Row) => chartNumber(lang, r.value),
            frameAnchor: 'right',
            textAnchor: 'start',
            dx: 8,
            fill: '#1b1f24',
            fontWeight: own ? 'bold' : 'normal',
          },
        ),
      ),
    ],
  };
  const items: LegendItem[] = [
    ...(c.median === null
      ? []
      : [
          {
            label: `${w.median} ${chartNumber(lang, c.median)}`,
            kind: 'line' as const,
            colour: '#1b1f24',
            dash: '6,4',
            width: 1.5,
          },
        ]),
    ...(c.benchmark === null
      ? []
      : [
          {
            label: `${w.benchmark} ${chartNumber(lang, c.benchmark)}`,
            kind: 'line' as const,
            colour: '#7a3b00',
            dash: '1.5,3',
            width: 2,
          },
        ]),
    ...(c.corridor === null
      ? []
      : [
          {
            label: `${w.corridor} ${chartNumber(lang, c.corridor.low)}–${chartNumber(lang, c.corridor.high)}`,
            kind: 'box' as const,
            colour: BAR_COLOURS.corridor,
            outline: '#5f6b76',
          },
        ]),
  ];
  const legend = legendSvg(items, width, height + 2);
  const refsText = items.map((i) => i.label).join('; ');
  const desc = `${c.bars.map((b) => `${b.label} ${chartNumber(lang, b.value)}`).join('; ')}${refsText === '' ? '' : `. ${refsText}`} (${c.unit})`;
  return frameSvg({
    kind: 'peer-bars',
    width,
    height: height + 2 + legend.height + 14,
    title: alt,
    desc,
    body: markup`${plotSvg(options)}${legend.svg}<text x="${width - 16}" y="${height + legend.height + 12}" text-anchor="end" fill="#4a5562">${c.unit}</text>`,
  });
}
