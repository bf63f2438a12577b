import * as Plot from '@observablehq/plot';
import { formatNumber } from '../core/index.ts';
import { axisBreakMark } from './axis-break.ts';
import { INDEX_BASE, type YDomain } from './chart-domain.ts';

/** The colours of a development chart: the municipality's own line, the ink, muted text. */
export const DEVELOPMENT_COLOURS = { own: '#0b5cad', ink: '#1b1f24', muted: '#4a5562' } as const;

/** One point as drawn: its year, its height, and its stretch between breaks (segmentOf). */
export interface DevelopmentPoint {
  readonly year: number;
  readonly y: number;
  readonly segment: number;
}

/**
 * One line of a development chart. The roles differ by dash as well as colour, so a printed
 * page in greyscale still tells them apart: the municipality's own solid and thick with dots,
 * the peers' median dashed, a benchmark dotted, all municipalities dash-dotted and grey.
 */
export interface DevelopmentLine {
  readonly role: 'own' | 'peers' | 'benchmark' | 'all';
  readonly points: readonly DevelopmentPoint[];
}

/** What a development chart needs besides Plot: its box, axes, lines and breaks. */
export interface DevelopmentPlotInput {
  readonly width: number;
  readonly height: number;
  readonly from: number;
  readonly to: number;
  /** The years to tick when the span is short (≤ 8 years); else Plot chooses. */
  readonly years: readonly number[];
  /** The y axis's label, e.g. "↑ kr. pr. indbygger (2024-priser)". */
  readonly yLabel: string;
  readonly y: YDomain;
  /** 'zero' rules the axis at 0 (values); 'index' rules it at 100 (an index, dashed). */
  readonly reference: 'zero' | 'index';
  readonly lines: readonly DevelopmentLine[];
  /** The years where a new stretch starts (definition breaks), each marked on the axis. */
  readonly breaks: readonly number[];
  readonly breakLabel: (year: number) => string;
  readonly tickFormat: (value: number) => string;
  /** Marks drawn over the lines and under the axis break (the web's pointer tip). */
  readonly extraMarks?: readonly Plot.Markish[];
  /** Font family for the whole plot (the report's printed fonts); Plot's default when unset. */
  readonly fontFamily?: string;
}

const LINE_STYLE: Readonly<
  Record<DevelopmentLine['role'], { stroke: string; dash?: string; width: number }>
> = {
  own: { stroke: DEVELOPMENT_COLOURS.own, width: 2.5 },
  peers: { stroke: DEVELOPMENT_COLOURS.ink, dash: '6,4', width: 1.5 },
  benchmark: { stroke: '#7a3b00', dash: '1.5,3', width: 2 },
  all: { stroke: '#767676', dash: '8,3,2,3', width: 1.5 },
};

/** A line role's stroke, dash and width, for a legend drawn beside the chart. */
export function developmentLineStyle(role: DevelopmentLine['role']): {
  readonly stroke: string;
  readonly dash?: string;
  readonly width: number;
} {
  return LINE_STYLE[role];
}

/**
 * The Plot options of a development chart (values from zero, or an index against 100 with the
 * axis break marked): the reference rule, the breaks as dotted rules with their labels, the
 * other lines, then the municipality's own line and dots on top. One builder for the web's
 * chart and the report's, so both draw the same picture.
 * @example Plot.plot(developmentPlotOptions({ width: 640, height: 240, … }))
 */
export function developmentPlotOptions(input: DevelopmentPlotInput): Plot.PlotOptions {
  const { own, ink, muted } = DEVELOPMENT_COLOURS;
  const ordered = [
    ...input.lines.filter((l) => l.role !== 'own'),
    ...input.lines.filter((l) => l.role === 'own'),
  ];
  const line = (l: DevelopmentLine) => {
    const s = LINE_STYLE[l.role];
    return Plot.line(l.points, {
      x: 'year',
      y: 'y',
      z: 'segment',
      stroke: s.stroke,
      ...(s.dash === undefined ? {} : { strokeDasharray: s.dash }),
      strokeWidth: s.width,
      ariaHidden: 'true',
    });
  };
  const dots = input.lines
    .filter((l) => l.role === 'own')
    .map((l) => Plot.dot(l.points, { x: 'year', y: 'y', fill: own, r: 3.5, ariaHidden: 'true' }));
  return {
    width: input.width,
    height: input.height,
    marginLeft: 64,
    marginRight: 20,
    marginTop: 20,
    ...(input.fontFamily === undefined ? {} : { style: { fontFamily: input.fontFamily } }),
    x: {
      label: null,
      domain: [input.from, input.to],
      ...(input.to - input.from <= 8 ? { ticks: [...input.years] } : {}),
      tickFormat: (year: number) => String(year),
    },
    y: {
      label: input.yLabel,
      domain: [...input.y.domain],
      tickFormat: input.tickFormat,
      grid: true,
    },
    // The figure as a whole is the image (its summary is the label); the marks' own ARIA
    // names would be prohibited attributes inside it.
    marks: [
      input.reference === 'index'
        ? Plot.ruleY([INDEX_BASE], {
            stroke: ink,
            strokeDasharray: '6,4',
            strokeWidth: 1.5,
            ariaHidden: 'true',
          })
        : Plot.ruleY([0], { stroke: ink, ariaHidden: 'true' }),
      Plot.ruleX(input.breaks, { stroke: muted, strokeDasharray: '2,3', ariaHidden: 'true' }),
      Plot.text(input.breaks, {
        ariaHidden: 'true',
        x: (b: number) => b,
        frameAnchor: 'top',
        text: (b: number) => input.breakLabel(b),
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dx: 4,
        dy: -4,
        fill: muted,
      }),
      ...ordered.map(line),
      ...dots,
      ...(input.extraMarks ?? []),
      ...(input.y.broken ? [axisBreakMark(ink)] : []),
    ],
  };
}

/**
 * Danish (or English) tick format for Plot axes: at most one decimal, Danish separators.
 * @example tickFormat('da')(12500) // '12.500'
 */
export function tickFormat(locale: 'da' | 'en'): (v: number) => string {
  return (v) => formatNumber(locale, v, { maxDecimals: 1 });
}
