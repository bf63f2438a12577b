import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';

// Issue 14 (fast): the server writes the opened page's first API requests into index.html as
// preload links (src/server/web.ts, from src/web/first-requests.ts), so the browser fetches
// them while the app's scripts load. The app must then ask for exactly those addresses: a
// preload the app does not use is a request made twice (and a console warning), which is what
// this test catches, for the kommune page (with and without choices in its URL) and the map.

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

describe('preloaded first requests', () => {
  it.each([
    ['/kommune/766', '[data-testid="package-total"]'],
    ['/kommune/101?year=2022&benchmark=p25&peers=region', '[data-testid="package-total"]'],
    ['/', 'svg.dm-svg path[data-code]'],
  ])(
    '%s asks for every preloaded address once, and for none twice',
    async (path, ready) => {
      const { page, errors } = await openPage(browser);
      page.setDefaultTimeout(STEP);
      const requested: string[] = [];
      const warnings: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.pathname.startsWith('/api/')) requested.push(url.pathname + url.search);
      });
      page.on('console', (m) => {
        if (/preload/i.test(m.text())) warnings.push(m.text());
      });
      const response = await page.goto(`${inject('webUrl')}${path}`);
      const html = (await response?.text()) ?? '';
      const preloaded = [
        ...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g),
      ].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
      expect(preloaded.length).toBeGreaterThanOrEqual(4);
      await page.locator(ready).first().waitFor();
      // Give a late duplicate time to show.
      await page.waitForLoadState('networkidle');
      // Each preloaded path asked once: a second request to it means the app's address differed
      // from the preload's (another order or spelling of the parameters), so both went out.
      for (const url of preloaded) {
        const path = url.split('?')[0];
        expect(
          requested.filter((r) => r.split('?')[0] === path),
          `${url} requested once`,
        ).toEqual([url]);
      }
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    TEST,
  );
});
