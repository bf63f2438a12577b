import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AssessmentDocument, QuestionnaireDocument } from '../../src/web/api/index.ts';
import { formatNumber } from '../../src/web/format/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { loggedIn, pageErrors, pageFetch, pageGet } from './support/accounts.ts';
import {
  DESKTOP,
  PHONE,
  accessibilityViolations,
  launchBrowser,
  screenshot,
} from './support/browser.ts';
import { downloaded, downloadFrom } from './support/download.ts';
import { uniqueTitle } from './support/initiatives.ts';
import { layoutProblems } from './support/layout.ts';
import { TEST_USERS, type TestUser } from './support/test-users.ts';
import { repoRoot } from '../support/shared-data.ts';

// The result page /styring/{id} (issue 19). A national editor opens a round for Odder (727),
// Rebild (840) and Brønderslev (810); before anyone answers, 727's page shows the data's score
// and "no answers yet". Each answers (727 weakest on three fields, 840 and 810 strong there) and
// shares (727 through the page's toggle); 727's page then shows the comparison with those who
// shared, the weakest fields in words and whom to call, as the API says, and its XLSX reads
// back with the API's means. A later assessment of 727 shows both over time; 840 is refused
// 727's unshared one. The page fits and is axe clean at 360 and 1280 px in Danish and English.

const r = da.steeringResult;
/** 727's weakest fields: answered 1 by 727, 5 by 840 and 810. */
const WEAK = ['goals', 'unit-costs', 'early-effort'] as const;

let browser: Browser;
let url: string;
let questionnaire: QuestionnaireDocument;
/** The round's assessment per municipality. */
const ids = new Map<string, number>();
let later = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  url = inject('webUrl');
});
afterAll(async () => {
  await browser?.close();
});

const score = (v: number | null) => formatNumber('da', v, 2);
const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
const idOf = (code: string) => ids.get(code) ?? 0;

/** Every statement answered: `weak` on the WEAK fields, `rest` elsewhere. */
function answers(weak: number, rest: number): Record<string, number> {
  const weakSet = new Set<string>(WEAK);
  return Object.fromEntries(
    questionnaire.centres.flatMap((c) =>
      c.statements.map((s) => [s.id, weakSet.has(s.field) ? weak : rest]),
    ),
  );
}

/** Answers (finished) an assessment as the logged-in page's user. */
async function answer(page: Page, id: number, centre: string, given: Record<string, number>) {
  const saved = await pageFetch(
    page,
    'PUT',
    `/api/v1/steering/assessments/${id}/responses/me`,
    { version: questionnaire.version, centre, label: 'Økonomichef', answers: given, finish: true },
    'session',
  );
  expect(saved.status, JSON.stringify(saved.json)).toBe(200);
}

/** Shares an assessment through the API, on the version it has now. */
async function share(page: Page, id: number) {
  const now = await pageGet<AssessmentDocument>(page, `/api/v1/steering/assessments/${id}`);
  const patched = await pageFetch(
    page,
    'PATCH',
    `/api/v1/steering/assessments/${id}`,
    { shared: true, baseVersion: now.version },
    'session',
  );
  expect(patched.status, JSON.stringify(patched.json)).toBe(200);
}

const as = (user: TestUser, next = '/min-konto') => loggedIn(browser, url, user, next);

/** A screenshot of one part of the page (tmp/screenshots, not committed), to look at closely. */
const part = (page: Page, selector: string, name: string) =>
  page
    .locator(selector)
    .first()
    .screenshot({ path: join(repoRoot, 'tmp', 'screenshots', `${name}.png`) });

async function openResult(page: Page, id: number, lang = 'da') {
  await page.goto(`${url}/styring/${id}?lang=${lang}`);
  await page.getByTestId('steering-history').waitFor();
}

