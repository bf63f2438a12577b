// The steering self-assessment's comparison and rounds over HTTP (issue 19), real data, both
// engines: only shared results count; the peer group's and all participants' averages; whom to
// call for the weakest fields, with their portal items; a round opened by the national editor
// (facilitator), whose participants see each other only when all have shared; and the budget
// deviation indicator from REGK31 accounts and a project-made BUDK32 fixture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/import-files.ts';
import type { Database } from '../../src/db/index.ts';
import type { AssessmentDocument, RoundDocument } from '../../src/server/contract.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { rawDataPath, repoRoot } from '../support/shared-data.ts';
import { NOW, newAssessment, respond, steeringHarness, type Harness, type Who } from './harness.ts';

describe.each(ENGINES)('steering comparison and rounds over HTTP (%s, real data)', (engine) => {
  let db: Database;
  let h: Harness;
  let own = 0;
  const read = async (id: number, as?: Who) => {
    const r = await h.call('GET', `/api/v1/steering/assessments/${id}`, as ? { as } : {});
    expect(r.status, r.text).toBe(200);
    return r.body as unknown as AssessmentDocument;
  };
  const share = async (id: number, as: Who) => {
    const r = await h.call('PATCH', `/api/v1/steering/assessments/${id}`, {
      as,
      body: { shared: true },
    });
    expect(r.status, r.text).toBe(200);
  };

  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    h = await steeringHarness(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('compares only with municipalities that shared, and names whom to call', async () => {
    // 766 is weak on the strategic centre (1), middling elsewhere (3).
    own = await newAssessment(h, 'a766', '766', 'Egen vurdering');
    await respond(h, own, 'a766', 'economic-financial', (_, c) =>
      c === 'strategic-political' ? 1 : 3,
    );
    // Odder (727) and Rebild (840), both in 766's peer group, answer 5 on the strategic centre;
    // only Odder shares at first.
    const odder = await newAssessment(h, 'e727', '727', 'Odder 2026');
    await respond(h, odder, 'e727', 'strategic-political', (_, c) =>
      c === 'strategic-political' ? 5 : 4,
    );
    const rebild = await newAssessment(h, 'e840', '840', 'Rebild 2026');
    await respond(h, rebild, 'e840', 'strategic-political', (_, c) =>
      c === 'strategic-political' ? 4 : 2,
    );
    await share(odder, 'e727');
    let d = await read(own, 'a766');
    expect(d.data.peers.members.map((m) => m.code)).toEqual(expect.arrayContaining(['727', '840']));
    expect(d.comparison.peers).toMatchObject({
      n: 1,
      municipalities: [{ code: '727', name: 'Odder' }],
    });
    expect(d.comparison.all.n).toBe(1);
    await share(rebild, 'e840');
    d = await read(own, 'a766');
    expect(d.comparison.peers.n).toBe(2);
    expect(d.comparison.peers.centres).toEqual([
      { id: 'strategic-political', mean: 4.5 },
      { id: 'economic-financial', mean: 3 },
      { id: 'social-professional', mean: 3 },
    ]);
    // The weakest fields are strategic ones (all 1); both peers score ≥ 4 there, the nearer first.
    expect(d.weakest.map((w) => [w.centre, w.score])).toEqual([
      ['strategic-political', 1],
      ['strategic-political', 1],
      ['strategic-political', 1],
    ]);
    const calls = d.weakest[0]?.calls ?? [];
    expect(calls.map((c) => [c.municipality.code, c.fieldScore, c.peer])).toEqual(
      [...calls]
        .sort((a, b) => (a.similarityRank ?? 99) - (b.similarityRank ?? 99))
        .map((c) => [c.municipality.code, c.municipality.code === '727' ? 5 : 4, true]),
    );
    expect(calls.map((c) => c.municipality.code).sort()).toEqual(['727', '840']);
    // The municipality's own (unshared) result is not a participant of anyone's comparison.
    const theirs = await read(odder, 'e727');
    expect(theirs.comparison.all.municipalities.map((m) => m.code)).toEqual(['840']);
  });

  it('lists whom to call with their portal items on steering', async () => {
    const item = await h.call('POST', '/api/v1/portal/items', {
      as: 'e727',
      body: {
        kind: 'case',
        title: 'Sådan rapporterer Odder til socialudvalget',
        summary: 'Fast månedlig rapport om tilbudsvifte og økonomi.',
        body: 'Tekst.',
        themes: ['specialised-adults'],
        topics: ['styring'],
        municipality: '727',
        status: 'published',
      },
    });
    expect(item.status, item.text).toBe(201);
    const d = await read(own, 'a766');
    const odder = d.weakest[0]?.calls.find((c) => c.municipality.code === '727');
    expect(odder?.items.map((i) => i.title)).toEqual([
      'Sådan rapporterer Odder til socialudvalget',
    ]);
  });

  it('opens a round for the national editor only; participants see each other when all have shared', async () => {
    const body = { name: 'Runde Østjylland 2026', municipalities: ['766', '727'] };
    expect((await h.call('POST', '/api/v1/steering/rounds', { as: 'a766', body })).status).toBe(
      403,
    );
    expect((await h.call('POST', '/api/v1/steering/rounds', { body })).status).toBe(401);
    const bad = await h.call('POST', '/api/v1/steering/rounds', {
      as: 'national',
      body: { ...body, municipalities: ['766', '999'] },
    });
    expect(bad.status).toBe(404);
    const made = await h.call('POST', '/api/v1/steering/rounds', { as: 'national', body });
    expect(made.status, made.text).toBe(201);
    const round = made.body as { id: number; assessments: { municipality: string; id: number }[] };
    const idOf = (m: string) => round.assessments.find((a) => a.municipality === m)?.id ?? 0;
    await respond(h, idOf('766'), 'b766', 'social-professional', () => 3);
    await respond(h, idOf('727'), 'e727', 'strategic-political', () => 4);
    const get = async (as?: Who) =>
      h.call('GET', `/api/v1/steering/rounds/${round.id}`, as ? { as } : {});
    expect((await get()).status).toBe(401);
    expect((await get('e101')).status).toBe(403);
    const facilitator = (await get('national')).body as unknown as RoundDocument;
    expect(facilitator.comparisonVisible).toBe(true);
    expect(
      facilitator.comparison?.municipalities.map((m) => [
        m.municipality.code,
        m.centres.map((c) => c.mean),
      ]),
    ).toEqual([
      ['727', [4, 4, 4]],
      ['766', [3, 3, 3]],
    ]);
    let participant = (await get('e727')).body as unknown as RoundDocument;
    expect([participant.comparisonVisible, participant.comparison]).toEqual([false, null]);
    expect(participant.waitingFor.map((m) => m.code)).toEqual(['727', '766']);
    // An unshared round assessment is not for the other participant either.
    expect(
      (await h.call('GET', `/api/v1/steering/assessments/${idOf('766')}`, { as: 'e727' })).status,
    ).toBe(403);
    await share(idOf('727'), 'e727');
    await share(idOf('766'), 'a766');
    participant = (await get('e727')).body as unknown as RoundDocument;
    expect([participant.allShared, participant.comparisonVisible]).toEqual([true, true]);
    expect(participant.comparison?.average.map((c) => c.mean)).toEqual([3.5, 3.5, 3.5]);
    const list = await h.call('GET', '/api/v1/steering/rounds', { as: 'e727' });
    expect((list.body as { items: { id: number }[] }).items.map((r) => r.id)).toEqual([round.id]);
    expect(
      (
        (await h.call('GET', '/api/v1/steering/rounds', { as: 'e101' })).body as {
          items: unknown[];
        }
      ).items,
    ).toEqual([]);
  });

  it('scores the budget deviation on 5.28 and 5.38 where budget and accounts exist', async () => {
    const outcomes = await importFiles(
      db,
      [rawDataPath('dst-regk31-marieleth'), 'test/fixtures/budk32-social'],
      { cwd: repoRoot, now: () => NOW },
    );
    expect(outcomes.every((o) => o.outcome === 'imported')).toBe(true);
    const id = await newAssessment(h, 'a766', '766', 'Med budgettal');
    const d = await read(id, 'a766');
    const budget = d.data.indicators.find((i) => i.id === 'budget-deviation');
    // The expected value from the stored values: per year Σ accounts and Σ budget over the two
    // functions (kr. per inhabitant, current prices), then the mean of |a − b| / b.
    const rows = await db.query<{ year: number; kind: string; v: number }>(
      `SELECT year, year_kind AS kind, sum(value)::float8 AS v FROM observations
       WHERE municipality_code = '766' AND status = 'value' AND key_figure_id IN ('regk31-5-28-21', 'regk31-5-38-45')
         AND year BETWEEN 2021 AND 2024 GROUP BY year, year_kind ORDER BY year`,
    );
    const by = (y: number, k: string) => rows.find((r) => r.year === y && r.kind === k)?.v ?? NaN;
    const years = [2021, 2022, 2023, 2024];
    const expected =
      (years.reduce(
        (s, y) => s + Math.abs(by(y, 'accounts') - by(y, 'budget')) / by(y, 'budget'),
        0,
      ) /
        4) *
      100;
    expect(budget?.years).toEqual([2021, 2024]);
    expect(budget?.value).toBeCloseTo(expected, 9);
    expect(budget?.score).toBe(
      expected <= 2 ? 5 : expected <= 5 ? 4 : expected <= 10 ? 3 : expected <= 15 ? 2 : 1,
    );
    expect(budget?.prices).toEqual({ basis: 'current', year: null });
    expect(budget?.peers).toBe(2);
    expect(d.data.components).toContain('budget-deviation');
    // The prevention share: 5.28.21 of 5.28.21 + 5.28.22 in 2024 (no StatBank 5.28 total here).
    const prevention = d.data.indicators.find((i) => i.id === 'prevention-share');
    expect(prevention).toMatchObject({
      years: [2024],
      unit: 'pct. af 5.28.21 + 5.28.22',
      score: null,
      peers: 10,
    });
  });
});
