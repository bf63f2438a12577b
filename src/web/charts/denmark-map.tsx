import { useQuery } from '@tanstack/react-query';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { fetchJson, type KeyFigureDocument, type ValueRow } from '../api/index.ts';
import { DataTable, ErrorMessage, Loading, type Column } from '../components/index.ts';
import { useI18n } from '../i18n/index.ts';
import './denmark-map.css';
import {
  CAPITAL_AREA,
  CAPITAL_LABEL,
  layoutMap,
  MAP_ASPECT,
  type MapShape,
  municipalityGeometries,
  type MunicipalityTopology,
} from './map-geometry.ts';
import { classify, rankValues, toPolarity, type MapScale } from './map-scale.ts';

/** The municipal boundaries, fetched once per visit (they change only with an import). */
function useMunicipalityTopology() {
  return useQuery({
    queryKey: ['geo', 'municipalities'],
    queryFn: ({ signal }) => fetchJson<MunicipalityTopology>('geo/municipalities', {}, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The map box's size, measured (its height follows from CSS: aspect ratio, at most `height`). */
function useBoxSize() {
  // A callback ref: the box leaves the page while the table is shown and comes back after.
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const w = Math.floor(entry.contentRect.width);
      const h = Math.floor(entry.contentRect.height);
      setSize((s) => (s.w === w && s.h === h ? s : { w, h }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, size] as const;
}

/** The map box: at most `height` tall and as wide as the map is at that height. */
function boxStyle(height: number) {
  return { maxHeight: height, maxWidth: Math.round(height / MAP_ASPECT) };
}

/**
 * Where the tooltip goes: above the municipality (below it near the top), sliding sideways in
 * proportion to its position so that it never leaves the box, even on a phone.
 */
function tooltipPosition(at: { x: number; y: number }, width: number, height: number) {
  const share = Math.round((100 * at.x) / Math.max(width, 1));
  const below = at.y < height * 0.3;
  return {
    left: at.x,
    top: at.y,
    transform: `translate(-${share}%, ${below ? '14px' : 'calc(-100% - 14px)'})`,
  };
}

/** Ids usable in url(#…): React's useId may contain colons. */
function useSvgId(): string {
  return `dm${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * The map of Denmark's 98 municipalities coloured by a key figure in a year: equal-count
 * classes in a palette that follows the figure's polarity, missing values hatched, a legend,
 * a tooltip with value and rank on hover and on keyboard focus, every municipality focusable
 * (Enter, Space or click calls `onSelect`), and the same numbers as a table on demand.
 * The box keeps its size while the boundaries load; path strings are computed once per size.
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
}) {
  const { t, f, name } = useI18n();
  const tm = t.home.denmarkMap;
  const topology = useMunicipalityTopology();
  const [boxRef, size] = useBoxSize();
  // The municipality under the pointer or focus, and whether it is the capital box's shape.
  const [active, setActive] = useState<Target | null>(null);
  const [showTable, setShowTable] = useState(false);
  const legendRef = useRef<HTMLDivElement>(null);
  const hatchId = useSvgId();
  // The handler may be a new function each render; the memoised paths read it from here.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  });

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

  const valueText = (code: string) => {
    const v = rows.get(code)?.value ?? null;
    return v === null ? tm.noValue : f.withUnit(v, unit);
  };
  const rankText = (code: string) => {
    const r = ranks.get(code);
    if (r === undefined) return null;
    return polarity === 'neutral' ? tm.rankNeutral(r, ranked) : tm.rank(r, ranked);
  };
  const describe = (code: string, municipality: string) =>
    [`${municipality}: ${valueText(code)}`, rankText(code)].filter(Boolean).join(', ');

  const interactive = onSelect !== undefined;
  const shapes = useMemo(() => {
    if (!layout) return null;
    const draw = (list: readonly MapShape[], inCapitalBox: boolean) =>
      [...list]
        .sort((a, b) => a.name.localeCompare(b.name, 'da'))
        .map((s) => {
          const c = scale.classOf(rows.get(s.code)?.value ?? null);
          // A capital municipality is reached by keyboard and screen reader in the box only,
          // where it is larger: one tab stop each. The pointer may use either.
          const hidden = !inCapitalBox && layout.capital !== null && CAPITAL_AREA.has(s.code);
          return (
            <path
              key={s.code}
              d={s.d}
              data-code={s.code}
              data-capital={inCapitalBox ? '' : undefined}
              className="dm-shape"
              fill={c < 0 ? `url(#${hatchId})` : (scale.classes[c]?.color ?? '#ccc')}
              tabIndex={hidden ? -1 : 0}
              aria-hidden={hidden ? true : undefined}
              role={interactive ? 'button' : 'img'}
              aria-label={describe(s.code, s.name)}
            />
          );
        });
    return { main: draw(layout.shapes, false), capital: draw(layout.capital?.shapes ?? [], true) };
    // describe() reads rows, ranks and the catalogue, all in the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, scale, rows, ranks, tm, f, hatchId, interactive]);

  const targetOf = (el: EventTarget | null): Target | null => {
    const code = el instanceof Element ? el.getAttribute('data-code') : null;
    return code && el instanceof Element
      ? { code, capital: el.hasAttribute('data-capital') }
      : null;
  };
  const codeOf = (e: { target: EventTarget }): string | null => targetOf(e.target)?.code ?? null;
  const handlers = {
    onMouseOver: (e: MouseEvent) => setActive(targetOf(e.target)),
    onMouseLeave: () => setActive(targetOf(document.activeElement)),
    onFocus: (e: FocusEvent) => setActive(targetOf(e.target)),
    onBlur: () => setActive(null),
    onClick: (e: MouseEvent) => {
      const code = codeOf(e);
      if (code) onSelectRef.current?.(code);
    },
    onKeyDown: (e: KeyboardEvent) => {
      const code = codeOf(e);
      if (!code) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelectRef.current?.(code);
      } else if (e.key === 'Escape') setActive(null);
    },
  };

  const shapeOf = (code: string | null | undefined) =>
    code ? layout?.shapes.find((s) => s.code === code) : undefined;
  const capitalShapeOf = (code: string | null | undefined) =>
    code ? layout?.capital?.shapes.find((s) => s.code === code) : undefined;
  const activeShape = shapeOf(active?.code);
  const activeCapitalShape = capitalShapeOf(active?.code);
  // The tooltip goes beside the shape the user points at or has focused.
  const tipShape = active?.capital ? activeCapitalShape : activeShape;
  const selectedShape = shapeOf(selected);
  const selectedCapitalShape = capitalShapeOf(selected);
  const highlighted = layout ? layout.shapes.filter((s) => highlight?.includes(s.code)) : [];
  const highlightedCapital = layout?.capital
    ? layout.capital.shapes.filter((s) => highlight?.includes(s.code))
    : [];
  const capital = layout?.capital ?? null;

  const sortedRows = useMemo(
    () =>
      [...values].sort(
        (a, b) =>
          (ranks.get(a.code) ?? Infinity) - (ranks.get(b.code) ?? Infinity) ||
          a.name.localeCompare(b.name, 'da'),
      ),
    [values, ranks],
  );
  const extreme = (which: 'first' | 'last') => {
    const withValue = sortedRows.filter((r) => r.value !== null);
    const lowFirst = polarity === 'lower-is-better';
    const r = (which === 'first') === lowFirst ? withValue[0] : withValue[withValue.length - 1];
    return r ? `${r.name} (${f.withUnit(r.value, unit)})` : tm.noValue;
  };
  const missing = values.filter((v) => v.value === null).length;
  const summary = tm.summary(figureName, year, ranked, extreme('first'), extreme('last'), missing);

  const columns: readonly Column<ValueRow>[] = [
    {
      key: 'name',
      header: t.common.table.municipality,
      rowHeader: true,
      cell: (r) =>
        onSelect ? (
          <button type="button" className="link-button" onClick={() => onSelect(r.code)}>
            {r.name}
          </button>
        ) : (
          r.name
        ),
    },
    {
      key: 'value',
      // The unit may wrap, so that it does not make the column as wide as a phone.
      header: (
        <>
          {t.common.table.value} <span className="dm-unit">({unit})</span>
        </>
      ),
      numeric: true,
      cell: (r) => (r.value === null ? tm.noValue : f.auto(r.value)),
    },
    {
      key: 'rank',
      header: t.common.table.rank,
      numeric: true,
      cell: (r) => ranks.get(r.code) ?? '',
    },
  ];

  const source = tm.source(t.common.sourceNames[keyFigure.source] ?? keyFigure.source, year);
  const showBox = topology.isPending || topology.error !== null || hasBoundaries;
  const tableShown = showTable || !showBox;

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
        </div>
      ) : (
        <p className="notice">{tm.noBoundaries}</p>
      )}
      {tableShown ? (
        <div className="dm-table">
          <DataTable
            caption={tm.tableCaption(figureName, year)}
            columns={columns}
            rows={sortedRows}
            rowKey={(r) => r.code}
            highlight={(r) => r.code === selected}
          />
          <p className="dm-note">
            {tm.polarity[polarity]} {source}
          </p>
        </div>
      ) : (
        <div className="dm-layout">
          <div ref={boxRef} className="dm-box" style={boxStyle(height)}>
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
                <svg
                  width={layout.width}
                  height={layout.height}
                  viewBox={`0 0 ${layout.width} ${layout.height}`}
                  role="group"
                  aria-label={tm.label(figureName, year)}
                  className={interactive ? 'dm-svg dm-interactive' : 'dm-svg'}
                >
                  {layout.inset ? (
                    <rect
                      className="dm-inset"
                      x={layout.inset.x}
                      y={layout.inset.y}
                      width={layout.inset.w}
                      height={layout.inset.h}
                    />
                  ) : null}
                  {capital ? (
                    <rect
                      className="dm-capital-box"
                      x={capital.box.x}
                      y={capital.box.y}
                      width={capital.box.w}
                      height={capital.box.h}
                    />
                  ) : null}
                  <g {...handlers}>
                    {shapes?.main}
                    {capital ? (
                      <g role="group" aria-label={tm.capital}>
                        {shapes?.capital}
                      </g>
                    ) : null}
                  </g>
                  <path className="dm-coast" d={layout.coast} />
                  {capital ? (
                    <>
                      <rect
                        className="dm-capital-area"
                        x={capital.area.x}
                        y={capital.area.y}
                        width={capital.area.w}
                        height={capital.area.h}
                      />
                      <text
                        className="dm-capital-label"
                        x={capital.box.x + 6}
                        y={capital.box.y + CAPITAL_LABEL - 1}
                        aria-hidden="true"
                        // A phone's box is narrower than the word: squeezed a little to fit.
                        {...(capital.box.w < 115
                          ? { textLength: capital.box.w - 10, lengthAdjust: 'spacingAndGlyphs' }
                          : {})}
                      >
                        {tm.capital}
                      </text>
                    </>
                  ) : null}
                  {[...highlighted, ...highlightedCapital].map((s, i) => (
                    <path key={`${i}-${s.code}`} className="dm-highlight" d={s.d} />
                  ))}
                  {[selectedShape, selectedCapitalShape].map((s, i) =>
                    s ? <path key={i} className="dm-selected" d={s.d} /> : null,
                  )}
                  {[activeShape, activeCapitalShape].map((s, i) =>
                    s ? (
                      <g key={i}>
                        <path className="dm-active-halo" d={s.d} />
                        <path className="dm-active" d={s.d} />
                      </g>
                    ) : null,
                  )}
                </svg>
                {tipShape ? (
                  <div
                    className="dm-tooltip"
                    aria-hidden="true"
                    style={tooltipPosition(tipShape, layout.width, layout.height)}
                  >
                    <strong>{tipShape.name}</strong>
                    <span>{valueText(tipShape.code)}</span>
                    {rankText(tipShape.code) ? <span>{rankText(tipShape.code)}</span> : null}
                  </div>
                ) : null}
              </>
            )}
          </div>
          <div className="dm-legend" ref={legendRef} tabIndex={-1}>
            <Legend
              scale={scale}
              hatchId={hatchId}
              title={`${figureName}, ${yearLabel ?? year}`}
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

/** A municipality under the pointer or focus; `capital`: its shape in the capital's box. */
interface Target {
  readonly code: string;
  readonly capital: boolean;
}

/** Diagonal grey hatching: "no value", told apart from every colour without relying on hue. */
function Hatch({ id }: { readonly id: string }) {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width="6"
      height="6"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="#eef0f2" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#7d8790" strokeWidth="2" />
    </pattern>
  );
}

