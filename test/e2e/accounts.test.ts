import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { da } from '../../src/web/i18n/da/index.ts';
import { loggedIn, pageErrors, pageFetch, pageGet } from './support/accounts.ts';
import { accessibilityViolations, launchBrowser, openPage, screenshot } from './support/browser.ts';
import { TEST_USERS } from './support/test-users.ts';

// Accounts in the browser (issue 15): login with its generic error, a write refused without
// the CSRF token, my account (tokens), logout; an editor saving a group for 766 and refused
// for 101; TOTP setup and the code at the next login; log out everywhere. Every state is
// checked with axe. The users are created before the server starts (test/setup/web-global.ts).

const a = da.account;
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

const loggedInAs = (page: Page) => pageGet<{ loggedIn: boolean }>(page, '/api/v1/session');

describe('login, CSRF and logout', () => {
  it('refuses a wrong password generically, logs in, refuses writes without CSRF, logs out', async () => {
    const user = TEST_USERS.plain;
    const { page, errors } = await openPage(browser);
    await page.goto(`${url}/log-ind?next=${encodeURIComponent('/metode')}`);
    await page.getByRole('banner').getByRole('link', { name: a.nav.login }).waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'accounts-login');

    await page.getByLabel(a.login.email).fill(user.email);
    await page.getByLabel(a.login.password, { exact: true }).fill('Forkert-adgangskode-123');
    await page.getByRole('button', { name: a.login.submit }).click();
    const alert = page.locator('.account-outcome');
    await expect.poll(() => alert.innerText()).toMatch(/Forkert e-mail eller adgangskode/);
    expect(new URL(page.url()).pathname).toBe('/log-ind');
    await expectAxeClean(page);

    await page.getByLabel(a.login.password, { exact: true }).fill(user.password);
    await page.getByRole('button', { name: a.login.submit }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/metode');
    await page
      .getByRole('banner')
      .getByRole('link', { name: a.nav.account(user.email) })
      .waitFor();
    await page.getByRole('banner').getByRole('button', { name: a.nav.logout }).waitFor();

    // A write from the logged-in page without the CSRF token, or with a wrong one: 403 and
    // nothing written; the same write with the session's token is made (the test can fail).
    const missing = await pageFetch(
      page,
      'POST',
      '/api/v1/account/tokens',
      { name: 'uden-csrf' },
      'none',
    );
    const wrong = await pageFetch(
      page,
      'POST',
      '/api/v1/account/tokens',
      { name: 'forkert-csrf' },
      'forkert',
    );
    expect([missing.status, wrong.status]).toEqual([403, 403]);
    const right = await pageFetch(
      page,
      'POST',
      '/api/v1/account/tokens',
      { name: 'med-csrf' },
      'session',
    );
    expect(right.status).toBe(201);
    const names = (
      await pageGet<{ tokens: { name: string }[] }>(page, '/api/v1/account/tokens')
    ).tokens.map((t) => t.name);
    expect(names).toContain('med-csrf');
    expect(names).not.toContain('uden-csrf');
    expect(names).not.toContain('forkert-csrf');

    // My account: who I am, and a token created in the page (shown once) and revoked.
    await page
      .getByRole('banner')
      .getByRole('link', { name: a.nav.account(user.email) })
      .click();
    const who = page.getByTestId('account-who');
    await expect.poll(() => who.innerText()).toContain(a.roles['national-editor'] ?? '-');
    expect(await who.innerText()).toContain(user.email);
    await page.getByTestId('account-tokens').waitFor();
    await expectAxeClean(page);
    await page.getByLabel(a.tokens.name, { exact: true }).fill('budgetscript');
    await page.getByRole('button', { name: a.tokens.create }).click();
    const fresh = page.getByTestId('new-token');
    await expect.poll(() => fresh.locator('code').innerText()).toMatch(/^pt_\S{20,}$/);
    await expectAxeClean(page);
    await screenshot(page, 'accounts-my-account');
    await page.getByRole('button', { name: a.tokens.revoke('budgetscript') }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain(a.tokens.revokedDone('budgetscript'));
    const revoked = (
      await pageGet<{ tokens: { name: string; revokedAt: string | null }[] }>(
        page,
        '/api/v1/account/tokens',
      )
    ).tokens;
    expect(revoked.find((t) => t.name === 'budgetscript')?.revokedAt).not.toBeNull();

    await page.getByRole('banner').getByRole('button', { name: a.nav.logout }).click();
    await page.getByRole('banner').getByRole('link', { name: a.nav.login }).waitFor();
    await page.getByTestId('account-logged-out').waitFor();
    expect((await loggedInAs(page)).loggedIn).toBe(false);
    await expectAxeClean(page);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});

describe('saved groups on the server', () => {
  it('an editor of 766 saves and deletes a group for 766, and is refused for 101', async () => {
    const user = TEST_USERS.editor766;
    const next = '/kommune/766?year=2018';
    const { page, errors } = await loggedIn(browser, url, user, next);
    const panel = await openGroupPanel(page);
    await panel.getByRole('button', { name: a.groups.save }).waitFor();
    await expect.poll(() => page.getByTestId('group-members').locator('tbody tr').count()).toBe(10);
    await panel.getByLabel(a.groups.saveName).fill('E2E naboer');
    await panel.getByRole('button', { name: a.groups.save }).click();
    const apply = panel.getByRole('button', { name: a.groups.apply('E2E naboer', 10) });
    await apply.waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'accounts-group-editor');

    // Everyone sees it; a reader is told why saving is not offered.
    const anonymous = await openPage(browser);
    const other = await openGroupPanel(anonymous.page, `${url}${next}`);
    await other.getByRole('button', { name: a.groups.apply('E2E naboer', 10) }).waitFor();
    expect(await other.getByRole('button', { name: a.groups.save }).count()).toBe(0);
    await expect
      .poll(() => other.getByTestId('server-groups-why').innerText())
      .toBe(a.groups.loginToSave('Hedensted'));
    await expectAxeClean(anonymous.page);
    await anonymous.page.context().close();

    // Applying it sets peers=list:…
    await apply.click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('peers') ?? '')
      .toMatch(/^list:(\d{3},){9}\d{3}$/);

    // For 101 the page offers nothing, and the API refuses the write (nothing written).
    const refused = await pageFetch(
      page,
      'POST',
      '/api/v1/groups',
      { name: 'Forkert kommune', municipality: '101', codes: ['615', '706'] },
      'session',
    );
    expect(refused.status).toBe(403);
    const for101 = await pageGet<{ groups: { name: string }[] }>(
      page,
      '/api/v1/groups?municipality=101',
    );
    expect(for101.groups.map((g) => g.name)).not.toContain('Forkert kommune');
    const panel101 = await openGroupPanel(page, `${url}/kommune/101?year=2018`);
    await expect
      .poll(() => panel101.getByTestId('server-groups-why').innerText())
      .toBe(a.groups.notEditor('København'));
    expect(await panel101.getByRole('button', { name: a.groups.save }).count()).toBe(0);

    const back = await openGroupPanel(page, `${url}${next}`);
    await back.getByRole('button', { name: a.groups.delete('E2E naboer') }).click();
    await expect
      .poll(() => back.getByRole('status').allInnerTexts())
      .toContain(a.groups.deleted('E2E naboer'));
    const left = await pageGet<{ groups: { name: string }[] }>(
      page,
      '/api/v1/groups?municipality=766',
    );
    expect(left.groups.map((g) => g.name)).not.toContain('E2E naboer');
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});

/** Opens the page (when given) and the group panel; resolves with the server groups' block. */
async function openGroupPanel(page: Page, address?: string) {
  if (address !== undefined) await page.goto(address);
  const details = page.locator('details.group-details');
  await details.waitFor({ timeout: 120_000 });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const block = page.getByTestId('server-groups');
  await block.waitFor({ timeout: 120_000 });
  return block;
}

describe('two-factor authentication and logging out everywhere', () => {
  it('sets up TOTP with a code from the secret, and asks for a code at the next login', async () => {
    const user = TEST_USERS.totp;
    const { page, errors } = await loggedIn(browser, url, user);
    const section = page.getByTestId('account-totp');
    await section.getByRole('button', { name: a.totp.start }).click();
    const secretText = await section.getByTestId('totp-secret').innerText();
    expect(secretText).toMatch(/^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$/);
    expect(await section.getByRole('link').getAttribute('href')).toMatch(/^otpauth:\/\/totp\//);
    await expectAxeClean(page);
    await screenshot(page, 'accounts-totp-setup');
    const totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(secretText.replace(/ /g, '')),
    });
    const first = totp.generate();
    await section.getByLabel(a.totp.code).fill(first);
    await section.getByRole('button', { name: a.totp.confirm }).click();
    await expect.poll(() => section.innerText()).toContain(a.totp.on);
    await expectAxeClean(page);

    await page.getByRole('banner').getByRole('button', { name: a.nav.logout }).click();
    await page.getByRole('banner').getByRole('link', { name: a.nav.login }).waitFor();
    await page.goto(`${url}/log-ind`);
    await page.getByLabel(a.login.email).fill(user.email);
    await page.getByLabel(a.login.password, { exact: true }).fill(user.password);
    await page.getByRole('button', { name: a.login.submit }).click();
    const codeField = page.getByLabel(a.login.totp);
    await codeField.waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'accounts-login-totp');
    // A code is used once: wait for the next 30-second step if it is still the first one.
    let code = totp.generate();
    while (code === first) {
      await page.waitForTimeout(1000);
      code = totp.generate();
    }
    await codeField.fill(code);
    await page.getByRole('button', { name: a.login.submit }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/min-konto');
    expect((await loggedInAs(page)).loggedIn).toBe(true);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('"log ud alle steder" in one browser logs the other one out too', async () => {
    const user = TEST_USERS.everywhere;
    const one = await loggedIn(browser, url, user);
    const two = await loggedIn(browser, url, user);
    expect((await loggedInAs(two.page)).loggedIn).toBe(true);
    await one.page.reload();
    const sessions = one.page.getByTestId('account-sessions');
    await expect.poll(() => sessions.locator('tbody tr').count()).toBe(2);
    await expectAxeClean(one.page);
    await one.page.getByRole('button', { name: a.sessions.everywhere }).click();
    await one.page.getByTestId('account-logged-out').waitFor();
    await expectAxeClean(one.page);
    expect((await loggedInAs(two.page)).loggedIn).toBe(false);
    await two.page.reload();
    await two.page.getByTestId('account-logged-out').waitFor();
    await two.page.getByRole('banner').getByRole('link', { name: a.nav.login }).waitFor();
    expect(pageErrors(one.errors)).toEqual([]);
    await one.page.context().close();
    await two.page.context().close();
  });
});
