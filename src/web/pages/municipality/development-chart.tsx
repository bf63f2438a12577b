import * as Plot from '@observablehq/plot';
import { useState } from 'react';
import { useApi, type DevelopmentDocument, type KeyFigureDocument } from '../../api/index.ts';
import { DataTable, InfoNumber, QueryView } from '../../components/index.ts';
import {
  ChartLegend,
  ChartViewToggle,
  DEVELOPMENT_COLOURS,
  PlotFigure,
  breaksWithin,
  developmentPlotOptions,
  fileSlug,
  indexDomain,
  segmentOf,
  tickFormat,
  tooFewYears,
  valueDomain,
  type ChartView,
  type DevelopmentPoint,
  type LegendEntry,
} from '../../charts/index.ts';
import { unitWithPrices } from '../../format/index.ts';
import { localized, useI18n } from '../../i18n/index.ts';
import { developmentStart } from './years.ts';

/** How many years back a development looks. */
const SPAN = 8;
const HEIGHT = 240;
const OWN = DEVELOPMENT_COLOURS.own;
const INK = DEVELOPMENT_COLOURS.ink;

/**
 * The municipality's values beside its peer group's median over the last years (the axis from
 * zero), or as an index against that median (100 = the median, the axis broken and marked),
 * from the first year with data in the window (not before a definition break, which is marked
 * on the axis); fewer than three years are said in words with the numbers beside them. The
 * table and the downloads are one click away, then the peers that moved most differently.
 */
export function DevelopmentChart({
  code,
  municipalityName,
  names,
  peersParam,
  keyFigure,
  keyFigureId,
  figureName,
  year,
}: {
  readonly code: string;
  readonly municipalityName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly peersParam: string;
  readonly keyFigure: KeyFigureDocument | undefined;
  readonly keyFigureId: string;
  readonly figureName: string;
  readonly year: number;
}) {
  const { t } = useI18n();
  const m = t.municipality.development;
  const source = keyFigure ? (t.common.sourceNames[keyFigure.source] ?? keyFigure.source) : '';
  const series = useApi('series', { keyFigure: keyFigureId, municipality: code });
  const breakYears = (keyFigure?.breaks ?? []).map((b) => b.year);
  // One number per year: the chosen point (accounts win over a budget of the same year).
  const years = (series.data?.series ?? [])
    .filter((p) => p.chosen && p.value !== null)
    .map((p) => p.year);
  const from = series.data ? developmentStart(years, year, SPAN, breakYears) : undefined;
  const development = useApi(
    'development',
    from !== undefined
      ? { municipality: code, keyFigure: keyFigureId, from, to: year, peers: peersParam }
      : null,
  );
  // Without a window (under two years since the latest break), the year or none there is.
  const lonely = years.filter((y) => y === year);
  const afterBreak = from !== undefined && breakYears.includes(from) ? from : undefined;

  return (
    <div className="development">
      <h3 className="development-heading">{m.heading(figureName)}</h3>
      <QueryView query={series} height={HEIGHT + 60}>
        {() =>
          from === undefined ? (
            <p className="development-empty" data-testid="development-too-few">
              {t.charts.tooFew(lonely.length, lonely.map(String).join(', '))}
            </p>
          ) : (
            <QueryView query={development} height={HEIGHT + 60}>
              {(d) => (
                <DevelopmentFigure
                  d={d}
                  municipalityName={municipalityName}
                  names={names}
                  figureName={figureName}
                  unit={keyFigure?.unit ?? d.keyFigure.unit}
                  source={source}
                  afterBreak={afterBreak}
                />
              )}
            </QueryView>
          )
        }
      </QueryView>
    </div>
  );
}

