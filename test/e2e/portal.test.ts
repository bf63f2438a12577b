import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { da } from '../../src/web/i18n/da/index.ts';
import { loggedIn, pageErrors, pageFetch } from './support/accounts.ts';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
  settled,
} from './support/browser.ts';
import { TEST_USERS } from './support/test-users.ts';
import { repoRoot } from '../support/shared-data.ts';

// The knowledge portal in the browser (issue 16): an editor of Hedensted (766) writes an item,
// previews its body, publishes it, finds it by search with a facet and a highlight, edits it
// (and meets someone else's save first) and sees the change in the history; a reader sees no
// contact, and finds the item on the kommune page of a comparable municipality that 766 does
// better than on the item's figure. Few page loads: the editor's steps are one visit.

const p = da.portal;
// Personlig og praktisk hjælp (function 5.30.26): in 2023 Hedensted (766) is the first of
// Ringkøbing-Skjern's (760) comparable municipalities that do better, and 760 has a potential.
const FIGURE = 'regk31-5-30-26';
const PEER = '760';
const YEAR = 2023;
const TITLE = 'Hverdagsrehabilitering før hjemmehjælp';
const CONTACT = { name: 'Mette Eksempel', role: 'Visitationschef', email: 'mette@e2e.dk' };

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

/** The row's "Hvad gjorde andre?" button, with or without its count. */
const GAP_TOGGLE = new RegExp(`^${p.gap.toggle.replace(/[?()]/g, '\\$&')}`);

/** A 1×1 PNG, and a text file with a PDF's name and type. */
const PNG = {
  name: 'prik.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
};
const NOT_A_PDF = {
  name: 'skema.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('ikke en pdf'),
};

const itemId = (page: Page) => /^\/viden\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1];

