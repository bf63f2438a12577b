import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';
import { loggedIn, pageErrors } from './support/accounts.ts';
import {
  accessibilityViolations,
  DESKTOP,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';
import { TEST_USERS } from './support/test-users.ts';

// The pages that choose a password with a one-time token (/ny-adgangskode, /invitation): the
// token read from the URL fragment, the 12-character rule, a token the server does not know;
// and every account page at phone and desktop width, in Danish and English, axe-clean.

let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchBrowser();
  url = inject('webUrl');
});
afterAll(async () => {
  await browser?.close();
});

async function expectAxeClean(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe.each([
  ['/ny-adgangskode', da.account.setPassword.resetTitle],
  ['/invitation', da.account.setPassword.inviteTitle],
])('%s', (path, title) => {
  it('reads the token from the fragment, checks the rule, and shows the server refusing it', async () => {
    const { page, errors } = await openPage(browser);
    const token = 'ukendt-engangsnoegle-123';
    await page.goto(`${url}${path}#${token}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const s = da.account.setPassword;
    const p = da.account.password;
    expect(await page.getByLabel(s.token).inputValue()).toBe(token);
    await expectAxeClean(page);

    await page.getByLabel(p.next, { exact: true }).fill('kort');
    await page.getByLabel(p.repeat).fill('kort');
    await page.getByRole('button', { name: s.submit }).click();
    await expect.poll(() => page.locator('.account-problem').innerText()).toBe(p.tooShort);
    await expectAxeClean(page);

    await page.getByLabel(p.next, { exact: true }).fill('Et-langt-nyt-kodeord-42');
    await page.getByLabel(p.repeat).fill('Et-langt-nyt-kodeord-42');
    await page.getByRole('button', { name: s.submit }).click();
    // 400 naming "token": shown at the token field, and the page stays on the form.
    const problem = page.locator('.account-problem');
    await expect.poll(() => problem.count()).toBe(1);
    await expect.poll(() => problem.innerText()).not.toBe(p.tooShort);
    expect(await page.getByLabel(s.token).getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});

describe('the account pages at phone and desktop width, in Danish and English', () => {
  it('renders each without horizontal scrolling and axe-clean', async () => {
    const { page, errors } = await loggedIn(browser, url, TEST_USERS.editor766);
    const pages: [string, string][] = [
      ['/min-konto', 'my-account'],
      ['/log-ind', 'login'],
      ['/ny-adgangskode', 'reset'],
      ['/invitation', 'invitation'],
    ];
    for (const lang of ['da', 'en'] as const) {
      const t = lang === 'da' ? da : en;
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        for (const [path, name] of pages) {
          await page.goto(`${url}${path}?lang=${lang}`);
          await page
            .getByRole('banner')
            .getByRole('button', { name: t.account.nav.logout })
            .waitFor();
          if (path === '/min-konto')
            await page
              .getByTestId('account-tokens')
              .or(page.getByText(t.account.tokens.none))
              .waitFor();
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(wide, `${path} ${lang} ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
          await expectAxeClean(page);
          await screenshot(page, `account-${name}-${lang}-${viewport.width}`);
        }
      }
    }
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});
