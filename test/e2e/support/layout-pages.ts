import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { accessibilityViolations, screenshot } from './browser.ts';
import { layoutProblems } from './layout.ts';

// The pages the layout tests visit (test/e2e/layout*.test.ts), and how they open them. The
// tests are split by width so that the two test workers can run them side by side.

const ELDERLY = 'udgifter-aeldre-pr-67-aarig';
const LOCALES = ['da', 'en'] as const;

/** Each page and what shows that it has loaded its tables (or its content). */
export const PAGES: readonly { readonly path: string; readonly ready: string }[] = [
  { path: '/', ready: 'main h1' },
  { path: '/kommune/766', ready: 'table.muni-figures' },
  { path: `/noegletal/${ELDERLY}`, ready: '.kf-values-table table' },
  { path: '/sammenlign?k=101,751,766', ready: 'main table' },
  { path: '/viden', ready: '.portal-results' },
  { path: '/regelbarrierer', ready: '[data-testid="barriers-count"]' },
  { path: '/budgetopfoelgning/766', ready: '.budget-areas table' },
  { path: '/metode', ready: 'main h2' },
  { path: '/data', ready: 'main table' },
  { path: '/api/docs', ready: '#routes section' },
];

const url = (path: string, locale: string) =>
  `${inject('webUrl')}${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;

/** A page in a fresh context at a width, loaded and with every <details> opened. */
async function open(browser: Browser, path: string, locale: string, width: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const page = await context.newPage();
  await page.goto(url(path, locale));
  await page
    .locator(PAGES.find((p) => p.path === path)?.ready ?? 'main')
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  // Tables that open on demand are checked open too.
  await page.evaluate(() => {
    for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
  });
  return page;
}

/** Runs `check` on every page in both languages at one width, two pages at a time. */
async function eachPage(
  browser: Browser,
  width: number,
  check: (page: Page, name: string) => Promise<string[]>,
): Promise<string[]> {
  const jobs = LOCALES.flatMap((locale) => PAGES.map((p) => ({ locale, path: p.path })));
  const problems: string[] = [];
  for (let i = 0; i < jobs.length; i += 2) {
    const batch = jobs.slice(i, i + 2);
    const found = await Promise.all(
      batch.map(async ({ locale, path }) => {
        const page = await open(browser, path, locale, width);
        const name = `${locale} ${width} px ${path}`;
        try {
          const result = await check(page, name);
          if (result.length > 0)
            await screenshot(page, `layout-${locale}-${width}-${path.replace(/\W+/g, '_')}`);
          return result.map((r) => `${name}: ${r}`);
        } finally {
          await page.context().close();
        }
      }),
    );
    problems.push(...found.flat());
  }
  return problems;
}

/** Every page at `width` in both languages: no table cut off or too wide; axe clean too when asked. */
export function layoutAt(browser: Browser, width: number, axe: boolean): Promise<string[]> {
  return eachPage(browser, width, async (page) => [
    ...(await layoutProblems(page)),
    ...(axe ? await accessibilityViolations(page) : []).map((v) => `axe: ${v}`),
  ]);
}
