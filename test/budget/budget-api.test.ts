// Budget follow-up over HTTP (issue 18): before any budget the answer says so and holds no
// table; with the real REGK31 accounts and the project-made BUDK32 fixture (its README says
// what is planted), 766's 5.30.27 deviates by ~11 % in 2021, 2022 and 2024 and is flagged;
// the explanation is saved, audited and shown beside the peers' public ones; a budget in
// another price level without an index is skipped and named; exports. Both engines.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/import-files.ts';
import { fixedPrices } from '../../src/core/index.ts';
import { createApiToken, createUser, type Account, type Database } from '../../src/db/index.ts';
import { createLoginThrottle, hashPassword, issueToken } from '../../src/server/auth/index.ts';
import type { DeviationDocument } from '../../src/server/contract.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { rawDataPath, repoRoot } from '../support/shared-data.ts';

const NOW = new Date('2026-12-07T09:00:00Z');

describe.each(ENGINES)('budget follow-up over HTTP (%s, real data)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let dir = '';
  const tokens = { e766: '', e575: '' };
  const call = async (
    method: string,
    path: string,
    options: { as?: keyof typeof tokens; body?: unknown } = {},
  ) => {
    const response = await app.request(path, {
      method,
      headers: {
        ...(options.as === undefined ? {} : { Authorization: `Bearer ${tokens[options.as]}` }),
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const body = /json/.test(response.headers.get('Content-Type') ?? '')
      ? (JSON.parse(text) as Record<string, unknown>)
      : {};
    return { status: response.status, body, text, bytes };
  };
  const follow = async (query: string, as?: keyof typeof tokens) => {
    const r = await call('GET', `/api/v1/budget-deviations?${query}`, as ? { as } : {});
    expect(r.status, r.text).toBe(200);
    return r.body as unknown as DeviationDocument;
  };

  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    app = createApp({ db, now: () => NOW, loginThrottle: createLoginThrottle(1000) });
    const passwordHash = await hashPassword('rigtig-lang-adgangskode-1');
    const token = async (account: Account) => {
      const { token: t, hash } = issueToken('api');
      await createApiToken(
        db,
        { userId: account.id, name: 't', tokenHash: hash, expiresAt: null },
        NOW,
      );
      return t;
    };
    const make = (email: string, municipalities: string[]) =>
      createUser(db, { email, role: 'municipality-editor', municipalities, passwordHash }, NOW);
    tokens.e766 = await token(await make('okonomi@hedensted.dk', ['766']));
    tokens.e575 = await token(await make('okonomi@vejen.dk', ['575']));
    dir = mkdtempSync(join(tmpdir(), 'potentiale-budget-'));
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says plainly that there is no budget yet, with no table', async () => {
    const d = await follow('municipality=766');
    expect(d.available).toBe(false);
    expect(d.message?.da).toMatch(/ingen budgettal/);
    expect([d.areas, d.years, d.peers.areas]).toEqual([[], [], []]);
  });

  it('flags 766’s planted deviation on 5.30.27 in 2021, 2022 and 2024', async () => {
    const outcomes = await importFiles(
      db,
      [
        rawDataPath('dst-regk31-marieleth'),
        // The population on 1 January to 2024 (nøgletal.dk), for the deviations in kroner.
        rawDataPath('noegletal-asgeringemann/Befolkning by Region Yearly 1993-2023.csv'),
        'test/fixtures/budk32',
      ],
      {
        cwd: repoRoot,
        now: () => NOW,
      },
    );
    expect(outcomes.every((o) => o.outcome === 'imported')).toBe(true);
    const d = await follow('municipality=766');
    expect(d.available).toBe(true);
    expect(d.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(d.areas.map((a) => [a.area, a.flagged])).toEqual([
      ['3.22.01', false],
      ['5.25.14', false],
      ['5.30.26', false],
      ['5.30.27', true],
      ['6.45.51', false],
    ]);
    const care = d.areas.find((a) => a.area === '5.30.27');
    expect(care?.name).toBe(
      'Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør',
    );
    expect(care?.exceeding).toEqual([2021, 2022, 2024]);
    const y2021 = care?.years.find((y) => y.year === 2021);
    // Hand-checked: REGK31 2021 = 3211 kr. per inhabitant, the fixture's budget 2890.
    expect(y2021).toMatchObject({
      budget: 2890,
      accounts: 3211,
      perInhabitant: 321,
      prices: { basis: 'current', year: null },
      exceeds: true,
    });
    expect(y2021?.percent).toBeCloseTo(11.107, 3);
    // Hedensted had 46,773 inhabitants on 1 January 2021 (nøgletal.dk).
    expect([y2021?.population, y2021?.amount]).toEqual([46_773, 321 * 46_773]);
    expect(d.peers.members.length).toBeGreaterThan(0);
    const peerCodes = d.peers.areas
      .find((a) => a.area === '5.30.27')
      ?.municipalities.map((m) => m.municipality.code);
    // The fixture holds 575, 727 and 756 of 766's nearest peers.
    expect(new Set(peerCodes)).toEqual(new Set(['575', '727', '756']));
    const year = await follow('municipality=766&year=2022&area=5.30.27');
    expect(year.areas.map((a) => [a.area, a.years.map((y) => y.year)])).toEqual([
      ['5.30.27', [2022]],
    ]);
  });

  it('saves the explanation, shows it beside the peers’ public ones, hides internal ones', async () => {
    const put = (code: string, as: keyof typeof tokens, body: unknown, year = 2022) =>
      call('PUT', `/api/v1/budget-deviations/${code}/${year}/5.30.27/explanation`, { as, body });
    const mine = await put('766', 'e766', {
      cause: 'activity',
      text: 'Flere borgere med behov for pleje end budgetteret',
    });
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body).toMatchObject({ cause: 'activity', visibility: 'public', version: 1 });
    const again = await put('766', 'e766', { cause: 'demography', text: 'Flere over 80 år' });
    expect(again.body).toMatchObject({ cause: 'demography', version: 2 });
    expect((await put('575', 'e766', { cause: 'other', text: 'x' })).status).toBe(403);
    const before = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM budget_explanations',
    );
    const bad = await put('766', 'e766', { cause: 'weather', text: 'x' });
    expect([bad.status, bad.body.parameter]).toEqual([400, 'cause']);
    const none = await put('766', 'e766', { cause: 'other', text: 'x' }, 2019);
    expect(none.status).toBe(404);
    expect(await db.query('SELECT count(*)::int AS n FROM budget_explanations')).toEqual(before);
    expect(
      (await put('575', 'e575', { cause: 'policy', text: 'Byrådet løftede serviceniveauet' }))
        .status,
    ).toBe(200);
    expect((await put('575', 'e575', { cause: 'one-off', text: 'Intern note' }, 2021)).status).toBe(
      200,
    );
    await call('PUT', '/api/v1/budget-deviations/575/2021/5.30.27/explanation', {
      as: 'e575',
      body: { cause: 'one-off', text: 'Intern note', visibility: 'internal' },
    });
    const d = await follow('municipality=766&area=5.30.27');
    const own = d.areas[0]?.years.find((y) => y.year === 2022)?.explanation;
    expect(own).toMatchObject({ cause: 'demography', text: 'Flere over 80 år' });
    const vejen = d.peers.areas[0]?.municipalities.find((m) => m.municipality.code === '575');
    expect(vejen?.years.find((y) => y.year === 2022)?.explanation?.text).toBe(
      'Byrådet løftede serviceniveauet',
    );
    expect(vejen?.years.find((y) => y.year === 2021)?.explanation).toBeNull();
    const asVejen = await follow('municipality=575&area=5.30.27', 'e575');
    expect(asVejen.areas[0]?.years.find((y) => y.year === 2021)?.explanation?.text).toBe(
      'Intern note',
    );
    const audit = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'budget.explain'`,
    );
    expect(audit[0]?.n).toBe(5);
  });

  it('skips and names a year whose budget is in another price level that no index reaches', async () => {
    const file = join(dir, 'budget-faste-priser.csv');
    writeFileSync(
      file,
      'municipality_code;year;key_figure;value;year_kind\n766;2023;regk31-3-22-01;8000;budget\n',
    );
    await db.query(
      `DELETE FROM observations WHERE key_figure_id = 'regk31-3-22-01' AND year = 2023 AND year_kind = 'budget'`,
    );
    const outcomes = await importFiles(db, [file], {
      cwd: dir,
      now: () => NOW,
      priceBasis: fixedPrices(2020),
    });
    expect(outcomes.map((o) => o.outcome)).toEqual(['imported']);
    const d = await follow('municipality=766&area=3.22.01');
    expect(d.skipped).toEqual([
      {
        area: '3.22.01',
        year: 2023,
        reason: 'no-index',
        budgetPrices: { basis: 'fixed', year: 2020 },
      },
    ]);
    expect(d.areas[0]?.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2024]);
  });

  it('exports the deviations as CSV and XLSX, each amount with its unit', async () => {
    const csv = await call(
      'GET',
      '/api/v1/budget-deviations?municipality=766&format=csv&locale=da',
    );
    expect(csv.status).toBe(200);
    const [header, ...rows] = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header).toContain('afvigelse (kr. pr. indb.)');
    expect(rows.find((r) => r.startsWith('5.30.27;') && r.includes(';2021;'))).toContain(';321;');
    const xlsx = await call(
      'GET',
      '/api/v1/budget-deviations?municipality=766&format=xlsx&lang=en',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(1).values).toContain('deviation (DKK per inhabitant)');
  });
});
