import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { layoutAt } from './support/layout-pages.ts';

// Issue 14, layout: every page at a small laptop's and a desktop's width, in Danish and English,
// with no table cut off or wider than its place; axe at the desktop's width (between 1024 and
// 1280 px only the layout changes). The phone's width is in layout.test.ts.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page at 1024 and 1280 px, in Danish and English', () => {
  it('has no table cut off or wider than its place at 1024 px', async () => {
    expect(await layoutAt(browser, 1024, false)).toEqual([]);
  }, 600_000);

  it('has no table cut off or wider than its place, and is axe clean, at 1280 px', async () => {
    expect(await layoutAt(browser, 1280, true)).toEqual([]);
  }, 600_000);
});
