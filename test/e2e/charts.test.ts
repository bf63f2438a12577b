import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DevelopmentDocument } from '../../src/web/api/index.ts';
import { formatAuto } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';
import { accessibilityViolations, launchBrowser, openPage, screenshot } from './support/browser.ts';
import { downloaded, isValidSvg, pngSize, downloadFrom } from './support/download.ts';

// Issue 14, "charts that tell the truth": one reference line (the peer group's median), the
// axis from zero or a marked break, fewer than three years in words, the index view, and SVG
// and PNG downloads; each state checked with axe.

const CODE = '766';
/** A figure with a long, unbroken run of years up to 2019. */
const SCHOOL = 'udg-folkeskolen-pr-6-16-aarig';
/** Changed definition in 2018: the kommune page's window 2018–2019 has two years. */
const ELDERLY = 'udgifter-aeldre-pr-67-aarig';
const YEAR = 2019;

/** On a busy 2-core machine a cold package takes long: patience per step and per test. */
const STEP = 120_000;
const TEST = 300_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  // Warm the server's caches for the year the tests open (the first package is the slow one).
  await api(`package?municipality=${CODE}&year=${YEAR}`);
}, TEST);
afterAll(async () => {
  await browser?.close();
});

/** A Danish page with the patient timeouts. */
async function open(): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage(browser);
  opened.page.setDefaultTimeout(STEP);
  return opened;
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** A Danish or English number as written on the page ("43.091", "−1,5", "43,091.5"). */
function parseNumber(text: string, locale: 'da' | 'en' = 'da'): number {
  const plain = text.replace(/\u2212/g, '-').replace(/\s/g, '');
  const normal =
    locale === 'da' ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, '');
  return Number(normal);
}

/** The kommune page, every theme open (rows past the top lines are hidden), with one figure's
 * development opened; resolves with the API's answer. */
async function openDevelopment(page: Page, figure: string): Promise<DevelopmentDocument> {
  await page.goto(`${inject('webUrl')}/kommune/${CODE}?year=${YEAR}&open=all`);
  const toggle = page.locator(`tr[data-key-figure="${figure}"] .development-toggle`).first();
  await toggle.waitFor();
  // This figure's: the page's competition section draws a development chart of its own.
  const answer = page.waitForResponse(
    (r) =>
      r.url().includes('/api/v1/development?') &&
      new URL(r.url()).searchParams.get('keyFigure') === figure,
  );
  await toggle.click();
  return (await (await answer).json()) as DevelopmentDocument;
}

