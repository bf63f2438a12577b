// The HTTP contract: every route of the OpenAPI document is called on the real data, and every
// answer is validated against the document's own schema for that route, status and media type.
// A route without a response schema, or an answer the schema does not describe, fails.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAttachment,
  createApiToken,
  createInitiative,
  createItem,
  createMunicipalityPeerGroup,
  createUser,
  savePeerGroup,
  type Database,
} from '../../src/db/index.ts';
import { hashPassword, issueToken } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ACCOUNT_CALLS, PASSWORD, type Call } from './contract-accounts.ts';
import { BARRIER_CALLS, barrierWorld } from './contract-barriers.ts';
import { REPORT_CALLS } from './contract-reports.ts';
import { STEERING_CALLS, steeringWorld } from './contract-steering.ts';
import { INITIATIVE_CALLS } from './contract-initiatives.ts';
import { INITIATIVE_FILE_CALLS } from './contract-initiative-files.ts';
import { PORTAL_CALLS } from './contract-portal.ts';
import { realDataDatabase } from '../support/real-data.ts';

interface Operation {
  readonly responses: Record<
    string,
    { readonly content?: Record<string, { readonly schema?: Record<string, unknown> }> }
  >;
}
interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, unknown> };
}

const K = 'udgifter-aeldre-pr-67-aarig';
const DEA_MODEL = JSON.stringify({
  year: 2019,
  inputs: [`${K}:total`],
  outputs: ['andel-67-aarige:total'],
  nonDiscretionary: ['udgiftsbehov-landet'],
});
const DEA_CSV = 'dmu,x,y\n1,20,1\n2,40,2\n3,40,3\n4,60,4\n5,70,3\n6,50,2\n7,60,1\n';

/** Real requests per documented route (path template → calls), answers and refusals. */
const CALLS: Record<string, readonly Call[]> = {
  '/api/v1/health': [{ url: '/api/v1/health', status: 200 }],
  '/api/v1/regions': [{ url: '/api/v1/regions', status: 200 }],
  '/api/v1/municipalities': [{ url: '/api/v1/municipalities', status: 200 }],
  '/api/v1/municipalities/{code}': [
    { url: '/api/v1/municipalities/766', status: 200 },
    { url: '/api/v1/municipalities/101?year=2019', status: 200 },
    { url: '/api/v1/municipalities/999', status: 400 },
    { url: '/api/v1/municipalities/766?year=abc', status: 400 },
    { url: '/api/v1/municipalities/766?year=3000', status: 422 },
  ],
  '/api/v1/key-figures': [
    { url: '/api/v1/key-figures', status: 200 },
    { url: '/api/v1/key-figures?theme=elderly-health&kind=cost', status: 200 },
    { url: '/api/v1/key-figures?kind=nonsense', status: 400 },
  ],
  '/api/v1/key-figures/{id}': [
    { url: `/api/v1/key-figures/${K}`, status: 200 },
    { url: '/api/v1/key-figures/findes-ikke', status: 404 },
  ],
  '/api/v1/peer-groups': [{ url: '/api/v1/peer-groups', status: 200 }],
  '/api/v1/imports': [{ url: '/api/v1/imports', status: 200 }],
  '/api/v1/price-index': [{ url: '/api/v1/price-index', status: 200 }],
  '/api/v1/freshness': [{ url: '/api/v1/freshness', status: 200 }],
  '/api/v1/values': [
    { url: `/api/v1/values?keyFigure=${K}&year=2019`, status: 200 },
    { url: `/api/v1/values?keyFigure=${K}&year=2010&prices=current`, status: 200 },
    { url: '/api/v1/values?keyFigure=findes-ikke&year=2019', status: 404 },
  ],
  '/api/v1/series': [
    { url: `/api/v1/series?keyFigure=${K}&municipality=766`, status: 200 },
    { url: `/api/v1/series?keyFigure=${K}&municipality=101&prices=current`, status: 200 },
  ],
  '/api/v1/peers': [
    { url: '/api/v1/peers?municipality=766&year=2019', status: 200 },
    { url: '/api/v1/peers?municipality=101&year=2019&k=5&theme=elderly-health', status: 200 },
    { url: '/api/v1/peers?municipality=766&year=2019&k=500', status: 422 },
  ],
  '/api/v1/potential': [
    { url: `/api/v1/potential?municipality=766&keyFigure=${K}&year=2019`, status: 200 },
    {
      url: `/api/v1/potential?municipality=101&keyFigure=${K}&year=2019&benchmark=best&peers=region`,
      status: 200,
    },
    {
      url: `/api/v1/potential?municipality=766&keyFigure=${K}&year=2019&benchmark=dea`,
      status: 200,
    },
  ],
  '/api/v1/package': [
    { url: '/api/v1/package?municipality=766&year=2019', status: 200 },
    { url: '/api/v1/package?municipality=101', status: 200 },
    { url: '/api/v1/package?municipality=766&year=2019&format=csv', status: 200 },
    { url: '/api/v1/package?municipality=766&year=2019&format=xlsx', status: 200 },
    { url: '/api/v1/package?municipality=766&year=2019&benchmark=dea', status: 200 },
    { url: '/api/v1/package?municipality=766&year=2019&benchmark=dea:crs&format=csv', status: 200 },
    { url: '/api/v1/package?municipality=766&year=2019&benchmark=dea:xrs', status: 400 },
  ],
  '/api/v1/compare': [
    { url: '/api/v1/compare?municipalities=101,751,766&year=2019', status: 200 },
    { url: '/api/v1/compare?municipalities=766&themes=elderly-health', status: 200 },
    { url: '/api/v1/compare?municipalities=101,766&year=2019&benchmark=dea:vrs', status: 200 },
    { url: '/api/v1/compare?municipalities=101,999', status: 400 },
    { url: '/api/v1/compare?municipalities=101,751,766,147,153,155', status: 422 },
  ],
  '/api/v1/package-years': [{ url: '/api/v1/package-years?municipality=766', status: 200 }],
  '/api/v1/development': [
    {
      url: '/api/v1/development?municipality=766&keyFigure=udg-folkeskolen-pr-6-16-aarig&from=2010&to=2019',
      status: 200,
    },
    {
      url: '/api/v1/development?municipality=101&keyFigure=udg-folkeskolen-pr-6-16-aarig&from=2012&to=2018&among=all&limit=5',
      status: 200,
    },
  ],
  '/api/v1/talk-to': [
    { url: `/api/v1/talk-to?municipality=766&keyFigure=${K}&year=2019`, status: 200 },
    { url: `/api/v1/talk-to?municipality=101&keyFigure=${K}&year=2019&widen=40`, status: 200 },
  ],
  '/api/v1/geo/municipalities': [{ url: '/api/v1/geo/municipalities', status: 200 }],
  '/api/v1/geo/regions': [{ url: '/api/v1/geo/regions', status: 200 }],
  '/api/v1/dea': [
    {
      method: 'post',
      url: '/api/v1/dea',
      body: { type: 'application/json', text: DEA_MODEL },
      status: 200,
    },
    {
      method: 'post',
      url: '/api/v1/dea',
      body: { type: 'application/json', text: '{"year":2019,"inputs":[],"outputs":["x"]}' },
      status: 400,
    },
  ],
  '/api/v1/dea/upload': [
    {
      method: 'post',
      url: '/api/v1/dea/upload?id=dmu&inputs=x&outputs=y&rts=crs',
      body: { type: 'text/csv', text: DEA_CSV },
      status: 200,
    },
    {
      method: 'post',
      url: '/api/v1/dea/upload?id=dmu&inputs=x&outputs=y&super=true&format=csv',
      body: { type: 'text/csv', text: DEA_CSV },
      status: 200,
    },
  ],
  ...ACCOUNT_CALLS,
  ...PORTAL_CALLS,
  ...INITIATIVE_CALLS,
  ...INITIATIVE_FILE_CALLS,
  ...BARRIER_CALLS,
  ...STEERING_CALLS,
  ...REPORT_CALLS,
};

