import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { median } from '../../src/core/index.ts';
import type { PackageDocument, ValuesDocument } from '../../src/web/api/index.ts';
import { formatNumber, withUnit } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { COMPETITION_FIGURES } from '../../src/web/pages/municipality/competition-figures.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
  settled,
} from './support/browser.ts';

// "Konkurrence og samarbejde" on /kommune/{code} (issue 16, part 7): IKU in total and per
// hovedkonto and the PLI against the page's peer group, in one page load.

const CODE = '766';
/** The newest year with IKU and PLI in the full export. */
const YEAR = 2018;
const IKU = 'indikator-konkurrenceudsaettelse';
const PLI = 'privat-leverandoer-indikator';
let browser: Browser;

/** As the section writes a share: one decimal, "24,4 %". */
const pct = (v: number) => withUnit(formatNumber('da', v, 1), 'pct.', 'da');

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}/api/v1/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the competition section of /kommune/{code}', () => {
  it('shows IKU and PLI for 766 beside its peers, the development, and is axe-clean', async () => {
    const pkg = await api<PackageDocument>(`package?municipality=${CODE}`);
    const members = (pkg.groups['administration']?.members ?? []).filter((c) => c !== CODE);
    expect(members.length).toBeGreaterThan(0);
    const expected = async (id: string) => {
      const d = await api<ValuesDocument>(`values?keyFigure=${id}&year=${YEAR}`);
      const peers = d.values.filter((r) => members.includes(r.code) && r.value !== null);
      return {
        name: d.keyFigure.nameDa,
        own: pct(d.values.find((r) => r.code === CODE)?.value ?? NaN),
        median: pct(median(peers.map((r) => r.value as number))),
      };
    };

    const { page, errors } = await openPage(browser);
    // The portal's list asks GET /portal/items; where the portal is not installed that is a
    // 404, which the browser logs and the section survives by showing no list.
    const portal404 = { count: 0 };
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/portal/items') && r.status() === 404) portal404.count++;
    });
    await page.goto(`${inject('webUrl')}/kommune/${CODE}`);
    const section = page.locator('section.muni-competition');
    await section.waitFor({ timeout: 120_000 });
    await section.scrollIntoViewIfNeeded();
    const rows = section.locator('.muni-competition-table tbody tr');
    await expect.poll(() => rows.count()).toBe(COMPETITION_FIGURES.length);
    await settled(page);

    const m = da.municipality.competition;
    expect(await section.locator('h2').innerText()).toBe(m.heading);
    const caption = await section.locator('caption').innerText();
    expect(caption).toContain('Hedensted mod ');
    expect(caption).toContain(String(YEAR));
    for (const [i, id] of [
      [0, IKU],
      [1, `${IKU}-hkt-0`],
      [7, PLI],
    ] as const) {
      const want = await expected(id);
      const row = rows.nth(i);
      expect(await row.locator('th').innerText()).toBe(want.name);
      const cells = row.locator('td .info-number-value');
      expect(await cells.nth(0).innerText(), id).toBe(want.own);
      expect(await cells.nth(1).innerText(), id).toBe(want.median);
    }
    // It says that the figures are context, and draws IKU's development against the peers.
    expect(await section.innerText()).toContain('de indgår ikke i potentialet');
    await expect
      .poll(() => section.locator('.development-heading').innerText())
      .toContain(da.municipality.development.heading(''));

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'municipality-competition');
    const portalErrors = errors.filter((e) => /status of 404/.test(e));
    expect(portalErrors.length).toBeLessThanOrEqual(portal404.count);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
