// The authorisation matrix (issue 15): every route the server has that writes, and every read
// that is not public, × every role (and anonymous) × own or other municipality (or owner). It is
// generated from the app's own route table: a write route without a policy rule, or without a
// sample request here, fails the first test. Each cell asserts the policy's answer (core
// `decide`) reaches the client as it should, and that a refusal writes nothing. Both engines.
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, type Actor, type Resource } from '../../src/core/index.ts';
import {
  addAttachment,
  createApiToken,
  createInitiative,
  createItem,
  createMunicipalityPeerGroup,
  createUser,
  setTotpSecret,
  type Account,
  type Database,
} from '../../src/db/index.ts';
import {
  ROUTE_RULES,
  actorFor,
  createLoginThrottle,
  hashPassword,
  issueToken,
  secretBox,
} from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { INITIATIVE, filledWorkbook } from '../support/initiative-workbook.ts';
import { BARRIER_SAMPLES } from './matrix-samples-barriers.ts';
import { REPORT_SAMPLES } from './matrix-samples-reports.ts';
import { STEERING_SAMPLES } from './matrix-samples-steering.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const PASSWORD = 'rigtig-lang-adgangskode-1';
const SECRET_KEY = 'matrix-test-key-matrix-test-key-0123456789';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const BOX = secretBox(SECRET_KEY) ?? (undefined as never);
/** State-changing routes that store nothing: a new TOTP secret is kept only once confirmed. */
const STORES_NOTHING = new Set(['POST /api/v1/account/totp']);

type Who = 'anonymous' | 'municipality-editor' | 'national-editor' | 'admin';
const WHO: readonly Who[] = ['anonymous', 'municipality-editor', 'national-editor', 'admin'];
type Target = 'own' | 'other';

interface Cell {
  readonly path: string;
  readonly body?: unknown;
  /** Bytes sent as they are, with their type (an attachment), instead of a JSON body. */
  readonly raw?: { readonly bytes: Uint8Array; readonly type: string };
  /** The resource the request names, as the policy sees it. */
  readonly resource: Resource;
}

interface World {
  readonly db: Database;
  readonly users: Readonly<Record<Exclude<Who, 'anonymous'>, Account>>;
  /** Someone else: owns the "other" tokens. */
  readonly stranger: Account;
  serial: number;
}

const code = (): string =>
  new TOTP({ secret: TOTP_SECRET, digits: 6, period: 30 }).generate({ timestamp: NOW.getTime() });

async function newToken(db: Database, owner: Account): Promise<{ id: number; token: string }> {
  const { token, hash } = issueToken('api');
  const made = await createApiToken(
    db,
    { userId: owner.id, name: 'matrix', tokenHash: hash, expiresAt: null },
    NOW,
  );
  return { id: made.id, token };
}

/** One sample request per guarded route: `own` names the actor's municipality or itself. */
const SAMPLES: Readonly<
  Record<string, (w: World, who: Who, target: Target) => Promise<Cell> | Cell>
> = {
  'GET /api/v1/account/sessions': () => ({
    path: '/api/v1/account/sessions',
    resource: { type: 'session' },
  }),
  'PUT /api/v1/account/password': () => ({
    path: '/api/v1/account/password',
    body: { current: PASSWORD, password: PASSWORD },
    resource: { type: 'password' },
  }),
  'POST /api/v1/account/totp': () => ({ path: '/api/v1/account/totp', resource: { type: 'totp' } }),
  'PUT /api/v1/account/totp': () => ({
    path: '/api/v1/account/totp',
    body: { secret: TOTP_SECRET, code: code() },
    resource: { type: 'totp' },
  }),
  'DELETE /api/v1/account/totp': async (w, who) => {
    // Turned on first, so that turning it off writes.
    if (who !== 'anonymous') await setTotpSecret(w.db, w.users[who].id, BOX.seal(TOTP_SECRET), NOW);
    return { path: '/api/v1/account/totp', body: { code: code() }, resource: { type: 'totp' } };
  },
  'GET /api/v1/account/tokens': () => ({
    path: '/api/v1/account/tokens',
    resource: { type: 'api-token' },
  }),
  'POST /api/v1/account/tokens': () => ({
    path: '/api/v1/account/tokens',
    body: { name: 'matrix' },
    resource: { type: 'api-token' },
  }),
  'DELETE /api/v1/account/tokens/:id': async (w, who, target) => {
    const owner = target === 'own' && who !== 'anonymous' ? w.users[who] : w.stranger;
    const { id } = await newToken(w.db, owner);
    return {
      path: `/api/v1/account/tokens/${id}`,
      resource: { type: 'api-token', owner: String(owner.id) },
    };
  },
  'POST /api/v1/groups': (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    w.serial += 1;
    return {
      path: '/api/v1/groups',
      body: { name: `Matrix ${w.serial}`, municipality, codes: ['615', '706'] },
      resource: { type: 'peer-group', municipality },
    };
  },
  'DELETE /api/v1/groups/:id': async (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    w.serial += 1;
    const group = await createMunicipalityPeerGroup(
      w.db,
      { name: `Slet ${w.serial}`, municipality, codes: ['615'], createdBy: null },
      NOW,
    );
    return { path: `/api/v1/groups/${group.id}`, resource: { type: 'peer-group', municipality } };
  },
  'GET /api/v1/audit': () => ({ path: '/api/v1/audit', resource: { type: 'audit-log' } }),
};

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A published item owned by `municipality`, written straight to the database. */
async function portalItem(w: World, municipality: string) {
  w.serial += 1;
  return createItem(
    w.db,
    {
      kind: 'case',
      title: `Matrix ${w.serial}`,
      summary: 'Et eksempel',
      body: 'Tekst',
      themes: [],
      topics: [],
      keyFigures: [],
      municipalities: [municipality],
      municipality,
      startYear: null,
      contact: null,
      links: [],
      sources: [],
      status: 'published',
      example: false,
      initiativeId: null,
    },
    null,
    NOW,
  );
}

