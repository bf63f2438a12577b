import * as Plot from '@observablehq/plot';
import type { KeyFigureDocument, ValueRow, ValuesDocument } from '../../api/index.ts';
import { medianOf, PlotFigure, tickFormat } from '../../charts/index.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { spreadLabels } from './label-spread.ts';
import { COLOURS } from './palette.ts';
import { priceLevelText } from '../../format/index.ts';
import { kindYear } from './prices.ts';
import { compactYears } from './years.ts';

/** One line of the chart: a municipality, its colour and how heavy it is drawn. */
export interface DevelopmentLine {
  readonly code: string;
  readonly name: string;
  readonly colour: string;
  readonly width: number;
}

interface Point {
  readonly code: string;
  readonly name: string;
  readonly year: number;
  readonly value: number;
  /**
   * Which stretch between definition breaks the year is in: lines are not drawn across a break,
   * nor to a year whose amounts are in another price level (its own negative segment).
   */
  readonly segment: number;
}

const HEIGHT = 380;
const MEDIAN = '__median__';

/**
 * Chosen municipalities' values year by year with the national median (dashed), each line
 * named at its end (labels pushed apart so they never overlap), definition breaks as labelled
 * rules that the lines do not cross. Years whose amounts could not be converted to the chart's
 * price level are hollow dots without a line, and say so below the chart and in the table.
 */
