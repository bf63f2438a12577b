import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatWithUnit } from '../../src/web/format/index.ts';
import {
  accessibilityViolations,
  DESKTOP,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
} from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const FIGURE = 'udgifter-aeldre-pr-67-aarig';

interface ValueRow {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}
interface Values {
  readonly keyFigure: { readonly unit: string };
  readonly year: number;
  readonly values: readonly ValueRow[];
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The map's shapes: the paths inside the map's labelled group (not the capital box's). */
function shapes(page: Page) {
  return page
    .getByRole('group', { name: /^Kort over kommunerne/ })
    .locator('path[data-code]:not([data-capital])');
}

/** The shapes in the box with the capital area enlarged. */
function capitalShapes(page: Page) {
  return page.getByRole('group', { name: 'Hovedstadsområdet' }).locator('path[data-code]');
}

async function openHome(page: Page, query = ''): Promise<void> {
  await page.goto(`${inject('webUrl')}/${query}`);
  await shapes(page).first().waitFor();
}

/** The tooltip's text, as a user sees it. */
async function tooltip(page: Page): Promise<string> {
  const tip = page.locator('.dm-tooltip');
  await tip.waitFor();
  return (await tip.innerText()).replace(/\s+/g, ' ').trim();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the home page (Forside) with the map of Denmark', () => {
  it('draws the 98 municipalities for the latest year with data, and hovering one shows the API value in Danish with its rank', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openHome(page);
    expect(await shapes(page).count()).toBe(98);

    // The years offered are the API's years with numbers, latest first, and the map opens on the
    // latest: not the span of rows (firstYear..lastYear), which reaches back to years with only
    // "M"/"U" marks. No municipality's series is fetched to find them.
    const { firstYear, yearsWithValues } = await api<{
      firstYear: number;
      yearsWithValues: number[];
    }>(`key-figures/${FIGURE}`);
    expect(yearsWithValues.length).toBeGreaterThan(0);
    expect(firstYear).toBeLessThanOrEqual(yearsWithValues[0] ?? 0);
    const yearSelect = page.getByLabel('År', { exact: true });
    expect(await yearSelect.locator('option').allTextContents()).toEqual(
      [...yearsWithValues].reverse().map(String),
    );
    const year = Number(await yearSelect.inputValue());
    expect(year).toBe(yearsWithValues[yearsWithValues.length - 1]);
    expect(requests.filter((u) => u.includes('/api/v1/series'))).toEqual([]);
    const answer = await api<Values>(`values?keyFigure=${FIGURE}&year=${year}`);
    expect(answer.values.some((v) => v.value !== null)).toBe(true);

    const hedensted = answer.values.find((v) => v.code === '766');
    expect(hedensted?.value).toBeTypeOf('number');
    const value = hedensted?.value ?? NaN;
    const expected = formatWithUnit('da', value, answer.keyFigure.unit);
    const ranked = answer.values.filter((v) => v.value !== null);
    // Lower is better for this cost: rank 1 is the lowest value.
    const rank = ranked.filter((v) => (v.value ?? Infinity) < value).length + 1;

    await shapes(page).and(page.locator('[data-code="766"]')).hover();
    expect(await tooltip(page)).toBe(`Hedensted ${expected} nr. ${rank} af ${ranked.length}`);
    expect(expected).toMatch(/^\d{1,3}(\.\d{3})* kr\. pr\. 67\+-årig$/);

    // The legend says which way is better and how many have no value.
    const legend = page.locator('.dm-legend');
    await expect.poll(() => legend.innerText()).toContain('Lavere er bedre');
    expect(errors).toEqual([]);
  });

  it('shows the same value and rank when a municipality gets keyboard focus, and its accessible name carries them', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await openHome(page);
    const answer = await api<Values>(
      `values?keyFigure=${FIGURE}&year=${await page.getByLabel('År', { exact: true }).inputValue()}`,
    );
    const aarhus = answer.values.find((v) => v.code === '751');
    const expected = formatWithUnit('da', aarhus?.value ?? null, answer.keyFigure.unit);
    const shape = shapes(page).and(page.locator('[data-code="751"]'));
    await shape.focus();
    expect(await tooltip(page)).toContain(`Aarhus ${expected} nr. `);
    expect(await shape.getAttribute('aria-label')).toMatch(
      new RegExp(`^Aarhus: ${expected.replace(/[.+]/g, '\\$&')}, nr\\. \\d+ af \\d+$`),
    );
  });

