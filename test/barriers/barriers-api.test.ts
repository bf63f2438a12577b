// Rule barriers over HTTP on the real data (issue 18): report with the estimate pre-filled from
// the potential, similar ones while typing, seconds with their rules, merges that keep every
// second and comment and show on both, the national editor's answer, the ranked list and its
// exports (CSV cells and the memo never carry markup), and the refusals, each naming its field
// and writing nothing. Both engines.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser, type Account, type Database } from '../../src/db/index.ts';
import { createLoginThrottle, hashPassword, issueToken } from '../../src/server/auth/index.ts';
import type {
  BarrierDocument,
  BarrierEstimateDocument,
  BarrierHistoryDocument,
  BarrierListDocument,
  SimilarBarriersDocument,
} from '../../src/server/contract.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const ELDERLY = 'udgifter-aeldre-pr-67-aarig';
const LAW = { name: 'Lov om social service', paragraph: '§ 83' };

describe.each(ENGINES)('rule barriers over HTTP (%s, real data)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const tokens = { e766: '', e101: '', e751: '', national: '' };
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
    return { status: response.status, body, text, bytes, headers: response.headers };
  };
  const counts = async () =>
    Promise.all(
      ['barriers', 'barrier_seconds', 'barrier_events', 'audit_log'].map(
        async (t) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]?.n,
      ),
    );
  const report = async (as: keyof typeof tokens, body: Record<string, unknown>) => {
    const r = await call('POST', '/api/v1/barriers', { as, body });
    expect(r.status, r.text).toBe(201);
    return r.body.id as number;
  };
  let first = 0;

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
    const make = (
      email: string,
      municipalities: string[],
      role: Account['role'] = 'municipality-editor',
    ) => createUser(db, { email, role, municipalities, passwordHash }, NOW);
    tokens.e766 = await token(await make('okonomi@hedensted.dk', ['766']));
    tokens.e101 = await token(await make('okonomi@kk.dk', ['101']));
    tokens.e751 = await token(await make('okonomi@aarhus.dk', ['751']));
    tokens.national = await token(await make('regler@kl.dk', [], 'national-editor'));
    first = await report('e766', {
      municipality: '766',
      title: 'Ny afgørelse ved hver ændring af hjemmehjælpen',
      law: { ...LAW, url: 'https://www.retsinformation.dk/eli/lta/2024/245' },
      theme: 'elderly-health',
      area: 'Hjemmepleje',
      description: 'Serviceloven kræver en ny skriftlig afgørelse ved hver mindre ændring.',
      estimate: { amount: 1_500_000 },
      precedents: 'Frikommuneforsøg II, netværket om ældre',
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it('pre-fills the estimate from the municipality’s potential on a named figure', async () => {
    const r = await call('GET', `/api/v1/barriers/estimate?municipality=766&keyFigure=${ELDERLY}`);
    expect(r.status, r.text).toBe(200);
    const e = r.body as unknown as BarrierEstimateDocument;
    const pkg = await call('GET', `/api/v1/package?municipality=766&year=${e.year}`);
    const themes = pkg.body.themes as Array<{
      figures: Array<{ keyFigureId: string; money: number | null }>;
    }>;
    const figure = themes.flatMap((t) => t.figures).find((f) => f.keyFigureId === ELDERLY);
    expect(e.amount).toBe(Math.max(0, Math.round(figure?.money ?? NaN)));
    expect(e.prices).toEqual(pkg.body.prices);
    const id = await report('e766', {
      municipality: '766',
      title: 'Frit valg kræver to leverandører',
      law: { name: 'Lov om social service', paragraph: '§ 91' },
      theme: 'elderly-health',
      keyFigure: ELDERLY,
      estimate: { amount: e.amount, prices: e.prices, year: e.year, source: 'potential' },
    });
    const b = (await call('GET', `/api/v1/barriers/${id}`)).body as unknown as BarrierDocument;
    expect(b.keyFigure?.id).toBe(ELDERLY);
    expect(b.estimate).toEqual({
      amount: e.amount,
      prices: e.prices,
      year: e.year,
      source: 'potential',
    });
  });

  it('shows similar barriers while typing: the same rule first, then the words', async () => {
    const r = await call(
      'GET',
      `/api/v1/barriers/similar?title=${encodeURIComponent('afgørelse hjemmehjælp')}&law=${encodeURIComponent('lov om  social service')}&paragraph=${encodeURIComponent('§83')}`,
    );
    const items = (r.body as unknown as SimilarBarriersDocument).items;
    expect(items[0]).toMatchObject({ id: first, sameRule: true });
    const words = await call(
      'GET',
      `/api/v1/barriers/similar?title=${encodeURIComponent('ændringer af hjemmehjælp')}`,
    );
    expect((words.body as unknown as SimilarBarriersDocument).items.map((i) => i.id)).toContain(
      first,
    );
    const none = await call(
      'GET',
      `/api/v1/barriers/similar?title=${encodeURIComponent('vejbump')}`,
    );
    expect((none.body as unknown as SimilarBarriersDocument).items).toEqual([]);
    // User text never reaches tsquery syntax.
    const odd = await call(
      'GET',
      `/api/v1/barriers/similar?title=${encodeURIComponent("a & | ! ' :* (")}`,
    );
    expect(odd.status, odd.text).toBe(200);
  });

  it('takes seconds from other municipalities, once each, never the reporter’s', async () => {
    const ok = await call('POST', `/api/v1/barriers/${first}/seconds`, {
      as: 'e101',
      body: {
        municipality: '101',
        comment: 'Det samme i København',
        estimate: { amount: 4_000_000 },
      },
    });
    expect(ok.status, ok.text).toBe(201);
    const before = await counts();
    const twice = await call('POST', `/api/v1/barriers/${first}/seconds`, {
      as: 'e101',
      body: { municipality: '101', comment: 'igen' },
    });
    expect(twice.status).toBe(409);
    const own = await call('POST', `/api/v1/barriers/${first}/seconds`, {
      as: 'e766',
      body: { municipality: '766', comment: 'egen' },
    });
    expect([own.status, own.body.parameter]).toEqual([400, 'municipality']);
    const asOther = await call('POST', `/api/v1/barriers/${first}/seconds`, {
      as: 'e101',
      body: { municipality: '751', comment: 'på Aarhus’ vegne' },
    });
    expect(asOther.status).toBe(403);
    const negative = await call('POST', `/api/v1/barriers/${first}/seconds`, {
      as: 'e751',
      body: { municipality: '751', comment: '', estimate: { amount: -1 } },
    });
    expect([negative.status, negative.body.parameter]).toEqual([400, 'estimate.amount']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a negative or absurd estimate and a link that is not retsinformation.dk, writing nothing', async () => {
    const before = await counts();
    const base = { municipality: '766', title: 'Ugyldig', law: LAW, theme: 'elderly-health' };
    for (const [body, parameter] of [
      [{ ...base, estimate: { amount: -5 } }, 'estimate.amount'],
      [{ ...base, estimate: { amount: 6e9 } }, 'estimate.amount'],
      [{ ...base, law: { ...LAW, url: 'https://example.com/x' } }, 'law.url'],
      [{ ...base, theme: 'weather' }, 'theme'],
    ] as const) {
      const r = await call('POST', '/api/v1/barriers', { as: 'e766', body });
      expect([r.status, r.body.parameter], r.text).toEqual([400, parameter]);
    }
    expect(await counts()).toEqual(before);
  });

  it('merges a duplicate, keeping every second and comment, with the merge on both', async () => {
    const dup = await report('e101', {
      municipality: '101',
      title: 'Hjemmehjælp: afgørelser igen og igen',
      law: { name: 'Lov om Social Service', paragraph: '§ 83' },
      theme: 'elderly-health',
      estimate: { amount: 3_000_000 },
    });
    const s = await call('POST', `/api/v1/barriers/${dup}/seconds`, {
      as: 'e751',
      body: { municipality: '751', comment: 'Aarhus støtter' },
    });
    expect(s.status, s.text).toBe(201);
    const byEditor = await call('POST', `/api/v1/barriers/${dup}/merge`, {
      as: 'e766',
      body: { into: first },
    });
    expect(byEditor.status).toBe(403);
    const self = await call('POST', `/api/v1/barriers/${dup}/merge`, {
      as: 'national',
      body: { into: dup },
    });
    expect([self.status, self.body.parameter]).toEqual([400, 'into']);
    const merged = await call('POST', `/api/v1/barriers/${dup}/merge`, {
      as: 'national',
      body: { into: first },
    });
    expect(merged.status, merged.text).toBe(200);
    const into = merged.body as unknown as BarrierDocument;
    expect(into.mergedFrom).toEqual([{ id: dup, title: 'Hjemmehjælp: afgørelser igen og igen' }]);
    // 101 seconded directly (4m) and reported the duplicate (3m): one seconding municipality,
    // its larger estimate counted once; 751's comment moved with the duplicate.
    expect(into.seconds).toBe(2);
    expect(
      into.secondsList.map((x) => [x.municipality.code, x.comment.split('\n')[0], x.mergedFrom]),
    ).toEqual([
      ['101', 'Det samme i København', null],
      ['751', 'Aarhus støtter', dup],
      ['101', 'Hjemmehjælp: afgørelser igen og igen', dup],
    ]);
    expect(into.total.amount).toBe(1_500_000 + 4_000_000);
    const from = (await call('GET', `/api/v1/barriers/${dup}`)).body as unknown as BarrierDocument;
    expect(from.mergedInto?.id).toBe(first);
    expect(from.viewer.secondAs).toEqual([]);
    const answerMerged = await call('POST', `/api/v1/barriers/${dup}/answer`, {
      as: 'national',
      body: { state: 'rejected', text: 'Nej' },
    });
    expect(answerMerged.status).toBe(409);
    const editMerged = await call('PATCH', `/api/v1/barriers/${dup}`, {
      as: 'e101',
      body: { area: 'x' },
    });
    expect(editMerged.status).toBe(409);
    const back = await call('POST', `/api/v1/barriers/${first}/merge`, {
      as: 'national',
      body: { into: dup },
    });
    expect([back.status, back.body.parameter]).toEqual([400, 'into']);
    const again = await call('POST', `/api/v1/barriers/${dup}/merge`, {
      as: 'national',
      body: { into: first },
    });
    expect(again.status).toBe(409);
    const trail = (await call('GET', `/api/v1/barriers/${dup}/history`))
      .body as unknown as BarrierHistoryDocument;
    expect(trail.events.map((e) => [e.kind, e.other?.id ?? null])).toEqual([
      ['reported', null],
      ['seconded', null],
      ['merged-into', first],
    ]);
    const list = (await call('GET', '/api/v1/barriers')).body as unknown as BarrierListDocument;
    expect(list.items.map((i) => i.id)).not.toContain(dup);
  });

  it('publishes the national editor’s answer with its date; others may not answer', async () => {
    const before = await counts();
    const no = await call('POST', `/api/v1/barriers/${first}/answer`, {
      as: 'e766',
      body: { state: 'changed', text: 'Ændret' },
    });
    expect(no.status).toBe(403);
    expect(await counts()).toEqual(before);
    const r = await call('POST', `/api/v1/barriers/${first}/answer`, {
      as: 'national',
      body: { state: 'government', text: 'Rejst i forhandlingerne om økonomiaftalen.' },
    });
    expect(r.status, r.text).toBe(200);
    expect((r.body as unknown as BarrierDocument).answer).toEqual({
      text: 'Rejst i forhandlingerne om økonomiaftalen.',
      at: NOW.toISOString(),
      state: 'government',
    });
  });

  it('ranks the list by seconds, then DKK, and exports it as CSV, XLSX and a memo', async () => {
    const hostile = await report('e751', {
      municipality: '751',
      title: '=HYPERLINK("http://x") <b>*fed*</b>',
      law: { name: 'Lov om trafik', paragraph: '§ 1' },
      theme: 'technical-environment',
      description: '# ikke en overskrift\n- ikke en liste',
      estimate: { amount: 9_000_000 },
    });
    const list = (await call('GET', '/api/v1/barriers')).body as unknown as BarrierListDocument;
    expect(list.items[0]).toMatchObject({ id: first, rank: 1, seconds: 2, state: 'government' });
    const zero = list.items.filter((i) => i.seconds === 0).map((i) => i.total.amount);
    expect(zero).toEqual([...zero].sort((a, b) => b - a));
    expect(list.prices).toEqual({ basis: 'fixed', year: 2026 });
    const filtered = (await call('GET', '/api/v1/barriers?law=trafik'))
      .body as unknown as BarrierListDocument;
    expect(filtered.items.map((i) => i.id)).toEqual([hostile]);

    const csv = await call('GET', '/api/v1/barriers?format=csv&locale=da');
    expect(csv.headers.get('Content-Disposition')).toContain('regelbarrierer.csv');
    expect(csv.text).toContain('skøn i alt (kr. om året, 2026-priser)');
    expect(csv.text).toContain(`'=HYPERLINK`);
    const xlsx = await call('GET', '/api/v1/barriers?format=xlsx&lang=en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    const memo = await call('GET', '/api/v1/barriers/memo?top=2');
    expect(memo.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(memo.text).toContain('## 1. Ny afgørelse ved hver ændring af hjemmehjælpen');
    expect(memo.text).toContain('Støttet af 2 kommuner: København, Aarhus');
    expect(memo.text).toContain('5.500.000 kr. om året (2026-priser)');
    expect(memo.text).toContain('\\<b\\>\\*fed\\*\\</b\\>');
    expect(memo.text).toContain('\\# ikke en overskrift\n\\- ikke en liste');
    expect(memo.text).not.toMatch(/<b>/);
  });

  it('edits with a history of the changed fields, and refuses a stale edit', async () => {
    const r = await call('PATCH', `/api/v1/barriers/${first}`, {
      as: 'e766',
      body: { area: 'Hjemmepleje og visitation', baseVersion: 1 },
    });
    expect(r.status, r.text).toBe(200);
    const stale = await call('PATCH', `/api/v1/barriers/${first}`, {
      as: 'e766',
      body: { title: 'For sent', baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    const other = await call('PATCH', `/api/v1/barriers/${first}`, {
      as: 'e101',
      body: { area: 'x' },
    });
    expect(other.status).toBe(403);
    const moved = await call('PATCH', `/api/v1/barriers/${first}`, {
      as: 'e766',
      body: { municipality: '101' },
    });
    expect(moved.status).toBe(403);
    const h = (await call('GET', `/api/v1/barriers/${first}/history`))
      .body as unknown as BarrierHistoryDocument;
    const edit = h.events.find((e) => e.kind === 'edited');
    expect(edit?.changes).toEqual([
      { field: 'area', before: 'Hjemmepleje', after: 'Hjemmepleje og visitation' },
    ]);
  });
});
