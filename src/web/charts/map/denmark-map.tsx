import { useMemo, useRef, useState } from 'react';
import type { KeyFigureDocument, ValueRow } from '../../api/index.ts';
import { ErrorMessage, Loading } from '../../components/index.ts';
import { useI18n, type Catalogue, type Formats } from '../../i18n/index.ts';
import { ChartDownload } from '../chart-download.tsx';
import { fileSlug, type ChartExport, type LegendEntry } from '../chart-export.ts';
import {
  classify,
  layoutMap,
  municipalityGeometries,
  rankValues,
  toPolarity,
  type MapScale,
} from '../../../charts/map/index.ts';
import { boxStyle } from './box.ts';
import './denmark-map.css';
import { useBoxSize, useMunicipalityTopology, useSvgId } from './hooks.ts';
import { Hatch, Legend, legendRange } from './legend.tsx';
import { MapSvg } from './map-svg.tsx';
import { MapTable } from './map-table.tsx';
import { mapMarks } from './marks.ts';
import { useMapPointer } from './pointer.ts';
import { drawShapes, fillOf } from './shapes.tsx';
import { mapSummary, mapTexts, sortByRank, type MapCatalogue } from './texts.ts';
import { MapTooltip } from './tooltip.tsx';

/**
 * The map of Denmark's 98 municipalities coloured by a key figure in a year: equal-count
 * classes in a palette that follows the figure's polarity, missing values hatched, a legend,
 * a tooltip with value and rank on hover and on keyboard focus, every municipality focusable
 * (Enter, Space or click calls `onSelect`), and the same numbers as a table on demand.
 * The box keeps its size while the boundaries load; path strings are computed once per size.
 * Beside "Vis som tabel", while the map is drawn: the map as an SVG or PNG file with its title,
 * legend, notes, source and price level (ChartDownload), its CSS written into it.
 */
