import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EffectDocument, OverviewDocument } from '../../src/web/api/index.ts';

type Prices = { basis: 'current' | 'fixed'; year: number | null };
import { priceLevelText } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { formatKr, formatMillionKr, formatNumber } from '../../src/core/index.ts';
import { loggedIn, pageErrors, pageFetch, pageGet } from './support/accounts.ts';
import {
  DESKTOP,
  PHONE,
  accessibilityViolations,
  launchBrowser,
  screenshot,
} from './support/browser.ts';
import { COMBINED, ELDERLY, registerInitiative, uniqueTitle } from './support/initiatives.ts';
import { layoutProblems } from './support/layout.ts';
import { TEST_USERS } from './support/test-users.ts';
import { repoRoot } from '../support/shared-data.ts';

// The initiatives in the browser (issue 17): an editor of Hedensted (766) registers an
// initiative through the form (a refusal shown at its field, then saved), sees it on its page
// with the effect check (verdict in words, the 2018 break, the charts), meets someone else's
// save (409, reload) and sees the change in the history; the sector overview's totals are the
// API's; the pages are axe clean and fit at 360 and 1280 px. Each test registers its own
// fictitious initiatives (example: true, unique titles), so the files can run side by side.

const x = da.initiatives;
const e = x.editor;

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

const initiativeId = (page: Page) =>
  /^\/initiativer\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1];

/** Kroner as the page writes them with a price level: "2,0 mio. kr., 2024-priser". */
const amount = (v: number, prices: OverviewDocument['prices']) =>
  `${Math.abs(v) >= 1e6 ? formatMillionKr('da', v) : formatKr('da', v)}, ${priceLevelText('da', prices)}`;

