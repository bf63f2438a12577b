// The initiatives' files over HTTP (issue 17) on both engines and the real data: the public
// template, the all-or-nothing import (200 with what it did; 400 listing every fault; 401 and
// 403 from the one policy for every row's municipality; nothing written on any refusal), and
// the exports in XLSX and CSV that show each caller only what it may see and import again.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser, listInitiatives, type Database } from '../../src/db/index.ts';
import { issueToken } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { INITIATIVE, filledWorkbook } from '../support/initiative-workbook.ts';
import { realDataDatabase } from '../support/real-data.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const INTERNAL = {
  ...INITIATIVE,
  title: 'Fælles indkøb af hjælpemidler',
  type: 'procurement-competition' as const,
  theme: 'administration' as const,
  keyFigures: [],
  expected: [{ year: 2017, amount: 400_000 }],
  realised: [],
  owner: null,
  money: { use: 'saved' as const, area: null },
  visibility: 'internal' as const,
  prices: { basis: 'fixed' as const, year: 2019 },
};

interface Fault {
  sheet: string;
  cell: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

describe.each(ENGINES)('the initiatives files over HTTP on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<'aarhus766' | 'copenhagen101', string> = {
    aarhus766: '',
    copenhagen101: '',
  };
  const count = async (table: string) =>
    Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]?.n);
  const counts = async () =>
    Promise.all(['initiatives', 'initiative_versions', 'audit_log'].map(count));
  const upload = (bytes: Uint8Array, as?: keyof typeof tokens) =>
    app.request('/api/v1/initiatives/import', {
      method: 'POST',
      headers: {
        'Content-Type': XLSX,
        ...(as === undefined ? {} : { Authorization: `Bearer ${tokens[as]}` }),
      },
      body: bytes,
    });
  const get = (path: string, as?: keyof typeof tokens) =>
    app.request(path, {
      headers: as === undefined ? {} : { Authorization: `Bearer ${tokens[as]}` },
    });

  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    app = createApp({ db, now: () => NOW, cacheVersionTtlMs: 0 });
    for (const [key, code] of [
      ['aarhus766', '766'],
      ['copenhagen101', '101'],
    ] as const) {
      const user = await createUser(
        db,
        {
          email: `editor${code}@kommune.dk`,
          role: 'municipality-editor',
          municipalities: [code],
          passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$test$test',
        },
        NOW,
      );
      const { token, hash } = issueToken('api');
      await createApiToken(
        db,
        { userId: user.id, name: 't', tokenHash: hash, expiresAt: null },
        NOW,
      );
      tokens[key] = token;
    }
  });
  afterAll(async () => db?.close());

  it('serves the template to anyone, with its four sheets', async () => {
    const r = await get('/api/v1/initiatives/template.xlsx');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Initiativer',
      'Gevinster',
      'Vejledning',
      'Lister',
    ]);
  });

  it('refuses a workbook with faults whole, listing each by sheet, cell and column', async () => {
    const before = await counts();
    const bytes = await filledWorkbook([INITIATIVE, INTERNAL], (sheet) => {
      const main = sheet('Initiativer');
      main.getCell('I3').value = '20x4';
      main.getCell('K3').value = 'Færdig';
      main.getCell('H2').value = 'indbyggertal';
      sheet('Gevinster').getCell('A4').value = { formula: '700+66', result: 766 };
    });
    const r = await upload(bytes, 'aarhus766');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await r.json()) as { detail: string; errors: Fault[] };
    expect(problem.detail).toMatch(/^Intet er importeret \(4 fejl\)/);
    expect(problem.errors.map((e) => [e.sheet, e.cell, e.column])).toEqual([
      ['Initiativer', 'H2', "nøgletal (id'er adskilt af komma)"],
      ['Initiativer', 'I3', 'startår'],
      ['Initiativer', 'K3', 'status'],
      ['Gevinster', 'A4', 'kommunekode'],
    ]);
    expect(problem.errors[0]?.message).toContain('er ikke et udgiftsnøgletal');
    expect(problem.errors[1]?.message).toBe('"20x4" er ikke et år');
    expect(await counts()).toEqual(before);
  });

  it("names the data's refusals at the gain's own cell: a realised gain before its accounts", async () => {
    const before = await counts();
    const late = { ...INITIATIVE, realised: [{ year: 2025, amount: 1 }], expected: [] };
    const r = await upload(await filledWorkbook([late]), 'aarhus766');
    expect(r.status).toBe(400);
    const { errors } = (await r.json()) as { errors: Fault[] };
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: 'Gevinster', cell: 'C2', row: 2, column: 'år' });
    expect(errors[0]?.message).toMatch(/^Der er endnu intet regnskab for 2025/);
    expect(await counts()).toEqual(before);
  });

  it('refuses 401 without login and 403 for a row of another municipality, writing nothing', async () => {
    const before = await counts();
    const theirs = { ...INTERNAL, municipality: '101' };
    const bytes = await filledWorkbook([INITIATIVE, theirs]);
    expect((await upload(bytes)).status).toBe(401);
    const r = await upload(bytes, 'aarhus766');
    expect(r.status).toBe(403);
    expect(((await r.json()) as { detail: string }).detail).toBe(
      'Du kan kun skrive for 766, ikke for 101.',
    );
    expect((await upload(bytes, 'copenhagen101')).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('imports all rows in one go with a version and an audit row each, then updates by title', async () => {
    const [i0, v0, a0] = await counts();
    const r = await upload(await filledWorkbook([INITIATIVE, INTERNAL]), 'aarhus766');
    expect(r.status, await r.clone().text()).toBe(200);
    const done = (await r.json()) as { created: number; updated: number; ids: number[] };
    expect(done).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(await counts()).toEqual([(i0 ?? 0) + 2, (v0 ?? 0) + 2, (a0 ?? 0) + 2]);
    const stored = await listInitiatives(db, { municipality: '766' });
    const first = stored.find((i) => i.id === done.ids[0]);
    expect(first?.baselines.map((b) => [b.keyFigure, b.year])).toEqual([
      ['udg-aeldre-voksne-saerlige-behov-pr-indb', 2013],
    ]);
    const audit = await db.query<{ actor: string; action: string }>(
      `SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 2`,
    );
    expect(audit.map((a) => a.action)).toEqual(['initiative.write', 'initiative.write']);
    expect(audit[0]?.actor).toMatch(/^editor766@kommune\.dk \(token:\d+\)$/);

    const changed = {
      ...INITIATIVE,
      title: INITIATIVE.title.toUpperCase(),
      status: 'realised' as const,
    };
    const again = await upload(await filledWorkbook([changed, INTERNAL]), 'aarhus766');
    expect(await again.json()).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 1,
      ids: done.ids,
    });
    expect(await count('initiative_versions')).toBe((v0 ?? 0) + 3);
  });

  it('exports to each caller only what it may see, and the export imports unchanged', async () => {
    const titles = async (as?: 'aarhus766' | 'copenhagen101') => {
      const r = await get('/api/v1/initiatives/export.xlsx', as);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('private, no-store');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await r.arrayBuffer());
      const ws = wb.getWorksheet('Initiativer') as ExcelJS.Worksheet;
      const out: string[] = [];
      ws.eachRow((row, n) => {
        if (n > 1 && row.getCell(2).value) out.push(String(row.getCell(2).value));
      });
      return out;
    };
    const upper = INITIATIVE.title.toUpperCase();
    expect(await titles()).toEqual([upper]);
    expect(await titles('copenhagen101')).toEqual([upper]);
    expect(await titles('aarhus766')).toEqual([upper, INTERNAL.title]);

    const exported = new Uint8Array(
      await (await get('/api/v1/initiatives/export.xlsx', 'aarhus766')).arrayBuffer(),
    );
    const before = await counts();
    const r = await upload(exported, 'aarhus766');
    expect(await r.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
  });

  it('exports CSV with the same rule and formula-safe cells', async () => {
    const trap = { ...INTERNAL, title: '=HYPERLINK("http://x")', visibility: 'public' as const };
    expect((await upload(await filledWorkbook([trap]), 'aarhus766')).status).toBe(200);
    const anonymous = await (await get('/api/v1/initiatives/export.csv?locale=da')).text();
    const lines = anonymous.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id;kommunekode;titel;beskrivelse;tema;/);
    expect(lines[0]).toContain('forventet 2015 (kr.);realiseret 2015 (kr.)');
    expect(anonymous).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(anonymous).not.toContain(INTERNAL.title);
    const own = await (await get('/api/v1/initiatives/export.csv', 'aarhus766')).text();
    expect(own).toContain(INTERNAL.title);
  });
});
