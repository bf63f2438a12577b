import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  developmentChart,
  HOSTILE,
  mapChart,
  peerBarsChart,
  realTopology,
} from '../../test/support/report-model.ts';
import { hasSharedData } from '../../test/support/shared-data.ts';
import { chartSvg } from './chart-svg.ts';

/** The svg's parts as a browser would see them: its attributes, title, desc and text. */
function read(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no svg');
  return {
    root,
    title: root.querySelector(':scope > title')?.textContent ?? '',
    desc: root.querySelector(':scope > desc')?.textContent ?? '',
    texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    document,
  };
}

const charts = [
  ['development', developmentChart],
  ['peer-bars', peerBarsChart],
  ['map', mapChart()],
] as const;

describe('chartSvg(block, lang, width?)', () => {
  it.each(charts)('draws a %s chart as one static image with the alt as its title', (_, block) => {
    const svg = chartSvg(block, 'da');
    const { root, title, document } = read(svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('width')).toBe('640');
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(100);
    expect(root.getAttribute('font-family')).toBe('"Liberation Sans", "DejaVu Sans", sans-serif');
    expect(title).toBe(block.alt);
    expect(document.querySelectorAll('script, foreignObject, [onerror], [onload]')).toHaveLength(0);
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/<img/);
    // Only the outer svg is announced: nothing inside carries its own ARIA name.
    expect(root.querySelectorAll('[aria-label]')).toHaveLength(0);
  });

  it.each(charts)('gives the same bytes for the same %s chart', (_, block) => {
    expect(chartSvg(block, 'da')).toBe(chartSvg(structuredClone(block), 'da'));
    expect(chartSvg(block, 'en', 500)).toBe(chartSvg(block, 'en', 500));
    expect(chartSvg(block, 'en', 500)).toContain('width="500"');
  });

  it('writes every development value, Danish style, in the text alternative', () => {
    const { title, desc } = read(chartSvg(developmentChart, 'da'));
    for (const v of ['12.345', '12.900', '13.400', '13.100', '11.800', '12.251', '10.950'])
      expect(`${title} ${desc}`).toContain(v);
    expect(desc).toContain('2016 –');
    const en = read(chartSvg(developmentChart, 'en')).desc;
    expect(en).toContain('12,251');
  });

  it('marks the break, tells the lines apart by dash, and labels the axis with the unit', () => {
    const svg = chartSvg(developmentChart, 'da');
    const { texts } = read(svg);
    expect(texts).toContain('Brud 2017');
    expect(texts.some((t) => t.includes('kr. pr. 0-17-årig'))).toBe(true);
    expect(svg).toContain('stroke-dasharray="6,4"');
    expect(svg).toContain('stroke-dasharray="1.5,3"');
    // Ticks in Danish: a thousands dot.
    expect(texts.some((t) => /^\d{1,2}\.\d{3}$/.test(t))).toBe(true);
  });

  it('keeps hostile labels as text', () => {
    const svg = chartSvg(peerBarsChart, 'da');
    const { texts, title } = read(svg);
    expect(texts.some((t) => t.includes(HOSTILE))).toBe(true);
    expect(title).toBe(peerBarsChart.alt);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"><img');
  });

  it('labels every bar with its value and writes the median, benchmark and corridor', () => {
    const { texts, desc } = read(chartSvg(peerBarsChart, 'da'));
    for (const v of ['13.100', '12.050', '11.421']) expect(texts).toContain(v);
    expect(desc).toContain('Median 12.050');
    expect(desc).toContain('Benchmark 11.200');
    expect(desc).toContain('Korridor 11.000–12.600');
  });

  it('colours the map by class, hatches a missing value and outlines the municipality', () => {
    const svg = chartSvg(mapChart(), 'da');
    const { desc, root } = read(svg);
    expect(desc).toContain('Læsø –');
    expect(desc).toContain('København 9.800');
    const hatch = root.querySelector('pattern')?.getAttribute('id') ?? '';
    expect(hatch).toMatch(/^hatch-/);
    expect(svg).toContain(`fill="url(#${hatch})"`);
    expect(svg).toContain('stroke="#000000" stroke-width="2.2"');
  });

  it('says the boundaries are missing rather than draw an empty map', () => {
    const svg = chartSvg(mapChart({ type: 'nonsense' }), 'da');
    expect(read(svg).texts).toContain('Kommunegrænserne mangler.');
  });

  it.runIf(hasSharedData())('draws the real map with the capital area enlarged', () => {
    const svg = chartSvg(mapChart(realTopology()), 'da');
    expect(read(svg).texts).toContain('Hovedstadsområdet');
    expect(svg.match(/<path d=/g)?.length).toBeGreaterThan(98);
  });
});
