// The map's SVG compared with a stored golden file, on a small made-up Denmark (squares, not
// the real DAGI boundaries, which are never committed): the layout (Bornholm's box, the
// capital's box), the colour classes, the hatching of a missing value, the tab order and the
// outlines of the highlighted, selected and active municipalities.
// Regenerate after an intended change:
//   UPDATE_GOLDEN=1 npx vitest run test/web/map-svg-golden.test.ts
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import {
  classify,
  layoutMap,
  rankValues,
  type MunicipalityTopology,
} from '../../src/charts/index.ts';
import { MapSvg, drawShapes, fillOf, mapMarks } from '../../src/web/charts/map/index.ts';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

/**
 * Compares `actual` with the golden file `name`: UPDATE_GOLDEN=1 writes it; otherwise a missing
 * file or a difference fails, naming the first differing line, and writes `*-changed.*` beside
 * the golden file to compare (ignored by git). A missing golden file is never created silently.
 */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const changed = path.replace(/(\.[^.]+)$/, '-changed$1');
  const shown = relative(process.cwd(), path);
  const update = `UPDATE_GOLDEN=1 npx vitest run ${relative(process.cwd(), fileURLToPath(import.meta.url))}`;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  if (!existsSync(path))
    throw new Error(`The golden file ${shown} is missing. Create it with: ${update}`);
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  const at = line === -1 ? Math.min(a.length, e.length) : line;
  throw new Error(
    [
      `The output differs from the golden file ${shown} at line ${at + 1}:`,
      `  expected: ${(e[at] ?? '(end of file)').slice(0, 200)}`,
      `  actual:   ${(a[at] ?? '(end of file)').slice(0, 200)}`,
      `The new output is in ${relative(process.cwd(), changed)}.`,
      `If the change is intended, update the golden file with: ${update}`,
    ].join('\n'),
  );
}

/** A made-up municipality: a box [west, south, east, north] in degrees. */
type Box = readonly [number, number, number, number];

// Real codes (Bornholm, Norddjurs and two capital municipalities are handled specially), invented
// names and shapes. Rings run clockwise, as d3-geo wants them.
const MADE_UP: readonly { code: string; name: string; box: Box; value: number | null }[] = [
  { code: '851', name: 'Nordby', box: [8.5, 56.5, 10.2, 57.5], value: 61_200 },
  { code: '751', name: 'Midtby', box: [8.3, 55.5, 10.4, 56.5], value: 58_900 },
  { code: '707', name: 'Østby', box: [10.5, 56.2, 11.1, 56.7], value: 64_000 },
  { code: '461', name: 'Fynby', box: [9.8, 55.0, 10.8, 55.5], value: null },
  { code: '253', name: 'Sjællby', box: [11.1, 55.1, 12.35, 56.0], value: 55_300 },
  { code: '101', name: 'Hovedby', box: [12.35, 55.55, 12.6, 55.75], value: 70_100 },
  { code: '147', name: 'Lilleby', box: [12.6, 55.62, 12.66, 55.7], value: 52_400 },
  { code: '400', name: 'Østø', box: [14.7, 55.0, 15.15, 55.3], value: 66_800 },
];

function madeUpTopology(): MunicipalityTopology {
  const features = MADE_UP.map(({ code, name, box: [w, s, e, n] }) => ({
    type: 'Feature' as const,
    id: code,
    properties: { code, name },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    },
  }));
  return topology(
    { municipalities: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection },
    1e5,
  ) as unknown as MunicipalityTopology;
}

/** The markup with one element per line, so a difference names the element that changed. */
function lines(markup: string): string {
  return `${markup.replace(/></g, '>\n<')}\n`;
}

describe('MapSvg (the map of Denmark as SVG)', () => {
  it('draws the made-up municipalities as stored in __golden__/denmark-map.svg', () => {
    const layout = layoutMap(madeUpTopology(), 300, 360);
    expect(layout.inset, "Bornholm's box").not.toBeNull();
    expect(layout.capital, "the capital's box").not.toBeNull();
    const values = MADE_UP.map(({ code, name, value }) => ({ code, name, value }));
    const scale = classify(
      values.map((v) => v.value),
      'lower-is-better',
    );
    const ranks = rankValues(values, 'lower-is-better');
    const valueOf = (code: string) => values.find((v) => v.code === code)?.value ?? null;
    const shapes = drawShapes(layout, {
      fill: (code) => fillOf(scale, valueOf(code), 'hatch'),
      label: (code, name) =>
        `${name}: ${valueOf(code) ?? 'ingen værdi'}${ranks.has(code) ? `, nr. ${ranks.get(code)} af ${ranks.size}` : ''}`,
      interactive: true,
    });
    const marks = mapMarks(layout, {
      active: { code: '147', capital: true },
      selected: '751',
      highlight: ['851', '101'],
    });
    const markup = renderToStaticMarkup(
      createElement(MapSvg, {
        layout,
        shapes,
        marks,
        label: 'Kort over kommunerne: Udgift pr. borger, 2023',
        capitalLabel: 'Hovedstadsområdet',
        interactive: true,
      }),
    );
    expectGolden('denmark-map.svg', lines(markup));
  });
});
