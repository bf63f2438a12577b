import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { PAGES } from './support/layout-pages.ts';

// Issue 14, English: the pages switched to English show no Danish units or words, except what
// is marked lang="da" on purpose.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
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
