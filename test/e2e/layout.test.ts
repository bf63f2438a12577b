import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { layoutProblems } from './support/layout.ts';
import { layoutAt } from './support/layout-pages.ts';

// Issue 14, layout: every page at a phone's width, in Danish and English, with no table cut off
// or wider than its place (unless it scrolls in a marked container), and axe clean. The wider
// widths are in layout-wide.test.ts and English words in layout-english.test.ts, so the test
// workers run them side by side.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page at 360 px, in Danish and English', () => {
  it('has no table cut off or wider than its place, and is axe clean, at 360 px', async () => {
    expect(await layoutAt(browser, 360, true)).toEqual([]);
  }, 600_000);
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