describe('the result page /styring/{id}', () => {
  it('before anyone answers, shows the data score and "Ingen besvarelser endnu"', async () => {
    const { page, errors } = await as(TEST_USERS.steerNational);
    const opened = await pageFetch(
      page,
      'POST',
      '/api/v1/steering/rounds',
      {
        name: uniqueTitle('Styringsrunde Østjylland og Nordjylland'),
        municipalities: ['727', '840', '810'],
      },
      'session',
    );
    expect(opened.status, JSON.stringify(opened.json)).toBe(201);
    for (const a of (opened.json as { assessments: { municipality: string; id: number }[] })
      .assessments)
      ids.set(a.municipality, a.id);
    questionnaire = await pageGet<QuestionnaireDocument>(page, '/api/v1/steering/questionnaire');
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();

    const own = await as(TEST_USERS.steer727);
    await openResult(own.page, idOf('727'));
    const api = await pageGet<AssessmentDocument>(
      own.page,
      `/api/v1/steering/assessments/${idOf('727')}`,
    );
    const economic = api.centres.find((c) => c.id === 'economic-financial');
    expect(economic?.mean).toBeNull();
    const dataScore = own.page.getByTestId('steering-data-score');
    expect(await dataScore.innerText()).toBe(
      api.data.score === null
        ? r.centres.noDataScore
        : r.centres.dataScoreText(score(api.data.score), api.data.grade ?? '–'),
    );
    const means = own.page.getByTestId('steering-centre-mean');
    expect(await means.allInnerTexts()).toEqual([
      r.centres.noAnswers,
      r.centres.noAnswers,
      r.centres.noAnswers,
    ]);
    expect(await own.page.getByTestId('steering-no-weakest').innerText()).toBe(r.weakest.none);
    expect(await own.page.getByTestId('steering-no-findings').innerText()).toBe(r.findings.noneYet);
    await screenshot(own.page, 'steering-result-before-answers');
    expect(pageErrors(own.errors)).toEqual([]);
    await own.page.context().close();
  });

  it('compares 727 with those who shared, names its weakest fields and whom to call', async () => {
    for (const [user, code] of [
      [TEST_USERS.steer840, '840'],
      [TEST_USERS.steer810, '810'],
    ] as const) {
      const { page } = await as(user);
      await answer(page, idOf(code), 'economic-financial', answers(5, 4));
      await share(page, idOf(code));
      await page.context().close();
    }
    // 840 has written a portal item on steering: it is shown beside 840 as one to call.
    const writer = await as(TEST_USERS.steer840);
    const itemTitle = uniqueTitle('Ugentlig opfølgning på købte pladser');
    const item = await pageFetch(
      writer.page,
      'POST',
      '/api/v1/portal/items',
      {
        kind: 'case',
        title: itemTitle,
        summary: 'Økonomi og myndighed gennemgår hver uge de købte pladser sammen.',
        body: 'Et fast møde hver mandag med en liste over alle købte pladser.',
        themes: ['specialised-adults'],
        topics: ['styring'],
        municipalities: ['840'],
        status: 'published',
      },
      'session',
    );
    expect(item.status, JSON.stringify(item.json)).toBe(201);
    const itemId = (item.json as { id: number }).id;
    await writer.page.context().close();
    const { page, errors } = await as(TEST_USERS.steer727);
    await answer(page, idOf('727'), 'social-professional', answers(1, 2));
    await openResult(page, idOf('727'));
    // 727 shares through the page.
    await page.getByRole('button', { name: r.actions.share }).click();
    await expect
      .poll(() => page.getByTestId('steering-shared').getAttribute('data-shared'))
      .toBe('true');
    await page.getByRole('button', { name: r.actions.unshare }).waitFor();
    const api = await pageGet<AssessmentDocument>(
      page,
      `/api/v1/steering/assessments/${idOf('727')}`,
    );
    expect(api.shared).toBe(true);

    // The comparison: n and the municipalities, only those who shared (727 itself never).
    expect(api.comparison.all.municipalities.map((m) => m.code)).toEqual(
      expect.arrayContaining(['840', '810']),
    );
    for (const key of ['peers', 'all'] as const) {
      const group = api.comparison[key];
      const line = page.getByTestId(`steering-comparison-${key}`);
      expect(await line.getAttribute('data-n')).toBe(String(group.n));
      expect(await line.getAttribute('data-municipalities')).toBe(
        group.municipalities.map((m) => m.code).join(','),
      );
      expect(await line.innerText()).toContain(
        r.comparison.group(
          group.n,
          group.municipalities.map((m) => m.name),
        ),
      );
    }
    expect(await page.getByTestId('steering-comparison').innerText()).toContain(
      r.comparison.onlyShared,
    );

    // The centres' means and grades, as the API says.
    const cards = page.getByTestId('steering-centre');
    expect(await cards.count()).toBe(3);
    for (const c of api.centres) {
      const card = page.locator(`[data-testid="steering-centre"][data-centre="${c.id}"]`);
      expect(await card.getByTestId('steering-centre-mean').innerText()).toBe(
        c.mean === null ? r.centres.noAnswers : r.centres.outOf(score(c.mean)),
      );
      expect(await card.getByTestId('steering-centre-grade').innerText()).toBe(
        c.grade ?? r.centres.noGrade,
      );
    }
    expect(await page.getByTestId('steering-data-score').innerText()).toBe(
      api.data.score === null
        ? r.centres.noDataScore
        : r.centres.dataScoreText(score(api.data.score), api.data.grade ?? '–'),
    );

    // The weakest fields in words, as the API names them (727's 1s).
    expect(api.weakest.map((w) => w.field)).toEqual([...WEAK]);
    const centreName = (id: string) => api.centres.find((c) => c.id === id)?.nameDa ?? id;
    expect(await page.getByTestId('steering-weak-field').allInnerTexts()).toEqual(
      api.weakest.map((w) => r.weakest.field(w.nameDa, centreName(w.centre), score(w.score))),
    );
    // Whom to call: the API's municipalities, 840 and 810 among them.
    for (const w of api.weakest) {
      expect(w.calls.map((c) => c.municipality.code)).toEqual(
        expect.arrayContaining(['840', '810']),
      );
      const calls = page.locator(`.steering-weakest > li[data-field="${w.field}"]`);
      const shown = await calls
        .locator('[data-testid="steering-calls"] > li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-municipality')));
      expect(shown).toEqual(w.calls.map((c) => c.municipality.code));
      const rebild = w.calls.find((c) => c.municipality.code === '840');
      expect(rebild?.items.map((i) => i.id)).toContain(itemId);
      const itemLink = calls.locator(`li[data-municipality="840"] a[href="/viden/${itemId}"]`);
      expect(await itemLink.innerText()).toBe(itemTitle);
      const first = w.calls[0];
      if (first) {
        const link = calls.locator(`li[data-municipality="${first.municipality.code}"] > a`);
        expect(await link.getAttribute('href')).toBe(`/kommune/${first.municipality.code}`);
      }
    }

    // The findings as list items, one per API finding, with their kind and text; 727's low
    // economic self-score against the data's score is one.
    if (api.data.score !== null) expect(api.findings.map((x) => x.kind)).toContain('data-gap');
    expect(
      await page.getByTestId('steering-findings').locator('.steering-finding-text').allInnerTexts(),
    ).toEqual(api.findings.map((x) => x.textDa));
    const findings = page.getByTestId('steering-findings').locator(':scope > li');
    expect(
      await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))),
    ).toEqual(api.findings.map((x) => x.kind));
    // The respondents: 727's own, finished.
    expect(await page.locator('.steering-respondents tbody').innerText()).toContain(
      r.respondents.finished,
    );
    await screenshot(page, 'steering-result-shared-1280');
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('the XLSX download reads back with the API’s centre means', async () => {
    const { page, errors } = await as(TEST_USERS.steer727);
    await openResult(page, idOf('727'));
    const api = await pageGet<AssessmentDocument>(
      page,
      `/api/v1/steering/assessments/${idOf('727')}`,
    );
    const download = await downloadFrom(page, page.getByTestId('steering-xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await downloaded(download)) as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    const sheet = wb.getWorksheet('Centre');
    expect(sheet).toBeDefined();
    const rows = (sheet?.getSheetValues() ?? []).slice(2) as unknown[][];
    expect(rows.map((row) => [row[1], row[2]])).toEqual(
      api.centres.map((c) => [c.nameDa, round2(c.mean)]),
    );
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('a later assessment shows both over time, with the API’s means', async () => {
    const { page, errors } = await as(TEST_USERS.steer727);
    const created = await pageFetch(
      page,
      'POST',
      '/api/v1/steering/assessments',
      { municipality: '727', title: uniqueTitle('Opfølgning et år efter') },
      'session',
    );
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    later = (created.json as { id: number }).id;
    await answer(page, later, 'strategic-political', answers(2, 4));
    await openResult(page, later);
    const api = await pageGet<AssessmentDocument>(page, `/api/v1/steering/assessments/${later}`);
    const listed = api.history.map((h) => h.id);
    expect(listed).toEqual(expect.arrayContaining([idOf('727'), later]));
    const rows = page.locator('.steering-history tbody tr');
    expect(await rows.count()).toBe(api.history.length);
    for (const [k, h] of api.history.entries()) {
      const shown = await rows
        .nth(k)
        .getByTestId('steering-history-mean')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-centre'), e.textContent]));
      expect(shown).toEqual(
        h.centres
          .filter((c) => c.mean !== null)
          .map((c) => [c.id, `${score(c.mean)} (${c.grade ?? '–'})`]),
      );
    }
    await page.getByTestId('steering-history-chart').locator('svg[role="img"]').waitFor();
    await screenshot(page, 'steering-result-history');
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('refuses another municipality’s unshared assessment (403)', async () => {
    const { page, errors } = await as(TEST_USERS.steer840);
    const asked = await pageFetch(
      page,
      'GET',
      `/api/v1/steering/assessments/${later}`,
      undefined,
      'none',
    );
    expect(asked.status).toBe(403);
    await page.goto(`${url}/styring/${later}`);
    const refused = page.getByTestId('steering-refused');
    await refused.waitFor();
    expect(await refused.getAttribute('data-status')).toBe('403');
    expect(await refused.innerText()).toContain(r.refused);
    expect(await page.getByTestId('steering-result').count()).toBe(0);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('fits and is axe clean at 360 and 1280 px in Danish and English', async () => {
    const problems: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await as(TEST_USERS.steer727);
      await page.setViewportSize(viewport);
      for (const [id, lang] of [
        [idOf('727'), 'da'],
        [later, 'da'],
        [idOf('727'), 'en'],
      ] as const) {
        await openResult(page, id, lang);
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => {
          for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
        });
        const name = `${lang} ${viewport.width} px /styring/${id}`;
        const found = [
          ...(await layoutProblems(page)),
          ...(await accessibilityViolations(page)).map((v) => `axe: ${v}`),
        ];
        problems.push(...found.map((p) => `${name}: ${p}`));
        const tag = `${lang}-${viewport.width}-${id === later ? 'later' : 'round'}`;
        await part(page, '.steering-centres', `steering-part-centres-${tag}`);
        await part(page, '.steering-indicators', `steering-part-data-${tag}`);
        if (id === later)
          await part(page, '[data-testid="steering-history"]', `steering-part-history-${tag}`);
        await screenshot(
          page,
          `steering-result-${lang}-${viewport.width}-${id === later ? 'later' : 'round'}`,
        );
      }
      expect(pageErrors(errors)).toEqual([]);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });
});
