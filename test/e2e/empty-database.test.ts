// A fresh installation: `potentiale serve` on a database with nothing imported. Every page must
// say so and point to the import instructions, without errors and without violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchBrowser, openPage, screenshot } from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/** t.common.state.emptyDatabase: the notice every page shows when there are no figures. */
const EMPTY = 'Databasen er tom, så der er ingen tal at vise endnu.';

const PAGES = [
  ['/', 'home'],
  ['/data', 'data'],
  ['/kommune/766', 'municipality'],
  ['/noegletal/udgifter-aeldre-pr-67-aarig', 'key-figure'],
  ['/budgetopfoelgning/766', 'budget'],
] as const;

let server: WebServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startWebServer({ importRealData: false }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an empty database', () => {
  it('is reported empty by the API, with a hint how to import', async () => {
    const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as {
      empty: boolean;
      observations: number;
      hintDa: string;
    };
    expect(health).toMatchObject({ empty: true, observations: 0 });
    expect(health.hintDa).toContain('potentiale import');
  });

  for (const [path, name] of PAGES) {
    it(`${path} says the database is empty, without page errors or violations`, async () => {
      const { page } = await openPage(browser);
      // Failed API calls (404 for a figure that is not there) are expected here; uncaught
      // exceptions in the page are not.
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${server.url}${path}`);
      await page.getByText(EMPTY).first().waitFor({ timeout: 15_000 });
      expect(await page.getByText(EMPTY).first().isVisible()).toBe(true);
      if (path === '/data') {
        await page.getByRole('heading', { level: 2, name: 'Sådan importerer du data' }).waitFor();
        const command = page.locator('pre code', { hasText: 'npx potentiale import <mappe>' });
        expect(await command.isVisible()).toBe(true);
        expect(
          await page.locator('pre code', { hasText: 'npx potentiale fetch' }).isVisible(),
        ).toBe(true);
        // The imports list arrives after the notice: wait for it rather than race it.
        await page.getByText('Der er ikke importeret noget endnu.').waitFor({ timeout: 15_000 });
      } else {
        const link = page.getByRole('link', { name: 'Se hvordan du importerer data' });
        expect(await link.first().getAttribute('href')).toBe('/data');
      }
      // Let late answers settle before checking: a page must not break after the notice.
      await page.waitForLoadState('networkidle');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `empty-${name}`);
      expect(pageErrors).toEqual([]);
    });
  }

  it('/budgetopfoelgning/766 says there are no budget figures, and shows no table', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/budgetopfoelgning/766`);
    const notice = page.getByTestId('budget-not-available');
    await notice.waitFor({ timeout: 15_000 });
    // The API's own words (message.da), which say how to import BUDK32.
    expect(await notice.innerText()).toContain('Der er endnu ingen budgettal i databasen');
    expect(await notice.innerText()).toContain('BUDK32');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.locator('[data-format]').count()).toBe(0);
    await page.context().close();
  });
});
