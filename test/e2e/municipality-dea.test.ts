import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';
import {
  accessibilityViolations,
  DESKTOP,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

// DEA as a level of the whole package on /kommune/{code} (issue 14, item 2): chosen in the
// level panel, the total changes, the URL keeps it, the rows name the reference municipalities.

const CODE = '766';
const YEAR = 2018;
let browser: Browser;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 60_000 });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const benchmarkParam = (page: Page) => new URL(page.url()).searchParams.get('benchmark') ?? '';
const total = (page: Page) => page.getByTestId('package-net').innerText();

/** The package page, waited for until the total is shown and no update is pending. */
async function openPackage(page: Page, query: string): Promise<void> {
  await page.goto(`${inject('webUrl')}/kommune/${CODE}?year=${YEAR}${query}`);
  await page.locator('#package-total-heading').waitFor({ timeout: 120_000 });
  await poll(() => page.locator('.muni-updating').innerText()).toBe('');
}

describe.each([
  ['1280', DESKTOP],
  ['360', PHONE],
] as const)('DEA as the package level at %s px', (label, viewport) => {
  it('is chosen in the level panel: the total changes, the URL keeps it, rows name the reference', async () => {
    const { page, errors } = await openPage(browser, viewport);
    await openPackage(page, '');
    const median = await total(page);
    const details = page.locator('details.group-details');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    const item = page.locator('.level-item[data-level="dea"]');
    await expect(item.innerText()).resolves.toContain(da.deaLevel.sentences['dea'] ?? '—');
    await expect(page.locator('.level-item[data-level="dea:crs"]').innerText()).resolves.toContain(
      da.deaLevel.sentences['dea:crs'] ?? '—',
    );
    await item.locator('input[type="radio"]').check();
    await poll(() => benchmarkParam(page)).toBe('dea');
    await poll(() => page.locator('.muni-total-basis').innerText()).toContain(
      'referencekommuner blandt alle kommuner',
    );
    await poll(() => page.locator('.muni-updating').innerText()).toBe('');
    const dea = await total(page);
    expect(dea).not.toBe(median);
    // The basis names the level with its price level's year, and the select shows it too.
    await expect(page.locator('select[name="benchmark"]').inputValue()).resolves.toBe('dea');
    // A row's benchmark explains itself by the reference municipalities and their λ.
    const tips = await page
      .locator('.muni-appendix [role="tooltip"]')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(tips.some((t) => t.includes('Referencekommuner (vægt λ)'))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `municipality-dea-${label}`);

    // The URL keeps the level: a reload shows the same DEA package.
    await page.reload();
    await page.locator('#package-total-heading').waitFor({ timeout: 120_000 });
    await poll(() => total(page)).toBe(dea);
    expect(benchmarkParam(page)).toBe('dea');

    // CRS is a level of its own.
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await page.locator('.level-item[data-level="dea:crs"] input[type="radio"]').check();
    await poll(() => benchmarkParam(page)).toBe('dea:crs');
    await poll(() => page.locator('.muni-updating').innerText()).toBe('');
    await poll(() => total(page)).not.toBe(dea);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

it('says DEA in English too', async () => {
  const { page, errors } = await openPage(browser);
  await openPackage(page, '&benchmark=dea&lang=en');
  const english = page.getByRole('button', { name: 'English' });
  if (await english.count()) await english.click();
  await poll(() => page.locator('.muni-total-basis').innerText()).toContain(
    'reference municipalities among all municipalities',
  );
  await expect(page.locator('select[name="benchmark"] option:checked').innerText()).resolves.toBe(
    en.common.levels['dea'],
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
