// The knowledge portal over HTTP (issue 16): create, read (sanitised HTML, contact only for
// logged-in readers), search (facets, snippets, stemming, compounds, typos, hostile input),
// edit with history and stale-edit refusal, drafts, attachments checked by content, the feed,
// "Mere som dette" and the preview. Both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser, type Account, type Database } from '../../src/db/index.ts';
import { createLoginThrottle, hashPassword, issueToken } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const NOW = new Date('2026-12-07T09:00:00Z');

describe.each(ENGINES)('the knowledge portal over HTTP (%s)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<'editor' | 'other' | 'national', string> = {
    editor: '',
    other: '',
    national: '',
  };

  const call = async (
    method: string,
    path: string,
    options: { as?: keyof typeof tokens; body?: unknown; raw?: Uint8Array; type?: string } = {},
  ) => {
    const response = await app.request(path, {
      method,
      headers: {
        ...(options.as === undefined ? {} : { Authorization: `Bearer ${tokens[options.as]}` }),
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(options.type === undefined ? {} : { 'Content-Type': options.type }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.raw === undefined ? {} : { body: options.raw }),
    });
    const text = await response.text();
    const json = /json/.test(response.headers.get('Content-Type') ?? '')
      ? (JSON.parse(text) as Record<string, unknown>)
      : {};
    return { status: response.status, body: json, text, headers: response.headers };
  };
  const create = async (item: Record<string, unknown>, as: keyof typeof tokens = 'editor') => {
    const r = await call('POST', '/api/v1/portal/items', { as, body: item });
    expect(r.status, r.text).toBe(201);
    return r.body.id as number;
  };
  const search = async (query: string, as?: keyof typeof tokens) => {
    const r = await call('GET', `/api/v1/portal/items?${query}`, as === undefined ? {} : { as });
    expect(r.status, r.text).toBe(200);
    return r.body as {
      items: Array<{ id: number; title: string; snippet: Array<{ text: string; mark: boolean }> }>;
      total: number;
      method: string;
      facets: Record<string, Array<{ value: string; count: number }>>;
    };
  };

  let homeCare = 0;
  let tender = 0;

  beforeAll(async () => {
    db = await freshDatabase(engine);
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
    const make = (email: string, role: Account['role'], municipalities: string[] = []) =>
      createUser(db, { email, role, municipalities, passwordHash }, NOW);
    tokens.editor = await token(await make('red@hedensted.dk', 'municipality-editor', ['766']));
    tokens.other = await token(await make('red@kk.dk', 'municipality-editor', ['101']));
    tokens.national = await token(await make('red@kl.dk', 'national-editor'));
    homeCare = await create({
      kind: 'case',
      title: 'Dialogmøde før hjemmeplejen starter',
      summary: 'Borger, pårørende og leverandør afstemmer forventninger til praktisk hjælp.',
      body: 'Før **personlig pleje** starter, holdes et møde.\n\n[Kilde](https://www.hedensted.dk)',
      themes: ['elderly-health'],
      keyFigures: ['udgifter-aeldre-pr-67-aarig'],
      municipalities: ['766'],
      startYear: 2019,
      contact: { name: 'Anne Andersen', role: 'Leder', email: 'anne@hedensted.dk' },
      status: 'published',
    });
    tender = await create(
      {
        kind: 'case',
        title: 'Stort udbud på social- og sundhedsområdet',
        summary: 'Kommunen konkurrenceudsatte plejecentre og botilbud.',
        body: 'Udbuddet omfattede madservice og genoptræning.',
        themes: ['elderly-health', 'administration'],
        topics: ['udbud-og-konkurrence'],
        keyFigures: ['indikator-konkurrenceudsaettelse'],
        municipalities: ['270'],
        startYear: 2014,
        status: 'published',
      },
      'national',
    );
  });
  afterAll(async () => db.close());

  it('creates an item (201 with its id) and answers it with sanitised HTML', async () => {
    const r = await call('GET', `/api/v1/portal/items/${homeCare}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: homeCare,
      version: 1,
      kind: 'case',
      municipality: '766',
      status: 'published',
      canEdit: false,
      author: null,
    });
    expect(r.body.bodyHtml).toBe(
      '<p>Før <strong>personlig pleje</strong> starter, holdes et møde.</p>\n<p><a href="https://www.hedensted.dk" rel="nofollow noopener noreferrer ugc">Kilde</a></p>\n',
    );
    expect(r.headers.get('Cache-Control')).toBe('private, no-store');
  });

  it('shows the contact to logged-in readers only', async () => {
    const anonymous = await call('GET', `/api/v1/portal/items/${homeCare}`);
    expect(anonymous.body).toMatchObject({ contact: null, contactHidden: true });
    const editor = await call('GET', `/api/v1/portal/items/${homeCare}`, { as: 'other' });
    expect(editor.body).toMatchObject({
      contact: { name: 'Anne Andersen', email: 'anne@hedensted.dk' },
      contactHidden: false,
      canEdit: false,
    });
  });

  it('finds by Danish stems, compound parts and typos, with highlighted snippets', async () => {
    const stem = await search('q=hjemmepleje');
    expect(stem.method).toBe('fulltext');
    expect(stem.items.map((i) => i.id)).toEqual([homeCare]);
    const inBody = await search('q=plejen');
    expect(inBody.items[0]?.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['pleje']);
    expect((await search('q=udbuddene')).items.map((i) => i.id)).toEqual([tender]);
    // Not a word in any item; its first part is.
    expect((await search('q=udbudsmaterialet')).items.map((i) => i.id)).toEqual([tender]);
    const typo = await search('q=hjemmeplje');
    expect(typo.method).toBe('trigram');
    expect(typo.items[0]?.id).toBe(homeCare);
    expect((await search('q=xyzzyqwv')).total).toBe(0);
  });

  it('counts facets over the other filters and filters by each', async () => {
    const all = await search('');
    expect(all.method).toBe('all');
    expect(all.facets.theme).toEqual([
      { value: 'elderly-health', count: 2 },
      { value: 'administration', count: 1 },
    ]);
    const topic = await search('topic=udbud-og-konkurrence');
    expect(topic.items.map((i) => i.id)).toEqual([tender]);
    expect(topic.facets.topic).toEqual([{ value: 'udbud-og-konkurrence', count: 1 }]);
    expect(topic.facets.kind).toEqual([{ value: 'case', count: 1 }]);
    expect((await search('municipality=766')).items.map((i) => i.id)).toEqual([homeCare]);
    expect((await search('keyFigure=udgifter-aeldre-pr-67-aarig')).total).toBe(1);
    expect((await search('year=2014')).items.map((i) => i.id)).toEqual([tender]);
  });

  it('answers hostile search input with 200 or 400, never 500', async () => {
    const hostile = ["'", '"', "'&|!:*()", '\\', ':*', '!!!', '& | !', 'a'.repeat(500), 'og i en'];
    for (const q of hostile) {
      const r = await call('GET', `/api/v1/portal/items?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
    }
    // Over the field's 500 characters: 400 naming q. 10 000 characters pass the edge's limit
    // on any query (2 048): 414 there, before any route runs. Both are problem documents.
    const over = await call('GET', `/api/v1/portal/items?q=${'x'.repeat(1000)}`);
    expect(over.status).toBe(400);
    expect(over.body.parameter).toBe('q');
    const long = await call('GET', `/api/v1/portal/items?q=${'x'.repeat(10_000)}`);
    expect(long.status).toBe(414);
    expect(long.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect((await call('GET', '/api/v1/portal/items?kind=nope')).status).toBe(400);
  });

  it('keeps drafts from readers and other municipalities, shows them to their editors', async () => {
    const draft = await create({
      kind: 'guide',
      title: 'Kladde om rehabilitering',
      summary: 'Ikke færdig',
      body: 'x',
    });
    expect((await call('GET', `/api/v1/portal/items/${draft}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/portal/items/${draft}`, { as: 'other' })).status).toBe(404);
    expect(
      (await call('GET', `/api/v1/portal/items/${draft}`, { as: 'editor' })).body,
    ).toMatchObject({
      status: 'draft',
      canEdit: true,
    });
    expect((await call('GET', `/api/v1/portal/items/${draft}`, { as: 'national' })).status).toBe(
      200,
    );
    expect((await search('q=rehabilitering')).total).toBe(0);
    expect((await search('q=rehabilitering', 'editor')).total).toBe(1);
  });

  it('edits with a version row, diffs in the history, and refuses a stale edit (409)', async () => {
    const r = await call('PATCH', `/api/v1/portal/items/${homeCare}`, {
      as: 'editor',
      body: { summary: 'Borger, pårørende og leverandør afstemmer forventninger.', baseVersion: 1 },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ version: 2, canEdit: true });
    const stale = await call('PATCH', `/api/v1/portal/items/${homeCare}`, {
      as: 'editor',
      body: { title: 'For sent', baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    const history = await call('GET', `/api/v1/portal/items/${homeCare}/history`);
    const versions = history.body.versions as Array<{
      version: number;
      changes: Array<{ field: string; parts?: Array<{ text: string; change: string }> }>;
    }>;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]?.changes.map((c) => c.field)).toEqual(['summary']);
    expect(
      versions[0]?.changes[0]?.parts
        ?.filter((p) => p.change === 'removed')
        .map((p) => p.text.trim()),
    ).toEqual(['til praktisk hjælp']);
  });

  it('refuses an editor editing another municipality’s item (403) and writes nothing', async () => {
    const r = await call('PATCH', `/api/v1/portal/items/${homeCare}`, {
      as: 'other',
      body: { title: 'Kapret' },
    });
    expect(r.status).toBe(403);
    expect((await call('GET', `/api/v1/portal/items/${homeCare}`)).body.title).toBe(
      'Dialogmøde før hjemmeplejen starter',
    );
    const handOver = await call('PATCH', `/api/v1/portal/items/${homeCare}`, {
      as: 'editor',
      body: { municipality: '101' },
    });
    expect(handOver.status).toBe(403);
  });

  it('refuses unknown key figures and municipalities, naming them', async () => {
    const r = await call('POST', '/api/v1/portal/items', {
      as: 'national',
      body: { kind: 'case', title: 'Forkert', summary: 's', body: '', keyFigures: ['findes-ikke'] },
    });
    expect(r.status).toBe(400);
    expect(String(r.body.detail)).toContain('findes-ikke');
    const m = await call('POST', '/api/v1/portal/items', {
      as: 'national',
      body: { kind: 'case', title: 'Forkert', summary: 's', body: '', municipalities: ['999'] },
    });
    expect(m.status).toBe(400);
    expect(String(m.body.detail)).toContain('999');
  });

  it('serves the Atom feed, "Mere som dette" and the preview', async () => {
    const feed = await call('GET', '/api/v1/portal/feed.atom');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('Content-Type')).toMatch(/application\/atom\+xml/);
    expect(feed.text).toContain('<title>Stort udbud på social- og sundhedsområdet</title>');
    expect(feed.text).not.toContain('Kladde');
    const similar = await call('GET', `/api/v1/portal/items/${homeCare}/similar`);
    expect((similar.body.items as Array<{ id: number }>).map((i) => i.id)).toEqual([tender]);
    const preview = await call('POST', '/api/v1/portal/preview', {
      body: { body: '[x](javascript:alert(1)) <img src=x onerror=alert(1)>' },
    });
    expect(preview.body.bodyHtml).not.toMatch(/<a|<img/);
  });
});