function DevelopmentFigure({
  d,
  municipalityName,
  names,
  figureName,
  unit,
  source,
  afterBreak,
}: {
  readonly d: DevelopmentDocument;
  readonly municipalityName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly figureName: string;
  readonly unit: string;
  readonly source: string;
  readonly afterBreak: number | undefined;
}) {
  const { t, f, locale } = useI18n();
  const m = t.municipality.development;
  const c = t.charts;
  const [view, setView] = useState<ChartView>('values');
  // The values are each year's own prices (d.prices); the index is a ratio within a year.
  const priced = unitWithPrices(locale, unit, d.prices);
  const medianName = c.reference.peerMedian;
  const yearLabel = (year: number) => {
    const kind = d.yearKinds[year];
    return kind && kind !== 'accounts'
      ? `${year} (${t.common.yearKinds[kind] ?? kind})`
      : String(year);
  };
  const owned = d.series.filter((p) => p.value !== null);
  const others = [...d.others]
    .sort((a, b) => Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0))
    .slice(0, 3);
  const indexInfo = {
    definition: c.development.indexInfo(figureName),
    source: t.municipality.info.computed,
  };
  const table = (
    <DataTable
      caption={c.development.tableCaption(figureName)}
      rowKey={(p) => String(p.year)}
      rows={d.series}
      columns={[
        { key: 'year', header: m.year, rowHeader: true, cell: (p) => yearLabel(p.year) },
        {
          key: 'value',
          header: `${m.value} (${priced})`,
          numeric: true,
          cell: (p) => f.auto(p.value),
        },
        {
          key: 'median',
          header: `${medianName} (${priced})`,
          numeric: true,
          cell: (p) => f.auto(p.groupMedian),
        },
        {
          key: 'index',
          header: c.development.index,
          numeric: true,
          cell: (p) =>
            p.medianIndex === null ? (
              f.number(null)
            ) : (
              <InfoNumber info={{ ...indexInfo, year: p.year }}>
                {f.number(p.medianIndex, 1)}
              </InfoNumber>
            ),
        },
      ]}
    />
  );

  const notes = (
    <>
      {afterBreak !== undefined ? (
        <p className="development-note">{m.startsAfterBreak(afterBreak)}</p>
      ) : null}
      {d.breaks.map((b) => (
        <p key={b.year} className="development-note">
          {m.breakNote(b.year, localized(locale, b.description, b.descriptionEn))}
        </p>
      ))}
    </>
  );

  if (tooFewYears(owned.map((p) => p.year))) {
    return (
      <div data-testid="development-too-few">
        <p className="development-empty">
          {c.tooFew(owned.length, owned.map((p) => yearLabel(p.year)).join(', '))}
        </p>
        {table}
        {notes}
      </div>
    );
  }

  const breaks = [
    ...(afterBreak !== undefined ? [afterBreak] : []),
    ...breaksWithin(
      d.breaks.map((b) => b.year),
      d.from,
      d.to,
    ),
  ];
  const segment = (year: number) => segmentOf(year, breaks);
  const own: DevelopmentPoint[] = [];
  const medians: DevelopmentPoint[] = [];
  for (const p of d.series) {
    const ownY = view === 'values' ? p.value : p.medianIndex;
    if (ownY !== null) own.push({ year: p.year, y: ownY, segment: segment(p.year) });
    if (view === 'values' && p.groupMedian !== null)
      medians.push({ year: p.year, y: p.groupMedian, segment: segment(p.year) });
  }
  const y =
    view === 'values'
      ? valueDomain([...own, ...medians].map((p) => p.y))
      : indexDomain(own.map((p) => p.y));
  const first = owned[0];
  const last = owned[owned.length - 1];
  const withUnit = (v: number | null) => f.withUnit(v, priced);
  const summary =
    view === 'values'
      ? c.development.summaryValues({
          name: municipalityName,
          from: d.from,
          to: d.to,
          own: c.development.fromTo(withUnit(first?.value ?? null), withUnit(last?.value ?? null)),
          median: c.development.fromTo(
            withUnit(first?.groupMedian ?? null),
            withUnit(last?.groupMedian ?? null),
          ),
        })
      : c.development.summaryIndex({
          name: municipalityName,
          from: d.from,
          to: d.to,
          a: f.number(first?.medianIndex ?? null, 1),
          b: f.number(last?.medianIndex ?? null, 1),
        });
  const axisNote = y.broken ? c.axis.broken(f.number(y.domain[0], 0)) : c.axis.fromZero;
  const legend: LegendEntry[] = [
    { label: municipalityName, colour: OWN },
    { label: view === 'values' ? medianName : `${medianName} = 100`, colour: INK, dashed: true },
  ];
  const byYear = new Map(d.series.map((p) => [p.year, p]));
  const tip = (year: number) => {
    const p = byYear.get(year);
    return `${yearLabel(year)}\n${m.value}: ${withUnit(p?.value ?? null)}\n${medianName}: ${withUnit(p?.groupMedian ?? null)}\n${c.development.index}: ${f.number(p?.medianIndex ?? null, 1)}`;
  };

  return (
    <>
      <ChartViewToggle view={view} onView={setView} />
      <ChartLegend entries={legend} />
      <PlotFigure
        height={HEIGHT}
        summary={summary}
        table={table}
        deps={[view, d]}
        download={{
          title: `${figureName}, ${municipalityName}, ${d.from}–${d.to}`,
          legend,
          source,
          prices: view === 'values' ? priced : null,
          notes: [
            view === 'values'
              ? c.reference.peerMedianWhy(municipalityName, d.group.members.length)
              : c.view.indexDefinition(medianName),
            axisNote,
            ...d.breaks.map((b) => m.breakNote(b.year, b.description)),
          ],
          fileName: fileSlug(
            figureName,
            municipalityName,
            `${d.from}-${d.to}`,
            view === 'index' ? 'indeks' : '',
          ),
        }}
        build={(width) =>
          developmentPlotOptions({
            width,
            height: HEIGHT,
            from: d.from,
            to: d.to,
            years: d.series.map((p) => p.year),
            yLabel: view === 'values' ? `↑ ${priced}` : `↑ ${c.view.indexAxis}`,
            y,
            reference: view === 'values' ? 'zero' : 'index',
            lines: [
              { role: 'peers', points: medians },
              { role: 'own', points: own },
            ],
            breaks,
            breakLabel: (b) => c.breakLabel(b),
            tickFormat: tickFormat(locale),
            extraMarks: [
              Plot.tip(
                own,
                Plot.pointerX({
                  x: 'year',
                  y: 'y',
                  ariaHidden: 'true',
                  title: (p: DevelopmentPoint) => tip(p.year),
                }),
              ),
            ],
          })
        }
      />
      <p className="chart-note" data-testid="chart-axis-note">
        {axisNote}{' '}
        {view === 'values'
          ? c.reference.peerMedianWhy(municipalityName, d.group.members.length)
          : c.view.indexDefinition(medianName)}
      </p>
      {notes}
      {others.length > 0 ? (
        <>
          <h4 className="development-others-heading">{m.others}</h4>
          <p className="development-note">{c.development.othersNote}</p>
          <ul className="development-others">
            {others.map((o) => (
              <li key={o.code}>
                {m.other(
                  names.get(o.code) ?? o.code,
                  f.number(o.indexFrom, 2),
                  f.number(o.indexTo, 2),
                  signed(f.number(o.change, 2), o.change),
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** A change with its sign written out: "+0,05" / "−0,03". */
function signed(text: string, value: number | null): string {
  return value !== null && value > 0 ? `+${text}` : text;
}
