import * as Plot from '@observablehq/plot';
import { useApi, type DevelopmentDocument, type KeyFigureDocument } from '../../api/index.ts';
import { DataTable, InfoNumber, QueryView } from '../../components/index.ts';
import { PlotFigure } from '../../charts/index.ts';
import { unitWithPrices } from '../../format/index.ts';
import { localized, useI18n } from '../../i18n/index.ts';
import { developmentStart } from './years.ts';

/** How many years back a development looks. */
const SPAN = 8;
const HEIGHT = 220;

type Point = DevelopmentDocument['series'][number];

/**
 * The municipality's index against its peer group's mean over the last years (1 = the
 * group's mean), from the first year with data in the window, with the table one click away
 * and the peers that moved most differently.
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
  const afterBreak = from !== undefined && breakYears.includes(from) ? from : undefined;

  return (
    <div className="development">
      <h3 className="development-heading">{m.heading(figureName)}</h3>
      <QueryView query={series} height={HEIGHT + 60}>
        {() =>
          from === undefined ? (
            <p className="development-empty">{m.tooFew}</p>
          ) : (
            <QueryView query={development} height={HEIGHT + 60}>
              {(d) => (
                <DevelopmentFigure
                  d={d}
                  municipalityName={municipalityName}
                  names={names}
                  figureName={figureName}
                  unit={keyFigure?.unit ?? d.keyFigure.unit}
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
  afterBreak,
}: {
  readonly d: DevelopmentDocument;
  readonly municipalityName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly figureName: string;
  readonly unit: string;
  readonly afterBreak: number | undefined;
}) {
  const { t, f, locale } = useI18n();
  const m = t.municipality.development;
  // The index is a ratio within each year; the values behind it are each year's own prices.
  const priced = unitWithPrices(locale, unit, d.prices);
  const yearLabel = (year: number) => {
    const kind = d.yearKinds[year];
    return kind && kind !== 'accounts'
      ? `${year} (${t.common.yearKinds[kind] ?? kind})`
      : String(year);
  };
  const points = d.series.filter((p): p is Point & { index: number } => p.index !== null);
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? m.summary(municipalityName, d.from, d.to, f.number(first.index, 2), f.number(last.index, 2))
      : m.tooFew;
  const others = [...d.others]
    .sort((a, b) => Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0))
    .slice(0, 3);
  const indexInfo = {
    definition: m.indexDefinition(figureName),
    source: t.municipality.info.computed,
  };

  const table = (
    <DataTable
      caption={m.tableCaption(figureName)}
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
          key: 'group',
          header: `${m.groupMean} (${priced})`,
          numeric: true,
          cell: (p) => f.auto(p.groupMean),
        },
        {
          key: 'index',
          header: m.index,
          numeric: true,
          cell: (p) =>
            p.index === null ? (
              f.number(null)
            ) : (
              <InfoNumber info={{ ...indexInfo, year: p.year }}>{f.number(p.index, 2)}</InfoNumber>
            ),
        },
      ]}
    />
  );

  return (
    <>
      {points.length < 2 ? (
        <p className="development-empty">{m.tooFew}</p>
      ) : (
        <>
          <p className="development-legend" aria-hidden="true">
            <span className="legend-own">{municipalityName}</span>
            <span className="legend-group">{m.group}</span>
            <span className="legend-axis">{m.yLabel}</span>
          </p>
          <PlotFigure
            height={HEIGHT}
            summary={summary}
            table={table}
            build={(width) => ({
              width,
              height: HEIGHT,
              marginLeft: 44,
              marginRight: 20,
              x: {
                label: null,
                ...(points.length <= 8 ? { ticks: points.map((p) => p.year) } : {}),
                tickFormat: (y: number) => String(y),
              },
              y: { label: null, tickFormat: (v: number) => f.number(v, 2), grid: true, nice: true },
              // The figure as a whole is the image (its summary is the label); the marks'
              // own ARIA names would be prohibited attributes inside it.
              marks: [
                Plot.ruleY([1], { stroke: '#4a5562', strokeDasharray: '4 3', ariaHidden: 'true' }),
                Plot.line(points, {
                  x: 'year',
                  y: 'index',
                  stroke: '#0b5cad',
                  strokeWidth: 2.5,
                  ariaHidden: 'true',
                }),
                Plot.dot(points, {
                  x: 'year',
                  y: 'index',
                  fill: '#0b5cad',
                  r: 3.5,
                  ariaHidden: 'true',
                }),
                Plot.tip(
                  points,
                  Plot.pointerX({
                    x: 'year',
                    y: 'index',
                    ariaHidden: 'true',
                    title: (p: Point) =>
                      `${yearLabel(p.year)}: ${m.index} ${f.number(p.index, 2)}\n${m.value}: ${f.withUnit(p.value, priced)}\n${m.groupMean}: ${f.withUnit(p.groupMean, priced)}`,
                  }),
                ),
              ],
            })}
          />
        </>
      )}
      {afterBreak !== undefined ? (
        <p className="development-note">{m.startsAfterBreak(afterBreak)}</p>
      ) : null}
      {d.breaks.map((b) => (
        <p key={b.year} className="development-note">
          {m.breakNote(b.year, localized(locale, b.description, b.descriptionEn))}
        </p>
      ))}
      {others.length > 0 ? (
        <>
          <h4 className="development-others-heading">{m.others}</h4>
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