const PORTAL_SAMPLES: typeof SAMPLES = {
  'POST /api/v1/portal/items': (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    w.serial += 1;
    return {
      path: '/api/v1/portal/items',
      body: {
        kind: 'case',
        title: `Matrix ${w.serial}`,
        summary: 'Et eksempel',
        body: 'Tekst',
        municipalities: [municipality],
        municipality,
      },
      resource: { type: 'portal-item', municipality },
    };
  },
  'PATCH /api/v1/portal/items/:id': async (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    const item = await portalItem(w, municipality);
    return {
      path: `/api/v1/portal/items/${item.id}`,
      body: { title: `Rettet ${w.serial}` },
      resource: { type: 'portal-item', municipality },
    };
  },
  'POST /api/v1/portal/items/:id/attachments': async (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    const item = await portalItem(w, municipality);
    return {
      path: `/api/v1/portal/items/${item.id}/attachments?name=matrix.pdf`,
      raw: { bytes: PDF, type: 'application/pdf' },
      resource: { type: 'portal-item', municipality },
    };
  },
  'DELETE /api/v1/portal/items/:id/attachments/:attachmentId': async (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    const item = await portalItem(w, municipality);
    const a = await addAttachment(
      w.db,
      {
        itemId: item.id,
        name: 'a.pdf',
        mime: 'application/pdf',
        sha256: 'x',
        content: PDF,
        createdBy: null,
      },
      NOW,
    );
    return {
      path: `/api/v1/portal/items/${item.id}/attachments/${a.id}`,
      resource: { type: 'portal-item', municipality },
    };
  },
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const initiativeBody = (w: World, municipality: string) => {
  w.serial += 1;
  return {
    municipality,
    title: `Matrix ${w.serial}`,
    theme: 'elderly-health' as const,
    type: 'other' as const,
    startYear: 2015,
  };
};

const INITIATIVE_SAMPLES: typeof SAMPLES = {
  'POST /api/v1/initiatives': (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    return {
      path: '/api/v1/initiatives',
      body: initiativeBody(w, municipality),
      resource: { type: 'initiative', municipality },
    };
  },
  'PATCH /api/v1/initiatives/:id': async (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    const i = await createInitiative(
      w.db,
      {
        ...initiativeBody(w, municipality),
        description: '',
        owner: null,
        keyFigures: [],
        expected: [],
        realised: [],
        prices: { basis: 'current', year: null },
        status: 'planned',
        money: { use: 'undecided', area: null },
        portalItems: [],
        visibility: 'public',
        example: false,
      },
      [],
      null,
      NOW,
    );
    return {
      path: `/api/v1/initiatives/${i.id}`,
      body: { title: `Rettet ${w.serial}` },
      resource: { type: 'initiative', municipality },
    };
  },
  // A workbook of one initiative (a new title each time, so an allowed import writes).
  'POST /api/v1/initiatives/import': async (w, _who, target) => {
    const municipality = target === 'own' ? '766' : '101';
    w.serial += 1;
    const bytes = await filledWorkbook([
      {
        ...INITIATIVE,
        municipality,
        title: `Matrix ${w.serial}`,
        keyFigures: [],
        startYear: 2015,
        expected: [{ year: 2016, amount: 1 }],
        realised: [],
      },
    ]);
    return {
      path: '/api/v1/initiatives/import',
      raw: { bytes, type: XLSX },
      resource: { type: 'initiative', municipality },
    };
  },
};

const sampleOf = (key: string) =>
  SAMPLES[key] ??
  PORTAL_SAMPLES[key] ??
  INITIATIVE_SAMPLES[key] ??
  BARRIER_SAMPLES[key] ??
  STEERING_SAMPLES[key] ??
  REPORT_SAMPLES[key];

/** The tables a refused write must leave as they were. */
const TABLES = [
  'audit_log',
  'peer_groups',
  'api_tokens',
  'portal_items',
  'portal_item_versions',
  'portal_attachments',
  'initiatives',
  'initiative_versions',
  'barriers',
  'barrier_seconds',
  'barrier_events',
  'budget_explanations',
  'steering_assessments',
  'steering_responses',
  'steering_rounds',
  'report_drafts',
];

const count = async (db: Database, table: string): Promise<number> =>
  Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]?.n);

