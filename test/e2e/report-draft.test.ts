import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ReportDraftDocument } from '../../src/web/api/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { loggedIn, pageErrors, pageGet } from './support/accounts.ts';
import {
  DESKTOP,
  PHONE,
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
} from './support/browser.ts';
import { layoutProblems } from './support/layout.ts';
import { TEST_USERS } from './support/test-users.ts';

// The committee paper's narrative in the browser (issue 20): the kommune page's Rapport
// button leads to /kommune/766/rapport; 766's editor writes a narrative, saves it and sees the
// version; a save on a stale version says so in words; the downloads carry the choices and
// narrative=draft. A reader without the right gets the downloads without narrative and a word
// on who can write. Axe clean and fitting at 360 and 1280 px, in Danish and English.

const r = da.report;
const PAGE = '/kommune/766/rapport';
let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchBrowser();
  url = inject('webUrl');
});
afterAll(async () => {
  await browser?.close();
});

describe('the report page', () => {
  it('is reached from the kommune page’s Rapport button', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await page.goto(`${url}/kommune/766`);
    await page.getByTestId('report-link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(PAGE);
    await page.getByRole('heading', { level: 1, name: r.title('Hedensted') }).waitFor();
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('766’s editor writes a narrative, saves it, sees the version; a stale save is refused', async () => {
    const { page, errors } = await loggedIn(browser, url, TEST_USERS.report766, PAGE);
    const before = await pageGet<ReportDraftDocument>(page, '/api/v1/reports/766/draft');
    const field = page.getByTestId('narrative-themes');
    await field.waitFor();
    expect(await page.getByTestId('report-draft-version').innerText()).toBe(
      r.version(before.version),
    );
    const text = `**Udvalget** bemærker <script>alert(1)</script> ældreområdet. ${Date.now()}`;
    await field.fill(text);
    await expect
      .poll(() => page.locator('.report-field').filter({ has: field }).innerText())
      .toContain(r.narrative.count(String(text.length), '20.000'));
    // A second tab on the same (now stale) version, to save after the first.
    const other = await page.context().newPage();
    await other.goto(`${url}${PAGE}`);
    await other.getByTestId('narrative-themes').waitFor();

    await page.getByTestId('report-save').click();
    const next = before.version + 1;
    await expect.poll(() => page.getByTestId('report-save-status').innerText()).toBe(r.saved(next));
    expect(await page.getByTestId('report-draft-version').innerText()).toBe(r.version(next));
    if (before.version === 0) expect(next).toBe(1);
    await expect
      .poll(() => page.getByTestId('report-versions').locator('tbody tr').count())
      .toBe(next);
    const saved = await pageGet<ReportDraftDocument>(page, '/api/v1/reports/766/draft');
    expect([saved.version, saved.narratives['themes']]).toEqual([next, text]);
    const pdf = await page.getByTestId('report-pdf').getAttribute('href');
    expect(pdf).toMatch(
      /^\/api\/v1\/reports\/766\.pdf\?.*peers=nearest.*&lang=da&narrative=draft$/,
    );
    expect(await page.getByTestId('report-docx').getAttribute('href')).toContain('766.docx?');
    expect(await page.getByTestId('report-html').getAttribute('href')).toContain('766.html?');

    await other.getByTestId('narrative-map').fill('Kortet viser …');
    await other.getByTestId('report-save').click();
    await expect
      .poll(() => other.getByTestId('report-save-problem').innerText())
      .toContain(r.conflict);
    await other.getByRole('button', { name: r.reload }).click();
    await expect
      .poll(() => other.getByTestId('report-draft-version').innerText())
      .toBe(r.version(next));
    expect(await other.getByTestId('narrative-themes').inputValue()).toBe(text);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('offers the downloads without narrative to a reader who may not edit', async () => {
    const { page } = await openPage(browser, PHONE);
    await page.goto(`${url}${PAGE}`);
    expect(await page.getByTestId('report-editors-note').innerText()).toContain(r.anonymous);
    expect(await page.getByTestId('narrative-themes').count()).toBe(0);
    const href = (await page.getByTestId('report-pdf').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/v1\/reports\/766\.pdf\?/);
    expect(href).not.toContain('narrative');
    await page.context().close();
    const other = await loggedIn(browser, url, TEST_USERS.report101, PAGE);
    expect(await other.page.getByTestId('report-editors-note').innerText()).toContain(r.notAllowed);
    await other.page.context().close();
  });

  it('fits and is axe clean at 360 and 1280 px in Danish and English', async () => {
    const problems: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await loggedIn(browser, url, TEST_USERS.report766, PAGE);
      for (const lang of ['da', 'en'] as const) {
        await page.setViewportSize(viewport);
        await page.goto(`${url}${PAGE}?lang=${lang}`);
        await page.getByTestId('narrative-themes').waitFor();
        await page.getByTestId('report-versions').waitFor();
        await page.waitForLoadState('networkidle');
        const name = `${lang} ${viewport.width} px`;
        const found = [
          ...(await layoutProblems(page)),
          ...(await accessibilityViolations(page)).map((v) => `axe: ${v}`),
        ];
        problems.push(...found.map((p) => `${name}: ${p}`));
        await screenshot(page, `report-draft-${lang}-${viewport.width}`);
      }
      expect(pageErrors(errors)).toEqual([]);
      await page.context().close();
    }
    const { page: anon } = await openPage(browser, PHONE);
    await anon.goto(`${url}${PAGE}`);
    await anon.getByTestId('report-editors-note').waitFor();
    await anon.waitForLoadState('networkidle');
    problems.push(...(await accessibilityViolations(anon)).map((v) => `anonymous: axe: ${v}`));
    problems.push(...(await layoutProblems(anon)).map((v) => `anonymous: ${v}`));
    await screenshot(anon, 'report-draft-da-360-anonymous');
    await anon.context().close();
    expect(problems).toEqual([]);
  }, 240_000);
});
