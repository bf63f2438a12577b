// The /data page for the public (how recent the figures are, the command line folded away for
// administrators), a key figure without numbers, and the municipality search's tolerance of
// typos and abbreviations, on the real-data server, axe-checked in each state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  DESKTOP,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';

interface Figure {
  readonly id: string;
  readonly source: string;
  readonly nameDa: string;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  readonly lastYearKinds: readonly string[];
  readonly lastAccountsYear: number | null;
  readonly lastYearPriceBases: readonly string[];
  readonly lastYearMunicipalities: number;
}
interface Source {
  readonly source: string;
  readonly keyFigures: number;
  readonly lastYears: readonly { readonly year: number; readonly keyFigures: number }[];
}

const da = (n: number) => new Intl.NumberFormat('da-DK').format(n);
const KIND_DA: Record<string, string> = {
  accounts: 'regnskab',
  budget: 'budget',
  estimate: 'skøn',
};
const BASIS_DA = (b: string) =>
  b === 'current'
    ? 'løbende priser'
    : b === 'none'
      ? 'ikke kroner'
      : b.replace(/^fixed-(\d{4})$/, 'faste $1-priser');

let browser: Browser;
let fresh: { sources: Source[]; keyFigures: Figure[] };
beforeAll(async () => {
  browser = await launchBrowser();
  const response = await fetch(`${inject('webUrl')}/api/v1/freshness`);
  expect(response.status).toBe(200);
  fresh = (await response.json()) as typeof fresh;
});
afterAll(async () => {
  await browser?.close();
});

