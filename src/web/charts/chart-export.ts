// A chart as a file a council paper can use: the chart's SVG with its title, legend, notes,
// source line and price level drawn into one standalone SVG, and a PNG rendered from that SVG.

const SVG = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const INK = '#1b1f24';
const MUTED = '#4a5562';
const PAD = 16;

/** One entry of a chart's legend: a line or a swatch in a colour, and what it means. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  /** A dashed line (a reference line) rather than a solid one. */
  readonly dashed?: boolean;
  /** A filled square (a map's colour class) rather than a line. */
  readonly swatch?: boolean;
}

/** What a downloaded chart carries besides the drawing, in the page's language. */
export interface ChartExport {
  /** The chart's title, as above it on the page. */
  readonly title: string;
  readonly legend: readonly LegendEntry[];
  /** Where the numbers come from, in words ("noegletal.dk, Social- og Boligministeriet"). */
  readonly source: string;
  /** The unit with its price level ("kr. pr. indb., 2018-priser"); null for a chart without money. */
  readonly prices: string | null;
  /** Sentences the chart needs to be read right (what the reference line is, an axis break). */
  readonly notes?: readonly string[];
  /** The file's name without extension: letters, digits and dashes. */
  readonly fileName: string;
}

/** The texts that frame every exported chart, from the catalogue. */
export interface ExportTexts {
  readonly source: (source: string) => string;
  readonly prices: (level: string) => string;
}

/**
 * Lines of at most about `width` pixels at `size` px (0.55 em a character on average), broken
 * at spaces.
 * @example wrapText('a b c', 10, 10) // ['a b', 'c'] (rough widths)
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const perLine = Math.max(12, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A file name from words: lower case, Danish letters spelled out, anything else a dash.
 * @example fileSlug('Udgifter til ældre, Hedensted') // 'udgifter-til-aeldre-hedensted'
 */
export function fileSlug(...parts: readonly string[]): string {
  return parts
    .join(' ')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * One standalone SVG document (as text) of the chart with its title above, its legend, then
 * the chart, then its notes, source and price level, on a white background. Plot's pointer
 * tips are left out; the chart's computed styles are written into its elements (inlineStyles)
 * and what it refers to by url(#…) is copied in, so the file looks as the page does.
 */
export function composeChartSvg(
  chart: SVGSVGElement,
  meta: ChartExport,
  texts: ExportTexts,
): { readonly svg: string; readonly width: number; readonly height: number } {
  const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width || 640;
  const chartHeight =
    Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height || 400;
  const inner = width - 2 * PAD;
  const root = el('svg', {
    xmlns: SVG,
    version: '1.1',
    'font-family': FONT,
    fill: INK,
  });
  root.append(el('title', {}, meta.title));
  const body = el('g', {});
  let y = PAD;

  for (const line of wrapText(meta.title, inner, 16)) {
    y += 18;
    body.append(el('text', { x: PAD, y, 'font-size': 16, 'font-weight': 700 }, line));
  }
  y += 8;

  // The legend flows left to right and wraps like text.
  if (meta.legend.length > 0) {
    let x = PAD;
    y += 14;
    for (const entry of meta.legend) {
      const w = 30 + entry.label.length * 12 * 0.55 + 18;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += 18;
      }
      body.append(
        entry.swatch
          ? el('rect', {
              x,
              y: y - 11,
              width: 22,
              height: 13,
              fill: entry.colour,
              stroke: MUTED,
              'stroke-width': 0.5,
            })
          : el('line', {
              x1: x,
              x2: x + 22,
              y1: y - 4,
              y2: y - 4,
              stroke: entry.colour,
              'stroke-width': entry.dashed ? 2 : 3,
              ...(entry.dashed ? { 'stroke-dasharray': '6 4' } : {}),
            }),
      );
      body.append(el('text', { x: x + 28, y, 'font-size': 12 }, entry.label));
      x += w;
    }
    y += 10;
  }

  const copy = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, copy);
  copyReferencedDefs(copy);
  for (const tip of copy.querySelectorAll('[data-mark="tip"]')) tip.remove();
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));
  copy.removeAttribute('role');
  body.append(copy);
  y += chartHeight + 6;

  const foot = [
    ...(meta.notes ?? []),
    ...(meta.prices ? [texts.prices(meta.prices)] : []),
    texts.source(meta.source),
  ];
  for (const sentence of foot) {
    for (const line of wrapText(sentence, inner, 11)) {
      y += 14;
      body.append(el('text', { x: PAD, y, 'font-size': 11, fill: MUTED }, line));
    }
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }), body);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { svg, width, height };
}

// The presentation properties a chart's look depends on. Those marked inherited pass from a
// parent to its children in SVG, so a child needs its own only where it differs.
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-miterlimit',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'color',
] as const;
const SKIPPED = new Set(['style', 'title', 'desc', 'script']);
const OWN: Readonly<Record<string, string>> = { opacity: '1', display: 'inline' };

/**
 * Writes the computed values of the presentation properties of every element of `original`
 * into the style attribute of its twin in `copy` (a deep clone, the same tree): a chart drawn
 * with the page's CSS classes (the map) looks the same in a file without that CSS. The root
 * gets every property; a child only those that differ from its parent's, and non-inherited
 * ones only where they differ from their initial value.
 */
export function inlineStyles(original: Element, copy: Element): void {
  const walk = (from: Element, to: Element, parent: CSSStyleDeclaration | null) => {
    const style = getComputedStyle(from);
    const inline: string[] = [];
    for (const property of INHERITED) {
      const value = style.getPropertyValue(property);
      if (value && (!parent || parent.getPropertyValue(property) !== value))
        inline.push(`${property}:${value}`);
    }
    for (const [property, initial] of Object.entries(OWN)) {
      const value = style.getPropertyValue(property);
      if (value && value !== initial) inline.push(`${property}:${value}`);
    }
    const own = to.getAttribute('style');
    // The element's own inline style was computed into the values above.
    if (inline.length > 0 || own) to.setAttribute('style', inline.join(';'));
    // Text that is not drawn (a <style>, a <title>) needs no style of its own.
    const children = from.children;
    for (let i = 0; i < children.length; i++) {
      const a = children[i];
      const b = to.children[i];
      if (a && b && !SKIPPED.has(a.localName)) walk(a, b, style);
    }
  };
  walk(original, copy, null);
}

/**
 * Copies into `copy` the elements it refers to by url(#id) but does not contain (the map's
 * hatching is defined once on the page, outside the map's <svg>), so the file is whole.
 */
export function copyReferencedDefs(copy: SVGSVGElement): void {
  const ids = new Set<string>();
  const url = /url\(\s*["']?#([^"')\s]+)["']?\s*\)/g;
  for (const e of [copy, ...copy.querySelectorAll('*')])
    for (const attribute of e.attributes)
      for (const match of attribute.value.matchAll(url)) if (match[1]) ids.add(match[1]);
  const missing = [...ids].filter((id) => !copy.querySelector(`[id="${CSS.escape(id)}"]`));
  if (missing.length === 0) return;
  const defs = el('defs', {});
  for (const id of missing) {
    const found = document.getElementById(id);
    if (found) defs.append(found.cloneNode(true));
  }
  copy.prepend(defs);
}

/** The SVG text drawn on a canvas at `scale` × its size, as a PNG. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d is not available');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
      'image/png',
    ),
  );
}

/** Hands a blob to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy by now; a moment later nothing needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
