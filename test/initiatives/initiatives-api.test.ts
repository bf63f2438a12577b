// Initiatives over HTTP on the real data (issue 17): register, read with baselines from the
// data, edit with a history that shows a rewritten expected gain, stale edits refused, the
// bad-input rules (each names its field, nothing written), another municipality refused,
// internal records hidden, the effect check of the fictitious 766 elderly-care initiative and
// the sector overview's totals. Both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser, type Account, type Database } from '../../src/db/index.ts';
import { createLoginThrottle, hashPassword, issueToken } from '../../src/server/auth/index.ts';
import type {
  EffectDocument,
  InitiativeDocument,
  OverviewDocument,
} from '../../src/server/contract.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const ELDERLY = 'udgifter-aeldre-pr-67-aarig';
const COMBINED = 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig';

/** The issue's example body: 766, elderly care, start 2014 (a fictitious test fixture). */
const FIXTURE = {
  municipality: '766',
  title: 'Testinitiativ: hverdagsrehabilitering (fiktivt)',
  theme: 'elderly-health',
  type: 'rehabilitation-prevention',
  keyFigures: [ELDERLY, COMBINED],
  startYear: 2014,
  expected: [{ year: 2015, amount: 2_000_000 }],
  status: 'running',
  example: true,
};

describe.each(ENGINES)('initiatives over HTTP (%s, real data)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const tokens = { editor: '', other: '' };
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
    const text = await response.text();
    const body = /json/.test(response.headers.get('Content-Type') ?? '')
      ? (JSON.parse(text) as Record<string, unknown>)
      : {};
    return { status: response.status, body, text };
  };
  const count = async () =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM initiatives'))[0]?.n;
  let fixture = 0;

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
    tokens.editor = await token(await make('okonomi@hedensted.dk', ['766']));
    tokens.other = await token(await make('okonomi@kk.dk', ['101']));
    const r = await call('POST', '/api/v1/initiatives', { as: 'editor', body: FIXTURE });
    expect(r.status, r.text).toBe(201);
    fixture = r.body.id as number;
  });
  afterAll(async () => {
    await db.close();
  });

  it('registers the issue’s example and takes the baselines from the data', async () => {
    const r = await call('GET', `/api/v1/initiatives/${fixture}`);
    expect(r.status, r.text).toBe(200);
    const i = r.body as unknown as InitiativeDocument;
    expect(i).toMatchObject({
      municipality: '766',
      municipalityName: 'Hedensted',
      prices: { basis: 'current', year: null },
      status: 'running',
      canEdit: false,
    });
    // The 67+ figure begins in 2018 (after the start): no baseline. The combined figure's is 2013.
    expect(i.baselines.map((b) => b.keyFigure)).toEqual([COMBINED]);
    expect(i.baselines[0]).toMatchObject({
      year: 2013,
      unit: 'kr. pr. 18+-årig',
      yearKind: 'accounts',
    });
    expect(i.baselines[0]?.value).toBeGreaterThan(10_000);
  });

  it.each([
    [
      'a realised gain before its accounts',
      { realised: [{ year: 2030, amount: 1 }] },
      'realised[0].year',
      /intet regnskab for 2030/,
    ],
    [
      'a negative gain',
      { expected: [{ year: 2015, amount: -5 }] },
      'expected[0].amount',
      /negativ/,
    ],
    [
      'an absurd gain',
      { expected: [{ year: 2015, amount: 9e12 }] },
      'expected[0].amount',
      /nettodriftsudgifter/,
    ],
    ['a start year outside the data', { startYear: 1990 }, 'startYear', /uden for data/],
    [
      'a figure that is not a cost',
      { keyFigures: ['aeldreboliger-pr-1000-65-aarige'] },
      'keyFigures[0]',
      /ikke et udgiftsnøgletal/,
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_, change, field, message) => {
    const before = await count();
    const r = await call('POST', '/api/v1/initiatives', {
      as: 'editor',
      body: { ...FIXTURE, ...change },
    });
    expect(r.status, r.text).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body.parameter).toBe(field);
    expect(String(r.body.detail)).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses an editor writing for another municipality (403) and anonymous writes (401)', async () => {
    const before = await count();
    expect((await call('POST', '/api/v1/initiatives', { as: 'other', body: FIXTURE })).status).toBe(
      403,
    );
    expect((await call('POST', '/api/v1/initiatives', { body: FIXTURE })).status).toBe(401);
    const patch = await call('PATCH', `/api/v1/initiatives/${fixture}`, {
      as: 'other',
      body: { title: 'Overtaget' },
    });
    expect(patch.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('keeps every version: a rewritten expected gain shows in the history; a stale edit is 409', async () => {
    const created = await call('POST', '/api/v1/initiatives', {
      as: 'editor',
      body: { ...FIXTURE, title: 'Historik-test', example: false, keyFigures: [COMBINED] },
    });
    const id = created.body.id as number;
    const edit = await call('PATCH', `/api/v1/initiatives/${id}`, {
      as: 'editor',
      body: { expected: [{ year: 2015, amount: 3_000_000 }], baseVersion: 1 },
    });
    expect(edit.status, edit.text).toBe(200);
    expect(edit.body.version).toBe(2);
    const stale = await call('PATCH', `/api/v1/initiatives/${id}`, {
      as: 'editor',
      body: { title: 'For sent', baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    const h = await call('GET', `/api/v1/initiatives/${id}/history`);
    const versions = h.body.versions as Array<{
      version: number;
      changes: Array<{ field: string; before: unknown; after: unknown }>;
    }>;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]?.changes).toEqual([
      {
        field: 'expected',
        before: [{ year: 2015, amount: 2_000_000 }],
        after: [{ year: 2015, amount: 3_000_000 }],
      },
    ]);
    const audit = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE resource_type = 'initiative' AND resource_id = $1`,
      [String(id)],
    );
    expect(audit[0]?.n).toBe(2);
  });

  it('hides an internal initiative from other municipalities but counts it in the overview', async () => {
    const created = await call('POST', '/api/v1/initiatives', {
      as: 'editor',
      body: {
        ...FIXTURE,
        title: 'Internt',
        visibility: 'internal',
        keyFigures: [],
        realised: [{ year: 2015, amount: 9_000_000 }],
      },
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as number;
    expect((await call('GET', `/api/v1/initiatives/${id}`, { as: 'other' })).status).toBe(404);
    expect((await call('GET', `/api/v1/initiatives/${id}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/initiatives/${id}`, { as: 'editor' })).status).toBe(200);
    const list = await call('GET', '/api/v1/initiatives?municipality=766');
    expect((list.body.initiatives as Array<{ id: number }>).map((i) => i.id)).not.toContain(id);
    const o = (await call('GET', '/api/v1/initiatives/overview?groupBy=theme'))
      .body as unknown as OverviewDocument;
    const top = o.largest[0];
    expect(top).toMatchObject({ id: null, title: null, municipality: '766' });
    expect(top?.realised).toBeGreaterThan(9_000_000 * 0.8);
  });

  it('adds the overview’s groups up to its total in one price level', async () => {
    for (const groupBy of ['theme', 'type', 'region'] as const) {
      const r = await call('GET', `/api/v1/initiatives/overview?groupBy=${groupBy}`);
      expect(r.status, r.text).toBe(200);
      const o = r.body as unknown as OverviewDocument;
      // The test data hold no general price index: each year's current prices, and it says so.
      expect(o.prices.basis === 'fixed' || o.pricesNote !== null).toBe(true);
      const sum = o.groups.reduce((s, g) => s + g.expected, 0);
      expect(sum).toBeCloseTo(o.total.expected, 6);
      expect(o.groups.reduce((s, g) => s + g.count, 0)).toBe(o.total.count);
    }
    const byYear = (await call('GET', '/api/v1/initiatives/overview?groupBy=year'))
      .body as unknown as OverviewDocument;
    expect(byYear.groups.map((g) => g.key)).toEqual([...byYear.groups.map((g) => g.key)].sort());
    expect((await call('GET', '/api/v1/initiatives/overview?groupBy=colour')).status).toBe(400);
  });

  it('exports the overview as CSV and XLSX, the amounts naming their price level', async () => {
    const r = await app.request('/api/v1/initiatives/overview?groupBy=type&format=csv&locale=da');
    expect(r.status).toBe(200);
    expect(r.headers.get('Cache-Control')).toBe('private, no-store');
    const text = await r.text();
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toMatch(/^type;antal initiativer;forventet gevinst \(kr\., løbende priser\)/);
    expect(rows[rows.length - 1]).toMatch(/^I alt;/);
    const json = (await call('GET', '/api/v1/initiatives/overview?groupBy=type'))
      .body as unknown as OverviewDocument;
    expect(rows[rows.length - 1]?.split(';')[2]).toBe(String(Math.round(json.total.expected)));
    const x = await app.request('/api/v1/initiatives/overview?groupBy=type&format=xlsx');
    expect(x.headers.get('Content-Type')).toMatch(/spreadsheetml/);
    expect((await x.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('checks the 766 fixture: the 2018 break refuses the 67+ figure, the combined one is judged', async () => {
    const r = await call('GET', `/api/v1/initiatives/${fixture}/effect`);
    expect(r.status, r.text).toBe(200);
    const e = r.body as unknown as EffectDocument;
    const [elderly, combined] = e.figures;
    expect(elderly?.verdict).toBeNull();
    expect(elderly?.reason.code).toBe('few-pre-years');
    expect(elderly?.reason.da).toMatch(/Definitionsbruddet i 2018/);
    expect(combined?.window.cuts.map((c) => c.kind)).toEqual(['not-accounts', 'break']);
    expect(combined?.preYears).toEqual([2007, 2008, 2009, 2010, 2011, 2012, 2013]);
    expect(combined?.postYears[0]).toBe(2014);
    expect(combined?.verdict === null ? combined.reason.code : combined?.verdict).toMatch(
      /visible|unclear|not-visible|poor-fit/,
    );
    const weights = combined?.synthetic?.weights ?? [];
    expect(weights.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 9);
    expect(weights.every((w) => w.weight > 0 && w.code !== '766')).toBe(true);
    expect(combined?.placebo?.of).toBeGreaterThan(10);
    expect(combined?.prices).toEqual({ basis: 'fixed', year: expect.any(Number) as number });
    expect(combined?.perYear[0]?.syntheticAmount).toBeCloseTo(
      (combined?.perYear[0]?.synthetic ?? NaN) * (combined?.perYear[0]?.volume ?? NaN),
      3,
    );
    expect(e.claimed.expected).toEqual([{ year: 2015, amount: 2_000_000 }]);
  });
});