async function openData(
  query = '',
  viewport: { width: number; height: number } = DESKTOP,
): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${inject('webUrl')}/data${query}`);
  await opened.page.locator('.data-freshness-sources tbody tr').first().waitFor();
  await opened.page.locator('.data-imports tbody tr').first().waitFor();
  return opened;
}

describe('/data for the public', () => {
  it('says how many figures reach the newest year and where most end, as the API does', async () => {
    const byYear = new Map<number, number>();
    for (const s of fresh.sources)
      for (const y of s.lastYears) byYear.set(y.year, (byYear.get(y.year) ?? 0) + y.keyFigures);
    const newest = Math.max(...byYear.keys());
    const [commonYear, atCommon] = [...byYear.entries()].reduce((b, e) =>
      e[1] > b[1] || (e[1] === b[1] && e[0] > b[0]) ? e : b,
    );
    const total = [...byYear.values()].reduce((a, b) => a + b, 0);
    const { page, errors } = await openData();
    expect(await page.getByTestId('freshness-headline').textContent()).toBe(
      `${da(byYear.get(newest) ?? 0)} af ${da(total)} nøgletal med tal har tal for ${newest}; flest (${da(atCommon)}) slutter i ${commonYear}.`,
    );
    // "Seneste import" says what it is: when data were loaded.
    expect(await page.getByTestId('summary-latest').textContent()).toContain(
      'hvornår data blev indlæst, ikke hvor nye tallene er',
    );
    // Per source: how many figures end in which year, as the API counts them.
    for (const s of fresh.sources.filter((x) => x.keyFigures > 0)) {
      const row = page.locator('.data-freshness-sources tbody tr').nth(fresh.sources.indexOf(s));
      const lines = await row.locator('td').nth(3).locator('li').allTextContents();
      expect(lines.map((l) => Number(l.split(': ')[1]?.replace(/\./g, '')))).toEqual(
        s.lastYears.map((y) => y.keyFigures),
      );
      expect(lines.map((l) => Number(/(\d{4}):/.exec(l)?.[1]))).toEqual(
        s.lastYears.map((y) => y.year),
      );
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists every figure with its newest year, kind, accounts year and price level', async () => {
    const { page, errors } = await openData();
    const table = page.locator('.data-figures-table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('.data-figures summary').click();
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(fresh.keyFigures.length);
    const shown = new Map<string, string[]>();
    for (const r of await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('th a')?.getAttribute('href') ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    ))
      shown.set(r.href.replace('/noegletal/', ''), r.cells);
    for (const k of fresh.keyFigures) {
      const expected =
        k.lastYear === null
          ? ['–', 'ikke hentet endnu', '–', '–', '–']
          : [
              String(k.firstYear),
              `${k.lastYearKinds.map((x) => KIND_DA[x]).join(' og ')} ${k.lastYear}`,
              k.lastAccountsYear === null ? '–' : String(k.lastAccountsYear),
              k.lastYearPriceBases.map(BASIS_DA).join(' og '),
              da(k.lastYearMunicipalities),
            ];
      expect(shown.get(k.id)?.slice(1), k.id).toEqual(expected);
    }
    // The figure the issue names: budget 2019 in fixed 2010 prices, accounts up to 2018.
    expect(shown.get('udgifter-aeldre-pr-67-aarig')?.slice(1)).toEqual([
      '2018',
      'budget 2019',
      '2018',
      'faste 2010-priser',
      '98',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'data-freshness-figures');
    expect(errors).toEqual([]);
  });

  it('keeps the command line for administrators folded away, in Danish and English', async () => {
    for (const [query, heading, stop] of [
      ['', 'For administratorer', 'Stop først serveren'],
      ['?lang=en', 'For administrators', 'Stop the server first'],
    ] as const) {
      const { page, errors } = await openData(query);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      const stopFirst = page.getByText(stop);
      expect(await stopFirst.isVisible()).toBe(false);
      expect(await page.locator('pre code').first().isVisible()).toBe(false);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.locator('.data-admin-details summary').click();
      expect(await stopFirst.isVisible()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `data-admin-${query === '' ? 'da' : 'en'}`);
      expect(errors).toEqual([]);
    }
  });

  it('reads in English, and fits a phone', async () => {
    const { page, errors } = await openData('?lang=en');
    expect(await page.getByTestId('freshness-headline').textContent()).toMatch(
      /^[\d,]+ of [\d,]+ key figures with values have figures for \d{4}; most \([\d,]+\) end in \d{4}\.$/,
    );
    expect(await page.getByTestId('summary-latest').textContent()).toContain(
      'when data were loaded, not how recent the figures are',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'data-en');
    const phone = await openData('', PHONE);
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'data-phone-freshness');
    expect([...errors, ...phone.errors]).toEqual([]);
  });
});

describe('a key figure without numbers', () => {
  it('says "ikke hentet endnu" and does not tell citizens to import', async () => {
    const empty = fresh.keyFigures.find((k) => k.lastYear === null);
    expect(empty, 'the fixture has catalogued figures without numbers (REGK31)').toBeDefined();
    if (!empty) return;
    for (const [query, text, link] of [
      ['', 'Tallene for dette nøgletal er ikke hentet endnu.', 'Se hvilke tal der er hentet'],
      [
        '?lang=en',
        'The figures for this key figure have not been fetched yet.',
        'See which figures have been fetched',
      ],
    ] as const) {
      const { page, errors } = await openPage(browser);
      await page.goto(`${inject('webUrl')}/noegletal/${empty.id}${query}`);
      await page.getByText(text).waitFor();
      expect(await page.getByRole('link', { name: link }).getAttribute('href')).toBe('/data');
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).not.toMatch(/importér|importerer|import data/i);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `key-figure-not-fetched${query === '' ? '' : '-en'}`);
      expect(errors).toEqual([]);
    }
  });
});

describe('the municipality search', () => {
  it('finds Hedensted for "Hedenstedt" and København for "Kbh" and "Kbh.", by keyboard', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('webUrl')}/`);
    const box = page.getByRole('combobox', { name: 'Kommunens navn' });
    await box.waitFor();
    for (const [typed, first] of [
      ['Hedenstedt', 'Hedensted'],
      ['Kbh', 'København'],
      ['Kbh.', 'København'],
      ['Frb', 'Frederiksberg'],
      ['Høje Taastrup', 'Høje-Taastrup'],
    ] as const) {
      await box.fill(typed);
      const option = page.getByRole('option').first();
      await option.waitFor();
      expect(await option.textContent(), typed).toBe(first);
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    await screenshot(page, 'search-typo');
    await box.fill('Hedenstedt');
    await page.getByRole('option', { name: 'Hedensted' }).waitFor();
    await box.press('Enter');
    await page.waitForURL(/\/kommune\/766/);
    expect(errors).toEqual([]);
  });
});
