import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { autoDecimals, formatNumber } from '../core/index.ts';
import { markup, SafeHtml } from './html.ts';
import type { ReportLang } from './steering-text.ts';

/** The printed charts' fonts: those Debian installs with Chromium, found by resvg too. */
export const CHART_FONT = '"Liberation Sans", "DejaVu Sans", sans-serif';

/** A chart's width when none is asked for: the A4 page's text width (178 mm) at 96 dpi, less. */
export const CHART_WIDTH = 640;

type PlotDocument = NonNullable<Plot.PlotOptions['document']>;

/** One document for every plot: linkedom's, so Plot draws in Node as in the browser. */
let shared: PlotDocument | null = null;
function plotDocument(): PlotDocument {
  shared ??= parseHTML('<!doctype html><html><body></body></html>')
    .document as unknown as PlotDocument;
  return shared;
}

/**
 * An Observable Plot chart as static SVG markup, drawn in Node with linkedom's document. Plot's
 * ARIA names on the marks are dropped (the chart is one image with one text alternative, the
 * frame's <title>); the mark kind stays as data-mark for styles and tests.
 */
export function plotSvg(options: Plot.PlotOptions): SafeHtml {
  const svg = Plot.plot({ ...options, document: plotDocument() });
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    const label = el.getAttribute('aria-label');
    if (label !== null && label !== '') el.setAttribute('data-mark', label);
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('font-family', CHART_FONT);
  svg.setAttribute('font-size', '11');
  svg.setAttribute('aria-hidden', 'true');
  // Plot's coordinates carry float noise (145.00000000000003); a tenth of a pixel is plenty.
  return new SafeHtml(roundNumbers(svg.outerHTML));
}

/** Coordinates in attribute values rounded to 0.1 (text content, like "12.345", untouched). */
function roundNumbers(svg: string): string {
  return svg.replace(/="([^"]*)"/g, (attribute: string, value: string) =>
    /\d\.\d{2,}/.test(value)
      ? `="${value.replace(/\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`
      : attribute,
  );
}

/** One entry of a chart's legend: a line (with its dash), a filled box or a hatched box. */
export interface LegendItem {
  readonly label: string;
  readonly kind: 'line' | 'box';
  readonly colour: string;
  readonly dash?: string;
  readonly width?: number;
  /** A fill reference (a pattern) instead of the colour, e.g. the map's "no value" hatch. */
  readonly fill?: string;
  readonly outline?: string;
}

const LEGEND_ROW = 18;
const SAMPLE = 26;

/** Roughly how wide a label is at 11 px in Liberation Sans: enough to lay out the legend. */
function textWidth(text: string): number {
  return text.length * 6 + 4;
}

/** A legend laid out in rows within `width`: its markup and height. */
export function legendSvg(
  items: readonly LegendItem[],
  width: number,
  top: number,
): { svg: SafeHtml; height: number } {
  let x = 0;
  let row = 0;
  const parts: SafeHtml[] = [];
  for (const item of items) {
    const w = SAMPLE + 6 + textWidth(item.label) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const y = top + row * LEGEND_ROW + LEGEND_ROW / 2;
    const sample =
      item.kind === 'line'
        ? markup`<line x1="${x}" x2="${x + SAMPLE}" y1="${y}" y2="${y}" stroke="${item.colour}" stroke-width="${item.width ?? 2}"${item.dash === undefined ? '' : markup` stroke-dasharray="${item.dash}"`}/>`
        : markup`<rect x="${x}" y="${y - 6}" width="${SAMPLE}" height="12" fill="${item.fill ?? item.colour}" stroke="${item.outline ?? '#555'}" stroke-width="${item.width ?? 0.5}"/>`;
    parts.push(
      markup`${sample}<text x="${x + SAMPLE + 6}" y="${y + 4}" fill="#1b1f24">${item.label}</text>`,
    );
    x += w;
  }
  const rows = items.length === 0 ? 0 : row + 1;
  return {
    svg: markup`<g class="legend" font-size="11">${parts}</g>`,
    height: rows * LEGEND_ROW + (rows > 0 ? 6 : 0),
  };
}

/**
 * The chart's outer <svg>: role="img", its <title> (the block's alt), a <desc> with every
 * value as text, fixed width and height, the system's fonts, and the drawing inside.
 */
export function frameSvg(f: {
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
  readonly body: SafeHtml;
  readonly defs?: SafeHtml;
}): string {
  return markup`<svg xmlns="http://www.w3.org/2000/svg" class="report-chart ${f.kind}" role="img" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="${CHART_FONT}" font-size="11"><title>${f.title}</title><desc>${f.desc}</desc>${f.defs === undefined ? '' : markup`<defs>${f.defs}</defs>`}<rect width="${f.width}" height="${f.height}" fill="#ffffff"/>${f.body}</svg>`
    .value;
}

/**
 * A value as the charts write it: Danish (or English) separators, decimals by size
 * (autoDecimals: none from 100, one from 10, else two), "–" when missing.
 * @example chartNumber('da', 12345.6) // '12.346'
 */
export function chartNumber(lang: ReportLang, value: number | null): string {
  return value === null ? formatNumber(lang, null) : formatNumber(lang, value, autoDecimals(value));
}

/**
 * A short, stable id from text (FNV-1a), for the ids a chart defines (its hatch pattern): the
 * same chart gives the same id, so the output is the same bytes every time.
 */
export function stableId(prefix: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(36)}`;
}
