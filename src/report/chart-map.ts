import type { ChartSpec } from '../core/index.ts';
import {
  CAPITAL_AREA,
  CAPITAL_LABEL,
  MAP_ASPECT,
  classify,
  layoutMap,
  type MapShape,
  type MunicipalityTopology,
  type Polarity,
} from '../charts/index.ts';
import { chartNumber, frameSvg, legendSvg, stableId, type LegendItem } from './chart-frame.ts';
import { markup, type SafeHtml } from './html.ts';
import type { ReportLang } from './steering-text.ts';

type MapChart = Extract<ChartSpec, { kind: 'map' }>;

const WORDS = {
  da: { capital: 'Hovedstadsområdet', noValue: 'intet tal', noMap: 'Kommunegrænserne mangler.' },
  en: { capital: 'Capital area', noValue: 'no value', noMap: 'The boundaries are missing.' },
} as const;

const POLARITY: Readonly<Record<MapChart['polarity'], Polarity>> = {
  low: 'lower-is-better',
  high: 'higher-is-better',
  none: 'neutral',
};

/** The widest the map itself is drawn (the legend stands to its right). */
const MAP_MAX = 470;
const LEGEND_MIN = 150;

/**
 * The stored topology, checked at the boundary: a TopoJSON topology with an object
 * "municipalities" (the API's and the database's shape); null for anything else.
 */
function asTopology(value: unknown): MunicipalityTopology | null {
  if (typeof value !== 'object' || value === null) return null;
  const t = value as { type?: unknown; objects?: unknown; arcs?: unknown };
  if (t.type !== 'Topology' || !Array.isArray(t.arcs)) return null;
  if (typeof t.objects !== 'object' || t.objects === null) return null;
  const m = (t.objects as { municipalities?: { geometries?: unknown } }).municipalities;
  return m !== undefined && Array.isArray(m.geometries) ? (value as MunicipalityTopology) : null;
}

/**
 * Denmark's municipalities coloured by a figure (equal-count classes, the web map's palette by
 * polarity; dark is high), missing values hatched, the municipality outlined in black on a
 * white halo (in the capital's box too), a legend at the right with each class's range.
 */
export function mapSvg(alt: string, c: MapChart, lang: ReportLang, width: number): string {
  const w = WORDS[lang];
  const topology = asTopology(c.topology);
  const mapWidth = Math.max(200, Math.min(MAP_MAX, width - LEGEND_MIN));
  const mapHeight = Math.round(mapWidth * MAP_ASPECT);
  const layout = topology === null ? null : layoutMap(topology, mapWidth, mapHeight);
  const value = new Map(c.values.map((v) => [v.code, v.value] as const));
  const scale = classify(
    c.values.map((v) => v.value),
    POLARITY[c.polarity],
  );
  const hatch = stableId('hatch', `${alt}|${c.own}|${c.values.length}`);
  const fill = (code: string) => {
    const k = scale.classOf(value.get(code) ?? null);
    return k < 0 ? `url(#${hatch})` : (scale.classes[k]?.color ?? '#cccccc');
  };
  const names = new Map((layout?.shapes ?? []).map((s) => [s.code, s.name] as const));
  const desc = [...c.values]
    .sort((a, b) => (names.get(a.code) ?? a.code).localeCompare(names.get(b.code) ?? b.code, 'da'))
    .map((v) => `${names.get(v.code) ?? v.code} ${chartNumber(lang, v.value)}`)
    .join('; ');
  const defs = markup`<pattern id="${hatch}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#7a7a7a" stroke-width="1.5"/></pattern>`;

  const legendX = mapWidth + 16;
  const items: LegendItem[] = [
    ...scale.classes.map((k) => ({
      label:
        k.min === k.max
          ? chartNumber(lang, k.min)
          : `${chartNumber(lang, k.min)}–${chartNumber(lang, k.max)}`,
      kind: 'box' as const,
      colour: k.color,
    })),
    { label: w.noValue, kind: 'box', colour: '#ffffff', fill: `url(#${hatch})` },
    {
      label: names.get(c.own) ?? c.own,
      kind: 'box',
      colour: '#ffffff',
      outline: '#000000',
      width: 2.5,
    },
  ];
  // One legend entry a row: the column at the map's right is narrow.
  const legend = items.map((item, k) => legendSvg([item], 0, 24 + k * 20).svg);
  const legendBlock = markup`<g transform="translate(${legendX},0)"><text x="0" y="14" font-weight="bold" fill="#1b1f24">${c.unit}</text>${legend}</g>`;

  if (layout === null || layout.shapes.length === 0) {
    return frameSvg({
      kind: 'map',
      width,
      height: 60,
      title: alt,
      desc,
      body: markup`<text x="0" y="30" fill="#1b1f24">${w.noMap}</text>`,
    });
  }
  const own = layout.shapes.find((s) => s.code === c.own);
  const ownInBox = layout.capital?.shapes.find((s) => s.code === c.own);
  const shape = (s: MapShape) =>
    markup`<path d="${s.d}" fill="${fill(s.code)}" stroke="#ffffff" stroke-width="0.5"/>`;
  const outline = (s: MapShape | undefined) =>
    s === undefined
      ? ''
      : markup`<path d="${s.d}" fill="none" stroke="#ffffff" stroke-width="4.5" stroke-linejoin="round"/><path d="${s.d}" fill="none" stroke="#000000" stroke-width="2.2" stroke-linejoin="round"/>`;
  const capital = layout.capital;
  const boxes: SafeHtml[] = [];
  if (layout.inset)
    boxes.push(
      markup`<rect x="${layout.inset.x}" y="${layout.inset.y}" width="${layout.inset.w}" height="${layout.inset.h}" fill="none" stroke="#9a9a9a" stroke-width="0.75"/>`,
    );
  if (capital)
    boxes.push(
      markup`<rect x="${capital.box.x}" y="${capital.box.y}" width="${capital.box.w}" height="${capital.box.h}" fill="#ffffff" stroke="#9a9a9a" stroke-width="0.75"/>`,
    );
  // Capital municipalities are drawn on the main map (small) and again, larger, in the box.
  const capitalLayer =
    capital === null
      ? ''
      : markup`${capital.shapes.map(shape)}<rect x="${capital.area.x}" y="${capital.area.y}" width="${capital.area.w}" height="${capital.area.h}" fill="none" stroke="#555555" stroke-width="0.75" stroke-dasharray="2,2"/><text x="${capital.box.x + 6}" y="${capital.box.y + CAPITAL_LABEL - 2}" font-size="10" fill="#1b1f24">${w.capital}</text>`;
  const body = markup`<g class="map">${boxes}${layout.shapes.map(shape)}<path d="${layout.coast}" fill="none" stroke="#555555" stroke-width="0.6"/>${capitalLayer}${outline(own)}${CAPITAL_AREA.has(c.own) ? outline(ownInBox) : ''}</g>${legendBlock}`;
  return frameSvg({
    kind: 'map',
    width,
    height: Math.max(mapHeight, 24 + items.length * 20 + 8),
    title: alt,
    desc: `${desc} (${c.unit})`,
    body,
    defs,
  });
}