describe('registering an initiative', () => {
  it('an editor of 766 registers one through the form, sees it and its effect check, and edits it', async () => {
    const { page, errors } = await loggedIn(
      browser,
      url,
      TEST_USERS.initiatives766,
      '/initiativer/ny',
    );
    const title = uniqueTitle('Hverdagsrehabilitering i hjemmeplejen');
    await page.getByLabel(e.title, { exact: true }).waitFor();
    expect(await page.getByLabel(e.municipality, { exact: true }).inputValue()).toBe('766');
    await page.getByLabel(e.title, { exact: true }).fill(title);
    await page
      .getByLabel(e.description, { exact: true })
      .fill('Borgeren træner hverdagens gøremål, før hjemmehjælpen visiteres.');
    await page.getByLabel(e.theme, { exact: true }).selectOption('elderly-health');
    await page.getByLabel(e.type, { exact: true }).selectOption('rehabilitation-prevention');
    await page.getByLabel(e.ownerName).fill('Anne Testesen');
    await page.getByLabel(e.ownerRole).fill('Ældrechef');
    // The picker offers cost figures only: an activity figure is not in its list.
    for (const figure of [ELDERLY, COMBINED]) {
      await page.getByLabel(da.portal.editor.keyFigureSearch).fill(figure);
      await page.getByRole('button', { name: da.portal.editor.keyFigureAdd }).click();
    }
    await expect.poll(() => page.getByTestId('editor-key-figures').locator('li').count()).toBe(2);
    await page.getByLabel(e.startYear, { exact: true }).fill('2014');
    const expected = page.getByTestId('gains-expected');
    await expected.getByLabel(e.gainYear).fill('2015');
    await expected.getByLabel(e.gainAmount).fill('2.000.000');
    // A realised gain in a year without accounts: refused, and said beside the field.
    const realised = page.getByTestId('gains-realised');
    await realised.getByRole('button', { name: e.addGain }).click();
    await realised.getByLabel(e.gainYear).fill('2030');
    await realised.getByLabel(e.gainAmount).fill('1.500.000');
    await page.getByLabel(e.status, { exact: true }).selectOption('running');
    await page.getByLabel(e.example).check();
    await expectAxeClean(page);
    await page.getByRole('button', { name: e.save, exact: true }).click();
    await expect
      .poll(() => page.getByTestId('problem-realised').innerText())
      .toMatch(/regnskab for 2030/);
    expect(await page.getByTestId('editor-problem').innerText()).toContain(e.problem);
    expect(new URL(page.url()).pathname).toBe('/initiativer/ny');
    await screenshot(page, 'initiatives-form-refused');

    await realised.getByLabel(e.gainYear).fill('2015');
    await page.getByRole('button', { name: e.save, exact: true }).click();
    await expect.poll(() => initiativeId(page)).toMatch(/^\d+$/);
    const id = initiativeId(page) ?? '';

    // The record: the gains in their price level, the baseline from the data.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const gains = page.locator('.initiative-gains-table');
    expect(await gains.locator('caption').innerText()).toContain('løbende priser');
    expect(await gains.innerText()).toMatch(/2015\s+2,0 mio\. kr\.\s+1,5 mio\. kr\./);
    // The 67+ figure begins in 2018 (after the start): the combined figure's baseline only.
    expect(await page.locator('.initiative-baselines-table').innerText()).toMatch(
      /regnskab 2013\s+[\d.,]+ kr\. pr\./,
    );

    // The effect check per figure: the verdict in the API's words, the 2018 break said (the
    // 67+ figure refused for it, the combined one's window cut at it), the charts.
    const effect = await pageGet<EffectDocument>(page, `/api/v1/initiatives/${id}/effect`);
    expect(effect.figures.map((f) => f.keyFigure.id)).toEqual([ELDERLY, COMBINED]);
    const figures = page.getByTestId('effect-figure');
    await expect.poll(() => figures.count()).toBe(2);
    expect(await page.getByTestId('effect-verdict-text').allInnerTexts()).toEqual(
      effect.figures.map((f) =>
        f.verdict === null ? x.effect.noVerdict : x.effect.verdicts[f.verdict],
      ),
    );
    for (const [i, fig] of effect.figures.entries()) {
      const shown = figures.nth(i);
      // The reason in the API's words (a refusal's "Ingen vurdering:" is the verdict line's).
      expect(await shown.getByTestId('effect-verdict').innerText()).toContain(
        fig.reason.da.replace(/^ingen vurdering\s*[:.]\s*/i, ''),
      );
      expect(await shown.innerText()).toContain('2018');
      if (fig.synthetic) {
        const path = shown.getByTestId('effect-path-chart');
        await path.locator('svg[role="img"]').waitFor();
        expect(await path.locator('[data-mark="line"]').count()).toBeGreaterThan(0);
        expect(await path.innerText()).toContain(x.effect.synthetic);
      }
      if (fig.placebo) {
        await shown.getByTestId('effect-placebo-chart').locator('svg[role="img"]').waitFor();
        expect(await shown.getByTestId('effect-placebo').innerText()).toContain(
          `${fig.placebo.rank} af ${fig.placebo.of}`,
        );
      }
      // The claimed gain stands beside the estimate, per year.
      const year2015 = shown
        .getByTestId('effect-years')
        .locator('tbody tr')
        .filter({ has: page.locator('th', { hasText: /^2015$/ }) });
      expect(await year2015.innerText()).toContain('2,0 mio. kr.');
    }
    expect(effect.figures[0]?.verdict).toBeNull();
    expect(effect.figures.some((f) => f.synthetic !== null)).toBe(true);
    await expectAxeClean(page);
    await screenshot(page, 'initiatives-record');

    // Edit: someone else saves first (409, the newest offered), then the edit goes through.
    await page.getByRole('link', { name: x.record.edit }).click();
    const titleField = page.getByLabel(e.title, { exact: true });
    await titleField.waitFor();
    const other = await pageFetch(
      page,
      'PATCH',
      `/api/v1/initiatives/${id}`,
      { status: 'realised' },
      'session',
    );
    expect(other.status, JSON.stringify(other.json)).toBe(200);
    await titleField.fill(`${title} (udvidet)`);
    await page.getByRole('button', { name: e.save, exact: true }).click();
    await expect.poll(() => page.getByTestId('editor-problem').innerText()).toContain(e.conflict);
    await page.getByRole('button', { name: e.reload }).click();
    await expect
      .poll(() => page.getByLabel(e.status, { exact: true }).inputValue())
      .toBe('realised');
    await titleField.fill(`${title} (udvidet)`);
    await page.getByRole('button', { name: e.save, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${title} (udvidet)` }).waitFor();
    expect(initiativeId(page)).toBe(id);
    await page.getByTestId('initiative-history').locator('summary').click();
    await expect
      .poll(() => page.getByTestId('initiative-history').locator('ins').allInnerTexts())
      .toContainEqual(expect.stringContaining('udvidet'));
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});

describe('the sector overview', () => {
  it('shows the totals, the groups and the list as the API answers them', async () => {
    const { page, errors } = await loggedIn(
      browser,
      url,
      TEST_USERS.initiatives766,
      '/initiativer',
    );
    const title = uniqueTitle('Fælles indkøb af hjælpemidler');
    await registerInitiative(page, {
      title,
      theme: 'administration',
      type: 'procurement-competition',
      keyFigures: [],
      expected: [{ year: 2016, amount: 3_000_000 }],
      realised: [{ year: 2016, amount: 1_200_000 }],
    });
    const o = x.overview;
    // Other files may register initiatives meanwhile: compare with an answer that held still
    // while the page was read.
    const readTotals = async () => {
      const before = await pageGet<OverviewDocument>(
        page,
        '/api/v1/initiatives/overview?groupBy=theme',
      );
      await page.goto(`${url}/initiativer`);
      await page.getByTestId('initiatives-totals').waitFor();
      const shown = Object.fromEntries(
        await Promise.all(
          ['count', 'expected', 'realised', 'rate', 'baseline', 'confirmed'].map(
            async (k) => [k, await page.getByTestId(`total-${k}`).innerText()] as const,
          ),
        ),
      );
      const after = await pageGet<OverviewDocument>(
        page,
        '/api/v1/initiatives/overview?groupBy=theme',
      );
      return { shown, api: JSON.stringify(before) === JSON.stringify(after) ? after : null };
    };
    let read = await readTotals();
    for (let i = 0; i < 5 && read.api === null; i++) read = await readTotals();
    const api = read.api;
    expect(api).not.toBeNull();
    if (!api) return;
    const t = api.total;
    expect(t.count).toBeGreaterThan(0);
    expect(read.shown).toEqual({
      count: formatNumber('da', t.count),
      expected: amount(t.expected, api.prices),
      realised: amount(t.realised, api.prices),
      rate:
        t.realisationRate === null
          ? o.noRate
          : `${formatNumber('da', t.realisationRate * 100, 0)} %`,
      baseline: o.ofCount(t.withBaseline, t.count),
      confirmed: o.ofCount(t.confirmed, t.count),
    });
    expect(await page.locator('.initiatives-note').first().innerText()).toContain(
      priceLevelText('da', api.prices),
    );
    await expectAxeClean(page);
    await screenshot(page, 'initiatives-overview');

    // By type: the chart and its table have the API's groups, in its order.
    await page.getByLabel(o.groupBy).selectOption('type');
    await expect.poll(() => new URL(page.url()).searchParams.get('groupBy')).toBe('type');
    const byType = await pageGet<OverviewDocument>(
      page,
      '/api/v1/initiatives/overview?groupBy=type',
    );
    const chart = page.getByTestId('initiatives-chart');
    await chart.locator('svg[role="img"]').waitFor();
    await chart.getByRole('button', { name: da.common.table.showTable }).click();
    await expect
      .poll(() => chart.locator('tbody th').allInnerTexts())
      .toEqual(byType.groups.map((g) => x.types[g.key] ?? g.label));

    // The list, narrowed to 766 and the theme: the new initiative is in it, with its level.
    await page.getByLabel(o.columns.municipality, { exact: true }).selectOption('766');
    await page.getByLabel(o.columns.theme, { exact: true }).selectOption('administration');
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('administration');
    const row = page.locator('.initiatives-table tr', { hasText: title });
    // The list's totals are in the sector's one level, as the API answers them.
    const mine = await pageGet<{
      initiatives: Array<{ title: string; totals: { expected: number; prices: Prices } }>;
    }>(page, '/api/v1/initiatives?municipality=766&theme=administration');
    const totals = mine.initiatives.find((i) => i.title === title)?.totals;
    expect(totals).toBeDefined();
    await expect
      .poll(() => row.innerText())
      .toContain(
        `${formatMillionKr('da', totals?.expected ?? NaN)}, ${priceLevelText('da', totals?.prices ?? { basis: 'current', year: null })}`,
      );
    const listed = await pageGet<{ total: number }>(
      page,
      '/api/v1/initiatives?municipality=766&theme=administration',
    );
    await expect
      .poll(() => page.getByTestId('initiatives-count').innerText())
      .toBe(o.results(listed.total));
    // The exports and the template are linked; registering is offered to the editor.
    const links = page.getByTestId('initiatives-downloads').locator('a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/api/v1/initiatives/export.csv',
      '/api/v1/initiatives/export.xlsx',
      '/api/v1/initiatives/template.xlsx',
    ]);
    await page.getByRole('link', { name: o.newInitiative }).waitFor();
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('the kommune page lists the municipality’s initiatives per theme', async () => {
    const { page, errors } = await loggedIn(
      browser,
      url,
      TEST_USERS.initiatives766,
      '/initiativer',
    );
    const title = uniqueTitle('Digital visitation');
    await registerInitiative(page, { title, type: 'digitalisation-welfare-technology' });
    await page.goto(`${url}/kommune/766`);
    const section = page.getByTestId('muni-initiatives');
    await section.scrollIntoViewIfNeeded();
    const table = section.locator('.table-scroll', {
      has: page.locator('caption', { hasText: da.common.themes['elderly-health'] ?? '' }),
    });
    await expect.poll(() => table.innerText()).toContain(title);
    await section.screenshot({
      path: join(repoRoot, 'tmp', 'screenshots', 'initiatives-kommune.png'),
    });
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});

describe('the initiatives pages at 360 and 1280 px', () => {
  it('fit, with no table cut off, and are axe clean in Danish and English', async () => {
    const made = await loggedIn(browser, url, TEST_USERS.initiatives766, '/initiativer');
    const id = await registerInitiative(made.page, {
      title: uniqueTitle('Velfærdsteknologi på plejecentre'),
      realised: [{ year: 2016, amount: 800_000 }],
      expected: [
        { year: 2015, amount: 1_000_000 },
        { year: 2016, amount: 1_000_000 },
      ],
    });
    await made.page.context().close();
    const problems: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await loggedIn(
        browser,
        url,
        TEST_USERS.initiatives766,
        '/initiativer',
      );
      for (const [path, ready, lang] of [
        ['/initiativer', 'initiatives-totals', 'da'],
        [`/initiativer/${id}`, 'effect-figure', 'da'],
        ['/initiativer/ny', 'gains-expected', 'da'],
        ['/initiativer', 'initiatives-totals', 'en'],
        [`/initiativer/${id}`, 'effect-figure', 'en'],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.goto(`${url}${path}?lang=${lang}`);
        await page.getByTestId(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        const name = `${lang} ${viewport.width} px ${path}`;
        const found = [
          ...(await layoutProblems(page)),
          ...(await accessibilityViolations(page)).map((v) => `axe: ${v}`),
        ];
        problems.push(...found.map((p) => `${name}: ${p}`));
        await screenshot(
          page,
          `initiatives-${lang}-${viewport.width}-${path.replace(/\d+/, 'id').replace(/\W+/g, '_')}`,
        );
      }
      expect(pageErrors(errors)).toEqual([]);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
