// `potentiale steering report|export` (issue 19) on both engines: an assessment of 766 with two
// finished responses printed to PDF in Debian's Chromium (read back with poppler's pdfinfo and
// pdftotext), to HTML, and to the API's workbook (read back with exceljs); and printPdf fetches
// nothing.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  allStatements,
  formatNumber,
  type Answer,
  type Answers,
  type CentreId,
  type Questionnaire,
} from '../../src/core/index.ts';
import {
  createAssessment,
  createUser,
  dataVersion,
  openDatabase,
  saveResponse,
  type Database,
  type DatabaseTarget,
} from '../../src/db/index.ts';
import { loadQuestionnaires, steeringDataFor } from '../../src/engine/index.ts';
import { printPdf, reportHtml } from '../../src/report/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataTarget } from '../support/real-data.ts';
import { cli } from './run-cli.ts';

const EARLIER = new Date('2025-11-01T09:00:00Z');
const NOW = new Date('2026-12-07T09:00:00Z');
const TITLE = 'Forår 2026 & <b>styring</b>';

interface ApiCentre {
  readonly id: CentreId;
  readonly nameDa: string;
  readonly mean: number | null;
  readonly grade: string | null;
}
interface ApiDocument {
  readonly centres: readonly ApiCentre[];
  readonly data: { readonly score: number | null; readonly grade: string | null };
}

/** Every statement answered: `scores[centre]` on that centre's statements. */
function answers(q: Questionnaire, scores: Readonly<Record<CentreId, Answer>>): Answers {
  const centreOf = new Map(q.centres.flatMap((c) => c.statements.map((s) => [s.id, c.id])));
  return Object.fromEntries(
    allStatements(q).map((s) => [s.id, scores[centreOf.get(s.id) as CentreId]]),
  );
}

async function seed(d: Database): Promise<{ id: number; earlier: number }> {
  const q = loadQuestionnaires().current;
  const data = await steeringDataFor(d, ['766', '751']);
  const version = await dataVersion(d);
  const user = (email: string, code: string) =>
    createUser(d, { email, role: 'municipality-editor', municipalities: [code] }, NOW);
  const [a, b, c] = [
    await user('a766@styring.dk', '766'),
    await user('b766@styring.dk', '766'),
    await user('c751@styring.dk', '751'),
  ];
  const dataOf = (code: string) => {
    const found = data.get(code);
    if (!found) throw new Error(`no steering data for ${code}`);
    return found;
  };
  const assessment = (code: string, title: string, shared: boolean, at: Date) =>
    createAssessment(
      d,
      {
        municipality: code,
        title,
        questionnaireVersion: q.version,
        roundId: null,
        shared,
        data: dataOf(code),
        dataVersion: version,
        authorId: null,
      },
      at,
    );
  // An earlier, unshared assessment: the CLI's owner sees it in the history all the same.
  const earlier = await assessment('766', 'Sidste år', false, EARLIER);
  const id = await assessment('766', TITLE, true, NOW);
  const other = await assessment('751', 'Aarhus deler', true, NOW);
  const respond = (
    assessmentId: number,
    userId: number,
    centre: CentreId,
    scores: Readonly<Record<CentreId, Answer>>,
  ) =>
    saveResponse(
      d,
      {
        assessmentId,
        userId,
        label: `Navn ${userId}`,
        centre,
        answers: answers(q, scores),
        finished: true,
      },
      NOW,
    );
  const high: Record<CentreId, Answer> = {
    'strategic-political': 5,
    'economic-financial': 2,
    'social-professional': 4,
  };
  const next: Record<CentreId, Answer> = {
    'strategic-political': 4,
    'economic-financial': 2,
    'social-professional': 3,
  };
  await respond(id, a.id, 'strategic-political', high);
  await respond(id, b.id, 'economic-financial', next);
  await respond(earlier, a.id, 'social-professional', next);
  await respond(other, c.id, 'economic-financial', {
    'strategic-political': 4,
    'economic-financial': 5,
    'social-professional': 4,
  });
  return { id, earlier };
}

