import * as Plot from '@observablehq/plot';
import type { KeyFigureDocument, ValueRow } from '../../api/index.ts';
import { PlotFigure, fileSlug, tickFormat, type LegendEntry } from '../../charts/index.ts';
import { DataTable } from '../../components/index.ts';
import { isMoneyUnit } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Legend } from './legend.tsx';
import { COLOURS, MARKERS, roleOf } from './palette.ts';
import type { Ranked } from '../../../core/index.ts';
import type { Reference } from './reference.ts';

/** Pixels per bar: 98 bars stay readable (labels at 11 px) without a chart taller than needed. */
const ROW = 13;
const MARGIN_Y = 34;

/** Roughly how wide a label of `chars` characters is at 11 px, for the left margin. */
const labelWidth = (chars: number) => Math.ceil(chars * 6.1) + 10;

/**
 * All municipalities as horizontal bars from zero sorted by rank (1 = best by the polarity),
 * the chosen one and its peers coloured and marked with a symbol and their value, the reference
 * median (the peers', or all municipalities' when none is chosen) as a named dashed rule.
 */
export function RankingChart({
  keyFigure,
  year,
  ranked,
  median,
  reference,
  chosen,
  peers,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly year: number;
  readonly ranked: readonly Ranked<ValueRow>[];
  /** The reference median of the year (see `reference`). */
  readonly median: number | null;
  readonly reference: Reference;
  readonly chosen: string | null;
  readonly peers: ReadonlySet<string>;
}) {
  const { t, f, locale, name } = useI18n();
  const r = t.keyFigure.ranking;
  const referenceName = t.charts.reference.name(reference.kind);
  const rows = ranked.filter((d) => d.rank !== null);
  const missing = ranked.length - rows.length;
  const label = new Map(rows.map((d) => [d.row.code, `${d.rank}. ${d.row.name}`]));
  const longest = Math.max(8, ...[...label.values()].map((s) => s.length));
  const role = (code: string) => roleOf(code, chosen, peers);
  const value = (v: number | null) => f.withUnit(v, keyFigure.unit);
  const highlighted = rows.filter((d) => role(d.row.code) !== 'other');
  const chosenRow = ranked.find((d) => d.row.code === chosen);
  const first = rows[0];
  const last = rows[rows.length - 1];

  const summary = r.summary({
    name: name(keyFigure),
    year,
    n: rows.length,
    best: first ? `${label.get(first.row.code)} (${value(first.row.value)})` : '',
    worst: last ? `${label.get(last.row.code)} (${value(last.row.value)})` : '',
    median: t.charts.reference.sentence(referenceName, value(median)),
    chosen: chosenRow
      ? r.chosenSentence(
          chosenRow.row.name,
          chosenRow.rank === null
            ? t.keyFigure.chosen.noRank
            : t.keyFigure.chosen.rankOf(chosenRow.rank, rows.length),
          highlighted
            .filter((d) => role(d.row.code) === 'peer')
            .map((d) => d.row.name)
            .join(', '),
        )
      : '',
  });

  const height = rows.length * ROW + MARGIN_Y * 2;
  const legend = (): LegendEntry[] => [
    ...(chosenRow
      ? [{ label: `${t.keyFigure.legend.chosen}: ${chosenRow.row.name}`, colour: COLOURS.chosen }]
      : []),
    ...(highlighted.some((d) => role(d.row.code) === 'peer')
      ? [{ label: t.keyFigure.legend.peers, colour: COLOURS.peer }]
      : []),
    { label: t.keyFigure.legend.others, colour: COLOURS.other },
    ...(median === null ? [] : [{ label: referenceName, colour: COLOURS.ink, dashed: true }]),
  ];
  const build = (width: number): Plot.PlotOptions => {
    const phone = width < 520;
    const marginLeft = Math.min(phone ? 132 : 170, labelWidth(longest));
    const marginRight = phone ? 58 : 80;
    const ticks = Math.max(2, Math.floor((width - marginLeft - marginRight) / 80));
    const xAxis = { tickFormat: tickFormat(locale), ticks, label: null, tickSize: 4 } as const;
    return {
      marginLeft,
      marginRight,
      marginTop: MARGIN_Y,
      marginBottom: MARGIN_Y,
      style: { fontSize: '11px', color: COLOURS.ink },
      x: { nice: true, ...xAxis },
      y: {
        domain: rows.map((d) => d.row.code),
        padding: 0.18,
        tickFormat: (code: string) => label.get(code) ?? code,
        tickSize: 0,
        label: null,
      },
      marks: [
        Plot.gridX({ ariaHidden: 'true', ticks, strokeOpacity: 0.15 }),
        Plot.axisX({ anchor: 'top', ...xAxis }),
        Plot.axisX({ anchor: 'bottom', ...xAxis }),
        Plot.axisY({ tickSize: 0, tickFormat: (code: string) => label.get(code) ?? code }),
        Plot.barX(rows, {
          ariaHidden: 'true',
          x: (d: Ranked<ValueRow>) => d.row.value,
          y: (d: Ranked<ValueRow>) => d.row.code,
          fill: (d: Ranked<ValueRow>) => COLOURS[role(d.row.code)],
        }),
        Plot.ruleX([0], { ariaHidden: 'true', stroke: COLOURS.ink }),
        ...(median === null
          ? []
          : [
              Plot.ruleX([median], {
                ariaHidden: 'true',
                stroke: COLOURS.ink,
                strokeDasharray: '5,3',
                strokeWidth: 1.5,
              }),
              ...medianLabel(
                median,
                r.medianLabel(referenceName, value(median)),
                rows,
                width - marginLeft - marginRight,
              ),
            ]),
        Plot.text(highlighted, {
          ariaHidden: 'true',
          x: (d: Ranked<ValueRow>) => Math.max(0, d.row.value ?? 0),
          y: (d: Ranked<ValueRow>) => d.row.code,
          text: (d: Ranked<ValueRow>) =>
            `${role(d.row.code) === 'chosen' ? MARKERS.chosen : MARKERS.peer} ${f.auto(d.row.value)}`,
          textAnchor: 'start',
          dx: 4,
          fill: (d: Ranked<ValueRow>) => COLOURS[role(d.row.code)],
          stroke: '#ffffff',
          strokeWidth: 3,
          fontWeight: 700,
        }),
        Plot.tip(
          rows,
          Plot.pointerY({
            ariaHidden: 'true',
            x: (d: Ranked<ValueRow>) => d.row.value,
            y: (d: Ranked<ValueRow>) => d.row.code,
            title: (d: Ranked<ValueRow>) => `${label.get(d.row.code)}\n${value(d.row.value)}`,
          }),
        ),
      ],
    };
  };

  return (
    <>
      <Legend
        chosenName={chosenRow?.row.name ?? null}
        hasPeers={highlighted.some((d) => role(d.row.code) === 'peer')}
        median={median === null ? undefined : { name: referenceName, value: value(median) }}
      />
      {reference.kind === 'all' ? (
        <p className="chart-note">{t.charts.reference.allMedianWhy}</p>
      ) : null}
      <PlotFigure
        className="kf-ranking"
        build={build}
        height={height}
        summary={summary}
        download={{
          title: r.caption(name(keyFigure), year),
          legend: legend(),
          source: t.common.sourceNames[keyFigure.source] ?? keyFigure.source,
          prices: isMoneyUnit(keyFigure.unit) ? keyFigure.unit : null,
          notes: [
            ...(median === null ? [] : [t.charts.reference.sentence(referenceName, value(median))]),
            ...(reference.kind === 'all' ? [t.charts.reference.allMedianWhy] : []),
            t.charts.axis.fromZero,
          ],
          fileName: fileSlug(name(keyFigure), String(year), t.keyFigure.ranking.heading),
        }}
        table={
          <DataTable
            caption={r.caption(name(keyFigure), year)}
            columns={[
              { key: 'rank', header: t.keyFigure.table.rank, cell: (d) => d.rank, numeric: true },
              {
                key: 'name',
                header: t.keyFigure.table.municipality,
                cell: (d) => d.row.name,
                rowHeader: true,
              },
              {
                key: 'value',
                header: t.keyFigure.table.value,
                cell: (d) => value(d.row.value),
                numeric: true,
              },
            ]}
            rows={rows}
            rowKey={(d) => d.row.code}
            highlight={(d) => role(d.row.code) !== 'other'}
          />
        }
      />
      {missing > 0 ? <p className="kf-note">{r.missing(missing)}</p> : null}
    </>
  );
}

/**
 * The median's label at the top of its rule, on the side where it fits inside the plot (Plot
 * clips nothing, so a label past the edge would run off a phone's screen); none when neither does.
 */
function medianLabel(
  median: number,
  text: string,
  rows: readonly Ranked<ValueRow>[],
  inner: number,
): Plot.Markish[] {
  const values = rows.map((d) => d.row.value ?? 0);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  if (hi === lo) return [];
  const at = ((median - lo) / (hi - lo)) * inner;
  const needed = text.length * 6.6 + 8;
  const side = at + needed <= inner ? 'start' : at - needed >= 0 ? 'end' : null;
  if (!side) return [];
  return [
    Plot.text([median], {
      ariaHidden: 'true',
      x: (d: number) => d,
      frameAnchor: 'top',
      text: () => text,
      textAnchor: side,
      lineAnchor: 'top',
      dx: side === 'start' ? 4 : -4,
      dy: 2,
      fill: COLOURS.ink,
      stroke: '#ffffff',
      strokeWidth: 4,
      fontWeight: 600,
    }),
  ];
}
