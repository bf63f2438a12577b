// GET /api/v1/reports/{code}.pdf|.docx|.html (issue 20) on the fixture database, on both
// engines: the three outputs with their types and names; the DOCX read back, its package total
// equal to GET /api/v1/package's; the same request twice at once rendered once (single flight)
// and kept by data version and parameters; refusals that name the parameter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKr } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ReportService } from '../../src/server/reports/index.ts';
import { readDocx } from '../support/docx-read.ts';
import { ENGINES } from '../support/engines.ts';
import { pdfFacts, poppler } from '../support/pdf.ts';
import { TEST_NOW } from '../support/real-data-app.ts';
import { reportFixtureDatabase, type ReportFixture } from '../support/report-fixture-db.ts';

type App = ReturnType<typeof createApp>;

describe.each(ENGINES)('the report over HTTP on the fixture database, %s', (engine) => {
  let fixture: ReportFixture | undefined;
  let db: Database | undefined;
  let app: App | undefined;
  const reports = new ReportService({ concurrency: 1 });
  beforeAll(async () => {
    fixture = await reportFixtureDatabase(engine);
    db = await fixture.open();
    app = createApp({ db, now: () => TEST_NOW, cacheVersionTtlMs: 0, reports });
  }, 120_000);
  afterAll(async () => {
    await reports.close();
    await db?.close();
    await fixture?.drop();
  });
  const get = (path: string) => {
    if (!app) throw new Error('The app is opened in beforeAll.');
    return app.request(path);
  };

  it('answers a PDF with its file name, title, language and the package total', async () => {
    const r = await get('/api/v1/reports/766.pdf?year=2019');
    expect(r.status, await r.clone().text()).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('content-disposition')).toBe(
      'attachment; filename="kend-din-kommune-766-hedensted-2019.pdf"',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'report-api-')), 'r.pdf');
    writeFileSync(file, new Uint8Array(await r.arrayBuffer()));
    expect(pdfFacts(file)).toMatchObject({ title: 'Kend din kommune: Hedensted 2019', lang: 'da' });
    const pkg = (await (await get('/api/v1/package?municipality=766&year=2019')).json()) as {
      total: { positive: number };
    };
    expect(poppler('pdftotext', ['-enc', 'UTF-8', file, '-'])).toContain(
      formatKr('da', pkg.total.positive),
    );
  }, 120_000);

  it('answers a DOCX whose package total equals the API’s, in English when asked', async () => {
    const r = await get('/api/v1/reports/766.docx?year=2019&lang=en');
    expect(r.status, await r.clone().text()).toBe(200);
    expect(r.headers.get('content-disposition')).toBe(
      'attachment; filename="know-your-municipality-766-hedensted-2019.docx"',
    );
    const doc = await readDocx(new Uint8Array(await r.arrayBuffer()));
    expect(doc.title).toBe('Know your municipality: Hedensted 2019');
    const pkg = (await (await get('/api/v1/package?municipality=766&year=2019')).json()) as {
      total: { positive: number; signed: number };
    };
    const totals = doc.tables.flatMap((t) =>
      t.filter((row) => row[0] === 'Total (without overlaps)'),
    );
    expect(totals).toHaveLength(1);
    expect(totals[0]?.slice(2)).toEqual([
      formatKr('en', pkg.total.positive),
      formatKr('en', pkg.total.signed),
    ]);
  }, 120_000);

  it('answers the HTML with no script and its own content security policy', async () => {
    const r = await get('/api/v1/reports/766.html?year=2019');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await r.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('<title>Kend din kommune: Hedensted 2019</title>');
    expect(html).not.toMatch(/<script/i);
  }, 120_000);

  it('renders two requests for the same report once, and keeps it', async () => {
    const before = reports.load.renders;
    const path = '/api/v1/reports/751.html?year=2018&peers=nearest:7';
    const [a, b] = await Promise.all([get(path), get(path)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await a.text()).toBe(await b.text());
    expect((await get(path)).status).toBe(200);
    expect(reports.load.renders - before).toBe(1);
  }, 120_000);

  it.each([
    ['/api/v1/reports/766.pdf?year=2030', 'year', '2030'],
    ['/api/v1/reports/766.pdf?lang=xx', 'lang', 'xx'],
    ['/api/v1/reports/766.pdf?peers=nearest:0', 'peers', 'ikke 0'],
  ])('refuses %s naming %s', async (path, parameter, words) => {
    const r = await get(path);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const body = (await r.json()) as { parameter?: string; detail: string };
    expect(body.parameter).toBe(parameter);
    expect(body.detail).toContain(words);
  });

  it('refuses an unknown municipality (404) and an unknown format (404)', async () => {
    expect((await get('/api/v1/reports/999.pdf')).status).toBe(404);
    expect((await get('/api/v1/reports/766.odt')).status).toBe(404);
  });

  it('asks for a login before it shows a draft’s narrative (401), and keeps it private', async () => {
    const r = await get('/api/v1/reports/766.pdf?narrative=draft');
    expect(r.status).toBe(401);
  });
});
