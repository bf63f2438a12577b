import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  AssessmentDocument,
  QuestionnaireDocument,
  RoundDocument,
} from '../../src/web/api/index.ts';
import { pageFor } from '../../src/web/first-requests.ts';
import { formatNumber } from '../../src/core/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { loggedIn, pageErrors, pageFetch, pageGet } from './support/accounts.ts';
import {
  DESKTOP,
  PHONE,
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
} from './support/browser.ts';
import { uniqueTitle } from './support/initiatives.ts';
import { layoutProblems } from './support/layout.ts';
import { TEST_USERS } from './support/test-users.ts';

// The steering questionnaire in the browser (issue 19): 766's first respondent creates an
// assessment through /styring/ny and answers through the form, saved as it goes (a reload
// resumes it), is refused an early finish at the statement, and finishes; two more answer as
// the other centres, disagreeing strongly; the result shows the data's score and the
// disagreement. The pages are axe clean and fit at 360 and 1280 px in Danish and English.

const s = da.steering;
let browser: Browser;
let url: string;
let assessmentId = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  url = inject('webUrl');
});
afterAll(async () => {
  await browser?.close();
});

const savedShown = (page: Page) =>
  expect
    .poll(() => page.getByTestId('steering-save-status').innerText())
    .toMatch(/^Gemt kl\. \d\d[.:]\d\d$/);

/** Answers statements through the radio buttons, one click each. */
async function answerInPage(page: Page, answers: Readonly<Record<string, number | 'dont-know'>>) {
  for (const [id, v] of Object.entries(answers))
    await page.locator(`#statement-${id} input[value="${v}"]`).check();
}

const allIds = (q: QuestionnaireDocument) =>
  q.centres.flatMap((c) => c.statements.map((x) => x.id));

