// The steering self-assessment over HTTP (issue 19), on the real data and both engines: the
// questionnaire; an assessment pre-scored from the data before anyone answers (766: the
// adults' unit cost 22 % over the peers' median gives 1, the children's 5.8 % over gives 2,
// their development 5.4 % under the peers' gives 5: 8/3, grade C; the nøgletal are in fixed
// 2010 prices as published, and ratios do not depend on the level); three respondents saving as
// they go, refusals that write nothing, the result's means, grades and findings; reading rules;
// the workbook; the history over time.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDocument } from '../../src/server/contract.ts';
import type { Database } from '../../src/db/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { newAssessment, respond, steeringHarness, type Harness, type Who } from './harness.ts';

const count = async (db: Database, table: string) =>
  Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]?.n);

describe.each(ENGINES)('the steering self-assessment over HTTP (%s, real data)', (engine) => {
  let db: Database;
  let h: Harness;
  let id = 0;
  const read = async (
    as?: Parameters<Harness['call']>[2] extends infer O
      ? O extends { as?: infer W }
        ? W
        : never
      : never,
  ) => {
    const r = await h.call('GET', `/api/v1/steering/assessments/${id}`, as ? { as } : {});
    expect(r.status, r.text).toBe(200);
    return r.body as unknown as AssessmentDocument;
  };

  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    h = await steeringHarness(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('serves the questionnaire: three centres, 8–12 statements each, Danish and English', async () => {
    const r = await h.call('GET', '/api/v1/steering/questionnaire');
    expect(r.status).toBe(200);
    const q = r.body as {
      version: string;
      centres: {
        id: string;
        nameDa: string;
        statements: { id: string; textDa: string; textEn: string }[];
      }[];
    };
    expect(q.version).toBe('2026.1');
    expect(q.centres.map((c) => c.id)).toEqual([
      'strategic-political',
      'economic-financial',
      'social-professional',
    ]);
    for (const c of q.centres) {
      expect(c.statements.length).toBeGreaterThanOrEqual(8);
      expect(c.statements.length).toBeLessThanOrEqual(12);
      for (const s of c.statements)
        expect([s.textDa.length > 10, s.textEn.length > 10]).toEqual([true, true]);
    }
    expect((await h.call('GET', '/api/v1/steering/questionnaire?version=2019.1')).status).toBe(404);
  });

  it('pre-scores the economic-financial centre from the data before anyone answers', async () => {
    id = await newAssessment(h, 'a766', '766', 'Forår 2026');
    const d = await read('a766');
    const ind = Object.fromEntries(d.data.indicators.map((i) => [i.id, i]));
    expect(ind['unit-cost-adults']).toMatchObject({
      years: [2018],
      score: 1,
      peers: 10,
      yearKind: 'accounts',
      prices: { basis: 'fixed', year: 2010 },
    });
    expect(ind['unit-cost-adults']?.relative).toBeCloseTo(22.337, 2);
    expect(ind['unit-cost-children']).toMatchObject({ years: [2018], score: 2 });
    expect(ind['development-children']).toMatchObject({ years: [2014, 2018], score: 5 });
    expect(ind['development-adults']).toMatchObject({
      score: null,
      missingDa: expect.stringMatching(/2018/),
    });
    expect(ind['budget-deviation']).toMatchObject({
      score: null,
      missingDa: expect.stringMatching(/BUDK32/),
    });
    expect(ind['prevention-share']).toMatchObject({ score: null, years: [] });
    expect(d.data.score).toBeCloseTo(8 / 3, 12);
    expect(d.data.grade).toBe('C');
    const econ = d.centres.find((c) => c.id === 'economic-financial');
    expect(econ).toMatchObject({ mean: null, grade: null, n: 0, dataGrade: 'C' });
    expect(econ?.dataScore).toBeCloseTo(8 / 3, 12);
    expect(d.findings).toEqual([]);
    expect([d.canEdit, d.canAnswer]).toEqual([true, true]);
  });

  it('keeps other municipalities and anonymous readers out of an unshared assessment', async () => {
    expect((await h.call('GET', `/api/v1/steering/assessments/${id}`)).status).toBe(401);
    const other = await h.call('GET', `/api/v1/steering/assessments/${id}`, { as: 'e101' });
    expect(other.status).toBe(403);
    expect(other.body.detail).toMatch(/ikke delt/);
    expect(
      (await h.call('GET', `/api/v1/steering/assessments/${id}/export.xlsx`, { as: 'e101' }))
        .status,
    ).toBe(403);
    const list = await h.call('GET', '/api/v1/steering/assessments', { as: 'e101' });
    expect((list.body as { items: { id: number }[] }).items.map((a) => a.id)).not.toContain(id);
  });

  it('saves a half-finished response, resumes it, and never counts it', async () => {
    const q = await h.call('GET', '/api/v1/steering/questionnaire');
    const version = (q.body as { version: string }).version;
    const half = { 'sp-01': 5, 'sp-02': 'dont-know', 'ef-01': 1 };
    const r = await h.call('PUT', `/api/v1/steering/assessments/${id}/responses/me`, {
      as: 'a766',
      body: { version, centre: 'economic-financial', label: 'Økonomichef', answers: half },
    });
    expect(r.status, r.text).toBe(200);
    const back = await h.call('GET', `/api/v1/steering/assessments/${id}/responses/me`, {
      as: 'a766',
    });
    expect(back.body).toMatchObject({
      answers: half,
      finished: false,
      centre: 'economic-financial',
    });
    const d = await read('a766');
    expect(d.respondents).toEqual([
      expect.objectContaining({ label: 'Økonomichef', finished: false, answered: 3, you: true }),
    ]);
    expect(d.centres.every((c) => c.n === 0 && c.mean === null)).toBe(true);
  });

  it('refuses a score outside 1–5, another version, an unfinished finish and another municipality, writing nothing', async () => {
    const put = (as: 'a766' | 'e101', body: unknown) =>
      h.call('PUT', `/api/v1/steering/assessments/${id}/responses/me`, { as, body });
    const before = [await count(db, 'steering_responses'), await count(db, 'audit_log')];
    const base = { version: '2026.1', centre: 'economic-financial', answers: { 'ef-01': 3 } };
    const six = await put('a766', { ...base, answers: { 'ef-01': 6 } });
    expect([six.status, six.body.parameter]).toEqual([400, 'answers.ef-01']);
    const old = await put('a766', { ...base, version: '2025.1' });
    expect([old.status, old.body.parameter]).toEqual([400, 'version']);
    const foreign = await put('a766', { ...base, answers: { 'zz-01': 3 } });
    expect([foreign.status, foreign.body.parameter]).toEqual([400, 'answers.zz-01']);
    const early = await put('a766', { ...base, finish: true });
    expect(early.status).toBe(400);
    expect(early.body.parameter).toMatch(/^answers\./);
    expect((await put('e101', base)).status).toBe(403);
    expect(
      (await h.call('PUT', `/api/v1/steering/assessments/${id}/responses/me`, { body: base }))
        .status,
    ).toBe(401);
    expect([await count(db, 'steering_responses'), await count(db, 'audit_log')]).toEqual(before);
    const back = await h.call('GET', `/api/v1/steering/assessments/${id}/responses/me`, {
      as: 'a766',
    });
    expect(back.body).toMatchObject({ finished: false, answers: { 'ef-01': 1 } });
  });

  it('scores three respondents: means, spread, grades and the disagreement as findings', async () => {
    // The economic centre's own respondent rates it 5, the two others 2: mean 3, SD √2.
    await respond(h, id, 'a766', 'economic-financial', (_, c) =>
      c === 'economic-financial' ? 5 : 3,
    );
    await respond(h, id, 'b766', 'strategic-political', (_, c) =>
      c === 'economic-financial' ? 2 : 3,
    );
    await respond(h, id, 'c766', 'social-professional', (s, c) =>
      c === 'economic-financial' ? 2 : s === 'sf-01' ? 'dont-know' : 3,
    );
    const d = await read('a766');
    const econ = d.centres.find((c) => c.id === 'economic-financial');
    expect(econ).toMatchObject({ mean: 3, min: 2, max: 5, n: 3, grade: 'B' });
    expect(econ?.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(d.centres.find((c) => c.id === 'social-professional')).toMatchObject({
      mean: 3,
      grade: 'B',
    });
    const kinds = d.findings.map((f) => `${f.kind}:${f.centre ?? ''}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'respondent-spread:economic-financial',
        'home-view:economic-financial',
        'statement-disagreement:economic-financial',
      ]),
    );
    // The self-score 3 and the data's 8/3 differ by 1/3: no data gap.
    expect(kinds).not.toContain('data-gap:economic-financial');
    expect(d.respondents.map((r) => [r.label, r.finished])).toEqual([
      ['a766 (economic-financial)', true],
      ['b766 (strategic-political)', true],
      ['c766 (social-professional)', true],
    ]);
    expect(d.weakest).toHaveLength(3);
  });

  it('shows the data gap when the self-score is far from the data', async () => {
    const second = await newAssessment(h, 'a766', '766', 'Efterår 2026');
    await respond(h, second, 'a766', 'economic-financial', () => 5);
    const r = await h.call('GET', `/api/v1/steering/assessments/${second}`, { as: 'a766' });
    const d = r.body as unknown as AssessmentDocument;
    const gap = d.findings.find((f) => f.kind === 'data-gap');
    expect(gap?.textDa).toBe(
      'Selvvurderingen af det økonomisk-finansielle center (5,0) er 2,3 point højere end dataenes score (2,7). Tal om, hvad nøgletallene ikke viser, eller hvad I ikke ser.',
    );
    // The later assessment shows the earlier one over time, oldest first, with its means.
    expect(d.history.map((x) => [x.id, x.finished, x.centres.map((c) => c.mean)])).toEqual([
      [id, 3, [3, 3, 3]],
      [second, 1, [5, 5, 5]],
    ]);
  });

  it('exports the result as a workbook with the same numbers', async () => {
    const r = await h.call('GET', `/api/v1/steering/assessments/${id}/export.xlsx`, { as: 'a766' });
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Centre',
      'Fund',
      'Udsagn',
      'Dataindikatorer',
      'Hvem kan I ringe til',
      'Over tid',
      'Om',
    ]);
    const centres = wb.getWorksheet('Centre');
    expect(centres?.getRow(3).values).toEqual([
      undefined,
      'Det økonomisk-finansielle center',
      3,
      'B',
      1.41,
      2,
      5,
      3,
      2.67,
    ]);
    const data = wb.getWorksheet('Dataindikatorer');
    expect(data?.getRow(2).getCell(5).value).toBe('faste 2010');
    expect(data?.getRow(2).getCell(6).value).toBe('regnskab');
  });

  it('lets the municipality share it; then anyone reads it, respondents numbered', async () => {
    const p = await h.call('PATCH', `/api/v1/steering/assessments/${id}`, {
      as: 'a766',
      body: { shared: true, baseVersion: 1 },
    });
    expect(p.status, p.text).toBe(200);
    const stale = await h.call('PATCH', `/api/v1/steering/assessments/${id}`, {
      as: 'a766',
      body: { title: 'x', baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    expect(
      (
        await h.call('PATCH', `/api/v1/steering/assessments/${id}`, {
          as: 'e101',
          body: { shared: false },
        })
      ).status,
    ).toBe(403);
    const anon = await h.call('GET', `/api/v1/steering/assessments/${id}`);
    expect(anon.status).toBe(200);
    const d = anon.body as unknown as AssessmentDocument;
    expect(d.respondents.map((r) => r.label)).toEqual([
      'Respondent 1',
      'Respondent 2',
      'Respondent 3',
    ]);
    expect([d.canEdit, d.canAnswer]).toEqual([false, false]);
    // The unshared later assessment stays out of what others see of the history.
    expect(d.history.map((x) => x.id)).toEqual([id]);
  });
});
