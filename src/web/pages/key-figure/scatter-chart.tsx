import * as Plot from '@observablehq/plot';
import type { KeyFigureDocument, ValueRow } from '../../api/index.ts';
import {
  PlotFigure,
  axisBreakMark,
  fileSlug,
  framedDomain,
  tickFormat,
} from '../../charts/index.ts';
import { isMoneyUnit } from '../../format/index.ts';
import { DataTable } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { COLOURS, roleOf, type Role } from './palette.ts';
import { fitLine } from './regression.ts';

interface Point {
  readonly code: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly role: Role;
}

const HEIGHT = 420;
const SYMBOL: Record<Role, string> = { chosen: 'diamond', peer: 'square', other: 'circle' };
const RADIUS: Record<Role, number> = { chosen: 8, peer: 5.5, other: 3.5 };

/**
 * The figure (vertical) against a structural variable (horizontal), one dot per municipality,
 * with the OLS line over all of them and its R² in words; the chosen municipality is named in
 * the chart, peers get their own symbol as well as their colour.
 */
export function ScatterChart({
  keyFigure,
  rows,
  structure,
  structureRows,
  year,
  structureYear,
  chosen,
  peers,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly rows: readonly ValueRow[];
  readonly structure: KeyFigureDocument;
  readonly structureRows: readonly ValueRow[];
  readonly year: number;
  readonly structureYear: number;
  readonly chosen: string | null;
  readonly peers: ReadonlySet<string>;
}) {
  const { t, f, locale, name } = useI18n();
  const s = t.keyFigure.scatter;
  const xs = new Map(structureRows.map((r) => [r.code, r.value]));
  const points: Point[] = [];
  for (const r of rows) {
    const x = xs.get(r.code);
    if (r.value === null || x === null || x === undefined) continue;
    points.push({ code: r.code, name: r.name, x, y: r.value, role: roleOf(r.code, chosen, peers) });
  }
  // Draw the others first, so the highlighted dots lie on top.
  const order: Record<Role, number> = { other: 0, peer: 1, chosen: 2 };
  points.sort((a, b) => order[a.role] - order[b.role]);
  const fit = fitLine(points);
  const variable = name(structure);
  const r2 = fit ? f.number(fit.r2, 2) : null;
  const fitText =
    fit && r2
      ? s.r2(r2, f.percent(fit.r2 * 100, 0).replace(' ', '\u00a0'), fit.n, variable)
      : s.noFit;
  const chosenPoint = points.find((p) => p.role === 'chosen');
  const peerNames = points
    .filter((p) => p.role === 'peer')
    .map((p) => p.name)
    .join(', ');
  const yValue = (v: number) => f.withUnit(v, keyFigure.unit);
  const xValue = (v: number) => f.withUnit(v, structure.unit);
  const summary = s.summary({
    name: name(keyFigure),
    variable: year === structureYear ? variable : `${variable} (${structureYear})`,
    year,
    n: points.length,
    // The summary names everyone highlighted, so the chart is redrawn when the peers arrive.
    fit: `${fitText}${chosenPoint ? ` ${chosenPoint.name}: ${yValue(chosenPoint.y)}, ${xValue(chosenPoint.x)}.` : ''}${peerNames ? s.peersSentence(peerNames) : ''}`,
  });

  const y = framedDomain(points.map((p) => p.y));
  const axisNote = y.broken
    ? t.charts.axis.broken(f.number(y.domain[0], 0))
    : t.charts.axis.fromZero;
  const build = (width: number): Plot.PlotOptions => {
    const [x0, x1] = extent(points.map((p) => p.x));
    const line = fit
      ? [
          { x: x0, y: fit.intercept + fit.slope * x0 },
          { x: x1, y: fit.intercept + fit.slope * x1 },
        ]
      : [];
    const phone = width < 520;
    return {
      marginLeft: 64,
      marginRight: phone ? 16 : 28,
      marginBottom: 44,
      style: { fontSize: '11px', color: COLOURS.ink },
      x: {
        label: `${variable}, ${f.unit(structure.unit)} →`,
        tickFormat: tickFormat(locale),
        ticks: Math.max(2, Math.floor(width / 90)),
        nice: true,
        grid: true,
      },
      y: {
        label: `↑ ${f.unit(keyFigure.unit)}`,
        tickFormat: tickFormat(locale),
        domain: [...y.domain],
        grid: true,
      },
      symbol: { type: 'identity' },
      marks: [
        Plot.dot(points, {
          ariaHidden: 'true',
          x: 'x',
          y: 'y',
          r: (p: Point) => RADIUS[p.role],
          symbol: (p: Point) => SYMBOL[p.role],
          fill: (p: Point) => COLOURS[p.role],
          stroke: (p: Point) => (p.role === 'other' ? 'none' : '#ffffff'),
          fillOpacity: (p: Point) => (p.role === 'other' ? 0.75 : 1),
        }),
        Plot.line(line, {
          ariaHidden: 'true',
          x: 'x',
          y: 'y',
          stroke: COLOURS.ink,
          strokeWidth: 2,
          className: 'regression-line',
        }),
        ...(line.length === 2 && r2
          ? [
              Plot.text([line[1]], {
                ariaHidden: 'true',
                x: 'x',
                y: 'y',
                text: () => s.r2Short(r2),
                textAnchor: 'end',
                dy: -10,
                fontWeight: 600,
                stroke: '#ffffff',
                strokeWidth: 3,
                fill: COLOURS.ink,
              }),
            ]
          : []),
        Plot.text(chosenPoint ? [chosenPoint] : [], {
          ariaHidden: 'true',
          x: 'x',
          y: 'y',
          text: 'name',
          textAnchor: 'start',
          dx: 10,
          fontWeight: 700,
          fontSize: 13,
          fill: COLOURS.chosen,
          stroke: '#ffffff',
          strokeWidth: 4,
        }),
        Plot.tip(
          points,
          Plot.pointer({
            ariaHidden: 'true',
            x: 'x',
            y: 'y',
            title: (p: Point) => `${p.name}\n${yValue(p.y)}\n${variable}: ${xValue(p.x)}`,
          }),
        ),
        ...(y.broken ? [axisBreakMark(COLOURS.ink)] : []),
      ],
    };
  };

  return (
    <>
      <p className="kf-fit" data-testid="regression-r2">
        {fitText} <span className="chart-note">{axisNote}</span>
      </p>
      <PlotFigure
        build={build}
        height={HEIGHT}
        summary={summary}
        deps={[y.domain[0], y.domain[1]]}
        download={{
          title: `${s.caption(name(keyFigure), variable)}, ${year}`,
          legend: [
            ...(chosenPoint
              ? [
                  {
                    label: `${t.keyFigure.legend.chosen}: ${chosenPoint.name}`,
                    colour: COLOURS.chosen,
                  },
                ]
              : []),
            ...(peerNames ? [{ label: t.keyFigure.legend.peers, colour: COLOURS.peer }] : []),
            { label: t.keyFigure.legend.others, colour: COLOURS.other },
            ...(r2 ? [{ label: s.r2Short(r2), colour: COLOURS.ink }] : []),
          ],
          source: t.common.sourceNames[keyFigure.source] ?? keyFigure.source,
          prices: isMoneyUnit(keyFigure.unit) ? keyFigure.unit : null,
          notes: [fitText, axisNote],
          fileName: fileSlug(name(keyFigure), variable, String(year)),
        }}
        table={
          <DataTable
            caption={s.caption(name(keyFigure), variable)}
            columns={[
              {
                key: 'name',
                header: t.keyFigure.table.municipality,
                cell: (p) => p.name,
                rowHeader: true,
              },
              { key: 'y', header: name(keyFigure), cell: (p) => yValue(p.y), numeric: true },
              { key: 'x', header: variable, cell: (p) => xValue(p.x), numeric: true },
            ]}
            rows={[...points].sort((a, b) => a.name.localeCompare(b.name, 'da'))}
            rowKey={(p) => p.code}
            highlight={(p) => p.role !== 'other'}
          />
        }
      />
    </>
  );
}

function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