/** JSON Pointer escaping (RFC 6901) of one path segment. */
const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

describe('the HTTP contract on the real data', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let doc: OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const tokens: Partial<Record<'editor' | 'admin' | 'national', string>> = {};
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // A private copy of the run's real-data fixture (test/setup/real-data-global.ts).
    db = await realDataDatabase('pglite', 'api');
    await savePeerGroup(db, 'østjylland', ['751', '766', '615'], new Date(0));
    const now = new Date('2026-11-23T12:00:00Z');
    const passwordHash = await hashPassword(PASSWORD);
    const editor = await createUser(
      db,
      {
        email: 'editor@kontrakt.dk',
        role: 'municipality-editor',
        municipalities: ['766'],
        passwordHash,
      },
      now,
    );
    const admin = await createUser(
      db,
      { email: 'admin@kontrakt.dk', role: 'admin', passwordHash },
      now,
    );
    const token = async (user: typeof editor) => {
      const { token: t, hash } = issueToken('api');
      const made = await createApiToken(
        db,
        { userId: user.id, name: 'kontrakt', tokenHash: hash, expiresAt: null },
        now,
      );
      return { token: t, id: made.id };
    };
    tokens.editor = (await token(editor)).token;
    tokens.admin = (await token(admin)).token;
    const national = await createUser(
      db,
      { email: 'national@kontrakt.dk', role: 'national-editor', passwordHash },
      now,
    );
    tokens.national = (await token(national)).token;
    await barrierWorld(db, ids, now);
    await steeringWorld(db, ids, now);
    ids.tokenId = String((await token(editor)).id);
    const portalItem = await createItem(
      db,
      {
        kind: 'case',
        title: 'Dialogmøde før hjemmeplejen starter',
        summary: 'Borger og leverandør afstemmer forventninger.',
        body: 'Før **personlig pleje** starter.',
        themes: ['elderly-health'],
        topics: [],
        keyFigures: ['udgifter-aeldre-pr-67-aarig'],
        municipalities: ['766'],
        municipality: '766',
        startYear: 2019,
        contact: null,
        links: [],
        sources: [],
        status: 'published',
        example: false,
        initiativeId: null,
      },
      null,
      now,
    );
    ids.itemId = String(portalItem.id);
    const attach = async () =>
      String(
        (
          await addAttachment(
            db,
            {
              itemId: portalItem.id,
              name: 'a.pdf',
              mime: 'application/pdf',
              sha256: 'x',
              content: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
              createdBy: null,
            },
            now,
          )
        ).id,
      );
    ids.initiativeId = String(
      (
        await createInitiative(
          db,
          {
            municipality: '766',
            title: 'Hverdagsrehabilitering',
            description: '',
            theme: 'elderly-health',
            type: 'rehabilitation-prevention',
            owner: null,
            keyFigures: ['udg-aeldre-voksne-saerlige-behov-pr-18-aarig'],
            startYear: 2014,
            expected: [{ year: 2015, amount: 2_000_000 }],
            realised: [],
            prices: { basis: 'current', year: null },
            status: 'running',
            money: { use: 'saved', area: null },
            portalItems: [portalItem.id],
            visibility: 'public',
            example: true,
          },
          [],
          null,
          now,
        )
      ).id,
    );
    ids.attachmentId = await attach();
    ids.spareAttachmentId = await attach();
    ids.groupId = String(
      (
        await createMunicipalityPeerGroup(
          db,
          { name: 'Slettes', municipality: '766', codes: ['615'], createdBy: null },
          now,
        )
      ).id,
    );
    app = createApp({
      db,
      now: () => now,
      cacheVersionTtlMs: 0,
      secretKey: 'kontrakt-test-key-kontrakt-test-key-0123',
    });
    doc = (await (await app.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
    ajv.addSchema(doc, 'openapi.json');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('has a schema for every JSON answer of every route, none of them open', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [status, response] of Object.entries(op.responses)) {
          const content = response.content ?? {};
          // 204 No Content has no body by definition.
          if (Object.keys(content).length === 0 && status !== '204')
            missing.push(`${method} ${path} ${status}`);
          for (const [type, media] of Object.entries(content)) {
            const schema = media.schema ?? {};
            const described = '$ref' in schema || 'type' in schema || 'anyOf' in schema;
            if (!described) missing.push(`${method} ${path} ${status} ${type}`);
          }
        }
    expect(missing).toEqual([]);
    // Every named schema says what it is (no `{}`, which would accept anything).
    for (const [name, schema] of Object.entries(doc.components.schemas))
      expect(Object.keys(schema as object), name).not.toEqual([]);
  });

  it('calls every documented route', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    const called = Object.entries(CALLS).flatMap(([path, calls]) =>
      calls.map((c) => `${c.method ?? 'get'} ${path}`),
    );
    for (const route of documented) expect(called, route).toContain(route);
  });

  it.each(Object.keys(CALLS))('answers %s as the document describes', async (path) => {
    for (const call of CALLS[path] ?? []) {
      const method = call.method ?? 'get';
      const url = call.url.replace(/:(\w+)/g, (whole, name: string) => ids[name] ?? whole);
      const token = call.as === undefined ? undefined : tokens[call.as];
      const response = await app.request(url, {
        method: method.toUpperCase(),
        headers: {
          ...(call.body ? { 'Content-Type': call.body.type } : {}),
          ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        },
        ...(call.body
          ? {
              body:
                typeof call.body.text === 'string'
                  ? call.body.text.replace(/:(\w+)/g, (whole, name: string) => ids[name] ?? whole)
                  : await call.body.text(),
            }
          : {}),
      });
      const label = `${method.toUpperCase()} ${call.url}`;
      expect(response.status, label).toBe(call.status);
      if (response.status === 204) {
        expect(doc.paths[path]?.[method]?.responses['204'], label).toBeDefined();
        continue;
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      const responses = doc.paths[path]?.[method]?.responses ?? {};
      const documented = responses[String(response.status)]?.content?.[type];
      expect(documented, `${label}: ${response.status} ${type} is not documented`).toBeDefined();
      if (!type.endsWith('json')) continue;
      const ref = [
        'openapi.json#',
        'paths',
        pointer(path),
        method,
        'responses',
        String(response.status),
        'content',
        pointer(type),
        'schema',
      ].join('/');
      const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
      const body: unknown = await response.json();
      const ok = validate(body);
      expect(ok ? [] : validate.errors?.slice(0, 5), label).toEqual([]);
    }
  });

  it('refuses an answer that does not match (the check can fail)', () => {
    const ref = 'openapi.json#/components/schemas/MunicipalitiesDocument';
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const one = {
      code: '766',
      name: 'Hedensted',
      regionCode: '082',
      regionName: 'Region Midtjylland',
      landsdelCode: null,
      landsdelName: null,
    };
    expect(validate({ municipalities: [one] })).toBe(true);
    expect(validate({ municipalities: [{ ...one, extra: 1 }] })).toBe(false);
    expect(validate({ municipalities: [{ ...one, code: 766 }] })).toBe(false);
    const nameless: Partial<typeof one> = { ...one };
    delete nameless.name;
    expect(validate({ municipalities: [nameless] })).toBe(false);
  });
});