describe('the kommune page’s development chart', () => {
  it(
    'draws the peer median from the API as its reference line, from zero, and an index view',
    async () => {
      const { page, errors } = await open();
      const doc = await openDevelopment(page, SCHOOL);
      const row = page.locator('.development-row');
      const chart = row.locator('figure svg[role="img"]');
      await chart.waitFor();
      expect(doc.series.length).toBeGreaterThanOrEqual(3);

      // The legend names the line: the peer group's median.
      expect(await row.getByTestId('chart-legend').innerText()).toContain(
        da.charts.reference.peerMedian,
      );
      // Values: the axis starts at zero (a tick "0"), no break mark.
      expect(await chart.innerHTML()).toMatch(/>0<\/text>/);
      expect(await chart.locator('[data-mark="axis-break"]').count()).toBe(0);
      expect(await row.getByTestId('chart-axis-note').innerText()).toContain(
        da.charts.axis.fromZero,
      );

      // The table's median column is the API's peer median, year by year.
      await row.getByRole('button', { name: da.common.table.showTable }).click();
      const table = row.locator('.plot-table table');
      await table.waitFor();
      const cells = await table
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
      expect(cells.map((c) => c[1])).toEqual(
        doc.series.map((p) => formatAuto('da', p.groupMedian)),
      );
      // The median is the median, not the mean the development's change of r uses.
      expect(doc.series.some((p) => p.groupMedian !== p.groupMean)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'charts-municipality-values');

      // Index: own ÷ median × 100, the API's medianIndex, the axis broken and marked.
      await row.getByRole('radio', { name: da.charts.view.index }).check();
      await expect
        .poll(() => chart.getAttribute('aria-label'), { timeout: STEP })
        .toContain('indeks');
      const indexChart = row.locator('figure svg[role="img"]');
      for (const p of doc.series) {
        if (p.value === null || p.groupMedian === null) continue;
        expect(p.medianIndex).toBeCloseTo((p.value / p.groupMedian) * 100, 9);
      }
      const shown = await table
        .locator('tbody tr td:nth-child(4)')
        .allInnerTexts()
        .then((ts) => ts.map((s) => parseNumber(s)));
      shown.forEach((v, i) => {
        const p = doc.series[i];
        if (p?.medianIndex !== null && p?.medianIndex !== undefined)
          expect(Math.abs(v - p.medianIndex)).toBeLessThanOrEqual(0.05);
      });
      const lowest = Math.min(
        ...doc.series.flatMap((p) => (p.medianIndex === null ? [] : [p.medianIndex])),
      );
      const broken = await indexChart.locator('[data-mark="axis-break"]').count();
      if (lowest > 40) {
        expect(broken).toBe(1);
        expect(await row.getByTestId('chart-axis-note').innerText()).toMatch(/ikke ved 0/);
      } else expect(await indexChart.innerHTML()).toMatch(/>0<\/text>/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'charts-municipality-index');
      expect(errors).toEqual([]);
    },
    TEST,
  );

  it(
    'says fewer than three years in words, with the numbers, not a line',
    async () => {
      const { page, errors } = await open();
      const doc = await openDevelopment(page, ELDERLY);
      const few = page.locator('.development-row').getByTestId('development-too-few');
      await few.waitFor();
      const years = doc.series.filter((p) => p.value !== null);
      expect(years.length).toBe(2);
      expect(await few.innerText()).toContain('Der er kun 2 år med værdier');
      expect(await page.locator('.development-row figure svg[role="img"]').count()).toBe(0);
      // The numbers are there, with the peer median.
      expect(await few.locator('tbody tr').count()).toBe(2);
      expect(await few.locator('thead').innerText()).toContain(da.charts.reference.peerMedian);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    TEST,
  );

  it(
    'downloads the chart as SVG with title, legend, source and price level, and as PNG at 2×',
    async () => {
      const { page, errors } = await open();
      await openDevelopment(page, SCHOOL);
      const row = page.locator('.development-row');
      await row.locator('figure svg[role="img"]').waitFor();
      const actions = row.getByTestId('chart-download');

      const svgDownload = await downloadFrom(
        page,
        actions.getByRole('button', { name: /som SVG/ }),
      );
      expect(svgDownload.suggestedFilename()).toMatch(
        /^udgifter-til-folkeskolen.*hedensted.*\.svg$/,
      );
      const svg = (await downloaded(svgDownload)).toString('utf8');
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(await isValidSvg(page, svg)).toBe(true);
      expect(svg).toContain('Udgifter til folkeskolen pr. 6-16-årig, Hedensted');
      expect(svg).toContain(da.charts.reference.peerMedian);
      expect(svg).toContain('Kilde: ');
      expect(svg).toContain('løbende priser');
      const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
      expect(size).not.toBeNull();

      const pngDownload = await downloadFrom(
        page,
        actions.getByRole('button', { name: /som PNG/ }),
      );
      expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
      const png = pngSize(await downloaded(pngDownload));
      expect(png.signature).toBe(true);
      expect(png.width).toBe(2 * Number(size?.[1]));
      expect(png.height).toBe(2 * Number(size?.[2]));
      expect(errors).toEqual([]);
    },
    TEST,
  );
});

describe('the key figure page’s charts', () => {
  it(
    'names the peer median as the reference when a municipality is chosen, the national one when not',
    async () => {
      const values = await api<{ values: { code: string; value: number | null }[] }>(
        `values?keyFigure=${SCHOOL}&year=${YEAR}`,
      );
      const { page, errors } = await open();
      const peersAnswer = page.waitForResponse((r) => r.url().includes('/api/v1/peers?'));
      await page.goto(`${inject('webUrl')}/noegletal/${SCHOOL}?m=${CODE}&year=${YEAR}`);
      const group = (await (await peersAnswer).json()) as { group: { members: string[] } };
      const members = new Set(group.group.members);
      const memberValues = values.values
        .filter((v) => members.has(v.code) && v.value !== null)
        .map((v) => v.value as number)
        .sort((a, b) => a - b);
      const mid = memberValues.length / 2;
      const expected =
        memberValues.length % 2
          ? (memberValues[Math.floor(mid)] as number)
          : ((memberValues[mid - 1] as number) + (memberValues[mid] as number)) / 2;
      const legend = page.locator('.kf-legend');
      await expect
        .poll(() => legend.innerText(), { timeout: STEP })
        .toContain(da.charts.reference.peerMedian);
      const shown = /Sammenligningsgruppens median: ([\d.,−]+)/.exec(await legend.innerText());
      expect(Math.abs(parseNumber(shown?.[1] ?? 'NaN') - expected)).toBeLessThanOrEqual(0.5);

      // The development chart: the same reference, the axis from zero, then the index view.
      const section = page.locator('section', { has: page.locator('#kf-development-heading') });
      await section.getByTestId('chart-legend').waitFor();
      expect(await section.getByTestId('chart-legend').innerText()).toContain(
        da.charts.reference.peerMedian,
      );
      const devChart = section.locator('figure svg[role="img"]');
      await devChart.waitFor();
      expect(await devChart.innerHTML()).toMatch(/>0<\/text>/);
      await section.getByRole('radio', { name: da.charts.view.index }).check();
      await expect
        .poll(() => section.getByTestId('chart-legend').innerText(), { timeout: STEP })
        .toContain('= 100');
      expect(
        (await section.locator('[data-mark="axis-break"]').count()) +
          (/>0<\/text>/.test(await section.locator('figure svg[role="img"]').innerHTML()) ? 1 : 0),
      ).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'charts-key-figure-peers');

      // No municipality: no group, and the page says the line is the median of all.
      await page.goto(`${inject('webUrl')}/noegletal/${SCHOOL}?year=${YEAR}`);
      await expect
        .poll(() => legend.innerText(), { timeout: STEP })
        .toContain(da.charts.reference.allMedian);
      expect(await page.getByText(da.charts.reference.allMedianWhy).first().isVisible()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    TEST,
  );

  it(
    'speaks English in the legend, the view switch and the downloads',
    async () => {
      const { page, errors } = await open();
      await page.goto(`${inject('webUrl')}/noegletal/${SCHOOL}?m=${CODE}&year=${YEAR}&lang=en`);
      const section = page.locator('section', { has: page.locator('#kf-development-heading') });
      await section.locator('figure svg[role="img"]').waitFor();
      expect(await section.getByTestId('chart-legend').innerText()).toContain(
        en.charts.reference.peerMedian,
      );
      expect(await section.getByRole('radio', { name: en.charts.view.index }).count()).toBe(1);
      const svgDownload = await downloadFrom(page, section.getByRole('button', { name: /as SVG/ }));
      const svg = (await downloaded(svgDownload)).toString('utf8');
      expect(await isValidSvg(page, svg)).toBe(true);
      expect(svg).toContain('Source: ');
      expect(svg).toContain(en.charts.reference.peerMedian);
      expect(svg).toMatch(/\d{4} prices/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'charts-key-figure-en');
      expect(errors).toEqual([]);
    },
    TEST,
  );
});
