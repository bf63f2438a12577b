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

interface ImportRecord {
  readonly id: number;
  readonly fileName: string;
  readonly importedAt: string;
  readonly exportedBy: string | null;
  readonly keyFigures: number;
  readonly rowsRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly diagnostics: readonly { readonly message: string }[];
}

/** A whole number as the app writes it in Danish: "476.280", minus as "−". */
const da = (n: number) => new Intl.NumberFormat('da-DK').format(n).replace(/^-/, '−');

/** Date and time in Copenhagen as dd.mm.yyyy and hh.mm (the browser runs in that zone). */
function copenhagen(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts['day']}.${parts['month']}.${parts['year']}`,
    time: `${parts['hour']}.${parts['minute']}`,
  };
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('webUrl')}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The sections of /metode in page order: their ids (addresses) and Danish headings. */
const SECTIONS = [
  ['sammenligningskommuner', 'Sammenligningskommuner'],
  ['benchmarkniveauer', 'Benchmarkniveauer'],
  ['potentiale', 'Potentiale'],
  ['potentialepakken', 'Potentialepakken'],
  ['prisniveauer', 'Prisniveauer: løbende og faste priser'],
  ['regnskab-og-budget', 'Regnskab, budget og pakkens år'],
  ['advarsler', 'Advarsler'],
  ['udvikling', 'Udvikling over tid'],
  ['hvem-skal-vi-tale-med', 'Hvem skal vi tale med?'],
  ['videnportalen', 'Videnportalen: hvad gjorde de andre?'],
  ['effekttjek', 'Effekttjek af initiativer'],
  ['regelbarrierer', 'Regelbarrierer'],
  ['budgetopfoelgning', 'Budgetopfølgning: Spørg hvorfor'],
  ['styring', 'Styringsmodellen og selvevalueringen'],
  ['dea', 'DEA (dataindhyllingsanalyse)'],
  ['konkurrence-og-samarbejde', 'Konkurrence og samarbejde med private'],
  ['ikke-et-facit', 'Ikke et facit: sådan læser du tallene'],
  ['datakilder', 'Datakilder'],
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Viewport = { readonly width: number; readonly height: number };

/** A value computed in the page from an expression (test code has no DOM types). */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

async function openMethod(
  viewport: Viewport = DESKTOP,
  hash = '',
): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${inject('webUrl')}/metode${hash}`);
  await opened.page.getByRole('heading', { level: 1, name: 'Metode' }).waitFor();
  return opened;
}

/** The id of the focused heading, or of the heading of the section the focus is in. */
function focusedSection(page: Page): Promise<string | null> {
  return inPage(
    page,
    `(() => {
      const active = document.activeElement;
      if (!active) return null;
      if (active.tagName === 'H2') return active.id;
      return active.closest('section')?.getAttribute('aria-labelledby') ?? null;
    })()`,
  );
}

/** Whether the element's top edge is inside the viewport (it was scrolled to). */
async function inViewport(page: Page, id: string): Promise<boolean> {
  const box = await page.locator(`[id="${id}"]`).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y < height;
}

const focusedId = (id: string) => `document.activeElement?.id === ${JSON.stringify(id)}`;