describe('answering the steering questionnaire', () => {
  it('three respondents answer 766’s assessment; saved as they go, refused an early finish', async () => {
    const { page, errors } = await loggedIn(browser, url, TEST_USERS.steer766a, '/styring');
    await page.getByTestId('steering-start').click();
    const title = uniqueTitle('Selvevaluering 2027');
    await page.getByLabel(s.create.name, { exact: true }).fill(title);
    await page.getByLabel(s.create.share).check();
    await page.getByRole('button', { name: s.create.submit }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/styring\/\d+\/svar$/);
    assessmentId = Number(/\/styring\/(\d+)\/svar/.exec(page.url())?.[1]);
    // The economic-financial centre has the data's score before anyone answers.
    const before = await pageGet<AssessmentDocument>(
      page,
      `/api/v1/steering/assessments/${assessmentId}`,
    );
    expect(before.data.score).not.toBeNull();
    expect(before.centres.find((c) => c.id === 'economic-financial')?.dataScore).toBe(
      before.data.score,
    );
    expect(before.respondents).toEqual([]);

    const q = await pageGet<QuestionnaireDocument>(
      page,
      `/api/v1/steering/questionnaire?version=${before.questionnaireVersion}`,
    );
    const ids = allIds(q);
    await page.getByLabel(s.answer.label, { exact: true }).fill('Direktør for social og sundhed');
    await page.getByTestId('steering-centre').locator('input[value="strategic-political"]').check();
    await answerInPage(page, Object.fromEntries(ids.slice(0, 5).map((id) => [id, 5])));
    expect(await page.getByTestId('steering-answered').innerText()).toBe(
      s.answer.progress(5, ids.length),
    );
    await savedShown(page);
    await page.locator(`#statement-${ids[4]}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tmp/screenshots/steering-view-answering.png' });
    await page.reload();
    await page.getByTestId('steering-answered').waitFor();
    expect(await page.getByTestId('steering-answered').innerText()).toBe(
      s.answer.progress(5, ids.length),
    );
    expect(await page.locator(`#statement-${ids[4]} input[value="5"]`).isChecked()).toBe(true);
    expect(await page.getByLabel(s.answer.label, { exact: true }).inputValue()).toBe(
      'Direktør for social og sundhed',
    );

    // Finishing too early is refused at the first unanswered statement, focused.
    await page.getByTestId('steering-finish').click();
    await page.getByTestId(`problem-${ids[5]}`).waitFor();
    expect(await page.getByTestId('steering-finish-problem').innerText()).toContain(
      s.answer.problem,
    );
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe(
      `statement-${ids[5]}`,
    );
    await page.screenshot({ path: 'tmp/screenshots/steering-view-refused.png' });

    // The rest through the form: the strategic-political respondent rates everything high.
    await answerInPage(page, Object.fromEntries(ids.slice(5).map((id) => [id, 5])));
    await page.getByTestId('steering-finish').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/styring/${assessmentId}`);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();

    // The economic-financial respondent through the radio buttons too, rating everything low.
    const b = await loggedIn(browser, url, TEST_USERS.steer766b, `/styring/${assessmentId}/svar`);
    await b.page
      .getByTestId('steering-centre')
      .locator('input[value="economic-financial"]')
      .check();
    await answerInPage(b.page, Object.fromEntries(ids.map((id) => [id, 1])));
    await b.page.getByTestId('steering-finish').click();
    await expect.poll(() => new URL(b.page.url()).pathname).toBe(`/styring/${assessmentId}`);
    expect(pageErrors(b.errors)).toEqual([]);
    await b.page.context().close();

    // The social-professional respondent through the API (the form's own request).
    const c = await loggedIn(browser, url, TEST_USERS.steer766c, '/styring');
    const put = await pageFetch(
      c.page,
      'PUT',
      `/api/v1/steering/assessments/${assessmentId}/responses/me`,
      {
        version: q.version,
        centre: 'social-professional',
        label: 'Afdelingsleder',
        answers: Object.fromEntries(ids.map((id, i) => [id, i % 7 === 0 ? 'dont-know' : 3])),
        finish: true,
      },
      'session',
    );
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    const result = await pageGet<AssessmentDocument>(
      c.page,
      `/api/v1/steering/assessments/${assessmentId}`,
    );
    expect(result.respondents.filter((r) => r.finished)).toHaveLength(3);
    expect(result.data.score).toBe(before.data.score);
    const disagreement = result.findings.filter(
      (x) => x.kind === 'respondent-spread' || x.kind === 'statement-disagreement',
    );
    expect(disagreement.length).toBeGreaterThan(0);

    // The result page (web19b's /styring/{id}) shows them, when it is part of the app.
    if (pageFor(`/styring/${assessmentId}`) !== undefined) {
      await c.page.goto(`${url}/styring/${assessmentId}`);
      const findings = c.page.getByTestId('steering-findings');
      await findings.waitFor();
      const text = await findings.innerText();
      expect(disagreement.some((x) => text.includes(x.textDa))).toBe(true);
      // The score as the page writes it, with one or two decimals.
      const dataScore = await c.page.getByTestId('steering-data-score').innerText();
      expect(
        [1, 2].some((d) => dataScore.includes(formatNumber('da', result.data.score, d))),
        dataScore,
      ).toBe(true);
      await screenshot(c.page, 'steering-result-after-three');
    }
    expect(pageErrors(c.errors)).toEqual([]);
    await c.page.context().close();
  }, 300_000);
});

describe('the steering pages at 360 and 1280 px', () => {
  it('fit and are axe clean in Danish and English', async () => {
    expect(assessmentId).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, errors } = await loggedIn(browser, url, TEST_USERS.steer766a, '/styring');
      for (const [path, ready, lang] of [
        ['/styring', 'steering-own', 'da'],
        [`/styring/${assessmentId}/svar`, 'steering-progress', 'da'],
        ['/styring', 'steering-own', 'en'],
        [`/styring/${assessmentId}/svar`, 'steering-progress', 'en'],
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
        if (path.endsWith('/svar'))
          await page.screenshot({
            path: `tmp/screenshots/steering-view-${lang}-${viewport.width}.png`,
          });
        await screenshot(
          page,
          `steering-${lang}-${viewport.width}-${path.replace(/\d+/, 'id').replace(/\W+/g, '_')}`,
        );
      }
      expect(pageErrors(errors)).toEqual([]);
      await page.context().close();
    }
    // The anonymous reader: the shared ones and a login hint.
    const { page: anon } = await openPage(browser, PHONE);
    await anon.goto(`${url}/styring`);
    await anon.getByTestId('steering-login-hint').waitFor();
    problems.push(...(await accessibilityViolations(anon)).map((v) => `anonymous: axe: ${v}`));
    await screenshot(anon, 'steering-da-360-anonymous');
    await anon.context().close();
    expect(problems).toEqual([]);
  }, 240_000);
});

describe('a round', () => {
  it('a national editor opens one on /styring; a participant waits for the others to share', async () => {
    const { page, errors } = await loggedIn(browser, url, TEST_USERS.steerNational, '/styring');
    const form = page.getByTestId('steering-round-form');
    const name = uniqueTitle('Runde Østjylland');
    await form.getByLabel(s.roundForm.name, { exact: true }).fill(name);
    await form.getByLabel(s.roundForm.municipalities).fill('727, Rebild, Atlantis');
    await form.getByRole('button', { name: s.roundForm.submit }).click();
    // An unknown name is refused before anything is sent.
    expect(await page.getByTestId('problem-unknown').innerText()).toBe(
      s.roundForm.unknown('Atlantis'),
    );
    await form.getByLabel(s.roundForm.municipalities).fill('727, Rebild');
    await form.getByRole('button', { name: s.roundForm.submit }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/styring\/runder\/\d+$/);
    const roundPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: s.round.title(name) }).waitFor();
    expect(await page.getByTestId('round-waiting').innerText()).toBe(
      `${s.round.waitingFor}: Odder, Rebild`,
    );
    const round = await pageGet<RoundDocument>(
      page,
      `/api/v1${roundPath.replace('/styring/runder', '/steering/rounds')}`,
    );
    const odder = round.participants.find((x) => x.municipality.code === '727')?.assessment;
    expect(odder).toBeDefined();

    // A participant sees the others' results only when all have shared; it answers its own.
    const p = await loggedIn(browser, url, TEST_USERS.steer727, roundPath);
    await p.page.setViewportSize(PHONE);
    await p.page.getByTestId('round-participants').waitFor();
    expect(await p.page.getByTestId('round-comparison').innerText()).toContain(
      s.round.participantNote,
    );
    const problems = [
      ...(await layoutProblems(p.page)),
      ...(await accessibilityViolations(p.page)).map((v) => `axe: ${v}`),
    ];
    await screenshot(p.page, 'steering-round-participant-360');
    const q = await pageGet<QuestionnaireDocument>(p.page, '/api/v1/steering/questionnaire');
    const put = await pageFetch(
      p.page,
      'PUT',
      `/api/v1/steering/assessments/${odder}/responses/me`,
      {
        version: q.version,
        centre: 'social-professional',
        answers: Object.fromEntries(allIds(q).map((id, i) => [id, (i % 5) + 1])),
        finish: true,
      },
      'session',
    );
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    expect(pageErrors(p.errors)).toEqual([]);
    await p.page.context().close();

    // The facilitator sees the comparison at once: the table and the chart.
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.reload();
      await page.locator('.steering-round-chart svg').waitFor();
      expect(await page.getByTestId('round-comparison').locator('table').innerText()).toContain(
        'Odder',
      );
      problems.push(
        ...(await layoutProblems(page)),
        ...(await accessibilityViolations(page)).map((v) => `axe: ${v}`),
      );
      await screenshot(page, `steering-round-facilitator-${viewport.width}`);
    }
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
    expect(problems).toEqual([]);
  }, 180_000);
});
