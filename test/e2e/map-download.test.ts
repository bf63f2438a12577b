import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { da } from '../../src/web/i18n/da/index.ts';
import { repoRoot } from '../support/shared-data.ts';
import { accessibilityViolations, launchBrowser, openPage } from './support/browser.ts';
import { downloaded, isValidSvg, pngSize, downloadFrom } from './support/download.ts';

// Issue 14: the map of Denmark downloads as SVG and PNG like the other charts. The map is drawn
// with the page's CSS classes, so the file must carry its colours, outlines and fonts inline to
// look the same outside the page; and its title, legend, source and price level.

const FIGURE = 'udgifter-aeldre-pr-67-aarig';
const YEAR = 2019;
const CODE = '766';

/** On a busy 2-core machine the first answers take long: patience per step and per test. */
const STEP = 120_000;
const TEST = 300_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map’s download', () => {
  it(
    'gives an SVG with the 98 municipalities coloured inline, title, legend, source and prices, and a PNG',
    async () => {
      const { page, errors } = await openPage(browser);
      page.setDefaultTimeout(STEP);
      await page.goto(`${inject('webUrl')}/noegletal/${FIGURE}?year=${YEAR}&m=${CODE}`);
      const map = page.locator('.denmark-map');
      await map.locator('path[data-code]').first().waitFor();
      const title = (await map.locator('.dm-legend-title').innerText()).trim();
      expect(title).toContain(String(YEAR));
      expect(title).toContain('priser');
      const actions = map.getByTestId('chart-download');
      expect(await actions.innerText()).toContain(da.charts.download.label);
      expect(await accessibilityViolations(page)).toEqual([]);

      const svgDownload = await downloadFrom(
        page,
        actions.getByRole('button', { name: /som SVG/ }),
      );
      expect(svgDownload.suggestedFilename()).toBe(
        `udgifter-til-aeldre-pr-67-aarig-${YEAR}-${da.home.denmarkMap.fileName}.svg`,
      );
      const svg = (await downloaded(svgDownload)).toString('utf8');
      const dir = join(repoRoot, 'tmp', 'map-download');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'map.svg'), svg);
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(await isValidSvg(page, svg)).toBe(true);
      expect(svg).toContain(`<title>${title}</title>`);
      expect(svg).toContain('Kilde: ');
      expect(svg).toContain('Beregnet med Potentiale');
      expect(svg).toContain(`Beløb i kr. pr. 67+-årig`);
      // The notes wrap into lines of text: read as one text.
      const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      expect(words).toContain(da.home.denmarkMap.darkerIsHigher);
      expect(words).toContain(da.home.denmarkMap.bornholm);
      expect(words).toContain(`${da.keyFigure.legend.chosen}: Hedensted`);
      expect(words).toContain(da.keyFigure.legend.peers);
      expect(words).toMatch(/\(\d+ kommuner\)/);

      // Every municipality's shape, with its fill and white border written into the element.
      const shapes = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return [...doc.querySelectorAll('path[data-code]')].map((p) => ({
          code: p.getAttribute('data-code') ?? '',
          style: p.getAttribute('style') ?? '',
        }));
      }, svg);
      expect(new Set(shapes.map((s) => s.code)).size).toBe(98);
      const fills = shapes.map((s) => /(?:^|;)fill:\s*([^;]+)/.exec(s.style)?.[1] ?? '');
      expect(fills.every((fill) => fill !== '')).toBe(true);
      expect(new Set(fills).size).toBeGreaterThan(1);
      expect(shapes.every((s) => /stroke:\s*rgb\(255, 255, 255\)/.test(s.style))).toBe(true);

      // Outside the page (no stylesheet), the shapes keep their colours and white borders.
      const bare = await browser.newPage();
      await bare.setContent(svg.replace(/^<\?xml[^>]*>\s*/, ''));
      const looks = await bare.evaluate(() =>
        [...document.querySelectorAll('path[data-code]')].map((p) => {
          const style = getComputedStyle(p);
          return { fill: style.fill, stroke: style.stroke };
        }),
      );
      await bare.close();
      expect(new Set(looks.map((l) => l.fill)).size).toBeGreaterThan(1);
      expect(looks.some((l) => l.fill === 'rgb(0, 0, 0)')).toBe(false);
      expect(looks.every((l) => l.stroke === 'rgb(255, 255, 255)')).toBe(true);

      const pngDownload = await downloadFrom(
        page,
        actions.getByRole('button', { name: /som PNG/ }),
      );
      expect(pngDownload.suggestedFilename()).toMatch(/-kort\.png$/);
      const bytes = await downloaded(pngDownload);
      writeFileSync(join(dir, 'map.png'), bytes);
      const png = pngSize(bytes);
      const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
      expect(png.signature).toBe(true);
      expect(png.width).toBe(2 * Number(size?.[1]));
      expect(png.height).toBe(2 * Number(size?.[2]));
      // A map with its legend and footer: larger than the map alone, not a sliver.
      expect(png.width).toBeGreaterThan(600);
      expect(png.height).toBeGreaterThan(png.width);
      expect(bytes.length).toBeGreaterThan(20_000);
      expect(errors).toEqual([]);
    },
    TEST,
  );
});
