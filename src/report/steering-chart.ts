import { GRADE_THRESHOLDS, formatNumber } from '../core/index.ts';
import { markup, type SafeHtml } from './html.ts';
import type { ReportLang } from './steering-text.ts';

/** One bar of a centre's chart: a mean on the 1–5 scale, or null (drawn as "no value"). */
export interface ScoreBar {
  readonly label: string;
  readonly value: number | null;
  readonly kind: 'own' | 'peers' | 'all' | 'data';
}

const WIDTH = 520;
const LABEL = 150;
const RIGHT = 60;
const ROW = 22;
const TOP = 16;
const BOTTOM = 18;
const MAX = 5;

/**
 * A centre's scores as a static SVG bar chart (no script): one bar per value on a 0–5 axis with
 * the grade thresholds drawn as dashed lines, each bar labelled with its number. The title
 * repeats every value for a screen reader and for the PDF's text.
 */
export function scoreBarsSvg(
  id: string,
  title: string,
  bars: readonly ScoreBar[],
  lang: ReportLang,
  noValue: string,
): SafeHtml {
  const plot = WIDTH - LABEL - RIGHT;
  const x = (v: number) => round(LABEL + (Math.max(0, Math.min(MAX, v)) / MAX) * plot);
  const height = TOP + bars.length * ROW + BOTTOM;
  const text = (v: number | null) => (v === null ? noValue : formatNumber(lang, v, 1));
  const summary = `${title}: ${bars.map((b) => `${b.label} ${text(b.value)}`).join('; ')}`;
  const ticks = [0, 1, 2, 3, 4, 5];
  const thresholds = [
    { grade: 'B', at: GRADE_THRESHOLDS.B },
    { grade: 'A', at: GRADE_THRESHOLDS.A },
  ];
  const axisY = TOP + bars.length * ROW;
  const bar = (b: ScoreBar, k: number) => {
    const y = TOP + k * ROW;
    const end = b.value === null ? LABEL : x(b.value);
    const rect =
      b.value === null
        ? ''
        : markup`<rect class="bar ${b.kind}" x="${LABEL}" y="${y + 4}" width="${round(end - LABEL)}" height="${ROW - 8}"/>`;
    return markup`<text class="label" x="${LABEL - 6}" y="${y + 15}" text-anchor="end">${b.label}</text>${rect}<text class="value" x="${end + 4}" y="${y + 15}">${text(b.value)}</text>`;
  };
  return markup`<svg class="score-bars" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${id}-title"><title id="${id}-title">${summary}</title>
${ticks.map((t) => markup`<line class="tick" x1="${x(t)}" x2="${x(t)}" y1="${TOP}" y2="${axisY}"/><text class="axis" x="${x(t)}" y="${axisY + 13}" text-anchor="middle">${t}</text>`)}
${thresholds.map((t) => markup`<line class="threshold" x1="${x(t.at)}" x2="${x(t.at)}" y1="${TOP - 10}" y2="${axisY}"/><text class="axis" x="${x(t.at) + 3}" y="${TOP - 4}">${t.grade}</text>`)}
${bars.map(bar)}
</svg>`;
}

const round = (v: number) => Math.round(v * 10) / 10;
