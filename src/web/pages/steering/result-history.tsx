import * as Plot from '@observablehq/plot';
import { Link } from 'wouter';
import type { AssessmentDocument } from '../../api/index.ts';
import { ChartLegend, PlotFigure, tickFormat, type LegendEntry } from '../../charts/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { MISSING } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';

type Past = AssessmentDocument['history'][number];

/** One point of the chart: a series (a centre or the data score) at an assessment. */
interface Point {
  readonly key: string;
  readonly series: string;
  readonly value: number;
}

const DATA = '#1d6b3a';
const COLOURS: Readonly<Record<string, string>> = {
  'strategic-political': '#0b5cad',
  'economic-financial': '#a3201f',
  'social-professional': '#6a3d9a',
  data: DATA,
};

/**
 * The municipality's assessments over time (the ones the reader may see): a table of each
 * one's date, title, finished answers, centre means with grades and data score, and with two
 * or more a line chart of the same.
 */
export function HistorySection({ d }: { readonly d: AssessmentDocument }) {
  const { t, f, name } = useI18n();
  const h = t.steeringResult.history;
  const centreName = (id: string) => {
    const c = d.centres.find((x) => x.id === id);
    return c ? name(c) : id;
  };
  const score = (v: number | null) => f.number(v, 2);
  const columns: readonly Column<Past>[] = [
    { key: 'date', header: h.date, cell: (p) => f.date(p.createdAt) },
    {
      key: 'title',
      header: h.assessment,
      rowHeader: true,
      cell: (p) =>
        p.id === d.id ? (
          <>
            <span lang="da">{p.title}</span> {h.current}
          </>
        ) : (
          <Link href={`/styring/${p.id}`} lang="da">
            {p.title}
          </Link>
        ),
    },
    { key: 'finished', header: h.finished, numeric: true, cell: (p) => String(p.finished) },
    ...d.centres.map((c): Column<Past> => ({
      key: c.id,
      header: centreName(c.id),
      numeric: true,
      cell: (p) => {
        const v = p.centres.find((x) => x.id === c.id);
        if (!v || v.mean === null) return MISSING;
        return (
          <span data-centre={c.id} data-testid="steering-history-mean">
            {score(v.mean)} ({v.grade ?? MISSING})
          </span>
        );
      },
    })),
    { key: 'data', header: h.data, numeric: true, cell: (p) => score(p.dataScore) },
  ];
  const table = (
    <DataTable
      caption={h.caption}
      columns={columns}
      rows={d.history}
      rowKey={(p) => String(p.id)}
      highlight={(p) => p.id === d.id}
      className="steering-history"
    />
  );
  return (
    <section
      aria-labelledby="steering-history-heading"
      className="steering-section"
      data-testid="steering-history"
    >
      <h2 id="steering-history-heading">{h.title}</h2>
      <p className="steering-note">{h.intro}</p>
      {table}
      {d.history.length >= 2 ? (
        <HistoryChart d={d} centreName={centreName} />
      ) : (
        <p className="steering-note">{h.one}</p>
      )}
    </section>
  );
}

function HistoryChart({
  d,
  centreName,
}: {
  readonly d: AssessmentDocument;
  readonly centreName: (id: string) => string;
}) {
  const { t, locale } = useI18n();
  const h = t.steeringResult.history;
  const series = [...d.centres.map((c) => c.id), 'data'] as const;
  const label = (s: string) => (s === 'data' ? h.data : centreName(s));
  const points: Point[] = d.history.flatMap((p) => [
    ...p.centres.flatMap((c) =>
      c.mean === null ? [] : [{ key: String(p.id), series: c.id, value: c.mean }],
    ),
    ...(p.dataScore === null ? [] : [{ key: String(p.id), series: 'data', value: p.dataScore }]),
  ]);
  const legend: LegendEntry[] = series.map((s) => ({
    label: label(s),
    colour: COLOURS[s] ?? '#1b1f24',
    ...(s === 'data' ? { dashed: true } : {}),
  }));
  const dates = new Map(
    d.history.map((p) => [
      String(p.id),
      new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(new Date(p.createdAt)),
    ]),
  );
  const height = 260;
  return (
    <div className="steering-history-chart" data-testid="steering-history-chart">
      <ChartLegend entries={legend} />
      <PlotFigure
        height={height}
        summary={h.summary(d.history.length)}
        deps={[d.history]}
        build={() => ({
          height,
          marginLeft: 40,
          marginRight: 24,
          marginBottom: 36,
          x: {
            type: 'point',
            domain: d.history.map((p) => String(p.id)),
            label: null,
            tickFormat: (k: string) => dates.get(k) ?? k,
            padding: 0.3,
          },
          y: {
            domain: [1, 5],
            label: h.axis,
            grid: true,
            ticks: [1, 2, 3, 4, 5],
            tickFormat: tickFormat(locale),
          },
          marks: [
            Plot.line(
              points.filter((p) => p.series !== 'data'),
              {
                x: 'key',
                y: 'value',
                z: 'series',
                stroke: (p: Point) => COLOURS[p.series] ?? '#1b1f24',
                strokeWidth: 2,
                ariaHidden: 'true',
              },
            ),
            Plot.line(
              points.filter((p) => p.series === 'data'),
              {
                x: 'key',
                y: 'value',
                stroke: DATA,
                strokeWidth: 2,
                strokeDasharray: '5 3',
                ariaHidden: 'true',
              },
            ),
            Plot.dot(points, {
              x: 'key',
              y: 'value',
              fill: (p: Point) => COLOURS[p.series] ?? '#1b1f24',
              r: 4,
              ariaHidden: 'true',
            }),
          ],
        })}
      />
    </div>
  );
}