describe('the knowledge portal', () => {
  it('an editor of 766 writes, previews, publishes, finds, edits; a reader finds it by the gap', async () => {
    const { page, errors } = await loggedIn(browser, url, TEST_USERS.portal766, '/viden/ny');
    const e = p.editor;
    await page.getByLabel(e.title, { exact: true }).waitFor();
    await expectAxeClean(page);

    await page.getByLabel(e.kind, { exact: true }).selectOption('case');
    await page.getByLabel(e.title, { exact: true }).fill(TITLE);
    await page
      .getByLabel(e.summary, { exact: true })
      .fill('Borgeren træner hverdagens gøremål, før hjemmehjælpen visiteres.');
    await page
      .getByLabel(e.body, { exact: true })
      .fill(
        'Hverdagsrehabilitering: vi startede i **2021** med et forløb på *tolv uger*.\n\n- træning i hjemmet\n- opfølgning',
      );
    await page.getByRole('button', { name: e.preview }).click();
    const preview = page.getByTestId('editor-preview');
    await expect.poll(() => preview.locator('strong').allInnerTexts()).toEqual(['2021']);
    expect(await preview.locator('li').count()).toBe(2);
    await page.getByRole('button', { name: e.write }).click();
    await page.getByLabel(da.common.themes['elderly-health'] ?? '', { exact: true }).check();
    await page.getByLabel(p.topics['rehabilitering'] ?? '', { exact: true }).check();
    await page.getByLabel(e.keyFigureSearch).fill('5.30.26 netto pr. indbygger');
    await page.getByRole('button', { name: e.keyFigureAdd }).click();
    await expect
      .poll(() => page.getByTestId('editor-key-figures').innerText())
      .toMatch(/5\.30\.26/);
    // A municipality editor's item is owned by and about its municipality by default.
    expect(await page.getByTestId('editor-municipalities').innerText()).toMatch(/Hedensted/);
    expect(await page.getByLabel(e.owner).inputValue()).toBe('766');
    await page.getByLabel(e.startYear).fill('2021');
    await page.getByLabel(e.contactName).fill(CONTACT.name);
    await page.getByLabel(e.contactRole).fill(CONTACT.role);
    await page.getByLabel(e.contactEmail).fill(CONTACT.email);
    await page.getByRole('button', { name: e.addLink }).click();
    await page.getByLabel(e.linkTitle).fill('Sundhedsstyrelsens anbefalinger');
    await page.getByLabel(e.linkUrl).fill('https://www.sst.dk/');
    await page.getByLabel(e.sources).fill('Hedensted Kommunes visitation, 2023');
    await page.getByLabel(e.status).selectOption('published');
    await expectAxeClean(page);
    await screenshot(page, 'portal-editor');
    await page.getByRole('button', { name: e.save }).click();

    // The item: badges, body, the figure with 766's newest value, the contact (logged in).
    await expect.poll(() => itemId(page)).toMatch(/^\d+$/);
    const id = itemId(page) ?? '';
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('.portal-body strong').innerText()).toBe('2021');
    expect(await page.getByTestId('portal-contact').innerText()).toContain(CONTACT.email);
    await expect
      .poll(() => page.getByTestId('portal-figure-value').innerText())
      .toMatch(/kr\. pr\. indb\..*(regnskab|budget) 20\d\d/);
    await expectAxeClean(page);
    await screenshot(page, 'portal-item-editor');

    // Search from the header: the highlight, then a facet narrows (state in the URL).
    await page
      .getByRole('banner')
      .getByRole('link', { name: da.common.nav.portal, exact: true })
      .click();
    await page.getByLabel(p.search.query).fill('hverdagsrehabilitering');
    await page.getByRole('button', { name: p.search.submit }).click();
    const result = page.locator('.portal-result', { hasText: TITLE });
    await expect.poll(() => result.locator('mark').allInnerTexts()).not.toEqual([]);
    const marked = (await result.locator('mark').allInnerTexts()).join(' ').toLowerCase();
    expect(marked).toContain('hverdagsrehabilitering');
    await page
      .locator('.portal-facet')
      .filter({ hasText: p.search.facets.topic })
      .getByLabel(new RegExp(`^${p.topics['rehabilitering'] ?? ''}`))
      .check();
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe('rehabilitering');
    expect(new URL(page.url()).searchParams.get('q')).toBe('hverdagsrehabilitering');
    await result.waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'portal-search');

    // Edit: someone else saves first (409 offered the newest), then the edit goes through and
    // the history shows the words added.
    await result.getByRole('link', { name: TITLE }).click();
    await page.getByRole('link', { name: p.item.edit }).click();
    const summary = page.getByLabel(e.summary, { exact: true });
    await summary.waitFor();
    // Attachments: a text file posing as a PDF is refused (the server's words), a PNG is added.
    const files = page.getByTestId('editor-attachments');
    await page.getByLabel(e.file, { exact: true }).setInputFiles(NOT_A_PDF);
    await files.getByRole('button', { name: e.upload }).click();
    await expect.poll(() => files.getByRole('alert').innerText()).toMatch(/Intet er gemt/);
    await page.getByLabel(e.file, { exact: true }).setInputFiles(PNG);
    await files.getByRole('button', { name: e.upload }).click();
    await expect.poll(() => files.getByRole('status').innerText()).toBe(e.uploaded(PNG.name));
    const other = await pageFetch(
      page,
      'PATCH',
      `/api/v1/portal/items/${id}`,
      { startYear: 2022 },
      'session',
    );
    expect(other.status).toBe(200);
    await summary.fill('Borgeren træner hverdagens gøremål med en terapeut.');
    await page.getByRole('button', { name: e.save }).click();
    await expect.poll(() => page.getByTestId('editor-problem').innerText()).toContain(e.conflict);
    await page.getByRole('button', { name: e.reload }).click();
    await expect.poll(() => page.getByLabel(e.startYear).inputValue()).toBe('2022');
    await summary.fill('Borgeren træner hverdagens gøremål med en terapeut.');
    await page.getByRole('button', { name: e.save }).click();
    await expect.poll(() => itemId(page)).toBe(id);
    await page.getByTestId('portal-history').locator('summary').click();
    const history = page.getByTestId('portal-history');
    await expect
      .poll(() => history.locator('ins').allInnerTexts())
      .toContainEqual(expect.stringContaining('terapeut'));
    await expectAxeClean(page);
    await screenshot(page, 'portal-item-history');
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();

    // A reader: no contact, but the way to it; and the item under the figure on 760's page.
    const reader = await openPage(browser);
    await reader.page.goto(`${url}/viden/${id}`);
    await reader.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await reader.page.getByTestId('portal-contact-hidden').innerText()).toBe(
      p.item.contactHidden,
    );
    expect(await reader.page.getByTestId('portal-contact').count()).toBe(0);
    expect(await reader.page.content()).not.toContain(CONTACT.email);
    await reader.page.getByRole('link', { name: new RegExp(PNG.name) }).waitFor();
    await expectAxeClean(reader.page);
    await screenshot(reader.page, 'portal-item-reader');

    // The figure's page (a link from the item) lists the item.
    await reader.page.locator('.portal-figures a').first().click();
    await expect
      .poll(() => reader.page.locator('section.portal-linked').innerText())
      .toContain(TITLE);

    await reader.page.goto(`${url}/kommune/${PEER}?year=${YEAR}`);
    // Whom to talk to: each suggested municipality links to its items.
    await expect
      .poll(() => reader.page.locator('.muni-talk-items a').first().getAttribute('href'))
      .toMatch(/^\/viden\?municipality=\d{3}$/);
    const row = reader.page.locator(`tr.figure-row[data-key-figure="${FIGURE}"]`).first();
    await row.waitFor({ state: 'attached' });
    await settled(reader.page);
    await row.getByRole('button', { name: GAP_TOGGLE }).click();
    const gap = reader.page.getByTestId('gap-items');
    await expect.poll(() => gap.innerText()).toContain(TITLE);
    expect(await gap.innerText()).toContain(p.gap.from('Hedensted'));
    await expect
      .poll(() => row.getByRole('button', { name: GAP_TOGGLE }).innerText())
      .toMatch(/\(\d+\)/);
    // The theme with the row, not the whole (long) page.
    await reader.page
      .locator('section.muni-theme', { has: row })
      .screenshot({ path: join(repoRoot, 'tmp', 'screenshots', 'portal-gap-items.png') });
    expect(pageErrors(reader.errors)).toEqual([]);
    await reader.page.context().close();
  });
});