export function DevelopmentChart({
  keyFigure,
  years,
  byYear,
  docs,
  unit,
  lines,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly years: readonly number[];
  readonly byYear: ReadonlyMap<number, readonly ValueRow[]>;
  /** Each year's answer: its kind and whether its amounts could be converted. */
  readonly docs: ReadonlyMap<number, ValuesDocument>;
  /** The unit with the chart's price level, e.g. "kr. pr. 67+-årig, 2018-priser". */
  readonly unit: string;
  readonly lines: readonly DevelopmentLine[];
}) {
  const { t, f, locale, name } = useI18n();
  const d = t.keyFigure.development;
  const from = years[0] as number;
  const to = years[years.length - 1] as number;
  const breaks = keyFigure.breaks.map((b) => b.year).filter((y) => y >= from && y <= to);
  const unconverted = years.filter((y) => docs.get(y)?.unconverted);
  const isUnconverted = (year: number) => unconverted.includes(year);
  const segmentOf = (year: number) =>
    isUnconverted(year) ? -year : breaks.filter((b) => year >= b).length;
  const yearLabel = (year: number) => {
    const kind = docs.get(year)?.yearKind;
    const label = kind && kind !== 'accounts' ? kindYear(t, year, kind) : String(year);
    return isUnconverted(year) ? `${label} (${d.unconvertedMark})` : label;
  };
  const shownLevel = (() => {
    const first = unconverted[0];
    const prices = first === undefined ? null : docs.get(first)?.prices;
    return prices ? priceLevelText(locale, prices) : '';
  })();
  const medianName = t.keyFigure.legend.median;

  const points: Point[] = [];
  const medians: Point[] = [];
  for (const year of years) {
    const rows = byYear.get(year) ?? [];
    const m = medianOf(rows.map((r) => r.value));
    if (m !== null)
      medians.push({ code: MEDIAN, name: medianName, year, value: m, segment: segmentOf(year) });
    for (const line of lines) {
      const v = rows.find((r) => r.code === line.code)?.value ?? null;
      if (v !== null)
        points.push({ code: line.code, name: line.name, year, value: v, segment: segmentOf(year) });
    }
  }
  const style = new Map(lines.map((l) => [l.code, l]));
  const all = [...medians, ...points];
  const value = (v: number | null) => f.withUnit(v, keyFigure.unit);
  const hollow = (p: Point) => isUnconverted(p.year);

  const summary = d.summary({
    name: name(keyFigure),
    from,
    to,
    lines: lines.map((l) => l.name).join(', ') || '–',
    breaks: breaks.length ? d.breaksSentence(breaks.join(', ')) : '',
  });

  const build = (width: number): Plot.PlotOptions => {
    const phone = width < 520;
    const marginTop = 24;
    const marginBottom = 32;
    const marginRight = phone ? 100 : 130;
    const lo = Math.min(...all.map((p) => p.value));
    const hi = Math.max(...all.map((p) => p.value));
    const pad = (hi - lo) * 0.06 || Math.abs(hi) * 0.05 || 1;
    const domain: [number, number] = [lo - pad, hi + pad];
    // Labels at each line's last point, at least 12 px apart: in data units through the y scale.
    const inner = HEIGHT - marginTop - marginBottom;
    const perPixel = (domain[1] - domain[0]) / inner;
    const ends = [MEDIAN, ...lines.map((l) => l.code)]
      .map((code) => [...all].reverse().find((p) => p.code === code))
      .filter((p): p is Point => p !== undefined);
    const spread = spreadLabels(
      ends.map((p) => p.value),
      12 * perPixel,
      domain[0],
      domain[1],
    );
    const labels = ends.map((p, i) => ({ ...p, labelY: spread[i] as number }));
    const maxChars = Math.floor((marginRight - 10) / 6);
    const short = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s);
    const colour = (code: string) =>
      code === MEDIAN ? COLOURS.ink : (style.get(code)?.colour ?? COLOURS.ink);
    return {
      marginTop,
      marginBottom,
      marginLeft: 64,
      marginRight,
      style: { fontSize: '11px', color: COLOURS.ink },
      x: {
        domain: [from, to],
        label: null,
        tickFormat: (y: number) => String(y),
        ticks: yearTicks(from, to, Math.max(2, Math.floor((width - 64 - marginRight) / 55))),
      },
      y: { domain, label: `↑ ${unit}`, tickFormat: tickFormat(locale), grid: true },
      marks: [
        Plot.ruleX(breaks, { ariaHidden: 'true', stroke: COLOURS.muted, strokeDasharray: '2,3' }),
        Plot.text(breaks, {
          ariaHidden: 'true',
          x: (b: number) => b,
          frameAnchor: 'top',
          text: (b: number) => d.breakLabel(b),
          textAnchor: 'start',
          lineAnchor: 'top',
          dx: 4,
          dy: 4,
          fill: COLOURS.muted,
          stroke: '#ffffff',
          strokeWidth: 3,
        }),
        Plot.line(medians, {
          ariaHidden: 'true',
          x: 'year',
          y: 'value',
          z: 'segment',
          stroke: COLOURS.ink,
          strokeDasharray: '6,4',
          strokeWidth: 1.5,
        }),
        Plot.line(points, {
          ariaHidden: 'true',
          x: 'year',
          y: 'value',
          z: (p: Point) => `${p.code}|${p.segment}`,
          stroke: (p: Point) => colour(p.code),
          strokeWidth: (p: Point) => style.get(p.code)?.width ?? 1.5,
        }),
        Plot.dot(points, {
          ariaHidden: 'true',
          x: 'year',
          y: 'value',
          r: (p: Point) => ((style.get(p.code)?.width ?? 1.5) >= 3 ? 3.5 : 2.5),
          fill: (p: Point) => (hollow(p) ? '#ffffff' : colour(p.code)),
          stroke: (p: Point) => colour(p.code),
        }),
        Plot.dot(
          medians.filter((p) => hollow(p)),
          { ariaHidden: 'true', x: 'year', y: 'value', r: 3, fill: '#ffffff', stroke: COLOURS.ink },
        ),
        ...[true, false].map((heavy) =>
          Plot.text(
            labels.filter((p) => (style.get(p.code)?.width ?? 1.5) >= 3 === heavy),
            {
              ariaHidden: 'true',
              x: 'year',
              y: 'labelY',
              text: (p: Point) => short(p.name),
              textAnchor: 'start',
              dx: 8,
              fill: (p: Point) => colour(p.code),
              fontWeight: heavy ? 700 : 400,
            },
          ),
        ),
        Plot.tip(
          all,
          Plot.pointer({
            ariaHidden: 'true',
            x: 'year',
            y: 'value',
            title: (p: Point) => `${p.name}, ${yearLabel(p.year)}\n${value(p.value)}`,
          }),
        ),
      ],
    };
  };

  const tableRows = years.map((year) => ({ year }));
  const lookup = (code: string, year: number) =>
    (code === MEDIAN ? medians : points).find((p) => p.code === code && p.year === year)?.value ??
    null;
  return (
    <>
      <PlotFigure
        build={build}
        height={HEIGHT}
        summary={summary}
        table={
          <DataTable
            caption={`${d.caption(name(keyFigure))} (${unit})`}
            columns={[
              { key: 'year', header: d.year, cell: (r) => yearLabel(r.year), rowHeader: true },
              ...lines.map((l) => ({
                key: l.code,
                header: l.name,
                cell: (r: { year: number }) => value(lookup(l.code, r.year)),
                numeric: true,
              })),
              {
                key: MEDIAN,
                header: medianName,
                cell: (r: { year: number }) => value(lookup(MEDIAN, r.year)),
                numeric: true,
              },
            ]}
            rows={tableRows}
            rowKey={(r) => String(r.year)}
          />
        }
      />
      <p className="kf-note kf-development-prices">{d.prices(unit)}</p>
      {unconverted.length > 0 ? (
        <p className="kf-note kf-development-unconverted" data-testid="kf-unconverted">
          <span className="warning-icon" aria-hidden="true">
            ⚠{' '}
          </span>
          {d.unconverted(compactYears(unconverted), shownLevel)}
        </p>
      ) : null}
    </>
  );
}

/** Whole years from `from` to `to`, every one or every n-th so that at most `most` remain. */
function yearTicks(from: number, to: number, most: number): number[] {
  const step = Math.max(1, Math.ceil((to - from + 1) / most));
  const ticks: number[] = [];
  for (let y = to; y >= from; y -= step) ticks.unshift(y);
  return ticks;
}