  it('opens Hedensted (766) when its shape is clicked', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await openHome(page);
    await shapes(page).and(page.locator('[data-code="766"]')).click();
    await page.waitForURL(/\/kommune\/766$/);
  });

  it('opens a municipality from the keyboard: Tab to a shape, Enter', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await openHome(page);
    await page.getByRole('button', { name: 'Vis som tabel' }).focus();
    let code: string | null = null;
    for (let i = 0; i < 5 && code === null; i++) {
      await page.keyboard.press('Tab');
      code = await page.locator('*:focus').getAttribute('data-code');
    }
    expect(code).toMatch(/^\d{3}$/);
    expect(await tooltip(page)).toMatch(/ kr\. pr\. 67\+-årig/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/kommune/${code}$`));
  });

  it('keeps the key figure and year in the address, and links to the key figure page', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await openHome(page, '?keyFigure=serviceudgifter-pr-indb&year=2015');
    expect(await page.getByLabel('Nøgletal', { exact: true }).inputValue()).toBe(
      'serviceudgifter-pr-indb',
    );
    expect(await page.getByLabel('År', { exact: true }).inputValue()).toBe('2015');
    const answer = await api<Values>('values?keyFigure=serviceudgifter-pr-indb&year=2015');
    const copenhagen = answer.values.find((v) => v.code === '101');
    await capitalShapes(page).and(page.locator('[data-code="101"]')).focus();
    expect(await tooltip(page)).toContain(
      formatWithUnit('da', copenhagen?.value ?? null, answer.keyFigure.unit),
    );
    await page.getByLabel('Nøgletal', { exact: true }).selectOption(FIGURE);
    await expect.poll(() => page.url()).toMatch(/\?keyFigure=udgifter-aeldre-pr-67-aarig$|\/$/);
    await page.getByRole('link', { name: /^Mere om Udgifter til ældre/ }).click();
    await page.waitForURL(new RegExp(`/noegletal/${FIGURE}$`));
  });

  it('shows the map as a table of all municipalities, one button away', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await openHome(page);
    await page.getByRole('button', { name: 'Vis som tabel' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(98);
    expect(await table.locator('thead').innerText()).toContain('kr. pr. 67+-årig');
  });
});

describe('the capital area enlarged in a box (Hovedstadsområdet)', () => {
  it("holds the landsdele Byen København and Københavns omegn, shows the API's value on hover, and is larger than on the map", async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await openHome(page);
    const { municipalities } = await api<{
      municipalities: readonly { code: string; landsdelName: string | null }[];
    }>('municipalities');
    const expectedCodes = municipalities
      .filter((m) =>
        ['Landsdel Byen København', 'Landsdel Københavns omegn'].includes(m.landsdelName ?? ''),
      )
      .map((m) => m.code)
      .sort();
    expect(expectedCodes).toHaveLength(17);
    const codes = await capitalShapes(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-code') ?? ''),
    );
    expect(codes.sort()).toEqual(expectedCodes);

    const year = await page.getByLabel('År', { exact: true }).inputValue();
    const answer = await api<Values>(`values?keyFigure=${FIGURE}&year=${year}`);
    const copenhagen = answer.values.find((v) => v.code === '101');
    await capitalShapes(page).and(page.locator('[data-code="101"]')).hover();
    expect(await tooltip(page)).toContain(
      `København ${formatWithUnit('da', copenhagen?.value ?? null, answer.keyFigure.unit)} nr. `,
    );

    const area = async (locator: ReturnType<typeof shapes>) => {
      const b = await locator.and(page.locator('[data-code="147"]')).boundingBox();
      return (b?.width ?? 0) * (b?.height ?? 0);
    };
    const onMap = await area(shapes(page));
    expect(onMap).toBeGreaterThan(0);
    expect(await area(capitalShapes(page))).toBeGreaterThan(2 * onMap);

    // One tab stop per municipality: the map's capital shapes are left to the box's.
    const hidden = shapes(page).and(page.locator('[data-code="147"]'));
    expect(await hidden.getAttribute('tabindex')).toBe('-1');
    expect(await hidden.getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('[tabindex="0"][data-code="147"]').count()).toBe(1);
    expect(await page.locator('.dm-capital-label').textContent()).toBe('Hovedstadsområdet');
    expect(errors).toEqual([]);
  });

  it('keeps the box inside the map at 360 px and opens Frederiksberg from it', async () => {
    const { page } = await openPage(browser, PHONE);
    await openHome(page);
    const map = await page.locator('.dm-box').boundingBox();
    const box = await page.locator('.dm-capital-box').boundingBox();
    expect(map && box).toBeTruthy();
    if (!map || !box) return;
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await capitalShapes(page).and(page.locator('[data-code="147"]')).click();
    await page.waitForURL(/\/kommune\/147$/);
  });
});

describe('the municipality search', () => {
  async function search(page: Page, text: string) {
    const box = page.getByRole('combobox', { name: 'Kommunens navn' });
    await box.fill('');
    await box.pressSequentially(text);
    return box;
  }

  it('offers Aarhus (751) for both "Århus" and "Aarhus", and says how many match', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto(inject('webUrl'));
    for (const text of ['Århus', 'Aarhus']) {
      const box = await search(page, text);
      const option = page.getByRole('option', { name: 'Aarhus' });
      await option.waitFor();
      expect(await option.getAttribute('id')).toBe(await box.getAttribute('aria-activedescendant'));
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      await expect
        .poll(() => page.getByRole('status').allInnerTexts())
        .toContain('1 kommune passer');
    }
  });

  it('offers Høje-Taastrup (169) for "Høje Taastrup" and opens it with Enter', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto(inject('webUrl'));
    const box = await search(page, 'Høje Taastrup');
    await page.getByRole('option', { name: 'Høje-Taastrup' }).waitFor();
    await box.press('Enter');
    await page.waitForURL(/\/kommune\/169$/);
  });

  it('moves with the arrow keys and closes with Escape', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto(inject('webUrl'));
    const box = await search(page, 'Fa');
    // The list may still be settling after typing: wait for its active option, then its next.
    await expect.poll(() => box.getAttribute('aria-activedescendant')).not.toBeNull();
    const first = await box.getAttribute('aria-activedescendant');
    await box.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).not.toBe(first);
    const second = await box.getAttribute('aria-activedescendant');
    expect(second).not.toBeNull();
    expect(await page.locator(`[id="${second}"]`).getAttribute('aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
  });
});

describe('the home page is accessible', () => {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`has no axe violations with the map and with the table (${label})`, async () => {
      const { page, errors } = await openPage(browser, viewport);
      await openHome(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `home-${label}`);
      await page.getByRole('button', { name: 'Vis som tabel' }).click();
      await page.getByRole('table').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      const box = page.getByRole('combobox', { name: 'Kommunens navn' });
      await box.pressSequentially('Fa');
      await page.getByRole('listbox').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `home-${label}-search`);
      expect(errors).toEqual([]);
    });
  }
});

describe('the home page on an empty database', () => {
  let empty: WebServer;
  beforeAll(async () => {
    empty = await startWebServer({ importRealData: false });
  });
  afterAll(async () => {
    await empty?.stop();
  });

  it('says the database is empty, shows no map and no error, and still offers the search', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await page.goto(empty.url);
    await page.getByText('Databasen er tom').waitFor();
    expect(await page.locator('.denmark-map').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Kommunens navn' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
