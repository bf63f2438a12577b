import * as Plot from '@observablehq/plot';
import { useState } from 'react';
import type { KeyFigureDocument, ValueRow, ValuesDocument } from '../../api/index.ts';
import {
  ChartLegend,
  ChartViewToggle,
  INDEX_BASE,
  PlotFigure,
  axisBreakMark,
  fileSlug,
  indexAgainst,
  indexDomain,
  tickFormat,
  tooFewYears,
  valueDomain,
  type ChartView,
  type LegendEntry,
} from '../../charts/index.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { spreadLabels } from './label-spread.ts';
import { COLOURS } from './palette.ts';
import { isMoneyUnit, priceLevelText } from '../../format/index.ts';
import { referenceMedian, type Reference } from './reference.ts';
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
  /** The value against the year's reference median, ×100 (only the lines have one). */
  readonly index?: number | null;
  /**
   * Which stretch between definition breaks the year is in: lines are not drawn across a break,
   * nor to a year whose amounts are in another price level (its own negative segment).
   */
  readonly segment: number;
}

const HEIGHT = 380;
const MEDIAN = '__median__';

/**
 * Chosen municipalities' values year by year from zero with the reference median (dashed: the
 * peers' median, or all municipalities' when no group is shown, named in the legend), or as an
 * index against it (100 = the median, the axis break marked); each line named at its end
 * (labels pushed apart so they never overlap), definition breaks as labelled rules that the
 * lines do not cross. Years whose amounts could not be converted to the chart's price level are
 * hollow dots without a line, and say so below the chart and in the table. Fewer than three
 * years are said in words, with the table.
 */
