import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PackageDocument } from '../../src/web/api/index.ts';
import { formatMillionKr } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';
import { splitRows } from '../../src/web/pages/municipality/open-themes.ts';
import {
  accessibilityViolations,
  DESKTOP,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

/** Odense: 13 figures with a positive potential in its default year, so the top 10 has a rest. */
const ODENSE = '461';
/** København: long warnings beside the total, the fullest summary to print. */
const COPENHAGEN = '101';

/** Each test runs axe several times: more than the default minute on a busy machine. */
const SLOW = 240_000;

let browser: Browser;
let odense: PackageDocument;
let copenhagen: PackageDocument;

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/**
 * The API's 10 largest positive potentials, worked out here from the package answer: the
 * figures its total counts, each once (under the theme without `countedIn`), largest first.
 */
function largestPotentials(pkg: PackageDocument, n = 10) {
  const included = new Set(pkg.total.included);
  const seen = new Map<string, { id: string; theme: string; potential: number }>();
  for (const t of pkg.themes)
    for (const f of t.figures)
      if (included.has(f.keyFigureId) && !f.countedIn && f.potential !== null && f.potential > 0)
        seen.set(f.keyFigureId, { id: f.keyFigureId, theme: t.theme, potential: f.potential });
  const all = [...seen.values()].sort(
    (a, b) => b.potential - a.potential || (a.id < b.id ? -1 : 1),
  );
  return { top: all.slice(0, n), all };
}

/** The package page, waited for until its overview (list and chart) is drawn. */
async function openOverview(page: Page, code: string, query = ''): Promise<void> {
  await page.goto(`${inject('webUrl')}/kommune/${code}${query}`);
  await page.getByTestId('package-total').waitFor();
  await page.getByTestId('top-potentials').waitFor();
  await page.locator('.muni-waterfall svg[role="img"]').waitFor();
}

/** "1.234,5 mio. kr." or "DKK 1,234.5 m" as tenths of a million. */
function tenths(text: string, locale: 'da' | 'en'): number {
  const digits =
    locale === 'da'
      ? text.replace(/[^\d,−-]/g, '').replace(',', '.')
      : text.replace(/[^\d.−-]/g, '');
  return Math.round(Number(digits.replace('−', '-')) * 10);
}

const search = (page: Page) => new URL(page.url()).searchParams;

beforeAll(async () => {
  browser = await launchBrowser();
  odense = await api<PackageDocument>(`package?municipality=${ODENSE}`);
  copenhagen = await api<PackageDocument>(`package?municipality=${COPENHAGEN}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('the overview at the top of /kommune/{code}', () => {
  it(
    "lists the API's 10 largest positive potentials in order, each with theme, value, benchmark, potential and price level",
    async () => {
      const { top, all } = largestPotentials(odense);
      expect(top).toHaveLength(10);
      expect(all.length).toBeGreaterThan(10);
      const { page, errors } = await openPage(browser);
      await openOverview(page, ODENSE);
      const rows = page.getByTestId('top-potentials').locator('tbody tr');
      expect(
        await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key-figure'))),
      ).toEqual(top.map((x) => x.id));
      for (const [i, x] of top.entries()) {
        const row = rows.nth(i);
        expect(await row.locator('td.potential .info-number-value').innerText()).toBe(
          formatMillionKr('da', x.potential),
        );
        expect(await row.locator('td.col-theme').innerText()).toBe(da.common.themes[x.theme]);
        const f = odense.themes.flatMap((t) => t.figures).find((g) => g.keyFigureId === x.id);
        expect(await row.locator('td').nth(2).innerText()).not.toBe('');
        expect(f?.value).not.toBeNull();
        expect(f?.benchmark).not.toBeNull();
      }
      // Every amount with its price level and year kind.
      expect(await page.getByTestId('top-potentials').locator('caption').innerText()).toBe(
        da.municipality.overview.caption(
          10,
          odense.unitLabelDa,
          da.common.kindYear(da.common.yearKinds[odense.yearKind ?? ''] ?? '', odense.year),
        ),
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'municipality-overview-desktop');
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'draws the waterfall from the figures to exactly the total shown, the rest named',
    async () => {
      const { top, all } = largestPotentials(odense);
      const { page, errors } = await openPage(browser);
      await openOverview(page, ODENSE);
      const shownTotal = await page
        .getByTestId('package-total')
        .locator('.info-number-value')
        .innerText();
      expect(shownTotal).toBe(formatMillionKr('da', odense.total.positive));
      // The bars: one per figure, the rest, the total; each starts where the one before ended.
      const bars = await page
        .locator('.muni-waterfall svg g[data-mark="bar"] rect')
        .evaluateAll((rects) =>
          rects.map((r) => ({
            x: Number(r.getAttribute('x')),
            width: Number(r.getAttribute('width')),
          })),
        );
      expect(bars).toHaveLength(12);
      const total = bars.at(-1) ?? { x: 0, width: 0 };
      const parts = bars.slice(0, -1);
      parts.forEach((b, i) => {
        const before = parts[i - 1];
        expect(b.x).toBeCloseTo(before ? before.x + before.width : total.x, 0);
      });
      expect(parts.reduce((s, b) => s + b.width, 0)).toBeCloseTo(total.width, 0);
      // The numbers: the chart's table adds up to the total as shown, the rest is named.
      await page.locator('.muni-waterfall').getByRole('button', { name: 'Vis som tabel' }).click();
      const table = page.locator('.muni-waterfall .plot-table table');
      const cells = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('th')?.textContent ?? '',
            tr.querySelector('td')?.textContent ?? '',
          ]),
        );
      expect(cells).toHaveLength(12);
      expect(cells[10]?.[0]).toBe(da.municipality.overview.chart.rest(all.length - 10));
      expect(cells[11]?.[0]).toBe(da.municipality.overview.chart.total);
      expect(cells[11]?.[1]).toBe(shownTotal);
      const sum = cells.slice(0, -1).reduce((s, [, amount]) => s + tenths(amount ?? '', 'da'), 0);
      expect(sum).toBe(tenths(shownTotal, 'da'));
      top.forEach((x, i) => expect(cells[i]?.[1]).toBe(formatMillionKr('da', x.potential)));
      // The exact rest lies within the rounding of the shown figures.
      const rest = odense.total.positive - top.reduce((s, x) => s + x.potential, 0);
      expect(Math.abs(tenths(cells[10]?.[1] ?? '', 'da') * 1e5 - rest)).toBeLessThanOrEqual(
        0.05e6 * 12,
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'links each figure to its row, opening its theme when the row is hidden, and the back button closes it again',
    async () => {
      const { top } = largestPotentials(odense);
      const hidden = top.find((x) => {
        const theme = odense.themes.find((t) => t.theme === x.theme);
        return splitRows(theme?.figures ?? []).rest.some((r) => r.keyFigureId === x.id);
      });
      const target = hidden ?? top[0];
      if (!target) throw new Error('no figure');
      const anchor = `tema-${target.theme}-${target.id}`;
      const { page, errors } = await openPage(browser);
      await openOverview(page, ODENSE);
      const row = page.locator(`#${anchor}`);
      expect(await row.isVisible()).toBe(!hidden);
      const link = page
        .getByTestId('top-potentials')
        .locator(`tr[data-key-figure="${target.id}"] a`);
      expect(await link.getAttribute('href')).toContain(`#${anchor}`);
      await link.click();
      await row.waitFor({ state: 'visible' });
      expect(new URL(page.url()).hash).toBe(`#${anchor}`);
      if (hidden) expect(search(page).get('open')).toBe(target.theme);
      // In view and focused, so the keyboard goes on from the row.
      expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await row.boundingBox();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(box?.y ?? Infinity).toBeLessThan(DESKTOP.height);
      expect(await accessibilityViolations(page)).toEqual([]);
      if (hidden) {
        await page.goBack();
        await row.waitFor({ state: 'hidden' });
        expect(search(page).get('open')).toBeNull();
      }
      // A shared address opens the theme and brings the row into view.
      const second = await openPage(browser);
      await second.page.goto(
        `${inject('webUrl')}/kommune/${ODENSE}?open=${target.theme}#${anchor}`,
      );
      await second.page.locator(`#${anchor}`).waitFor({ state: 'visible' });
      await expect
        .poll(async () => (await second.page.locator(`#${anchor}`).boundingBox())?.y ?? -1)
        .toBeGreaterThanOrEqual(0);
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'shows each theme to its top lines and opens it on demand, the state in the URL through a reload and the back button',
    async () => {
      const theme = odense.themes.find((t) => splitRows(t.figures).rest.length > 0);
      if (!theme) throw new Error('no theme with more rows than its top lines');
      const name = da.common.themes[theme.theme] ?? theme.theme;
      const { page, errors } = await openPage(browser);
      await openOverview(page, ODENSE);
      const section = page.locator(`#tema-${theme.theme}`);
      const visibleRows = () => section.locator('tr.figure-row:visible').count();
      expect(await visibleRows()).toBe(3);
      // The rows are sorted by potential, largest first.
      const order = splitRows(theme.figures).top.map((f) => f.keyFigureId);
      expect(
        await section
          .locator('tr.figure-row:visible')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key-figure'))),
      ).toEqual(order);
      // The corridor is explained in place, in one line, and describes its column.
      const note = section.locator('.muni-corridor-note');
      expect(await note.innerText()).toBe(da.municipality.overview.corridor('Median'));
      expect(await section.locator('th.col-corridor').getAttribute('aria-describedby')).toBe(
        await note.getAttribute('id'),
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      const open = section.getByRole('button', {
        name: `${da.municipality.overview.themes.showAll(theme.figures.length)} i ${name}`,
      });
      expect(await open.getAttribute('aria-expanded')).toBe('false');
      await open.click();
      await expect.poll(visibleRows).toBe(theme.figures.length);
      expect(search(page).get('open')).toBe(theme.theme);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.reload();
      await page.getByTestId('top-potentials').waitFor();
      await expect.poll(visibleRows).toBe(theme.figures.length);
      const close = section.getByRole('button', {
        name: `${da.municipality.overview.themes.showTop(3)} i ${name}`,
      });
      expect(await close.getAttribute('aria-expanded')).toBe('true');
      await close.click();
      await expect.poll(visibleRows).toBe(3);
      expect(search(page).get('open')).toBeNull();
      await page.goBack();
      await expect.poll(visibleRows).toBe(theme.figures.length);

      // Every theme at once: open=all, kept through a reload.
      await page.getByRole('button', { name: da.municipality.overview.themes.openAll }).click();
      await expect.poll(() => search(page).get('open')).toBe('all');
      const rows = odense.themes.reduce((s, t) => s + t.figures.length, 0);
      await page.reload();
      await page.getByTestId('top-potentials').waitFor();
      await expect.poll(() => page.locator('.muni-theme tr.figure-row:visible').count()).toBe(rows);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'municipality-overview-all-open');
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'prints the summary and the top figures on at most 4 A4 pages, the rest as an appendix from a new page',
    async () => {
      for (const [code, lang] of [
        [COPENHAGEN, 'da'],
        [COPENHAGEN, 'en'],
        [ODENSE, 'da'],
      ] as const) {
        const { page } = await openPage(browser);
        await openOverview(page, code, `?lang=${lang}`);
        await page.locator('.muni-talk-entry').first().waitFor();
        await page.emulateMedia({ media: 'print' });
        const heading = page.locator('.muni-appendix-heading');
        expect(await heading.isVisible()).toBe(true);
        expect(await heading.evaluate((h) => getComputedStyle(h).breakBefore)).toBe('page');
        // Every row of every theme is in the appendix, not only the top lines.
        const rows = (code === COPENHAGEN ? copenhagen : odense).themes.reduce(
          (s, t) => s + t.figures.length,
          0,
        );
        expect(await page.locator('.muni-theme tr.figure-row:visible').count()).toBe(rows);
        const pagesOf = async () => {
          const pdf = await page.pdf({ format: 'A4', printBackground: true });
          return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        };
        const all = await pagesOf();
        // The summary alone (the appendix taken out), then the appendix alone (the rest taken
        // out): the whole is their sum, so the appendix starts on a page of its own.
        await page.evaluate(() => {
          const w = window as unknown as { appendix?: Element | null };
          w.appendix = document.querySelector('.muni-appendix');
          w.appendix?.remove();
        });
        const summary = await pagesOf();
        await page.evaluate(() => {
          const w = window as unknown as { appendix?: Element | null };
          const main = document.querySelector('.municipality-page');
          if (main && w.appendix) main.replaceChildren(w.appendix);
        });
        const appendix = await pagesOf();
        expect(summary, `${code} ${lang}`).toBeLessThanOrEqual(4);
        expect(appendix, `${code} ${lang}`).toBeGreaterThan(0);
        expect(all, `${code} ${lang}`).toBe(summary + appendix);
        await page.close();
      }
    },
    SLOW,
  );
});

describe('the overview on a phone and in English', () => {
  for (const lang of ['da', 'en'] as const) {
    for (const viewport of [DESKTOP, PHONE]) {
      it(
        `fits ${viewport.width} px in ${lang === 'da' ? 'Danish' : 'English'}, closed and opened, and passes axe`,
        async () => {
          const t = lang === 'da' ? da : en;
          const { page, errors } = await openPage(browser, viewport);
          await openOverview(page, ODENSE, `?lang=${lang}`);
          await page
            .getByRole('heading', { level: 2, name: t.municipality.overview.heading })
            .waitFor();
          const { top } = largestPotentials(odense);
          expect(
            await page
              .getByTestId('top-potentials')
              .locator('tbody tr td.potential .info-number-value')
              .allInnerTexts(),
          ).toEqual(top.map((x) => formatMillionKr(lang, x.potential)));
          const overflow = () =>
            page.evaluate(
              () =>
                [...document.querySelectorAll('.muni-overview-top, .muni-theme')].filter(
                  (e) => e.scrollWidth > e.clientWidth + 1,
                ).length,
            );
          expect(await overflow()).toBe(0);
          if (viewport === PHONE)
            expect(
              await page
                .getByTestId('top-potentials')
                .locator('tbody tr')
                .first()
                .evaluate((tr) => getComputedStyle(tr).display),
            ).toBe('grid');
          expect(await accessibilityViolations(page)).toEqual([]);
          await screenshot(page, `municipality-overview-${lang}-${viewport.width}`);
          await page.getByRole('button', { name: t.municipality.overview.themes.openAll }).click();
          await expect.poll(() => search(page).get('open')).toBe('all');
          expect(await overflow()).toBe(0);
          expect(await accessibilityViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
        },
        SLOW,
      );
    }
  }
});
