// The report's narrative drafts over HTTP (issue 20), on both engines: the empty draft
// (version 0), saves as new versions, the version list and an earlier version, 409 on a stale
// base, 422 naming the section or the field, 401/403/404, and refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { latestReportDraft } from '../../src/db/index.ts';
import type { ReportDraftDocument, ReportDraftListDocument } from '../../src/server/contract.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { steeringHarness, type Harness } from '../steering/harness.ts';

const DRAFT = '/api/v1/reports/766/draft';
const count = async (db: Database, table: string) =>
  Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]?.n);
const body = (baseVersion: number, narratives: Record<string, string>, extra = {}) => ({
  baseVersion,
  year: 2019,
  peers: 'nearest:10',
  prices: '2019',
  lang: 'da',
  narratives,
  ...extra,
});

describe.each(ENGINES)('report drafts over HTTP (%s)', (engine) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await freshDatabase(engine);
    h = await steeringHarness(db);
  });
  afterAll(async () => db.close());

  it('gives an editor the empty draft, version 0, privately', async () => {
    const r = await h.call('GET', DRAFT, { as: 'a766' });
    expect(r.status, r.text).toBe(200);
    const d = r.body as unknown as ReportDraftDocument;
    expect([d.version, d.year, d.narratives, d.municipality.name]).toEqual([
      0,
      null,
      {},
      'Hedensted',
    ]);
    expect(d.sections.map((s) => s.id)).toContain('top-potentials');
    expect(d.narrativeMax).toBe(20000);
    const raw = await h.app.request(DRAFT, {
      headers: { Authorization: `Bearer ${h.tokens.a766}` },
    });
    expect(raw.headers.get('Cache-Control')).toBe('private, no-store');
  });

  it('saves each write as the next version, keeps the earlier ones, and lists them', async () => {
    const text = '**Vi** har <script>alert(1)</script> et _potentiale_.';
    const first = await h.call('PUT', DRAFT, { as: 'a766', body: body(0, { themes: text }) });
    expect(first.status, first.text).toBe(200);
    expect((first.body as unknown as ReportDraftDocument).version).toBe(1);
    expect((first.body as unknown as ReportDraftDocument).narratives).toEqual({ themes: text });
    const second = await h.call('PUT', DRAFT, {
      as: 'national',
      body: body(1, { themes: 'Ny tekst', map: '  ', front: 'Forord' }, { lang: 'en' }),
    });
    expect(second.status, second.text).toBe(200);
    const d = second.body as unknown as ReportDraftDocument;
    expect([d.version, d.lang, d.narratives]).toEqual([
      2,
      'en',
      { themes: 'Ny tekst', front: 'Forord' },
    ]);
    expect(d.author?.name).toBe('national@styring.dk');
    const list = await h.call('GET', '/api/v1/reports/766/drafts', { as: 'a766' });
    expect((list.body as unknown as ReportDraftListDocument).items).toEqual([
      { version: 2, createdAt: '2026-12-07T09:00:00.000Z', author: 'national@styring.dk' },
      { version: 1, createdAt: '2026-12-07T09:00:00.000Z', author: 'a766@styring.dk' },
    ]);
    const old = await h.call('GET', '/api/v1/reports/766/drafts/1', { as: 'a766' });
    expect((old.body as unknown as ReportDraftDocument).narratives).toEqual({ themes: text });
    expect((await h.call('GET', '/api/v1/reports/766/drafts/9', { as: 'a766' })).status).toBe(404);
    const latest = await latestReportDraft(db, '766');
    expect([latest?.version, latest?.year, latest?.peers, latest?.prices]).toEqual([
      2,
      2019,
      'nearest:10',
      '2019',
    ]);
    expect(await latestReportDraft(db, '101')).toBeUndefined();
  });

  it('refuses a save on a stale version with 409 and writes nothing', async () => {
    const before = await count(db, 'report_drafts');
    const r = await h.call('PUT', DRAFT, { as: 'a766', body: body(1, { themes: 'For sent' }) });
    expect(r.status, r.text).toBe(409);
    expect(r.body['detail']).toMatch(/version 1 \(nu version 2\)/);
    expect(await count(db, 'report_drafts')).toBe(before);
  });

  it('refuses with 422 naming the section: an unknown one, or a text over 20000 characters', async () => {
    const unknown = await h.call('PUT', DRAFT, { as: 'a766', body: body(2, { forord: 'x' }) });
    expect([unknown.status, unknown.body['parameter']]).toEqual([422, 'narratives.forord']);
    expect(unknown.body['detail']).toMatch(/intet afsnit "forord"/);
    const long = await h.call('PUT', DRAFT, {
      as: 'a766',
      body: body(2, { themes: 'ok', budget: 'x'.repeat(20001) }),
    });
    expect([long.status, long.body['parameter']]).toEqual([422, 'narratives.budget']);
    expect(long.body['detail']).toMatch(/"budget" er 20001 tegn; højst 20000/);
    const exact = await h.call('PUT', DRAFT, {
      as: 'a766',
      body: body(2, { budget: 'x'.repeat(20000) }),
    });
    expect(exact.status, exact.text).toBe(200);
  });

  it('refuses with 422 naming the field a year, peers or prices the engine cannot parse', async () => {
    const before = await count(db, 'report_drafts');
    const cases: [Record<string, unknown>, string][] = [
      [{ year: 1800 }, 'year'],
      [{ peers: 'nærmeste' }, 'peers'],
      [{ peers: 'nearest:10;add=766' }, 'peers'],
      [{ peers: 'saved:findes-ikke' }, 'peers'],
      [{ prices: 'billig' }, 'prices'],
    ];
    for (const [change, field] of cases) {
      const r = await h.call('PUT', DRAFT, { as: 'a766', body: body(3, {}, change) });
      expect([r.status, r.body['parameter']], JSON.stringify(change)).toEqual([422, field]);
    }
    expect(await count(db, 'report_drafts')).toBe(before);
  });

  it('keeps drafts private: 401 anonymous, 403 another municipality, 404 an unknown one', async () => {
    const before = [await count(db, 'report_drafts'), await count(db, 'audit_log')];
    for (const path of [DRAFT, '/api/v1/reports/766/drafts', '/api/v1/reports/766/drafts/1']) {
      expect((await h.call('GET', path)).status).toBe(401);
      expect((await h.call('GET', path, { as: 'e101' })).status).toBe(403);
    }
    expect((await h.call('PUT', DRAFT, { body: body(3, {}) })).status).toBe(401);
    const other = await h.call('PUT', DRAFT, { as: 'e101', body: body(3, { themes: 'x' }) });
    expect(other.status).toBe(403);
    expect((await h.call('GET', '/api/v1/reports/999/draft', { as: 'national' })).status).toBe(404);
    // An anonymous caller is refused first (401), whatever the code: it learns nothing.
    expect((await h.call('GET', '/api/v1/reports/999/draft')).status).toBe(401);
    expect([await count(db, 'report_drafts'), await count(db, 'audit_log')]).toEqual(before);
  });

  it('audits every save in the same transaction', async () => {
    const [row] = await db.query<{ action: string; resource_id: string; municipality: string }>(
      `SELECT action, resource_id, municipality FROM audit_log
       WHERE resource_type = 'report-draft' ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toEqual({ action: 'report.edit', resource_id: '766/3', municipality: '766' });
  });
});