describe.each(ENGINES)('the authorisation matrix (%s)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let world: World;
  const tokens = new Map<Who, string>();

  beforeAll(async () => {
    // The real data: an initiative is checked against it (years, cost figures, accounts).
    db = await realDataDatabase(engine, 'api');
    app = createApp({
      db,
      now: () => NOW,
      secretKey: SECRET_KEY,
      loginThrottle: createLoginThrottle(100_000),
    });
    const passwordHash = await hashPassword(PASSWORD);
    const make = (email: string, role: Account['role'], municipalities: string[] = []) =>
      createUser(db, { email, role, municipalities, passwordHash }, NOW);
    world = {
      db,
      users: {
        'municipality-editor': await make('editor@aarhus.dk', 'municipality-editor', ['766']),
        'national-editor': await make('national@kl.dk', 'national-editor'),
        admin: await make('admin@potentiale.dk', 'admin'),
      },
      stranger: await make('other@kommune.dk', 'municipality-editor', ['101']),
      serial: 0,
    };
    for (const who of WHO)
      if (who !== 'anonymous') tokens.set(who, (await newToken(db, world.users[who])).token);
  });
  afterAll(async () => db.close());

  const routes = () =>
    app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => `${r.method} ${r.path}`)
      .filter((k, i, all) => all.indexOf(k) === i);

  it('every route that writes has a policy rule, and every guarded route a sample here', () => {
    const all = routes();
    const writes = all.filter((k) => !SAFE.has(k.split(' ')[0] ?? ''));
    expect(writes.length).toBeGreaterThanOrEqual(14);
    expect(writes.filter((k) => ROUTE_RULES[k] === undefined)).toEqual([]);
    expect(Object.keys(ROUTE_RULES).filter((k) => !all.includes(k))).toEqual([]);
    const guarded = Object.entries(ROUTE_RULES)
      .filter(([, rule]) => rule.kind === 'action')
      .map(([k]) => k);
    expect(guarded.filter((k) => sampleOf(k) === undefined)).toEqual([]);
    for (const [, rule] of Object.entries(ROUTE_RULES))
      if (rule.kind !== 'action') expect(rule.why.length).toBeGreaterThan(5);
  });

  const actorOf = (who: Who): Actor =>
    who === 'anonymous' ? { kind: 'anonymous' } : actorFor(world.users[who]);

  const cells = Object.entries(ROUTE_RULES).flatMap(([key, rule]) =>
    rule.kind === 'action'
      ? WHO.flatMap((who) => (['own', 'other'] as const).map((t) => [key, who, t] as const))
      : [],
  );

  it.each(cells)('%s as %s, %s', async (key, who, target) => {
    const rule = ROUTE_RULES[key];
    const sample = sampleOf(key);
    if (rule?.kind !== 'action' || sample === undefined) throw new Error(`no rule for ${key}`);
    const [method] = key.split(' ');
    const cell = await sample(world, who, target);
    const expected = decide(actorOf(who), rule.action, cell.resource);
    const token = tokens.get(who);
    const before = await Promise.all(TABLES.map((t) => count(db, t)));
    const response = await app.request(cell.path, {
      method: method ?? 'GET',
      headers: {
        ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        ...(cell.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(cell.raw === undefined ? {} : { 'Content-Type': cell.raw.type }),
      },
      ...(cell.body === undefined ? {} : { body: JSON.stringify(cell.body) }),
      ...(cell.raw === undefined ? {} : { body: cell.raw.bytes }),
    });
    if (expected.allow) {
      expect(response.status, await response.clone().text()).toBeLessThan(300);
    } else {
      expect(response.status, await response.clone().text()).toBe(expected.status);
      const problem = (await response.json()) as { detail: string; detailEn: string };
      expect(problem.detail).toBe(expected.messageDa);
      expect(problem.detailEn).toBe(expected.messageEn);
      const after = await Promise.all(TABLES.map((t) => count(db, t)));
      expect(after).toEqual(before);
    }
    if (!SAFE.has(method ?? '') && !STORES_NOTHING.has(key) && expected.allow) {
      const audit = await count(db, 'audit_log');
      expect(audit).toBeGreaterThan(before[0] ?? 0);
    }
  });
});
