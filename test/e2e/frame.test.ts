import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, openPage, PHONE } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the frame of every page', () => {
  it('serves the app on every path outside /api and a problem document inside it', async () => {
    const url = inject('webUrl');
    const page = await fetch(`${url}/kommune/766`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const api = await fetch(`${url}/api/v1/nope`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('shows an unknown address as "Siden findes ikke" with a way home, without violations', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('webUrl')}/findes/ikke`);
    await page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    expect(await page.getByRole('link', { name: 'Til forsiden' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('switches language to English and back, remembering the choice', async () => {
    const { page } = await openPage(browser, PHONE);
    await page.goto(`${inject('webUrl')}/metode`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
  });
});