describe('the method page (/metode)', () => {
  it('has every section with its formulas, in words for screen readers, and the sources with attribution', async () => {
    const { page, errors } = await openMethod();
    const toc = page.getByRole('navigation', { name: 'Indhold' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBe(SECTIONS.length);
    for (const [i, [id, title]] of SECTIONS.entries()) {
      expect(await links.nth(i).textContent()).toBe(title);
      expect(await links.nth(i).getAttribute('href')).toBe(`#${id}`);
      const heading = page.getByRole('heading', { level: 2, name: title, exact: true });
      expect(await heading.getAttribute('id')).toBe(id);
    }

    // Every formula is shown to the eye and hidden from screen readers, which read a sentence.
    const formulas = page.locator('.method-formula-expression');
    const count = await formulas.count();
    expect(count).toBeGreaterThanOrEqual(20);
    for (let i = 0; i < count; i++) {
      const f = formulas.nth(i);
      expect(await f.locator('code[aria-hidden="true"]').count()).toBe(1);
      expect((await f.locator('.visually-hidden').textContent())?.length).toBeGreaterThan(10);
    }
    const potential = page.locator('#potentiale').locator('xpath=..');
    expect(await potential.locator('.method-formula-expression code').first().textContent()).toBe(
      'Pi = (ci − c*i) × Qi',
    );
    expect(
      await potential.locator('.method-formula-expression .visually-hidden').first().textContent(),
    ).toBe('P i er lig med c i minus c-stjerne i, ganget med Q i.');
    // The default k of the nearest-neighbour groups and the levels the engine offers.
    const peersText = await page
      .locator('#sammenligningskommuner')
      .locator('xpath=..')
      .textContent();
    expect(peersText).toContain('Standard er k = 10');
    expect(await page.locator('.method-level > dt').allTextContents()).toEqual([
      'Median (standard)',
      'Uvægtet gennemsnit',
      "Vægtet gennemsnit (noegletal.dk's »Gennemsnit«)",
      '25. percentil (bedste kvartil)',
      'Bedste kommune',
      'Behovskorrigeret median',
      'Regressionskorrigeret',
      'DEA (CRS og VRS)',
      'Valgt kommune',
    ]);

    // Price levels, accounts and budget, the package rule and the warnings with their limits.
    const section = async (id: string) =>
      (await page.locator(`#${id}`).locator('xpath=..').textContent()) ?? '';
    const prices = await section('prisniveauer');
    for (const words of ['faste 2010-priser', 'pris- og lønindeks', 'spredningen', 'ikke omregnet'])
      expect(prices).toContain(words);
    expect(await section('regnskab-og-budget')).toContain('1. juli året efter');
    const rule = await section('potentialepakken');
    for (const words of ['ved siden af pakken', 'dækker flest penge', 'under ét tema'])
      expect(rule).toContain(words);
    const warnings = await section('advarsler');
    for (const words of [
      '95-procent-percentilen',
      '3 × 1,4826 × MAD',
      'under 100',
      '25 % af sammenligningskommunernes median',
      'inden for 4 år',
      'under 50 %',
      'Under 25 %',
    ])
      expect(warnings).toContain(words);
    // The steering model's documented thresholds (src/core/steering/thresholds.ts).
    const steering = await section('styring');
    for (const words of [
      'A ved en selvvurdering på 4,0 eller mere, B fra 3,0 til under 4,0 og C under 3,0',
      'mindst halvdelen af centrets udsagn',
      '−3 % < d < 3 % giver 3',
      '10 % < b ≤ 15 % giver 2',
      'mindst 0,8, eller der er mindst 2,0 point',
      'mindst 3 point (fx 1 mod 4)',
      'funktion 5.28.21',
      'BUDK32',
      'slutter med regnskabsåret 2018',
    ])
      expect(steering).toContain(words);
    // Nothing claims that every amount is in current prices.
    expect(await page.locator('main').textContent()).not.toMatch(/alle beløb er i løbende priser/i);
    const sources = (await page.locator('#datakilder').locator('xpath=..').textContent()) ?? '';
    for (const attribution of [
      'Kilde: Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal',
      'Kilde: Danmarks Statistik',
      'Kilde: Geodatastyrelsen/SDFI, DAGI',
      'CC BY 4.0',
    ]) {
      expect(sources).toContain(attribution);
    }
    expect(await page.getByRole('link', { name: 'noegletal.dk' }).getAttribute('href')).toBe(
      'https://www.noegletal.dk',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'method-desktop');
    expect(errors).toEqual([]);
  });

  it('follows the contents by keyboard: Tab to a section, Enter, and Tab goes on from there', async () => {
    const { page, errors } = await openMethod();
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'DEA (dataindhyllingsanalyse)'; i++) {
      await page.keyboard.press('Tab');
      focused = await inPage<string>(page, `document.activeElement?.textContent ?? ''`);
    }
    expect(focused).toBe('DEA (dataindhyllingsanalyse)');
    await page.keyboard.press('Enter');
    await page.waitForFunction(focusedId('dea'));
    expect(new URL(page.url()).hash).toBe('#dea');
    expect(await inViewport(page, 'dea')).toBe(true);

    // The next Tab stays in the DEA section: its way back to the contents.
    await page.keyboard.press('Tab');
    expect(await focusedSection(page)).toBe('dea');
    expect(await inPage(page, 'document.activeElement?.textContent')).toBe(
      'Til indholdsfortegnelsen',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(focusedId('indhold'));
    expect(await inViewport(page, 'indhold')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens at the section an address names, e.g. /metode#potentiale', async () => {
    const { page, errors } = await openMethod(DESKTOP, '#potentiale');
    await page.waitForFunction(focusedId('potentiale'));
    expect(await inViewport(page, 'potentiale')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('fits a phone and reads in English from the same addresses', async () => {
    const { page, errors } = await openMethod(PHONE);
    const width = await inPage<number>(page, 'document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'method-phone');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Method' }).waitFor();
    const toc = page.getByRole('navigation', { name: 'Contents' });
    expect(await toc.getByRole('link', { name: 'Data sources' }).getAttribute('href')).toBe(
      '#datakilder',
    );
    expect(await page.getByText('P i equals c i minus c star i, times Q i.').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the data page (/data)', () => {
  async function openData(viewport: Viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(browser, viewport);
    await opened.page.goto(`${inject('webUrl')}/data`);
    await opened.page.getByRole('heading', { level: 2, name: 'Importer' }).waitFor();
    return opened;
  }

  it('lists every import of the API with its file, times and numbers in Danish', async () => {
    const { imports } = await api<{ imports: ImportRecord[] }>('/api/v1/imports');
    const health = await api<{ observations: number }>('/api/v1/health');
    const { page, errors } = await openData();

    const rows = page.locator('.data-imports tbody tr');
    expect(await rows.count()).toBe(imports.length);
    expect(
      await page.getByTestId('summary-imports').locator('.info-number-value').textContent(),
    ).toBe(da(imports.length));
    expect(
      await page.getByTestId('summary-observations').locator('.info-number-value').textContent(),
    ).toBe(da(health.observations));

    const full = imports.find((i) => i.fileName.endsWith('/full_noegletal.csv'));
    expect(full, 'the real data include the full nøgletal export').toBeDefined();
    if (!full) return;
    const row = rows.filter({ has: page.locator('th', { hasText: 'full_noegletal.csv' }) });
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    const { date, time } = copenhagen(full.importedAt);
    expect(cells[0]).toContain(date);
    expect(cells[0]).toContain(time);
    expect(cells[1]).toBe(full.exportedBy);
    expect(cells.slice(2, 7)).toEqual(
      [full.keyFigures, full.rowsRead, full.inserted, full.updated, full.unchanged].map(da),
    );
    expect(cells[7]).toBe('Indlæst');
    expect(cells[8]).toBe(da(full.diagnostics.length));
    expect(errors).toEqual([]);
  });

  it('lists an import’s diagnostics on demand, from the count in its row', async () => {
    const { imports } = await api<{ imports: ImportRecord[] }>('/api/v1/imports');
    const full = imports.find((i) => i.fileName.endsWith('/full_noegletal.csv'));
    expect(full?.diagnostics.length).toBeGreaterThan(0);
    if (!full) return;
    const { page, errors } = await openData();
    const details = page.locator(`#diagnostik-${full.id}`);
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.locator('tbody tr').first().isVisible()).toBe(false);

    await page
      .getByRole('link', { name: `full_noegletal.csv: ${full.diagnostics.length} meddelelser` })
      .click();
    await details.locator('tbody tr').first().waitFor();
    expect(await details.locator('tbody tr').count()).toBe(full.diagnostics.length);
    expect(await details.locator('tbody tr').first().textContent()).toContain(
      full.diagnostics[0]?.message,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the years each source covers, and folds how to import more away', async () => {
    const { keyFigures } = await api<{
      keyFigures: { source: string; yearsWithValues: number[] }[];
    }>('/api/v1/key-figures');
    // The years in which the source's figures have numbers, not their span of rows.
    const noegletal = keyFigures.filter(
      (k) => k.source === 'noegletal' && k.yearsWithValues.length > 0,
    );
    const years = noegletal.flatMap((k) => k.yearsWithValues);
    const { page, errors } = await openData();
    const row = page
      .getByRole('table', { name: /Pr. kilde: nøgletal med tal/ })
      .locator('tbody tr', { hasText: 'De Kommunale Nøgletal' });
    expect((await row.locator('td').allTextContents()).slice(0, 3)).toEqual([
      da(noegletal.length),
      da(0),
      `${Math.min(...years)}–${Math.max(...years)}`,
    ]);
    // The command line is for administrators: folded away until asked for.
    await page.getByRole('heading', { level: 2, name: 'For administratorer' }).waitFor();
    const command = page.locator('pre code', { hasText: 'npx potentiale import <mappe>' });
    expect(await command.count()).toBe(1);
    expect(await command.isVisible()).toBe(false);
    await page.locator('.data-admin-details summary').click();
    expect(await command.isVisible()).toBe(true);
    expect(await page.locator('pre code', { hasText: 'npx potentiale fetch' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations on a desktop and a phone', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'data-desktop'],
      [PHONE, 'data-phone'],
    ] as const) {
      const { page, errors } = await openData(viewport);
      await page.locator('.data-imports tbody tr').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, name);
      expect(errors).toEqual([]);
    }
  });
});
