import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { da } from '../../../src/web/i18n/da/index.ts';
import { openPage } from './browser.ts';
import type { TestUser } from './test-users.ts';

/** Failed requests the browser logs on purpose (a refused login or write): not page errors. */
export const pageErrors = (errors: readonly string[]): string[] =>
  errors.filter(
    (e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e),
  );

/** A new browser context logged in through /log-ind as the user (no TOTP). */
export async function loggedIn(
  browser: Browser,
  url: string,
  user: TestUser,
  next = '/min-konto',
): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  await logIn(opened.page, url, user, next);
  return opened;
}

/** Fills /log-ind and waits until the page has gone on to `next`. */
export async function logIn(page: Page, url: string, user: TestUser, next = '/min-konto') {
  await page.goto(`${url}/log-ind?next=${encodeURIComponent(next)}`);
  await page.getByLabel(da.account.login.email).fill(user.email);
  await page.getByLabel(da.account.login.password, { exact: true }).fill(user.password);
  await page.getByRole('button', { name: da.account.login.submit }).click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(next);
}

/** An API call from the page itself (its cookie), with the CSRF token `csrf` says. */
export async function pageFetch(
  page: Page,
  method: string,
  path: string,
  body: unknown,
  csrf: 'session' | 'none' | string,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body, csrf }) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (csrf === 'session') {
        const s = (await (await fetch('/api/v1/session')).json()) as { csrfToken?: string };
        headers['X-CSRF-Token'] = s.csrfToken ?? '';
      } else if (csrf !== 'none') headers['X-CSRF-Token'] = csrf;
      const r = await fetch(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      return { status: r.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body, csrf },
  );
}

/** GET from the page (its cookie): the answer's JSON. */
export async function pageGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await (await fetch(p)).json()) as T, path);
}