function Legend({
  scale,
  hatchId,
  title,
  polarity,
  missing,
  unit,
}: {
  readonly scale: MapScale;
  readonly hatchId: string;
  readonly title: string;
  readonly polarity: string;
  readonly missing: number;
  readonly unit: string;
}) {
  const { t, f } = useI18n();
  const tm = t.home.denmarkMap;
  const range = (min: number, max: number) =>
    min === max ? f.withUnit(min, unit) : `${f.auto(min)}–${f.withUnit(max, unit)}`;
  return (
    <div className="dm-legend-body">
      <p className="dm-legend-title">{title}</p>
      <p className="dm-legend-polarity">
        {polarity} {scale.classes.length > 1 ? tm.darkerIsHigher : ''}
      </p>
      <ul className="dm-legend-list" aria-label={tm.legend}>
        {scale.classes.map((c) => (
          <li key={c.color}>
            <Swatch fill={c.color} />
            <span className="dm-legend-range">{range(c.min, c.max)}</span>
            <span className="dm-legend-count">{tm.count(c.count)}</span>
          </li>
        ))}
        {missing > 0 ? (
          <li>
            <Swatch fill={`url(#${hatchId})`} />
            <span className="dm-legend-range">{tm.noValue}</span>
            <span className="dm-legend-count">{tm.count(missing)}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Swatch({ fill }: { readonly fill: string }) {
  return (
    <svg className="dm-swatch" width="22" height="14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="21" height="13" fill={fill} />
    </svg>
  );
}

/**
 * The map's frame with nothing in it yet: the same boxes as DenmarkMap, so a page can reserve
 * the map's space while its values load (no layout shift when they arrive).
 */
export function DenmarkMapPlaceholder({ height = 560 }: { readonly height?: number }) {
  const { t } = useI18n();
  return (
    <div className="denmark-map" aria-busy="true">
      <div className="dm-toolbar" />
      <div className="dm-layout">
        <div className="dm-box" style={boxStyle(height)}>
          <Loading height={0} label={t.home.denmarkMap.loading} />
        </div>
        <div className="dm-legend" />
      </div>
    </div>
  );
}
