import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, screenshot } from './support/browser.ts';
import { layoutProblems } from './support/layout.ts';

// Issue 14, layout and English: every page at a phone's, a small laptop's and a desktop's
// width, in Danish and English, with no table cut off or wider than its place (unless it
// scrolls in a marked container), axe clean; and English pages with no Danish units or words.

const ELDERLY = 'udgifter-aeldre-pr-67-aarig';
const LOCALES = ['da', 'en'] as const;
const WIDTHS = [360, 1024, 1280] as const;

/** Each page and what shows that it has loaded its tables (or its content). */
const PAGES: readonly { readonly path: string; readonly ready: string }[] = [
  { path: '/', ready: 'main h1' },
  { path: '/kommune/766', ready: 'table.muni-figures' },
  { path: `/noegletal/${ELDERLY}`, ready: '.kf-values-table table' },
  { path: '/sammenlign?k=101,751,766', ready: 'main table' },
  { path: '/metode', ready: 'main h2' },
  { path: '/data', ready: 'main table' },
  { path: '/api/docs', ready: '#routes section' },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (path: string, locale: string) =>
  `${inject('webUrl')}${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;

/** A page in a fresh context at a width, loaded and with every <details> opened. */
async function open(path: string, locale: string, width: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const page = await context.newPage();
  await page.goto(url(path, locale));
  await page
    .locator(PAGES.find((p) => p.path === path)?.ready ?? 'main')
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  // Tables that open on demand are checked open too.
  await page.evaluate(() => {
    for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
  });
  return page;
}

/** Runs `check` on every page in both languages at one width, two pages at a time. */
async function eachPage(
  width: number,
  check: (page: Page, name: string) => Promise<string[]>,
): Promise<string[]> {
  const jobs = LOCALES.flatMap((locale) => PAGES.map((p) => ({ locale, path: p.path })));
  const problems: string[] = [];
  for (let i = 0; i < jobs.length; i += 2) {
    const batch = jobs.slice(i, i + 2);
    const found = await Promise.all(
      batch.map(async ({ locale, path }) => {
        const page = await open(path, locale, width);
        const name = `${locale} ${width} px ${path}`;
        try {
          const result = await check(page, name);
          if (result.length > 0)
            await screenshot(page, `layout-${locale}-${width}-${path.replace(/\W+/g, '_')}`);
          return result.map((r) => `${name}: ${r}`);
        } finally {
          await page.context().close();
        }
      }),
    );
    problems.push(...found.flat());
  }
  return problems;
}

describe('every page at 360, 1024 and 1280 px, in Danish and English', () => {
  for (const width of WIDTHS) {
    it(`has no table cut off or wider than its place${width === 1024 ? '' : ', and is axe clean,'} at ${width} px`, async () => {
      const problems = await eachPage(width, async (page) => [
        ...(await layoutProblems(page)),
        // axe at the phone's and the desktop's width; between them only the layout changes.
        ...(width === 1024 ? [] : await accessibilityViolations(page)).map((v) => `axe: ${v}`),
      ]);
      expect(problems).toEqual([]);
    }, 600_000);
  }
});

describe('the layout check itself', () => {
  it('finds a cut-off column, an unmarked wide table and a page wider than the window', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 600 } });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><body style="margin:0">
      <table style="table-layout:fixed;width:300px"><caption>Cut</caption>
        <tr><td style="width:50px;overflow:hidden">averyveryverylongunbreakableword</td><td>b</td></tr></table>
      <div style="overflow-x:auto"><table><caption>Unmarked</caption>
        <tr><td style="min-width:600px">wide</td></tr></table></div>
      <div class="table-scroll" role="region" tabindex="0" aria-label="Marked" style="overflow-x:auto">
        <table><caption>Marked</caption><tr><td style="min-width:600px">wide</td></tr></table></div>
      <p style="width:500px">a paragraph wider than the window</p></body></html>`);
    const problems = await layoutProblems(page);
    await context.close();
    expect(problems.some((p) => p.includes('table "Cut": column'))).toBe(true);
    expect(problems.some((p) => p.includes('table "Unmarked" is'))).toBe(true);
    expect(problems.some((p) => p.includes('"Marked"'))).toBe(false);
    expect(problems.some((p) => p.startsWith('the page is 500 px wide'))).toBe(true);
  });
});

/**
 * Tell-tale Danish in an English page: units, their abbreviations and everyday words that no
 * English sentence has. Danish that is marked lang="da" (a source's own title, an import's
 * message, a figure without an English name) is left out: it is Danish on purpose.
 */
const DANISH_WORDS = [
  'kr.',
  'pr.',
  'mio.',
  'indb.',
  'pct.',
  'årig',
  'årige',
  'priser',
  'løbende',
  'udgifter',
  'ikke',
  'eller',
  'og',
  'til',
  'af',
  'med',
  'antal',
  'indbyggertal',
  'opgørelsesmetode',
  'kommunalreformen',
  'databrud',
  'tælles',
  'sammenligningskommuner',
];
const DANISH = new RegExp(
  `(?<![\\p{L}\\d])(${DANISH_WORDS.map((w) => w.replace(/[.+]/g, '\\$&')).join('|')})(?![\\p{L}])`,
  'giu',
);

/** The page's text, without what is marked Danish, scripts and styles. */
async function englishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const e of Array.from(body.querySelectorAll('[lang="da"], script, style'))) e.remove();
    const labels = Array.from(body.querySelectorAll('[aria-label]')).map((e) =>
      e.getAttribute('aria-label'),
    );
    return `${body.textContent ?? ''}\n${labels.join('\n')}`;
  });
}

describe('English, switched to on the page', () => {
  it('shows no Danish units or words on the kommune, key-figure, compare, data and method pages', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
    });
    const page = await context.newPage();
    await page.goto(`${inject('webUrl')}/kommune/766`);
    await page.locator('table.muni-figures').first().waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const found: string[] = [];
    for (const { path, ready } of PAGES.filter((p) => p.path !== '/' && p.path !== '/api/docs')) {
      // The language is remembered: no ?lang= in the address.
      await page.goto(`${inject('webUrl')}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => {
        for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
      });
      const text = await englishText(page);
      for (const m of text.matchAll(DANISH)) {
        const at = m.index ?? 0;
        found.push(`${path}: "${m[0]}" in "${text.slice(Math.max(0, at - 40), at + 40)}"`);
      }
    }
    await context.close();
    expect([...new Set(found)].slice(0, 40)).toEqual([]);
  }, 300_000);
});