describe.each(ENGINES)('steering report and export on %s', (engine) => {
  let copy: { readonly target: DatabaseTarget; drop(): Promise<void> };
  let db: string;
  let dir: string;
  let id: number;
  let api: ApiDocument;
  const run = (args: readonly string[]) => cli([...args, '--db', db]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'potentiale-steering-'));
    copy = await realDataTarget(engine, 'api');
    db = copy.target.kind === 'postgres' ? copy.target.url : (copy.target.dir as string);
    const d = await openDatabase(copy.target, { catalogue: CATALOGUE });
    try {
      ({ id } = await seed(d));
      const app = createApp({ db: d, now: () => NOW, cacheVersionTtlMs: 0 });
      const r = await app.request(`/api/v1/steering/assessments/${id}`, {
        headers: { Accept: 'application/json' },
      });
      expect(r.status, await r.clone().text()).toBe(200);
      api = (await r.json()) as ApiDocument;
    } finally {
      await d.close();
    }
  });
  afterAll(async () => {
    await copy?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the centres the test means: A, C and B', () => {
    expect(api.centres.map((c) => [c.id, c.mean, c.grade])).toEqual([
      ['strategic-political', 4.5, 'A'],
      ['economic-financial', 2, 'C'],
      ['social-professional', 3.5, 'B'],
    ]);
  });

  it('prints the section to a PDF with its title, centres, grades and the data score', async () => {
    const pdf = join(dir, 'styring.pdf');
    const r = await run(['steering', 'report', '--assessment', String(id), '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `Skrevet styringsafsnittet for vurdering ${id} (${TITLE}, Hedensted) til ${pdf}\n`,
    );
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Title: +Styringsmodellen: ${escapeRe(TITLE)}, Hedensted`));
    expect(info).toMatch(/Tagged: +yes/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const [name, mean, grade] of [
      ['Det strategisk-politiske center', '4,5', 'A'],
      ['Det økonomisk-finansielle center', '2,0', 'C'],
      ['Det socialfaglige center', '3,5', 'B'],
    ] as const)
      expect(text).toMatch(new RegExp(`${name} +${mean} +${grade}\\b`));
    const score = formatNumber('da', api.data.score, 1);
    expect(api.data.score).not.toBeNull();
    expect(text).toContain(
      `Dataenes score for det økonomisk-finansielle center: ${score} (${api.data.grade})`,
    );
    expect(text).toMatch(/Side 1 af \d/);
    expect(text).not.toContain('Navn ');
  });

  it('writes the same section as HTML, escaped, with the earlier unshared assessment', async () => {
    const html = join(dir, 'styring.html');
    const r = await run(['styring', 'rapport', '--assessment', String(id), '--out', html]);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(page).toContain(
      '<title>Styringsmodellen: Forår 2026 &amp; &lt;b&gt;styring&lt;/b&gt;, Hedensted</title>',
    );
    expect(page).not.toContain('<b>styring');
    const score = formatNumber('da', api.data.score, 1);
    expect(page).toContain(`Dataenes score for det økonomisk-finansielle center: ${score}`);
    expect(page).toContain('<th scope="row">Sidste år</th>');
    expect(page).toContain('Respondent 2: Det økonomisk-finansielle center, færdig');
    expect(page).not.toContain('Navn ');
    const en = join(dir, 'steering.html');
    expect(
      (await run(['steering', 'report', '--assessment', String(id), '--out', en, '--lang', 'en']))
        .code,
    ).toBe(0);
    expect(readFileSync(en, 'utf8')).toContain('<html lang="en">');
  });

  it('exports the workbook with the API’s centre means', async () => {
    const xlsx = join(dir, 'styring.xlsx');
    const r = await run([
      'steering',
      'export',
      '--assessment',
      String(id),
      '--out',
      xlsx,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toEqual({ out: xlsx, format: 'xlsx', assessment: id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.getWorksheet('Centre');
    const rows: unknown[][] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]);
    });
    expect(rows).toEqual(api.centres.map((c) => [c.nameDa, c.mean, c.grade]));
  });

  it('refuses an unknown id (exit 4) and bad flags (exit 2), naming them, and writes nothing', async () => {
    const out = join(dir, 'ingen.pdf');
    const missing = await run(['steering', 'report', '--assessment', '999999', '--out', out]);
    expect([missing.code, missing.stderr]).toEqual([
      4,
      'fejl: Der er ingen styringsvurdering med id 999999\n',
    ]);
    for (const [args, message] of [
      [['report', '--assessment', 'x', '--out', out], '--assessment skal være en vurderings id'],
      [
        ['report', '--assessment', '1', '--out', join(dir, 'x.docx')],
        '--out skal være en .pdf- eller .html-fil',
      ],
      [
        ['export', '--assessment', '1', '--out', join(dir, 'x.csv')],
        '--out skal være en .xlsx-fil',
      ],
      [
        ['report', '--assessment', '1', '--out', out, '--lang', 'de'],
        '--lang skal være da eller en',
      ],
      [['export', '--out', join(dir, 'x.xlsx')], 'det påkrævede tilvalg --assessment <id> mangler'],
    ] as const) {
      const r = await run(['steering', ...args]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
    const noBrowser = await cli(
      ['steering', 'report', '--assessment', String(id), '--out', out, '--db', db],
      { POTENTIALE_CHROMIUM: '/nonexistent/chromium' },
    );
    expect([noBrowser.code, noBrowser.stderr]).toEqual([
      1,
      expect.stringMatching(
        /^fejl: Chromium findes ikke på \/nonexistent\/chromium.*apt-get install chromium/,
      ),
    ]);
    for (const f of ['ingen.pdf', 'x.docx', 'x.csv', 'x.xlsx'])
      expect(existsSync(join(dir, f))).toBe(false);
  });
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('printPdf(html, options)', () => {
  it('fetches nothing the page names: images, styles and fonts are all refused', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    try {
      const page = reportHtml({
        title: 'Netværk',
        lang: 'da',
        body: `<p>Tekst</p><img src="${url}/a.png" alt=""><link rel="stylesheet" href="${url}/b.css">`,
        css: `@import url("${url}/c.css"); body { background: url("${url}/d.png"); } @font-face { font-family: X; src: url("${url}/e.woff"); } p { font-family: X; }`,
      });
      const pdf = await printPdf(page, { title: 'Netværk', lang: 'da' });
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });
});