export function DevelopmentChart({
  keyFigure,
  years,
  byYear,
  docs,
  unit,
  lines,
  reference,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly years: readonly number[];
  readonly byYear: ReadonlyMap<number, readonly ValueRow[]>;
  /** Each year's answer: its kind and whether its amounts could be converted. */
  readonly docs: ReadonlyMap<number, ValuesDocument>;
  /** The unit with the chart's price level, e.g. "kr. pr. 67+-årig, 2018-priser". */
  readonly unit: string;
  readonly lines: readonly DevelopmentLine[];
  readonly reference: Reference;
}) {
  const { t, f, locale, name } = useI18n();
  const d = t.keyFigure.development;
  const c = t.charts;
  const [view, setView] = useState<ChartView>('values');
  const indexed = view === 'index';
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
  const medianName = c.reference.name(reference.kind);

  const points: Point[] = [];
  const medians: Point[] = [];
  for (const year of years) {
    const rows = byYear.get(year) ?? [];
    const m = referenceMedian(rows, reference);
    if (m !== null)
      medians.push({
        code: MEDIAN,
        name: c.reference.short,
        year,
        value: m,
        segment: segmentOf(year),
      });
    for (const line of lines) {
      const v = rows.find((r) => r.code === line.code)?.value ?? null;
      if (v !== null)
        points.push({
          code: line.code,
          name: line.name,
          year,
          value: v,
          index: indexAgainst(v, m),
          segment: segmentOf(year),
        });
    }
  }
  const style = new Map(lines.map((l) => [l.code, l]));
  // What is drawn: the values with the median, or each line's index (the median is the 100 rule).
  const drawn: Point[] = indexed
    ? points.flatMap((p) =>
        p.index === null || p.index === undefined ? [] : [{ ...p, value: p.index }],
      )
    : points;
  const all = indexed ? drawn : [...medians, ...points];
  const y = indexed ? indexDomain(all.map((p) => p.value)) : valueDomain(all.map((p) => p.value));
  const peerLines = lines.filter((l) => l.width < 2);
  const legend: LegendEntry[] = [
    ...lines.filter((l) => l.width >= 2).map((l) => ({ label: l.name, colour: l.colour })),
    ...(peerLines.length ? [{ label: t.keyFigure.legend.peers, colour: COLOURS.peer }] : []),
    {
      label: indexed ? `${medianName} = ${INDEX_BASE}` : medianName,
      colour: COLOURS.ink,
      dashed: true,
    },
  ];
  const referenceWhy =
    reference.kind === 'all'
      ? c.reference.allMedianWhy
      : c.reference.peerMedianWhy(
          lines.find((l) => l.width >= 3)?.name ?? '',
          reference.members?.size ?? 0,
        );
  const axisNote = y.broken ? c.axis.broken(f.number(y.domain[0], 0)) : c.axis.fromZero;
  const value = (v: number | null) => f.withUnit(v, keyFigure.unit);
  const hollow = (p: Point) => isUnconverted(p.year);

  const summary = d.summary({
    name: name(keyFigure),
    from,
    to,
    lines: lines.map((l) => l.name).join(', ') || '–',
    reference: medianName,
    breaks: breaks.length ? d.breaksSentence(breaks.join(', ')) : '',
  });

  const build = (width: number): Plot.PlotOptions => {
    const phone = width < 520;
    const marginTop = 24;
    const marginBottom = 32;
    const marginRight = phone ? 100 : 130;
    const domain: [number, number] = [y.domain[0], y.domain[1]];
    // Labels at each line's last point, at least 12 px apart: in data units through the y scale.
    const inner = HEIGHT - marginTop - marginBottom;
    const perPixel = (domain[1] - domain[0]) / inner;
    const ends = [...(indexed ? [] : [MEDIAN]), ...lines.map((l) => l.code)]
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
      y: {
        domain,
        label: `↑ ${indexed ? (reference.kind === 'all' ? c.view.indexAxisAll : c.view.indexAxis) : unit}`,
        tickFormat: tickFormat(locale),
        grid: true,
      },
      marks: [
        ...(indexed
          ? [
              Plot.ruleY([INDEX_BASE], {
                ariaHidden: 'true',
                stroke: COLOURS.ink,
                strokeDasharray: '6,4',
                strokeWidth: 1.5,
              }),
            ]
          : [Plot.ruleY([0], { ariaHidden: 'true', stroke: COLOURS.ink })]),
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
        Plot.line(indexed ? [] : medians, {
          ariaHidden: 'true',
          x: 'year',
          y: 'value',
          z: 'segment',
          stroke: COLOURS.ink,
          strokeDasharray: '6,4',
          strokeWidth: 1.5,
        }),
        Plot.line(drawn, {
          ariaHidden: 'true',
          x: 'year',
          y: 'value',
          z: (p: Point) => `${p.code}|${p.segment}`,
          stroke: (p: Point) => colour(p.code),
          strokeWidth: (p: Point) => style.get(p.code)?.width ?? 1.5,
        }),
        Plot.dot(drawn, {
          ariaHidden: 'true',
          x: 'year',
          y: 'value',
          r: (p: Point) => ((style.get(p.code)?.width ?? 1.5) >= 3 ? 3.5 : 2.5),
          fill: (p: Point) => (hollow(p) ? '#ffffff' : colour(p.code)),
          stroke: (p: Point) => colour(p.code),
        }),
        Plot.dot(indexed ? [] : medians.filter((p) => hollow(p)), {
          ariaHidden: 'true',
          x: 'year',
          y: 'value',
          r: 3,
          fill: '#ffffff',
          stroke: COLOURS.ink,
        }),
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
            title: (p: Point) =>
              indexed
                ? `${p.name}, ${yearLabel(p.year)}\n${c.view.index}: ${f.number(p.value, 1)}`
                : `${p.name}, ${yearLabel(p.year)}\n${value(p.value)}`,
          }),
        ),
        ...(y.broken ? [axisBreakMark(COLOURS.ink)] : []),
      ],
    };
  };

  const tableRows = years.map((year) => ({ year }));
  const indexOf = (code: string, year: number) =>
    points.find((p) => p.code === code && p.year === year)?.index ?? null;
  const lookup = (code: string, year: number) =>
    (code === MEDIAN ? medians : points).find((p) => p.code === code && p.year === year)?.value ??
    null;
  const table = (
    <DataTable
      caption={`${d.caption(name(keyFigure))} (${unit})`}
      columns={[
        { key: 'year', header: d.year, cell: (r) => yearLabel(r.year), rowHeader: true },
        ...lines.map((l) => ({
          key: l.code,
          header: l.name,
          cell: (r: { year: number }) =>
            indexed ? f.number(indexOf(l.code, r.year), 1) : value(lookup(l.code, r.year)),
          numeric: true,
        })),
        {
          key: MEDIAN,
          header: indexed ? `${medianName} = ${INDEX_BASE}` : medianName,
          cell: (r: { year: number }) =>
            indexed
              ? lookup(MEDIAN, r.year) === null
                ? f.number(null)
                : String(INDEX_BASE)
              : value(lookup(MEDIAN, r.year)),
          numeric: true,
        },
      ]}
      rows={tableRows}
      rowKey={(r) => String(r.year)}
    />
  );
  if (tooFewYears(years)) {
    return (
      <div data-testid="kf-development-too-few">
        <p className="notice">{c.tooFew(years.length, years.map(yearLabel).join(', '))}</p>
        {table}
      </div>
    );
  }
  return (
    <>
      <ChartViewToggle view={view} onView={setView} />
      <ChartLegend entries={legend} />
      <PlotFigure
        build={build}
        height={HEIGHT}
        summary={summary}
        deps={[view, reference]}
        download={{
          title: `${d.caption(name(keyFigure))}, ${from}–${to}`,
          legend,
          source: t.common.sourceNames[keyFigure.source] ?? keyFigure.source,
          prices: !indexed && isMoneyUnit(keyFigure.unit) ? unit : null,
          notes: [
            indexed ? c.view.indexDefinition(medianName) : referenceWhy,
            axisNote,
            ...keyFigure.breaks
              .filter((b) => breaks.includes(b.year))
              .map((b) => `${c.breakLabel(b.year)}: ${b.description}`),
          ],
          fileName: fileSlug(name(keyFigure), `${from}-${to}`, indexed ? 'indeks' : ''),
        }}
        table={table}
      />
      <p className="chart-note" data-testid="chart-axis-note">
        {axisNote} {indexed ? c.view.indexDefinition(medianName) : referenceWhy}
      </p>
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