export function DenmarkMap({
  keyFigure,
  values,
  year,
  selected,
  highlight,
  onSelect,
  height = 560,
  yearLabel,
  prices = null,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly values: readonly ValueRow[];
  readonly year: number;
  /** A municipality drawn with a heavy outline (e.g. the one the page is about). */
  readonly selected?: string;
  /** Municipalities drawn with a dashed outline (e.g. its peers). */
  readonly highlight?: readonly string[];
  readonly onSelect?: (code: string) => void;
  /** The map's largest height in pixels (narrow screens get less: the map keeps its shape). */
  readonly height?: number;
  /** What the year and amounts are, after the legend's title: "budget 2019, 2010-priser". */
  readonly yearLabel?: string;
  /** The unit with its price level ("kr. pr. indb., 2010-priser") for a figure in money, for
   * the downloaded file's footer; null for a figure without money. */
  readonly prices?: string | null;
}) {
  const { t, f, name } = useI18n();
  const tm = t.home.denmarkMap;
  const topology = useMunicipalityTopology();
  const [boxRef, size] = useBoxSize();
  // The municipality under the pointer or focus, and whether it is the capital box's shape.
  const { active, handlers } = useMapPointer(onSelect);
  const [showTable, setShowTable] = useState(false);
  const legendRef = useRef<HTMLDivElement>(null);
  const hatchId = useSvgId();

  const polarity = toPolarity(keyFigure.polarity);
  const figureName = name(keyFigure);
  const unit = keyFigure.unit;
  const rows = useMemo(() => new Map(values.map((v) => [v.code, v])), [values]);
  const scale = useMemo(
    () =>
      classify(
        values.map((v) => v.value),
        polarity,
      ),
    [values, polarity],
  );
  const ranks = useMemo(() => rankValues(values, polarity), [values, polarity]);
  const ranked = ranks.size;

  const hasBoundaries = topology.data ? municipalityGeometries(topology.data).length > 0 : true;
  const layout = useMemo(
    () =>
      topology.data && size.w > 0 && size.h > 0 ? layoutMap(topology.data, size.w, size.h) : null,
    [topology.data, size.w, size.h],
  );

  const texts = mapTexts({ rows, ranks, polarity, unit, tm, f });
  const interactive = onSelect !== undefined;
  const shapes = useMemo(
    () =>
      layout
        ? drawShapes(layout, {
            fill: (code) => fillOf(scale, rows.get(code)?.value ?? null, hatchId),
            label: texts.describe,
            interactive,
          })
        : null,
    // texts.describe reads rows, ranks and the catalogue, all in the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layout, scale, rows, ranks, tm, f, hatchId, interactive],
  );
  const marks = mapMarks(layout, { active, selected, highlight });
  const capital = layout?.capital ?? null;

  const sortedRows = useMemo(() => sortByRank(values, ranks), [values, ranks]);
  const missing = values.filter((v) => v.value === null).length;
  const summary = mapSummary({
    sortedRows,
    figureName,
    year,
    ranked,
    missing,
    polarity,
    unit,
    tm,
    f,
  });

  const source = tm.source(t.common.sourceNames[keyFigure.source] ?? keyFigure.source, year);
  const showBox = topology.isPending || topology.error !== null || hasBoundaries;
  const tableShown = showTable || !showBox;
  const legendTitle = `${figureName}, ${yearLabel ?? year}`;
  const svgRef = useRef<HTMLDivElement | null>(null);
  const download: ChartExport = {
    title: legendTitle,
    legend: mapLegend({ scale, missing, hatchId, selected, highlight, rows, unit, tm, t, f }),
    source: t.common.sourceNames[keyFigure.source] ?? keyFigure.source,
    prices,
    notes: [
      `${tm.polarity[polarity] ?? ''} ${scale.classes.length > 1 ? tm.darkerIsHigher : ''}`.trim(),
      ...(layout?.inset ? [tm.bornholm] : []),
      ...(capital ? [tm.capitalNote] : []),
    ],
    fileName: fileSlug(figureName, String(year), tm.fileName),
  };

  return (
    <figure className="denmark-map">
      <svg className="dm-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <Hatch id={hatchId} />
        </defs>
      </svg>
      {showBox ? (
        <div className="dm-toolbar">
          <button
            type="button"
            className="link-button"
            aria-expanded={showTable}
            onClick={() => setShowTable((s) => !s)}
          >
            {showTable ? t.common.table.hideTable : t.common.table.showTable}
          </button>
          {!tableShown && layout ? (
            <ChartDownload
              chart={() => svgRef.current?.querySelector<SVGSVGElement>('svg.dm-svg') ?? null}
              meta={download}
            />
          ) : null}
        </div>
      ) : (
        <p className="notice">{tm.noBoundaries}</p>
      )}
      {tableShown ? (
        <MapTable
          caption={tm.tableCaption(figureName, year)}
          rows={sortedRows}
          ranks={ranks}
          unit={unit}
          selected={selected}
          onSelect={onSelect}
          note={
            <>
              {tm.polarity[polarity]} {source}
            </>
          }
        />
      ) : (
        <div className="dm-layout">
          <div
            ref={(e) => {
              boxRef(e);
              svgRef.current = e;
            }}
            className="dm-box"
            style={boxStyle(height)}
          >
            {topology.error ? (
              <ErrorMessage error={topology.error} retry={() => void topology.refetch()} />
            ) : !layout ? (
              <Loading height={0} label={tm.loading} />
            ) : (
              <>
                <button
                  type="button"
                  className="dm-skip"
                  onClick={() => legendRef.current?.focus()}
                >
                  {tm.skipMap}
                </button>
                <MapSvg
                  layout={layout}
                  shapes={shapes}
                  marks={marks}
                  label={tm.label(figureName, year)}
                  capitalLabel={tm.capital}
                  interactive={interactive}
                  handlers={handlers}
                />
                {marks.tip ? (
                  <MapTooltip
                    shape={marks.tip}
                    width={layout.width}
                    height={layout.height}
                    texts={texts}
                  />
                ) : null}
              </>
            )}
          </div>
          <div className="dm-legend" ref={legendRef} tabIndex={-1}>
            <Legend
              scale={scale}
              hatchId={hatchId}
              title={legendTitle}
              polarity={tm.polarity[polarity] ?? ''}
              missing={missing}
              unit={unit}
            />
            <p className="dm-note">
              {source}
              {layout?.inset ? ` ${tm.bornholm}` : ''}
              {capital ? ` ${tm.capitalNote}` : ''}
            </p>
          </div>
        </div>
      )}
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}

/**
 * The map's legend for a downloaded file: each colour class with its range and count, the
 * hatching of missing values, and the outlines of the selected municipality and its peers.
 */
function mapLegend(input: {
  readonly scale: MapScale;
  readonly missing: number;
  readonly hatchId: string;
  readonly selected: string | undefined;
  readonly highlight: readonly string[] | undefined;
  readonly rows: ReadonlyMap<string, ValueRow>;
  readonly unit: string;
  readonly tm: MapCatalogue;
  readonly t: Catalogue;
  readonly f: Formats;
}): readonly LegendEntry[] {
  const { scale, missing, hatchId, selected, highlight, rows, unit, tm, t, f } = input;
  const range = legendRange(f, unit);
  const chosen = selected === undefined ? undefined : rows.get(selected)?.name;
  return [
    ...scale.classes.map((c) => ({
      label: `${range(c.min, c.max)} (${tm.count(c.count)})`,
      colour: c.color,
      swatch: true,
    })),
    ...(missing > 0
      ? [
          {
            label: `${tm.noValue} (${tm.count(missing)})`,
            colour: `url(#${hatchId})`,
            swatch: true,
          },
        ]
      : []),
    ...(chosen ? [{ label: `${t.keyFigure.legend.chosen}: ${chosen}`, colour: INK }] : []),
    ...(highlight && highlight.length > 0
      ? [{ label: t.keyFigure.legend.peers, colour: INK, dashed: true }]
      : []),
  ];
}

/** The outlines' colour (--ink). */
const INK = '#1b1f24';
