import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { applyImport, type Database } from '../../src/db/index.ts';
import { computePotentialFor, presentPotential } from '../../src/engine/index.ts';
import { ROUTE_RULES } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { apiSources } from '../support/api-data.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { validateJsonStat } from './jsonstat-schema.ts';
import { FULL_EXPORT_BASIS } from '../support/price-basis.ts';

const { noegletal } = apiSources();

describe.each(ENGINES)('the HTTP API on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const errors: unknown[] = [];
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    app = createApp({
      db,
      now: () => new Date('2026-11-23T12:00:00Z'),
      logError: (e) => errors.push(e),
      cacheVersionTtlMs: 0,
    });
  });
  afterAll(async () => {
    await db?.close();
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers });

  it('lists the years with numbers apart from the years with only M/U marks', async () => {
    const one = (await (await get('/api/v1/key-figures/udgifter-aeldre-pr-67-aarig')).json()) as {
      firstYear: number;
      lastYear: number;
      yearsWithValues: number[];
    };
    // The export has rows from 1993, but the new definition has numbers only from 2018: the
    // first and last year count only years with numbers.
    expect(one.firstYear).toBe(2018);
    expect(one.lastYear).toBe(2019);
    expect(one.yearsWithValues).toEqual([2018, 2019]);
    for (const [year, hasNumbers] of [
      [2010, false],
      [2018, true],
    ] as const) {
      const values = (await (
        await get(`/api/v1/values?keyFigure=udgifter-aeldre-pr-67-aarig&year=${year}`)
      ).json()) as { values: { value: number | null }[] };
      expect(values.values.some((v) => v.value !== null)).toBe(hasNumbers);
    }
    const list = (await (await get('/api/v1/key-figures')).json()) as {
      keyFigures: { id: string; yearsWithValues: number[] }[];
    };
    expect(
      list.keyFigures.find((k) => k.id === 'udgifter-aeldre-pr-67-aarig')?.yearsWithValues,
    ).toEqual([2018, 2019]);
  });

  it.each([
    '/api/v1/health',
    '/api/v1/regions',
    '/api/v1/municipalities',
    '/api/v1/municipalities/766?year=2019',
    '/api/v1/key-figures?theme=elderly-health',
    '/api/v1/key-figures/udgifter-aeldre-pr-67-aarig',
    '/api/v1/imports',
    '/api/v1/values?keyFigure=indbyggertal&year=2019',
    '/api/v1/series?keyFigure=indbyggertal&municipality=101',
    '/api/v1/peers?municipality=766&year=2019&k=5',
    '/api/v1/potential?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig&year=2019',
    '/api/v1/package?municipality=706&year=2019&benchmark=p25&peers=region',
    '/api/v1/potential?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig&year=2019&benchmark=dea',
    '/api/v1/development?municipality=706&keyFigure=udg-folkeskolen-pr-6-16-aarig&from=2010&to=2019',
    '/api/v1/talk-to?municipality=706&keyFigure=udg-folkeskolen-pr-6-16-aarig&year=2019',
    '/api/v1/geo/municipalities',
    '/api/v1/geo/regions',
    '/api/v1/openapi.json',
    '/api/docs',
  ])('answers GET %s with 200', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(200);
  });

  it('serves the same numbers as the engine (one implementation)', async () => {
    for (const [code, id] of [
      ['766', 'udgifter-aeldre-pr-67-aarig'],
      ['101', 'udg-folkeskolen-pr-6-16-aarig'],
      ['851', 'biblioteksudgifter-pr-indb'],
    ] as const) {
      const keyFigure = CATALOGUE.find((k) => k.id === id);
      if (!keyFigure) throw new Error(id);
      const viaEngine = presentPotential(
        await computePotentialFor(db, {
          code,
          keyFigure,
          year: 2019,
          level: { kind: 'median' },
          peers: { kind: 'nearest' },
        }),
      );
      const viaApi = (await (
        await get(`/api/v1/potential?municipality=${code}&keyFigure=${id}&year=2019`)
      ).json()) as typeof viaEngine;
      expect(viaApi.potential).toBe(viaEngine.potential);
      expect(viaApi.group).toEqual(viaEngine.group);
      expect(viaApi.corridor).toEqual(JSON.parse(JSON.stringify(viaEngine.corridor)));
    }
  });

  it('forms the landsdel group from the imported DST classification (peers=landsdel)', async () => {
    const { municipalities } = (await (await get('/api/v1/municipalities')).json()) as {
      municipalities: { code: string; landsdelCode: string | null; landsdelName: string | null }[];
    };
    const own = municipalities.find((m) => m.code === '766');
    expect(own?.landsdelName).toBe('Landsdel Østjylland');
    const others = municipalities
      .filter((m) => m.landsdelCode === own?.landsdelCode && m.code !== '766')
      .map((m) => m.code);
    // Horsens, Syddjurs, Norddjurs, Favrskov, Odder, Randers, Silkeborg, Samsø, Skanderborg, Aarhus.
    expect(others).toEqual(['615', '706', '707', '710', '727', '730', '740', '741', '746', '751']);
    const r = await get('/api/v1/package?municipality=766&year=2019&peers=landsdel');
    expect(r.status).toBe(200);
    const pkg = (await r.json()) as {
      groups: Record<
        string,
        { nameDa: string; nameEn: string; members: string[]; structureYear: number | null }
      >;
    };
    const groups = Object.values(pkg.groups);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group).toEqual({
        nameDa: 'Landsdel Østjylland',
        nameEn: 'Landsdel Østjylland',
        members: others,
        structureYear: null,
      });
    }
  });

  it('exports values as Danish CSV with semicolons and decimal commas', async () => {
    const r = await get('/api/v1/values?keyFigure=andel-67-aarige&year=2019&format=csv&locale=da');
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await r.text()).trim().split('\r\n');
    expect(lines).toHaveLength(99);
    expect(lines[0]).toMatch(/^kommunekode;kommune;år;regnskab\/budget;/);
    expect(lines[1]).toMatch(/^101;København;2019;budget;\d+,\d;value;/);
  });

  it('exports a package as a real XLSX workbook with a header row and a sources sheet', async () => {
    const r = await get('/api/v1/package?municipality=766&year=2019', {
      Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const data = wb.getWorksheet('Nøgletal');
    expect(data?.getRow(1).getCell(3).value).toBe('nøgletal');
    expect(data?.rowCount).toBeGreaterThan(20);
    const sources: string[] = [];
    wb.getWorksheet('Kilder')?.eachRow((row) => {
      row.eachCell((cell) => sources.push(String(cell.value)));
    });
    expect(sources.join(' ')).toContain('De Kommunale Nøgletal');
  });

  it.each([
    '/api/v1/values?keyFigure=indbyggertal&year=2019&format=jsonstat',
    '/api/v1/series?keyFigure=andel-udpendlere&municipality=860&format=jsonstat',
    '/api/v1/package?municipality=766&year=2019&format=jsonstat',
  ])('serves valid JSON-stat 2.0 at %s', async (path) => {
    const doc = (await (await get(path)).json()) as unknown;
    expect(validateJsonStat(doc)).toEqual([]);
  });

  it('serves fresh numbers after an import (the answer cache follows the data)', async () => {
    const url = '/api/v1/series?keyFigure=indbyggertal&municipality=101';
    const before = (await (await get(url)).json()) as { series: { year: number; value: number }[] };
    expect(before.series.find((p) => p.year === 2019)?.value).toBe(623_404);
    const cached = await get(url);
    expect(cached.status).toBe(200);
    const changed = {
      ...noegletal,
      keyFigures: noegletal.keyFigures.filter((k) => k.id === 'indbyggertal'),
      observations: [
        {
          keyFigureId: 'indbyggertal',
          municipalityCode: '101',
          year: 2019,
          value: 1,
          status: 'value' as const,
          raw: '1',
        },
      ],
      rowNotes: [],
      exportedOn: '2030-01-01',
    };
    await applyImport(db, changed, {
      fileName: 'x',
      sha256: 'e'.repeat(64),
      byteSize: 1,
      importedAt: new Date(0),
      priceBasis: FULL_EXPORT_BASIS,
    });
    const after = (await (await get(url)).json()) as { series: { year: number; value: number }[] };
    expect(after.series.find((p) => p.year === 2019)?.value).toBe(1);
  });

  it('runs DEA on key figures (POST /api/v1/dea) and on an uploaded CSV', async () => {
    const r = await app.request('/api/v1/dea', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        year: 2019,
        inputs: ['udgifter-aeldre-pr-67-aarig:total'],
        outputs: ['andel-67-aarige:total'],
        nonDiscretionary: ['udgiftsbehov-landet'],
      }),
    });
    expect(r.status).toBe(200);
    const doc = (await r.json()) as { units: { id: string; eff: number }[] };
    expect(doc.units).toHaveLength(98);
    const csv = 'dmu,x,y\n1,20,1\n2,40,2\n3,40,3\n4,60,4\n5,70,3\n6,50,2\n7,60,1\n';
    const up = await app.request(
      '/api/v1/dea/upload?id=dmu&inputs=x&outputs=y&rts=crs&format=csv',
      { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: csv },
    );
    expect(up.status).toBe(200);
    const lines = (await up.text()).trim().split('\n');
    // Unit 3 has the best output per input (3/40), so under CRS it is the frontier: eff 1, its own peer.
    expect(lines[0]).toBe('id,eff,peers,lambdas,slack_x,slack_y,slack_sum');
    expect(lines[3]?.startsWith('3,1,3,1')).toBe(true);
    const bad = await app.request('/api/v1/dea', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ year: 2019, inputs: [], outputs: ['x'] }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    const huge = await app.request('/api/v1/dea/upload?id=dmu&inputs=x&outputs=y', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', 'Content-Length': String(3 * 1024 * 1024) },
      body: 'x'.repeat(3 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
  });

  it('answers 304 to If-None-Match and sets Cache-Control', async () => {
    const first = await get('/api/v1/municipalities');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cache-control')).toMatch(/max-age/);
    expect((await get('/api/v1/municipalities', { 'If-None-Match': tag ?? '' })).status).toBe(304);
  });

  it.each([
    ['/api/v1/values?keyFigure=indbyggertal&year=19', 422, 'year'],
    ['/api/v1/values?keyFigure=indbyggertal&year=19x', 400, 'year'],
    ['/api/v1/values?keyFigure=findes-ikke&year=2019', 404, undefined],
    ['/api/v1/values?year=2019', 400, 'keyFigure'],
    ['/api/v1/potential?municipality=999&keyFigure=indbyggertal&year=2019', 404, 'municipality'],
    ['/api/v1/potential?municipality=12x&keyFigure=indbyggertal&year=2019', 400, 'municipality'],
    [
      '/api/v1/potential?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig&year=2019&benchmark=p200',
      400,
      'benchmark',
    ],
    ['/api/v1/package?municipality=766&year=2019&peers=list:101,999', 400, 'peers'],
    ['/api/v1/values?keyFigure=indbyggertal&year=2019&format=pdf', 400, 'format'],
    ['/api/v1/municipalities/abc', 400, 'code'],
    ['/api/v1/findes-ikke', 404, undefined],
    [`/api/v1/values?keyFigure=${'x'.repeat(3000)}&year=2019`, 414, undefined],
  ])('refuses %s with %i problem+json naming the parameter', async (path, status, parameter) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await r.json()) as { detail: string; detailEn: string; parameter?: string };
    expect(body.detail.length).toBeGreaterThan(5);
    expect(body.detailEn.length).toBeGreaterThan(5);
    if (parameter) expect(body.parameter).toBe(parameter);
  });

  it('never answers a fuzzed query with a 500 or a stack trace', async () => {
    const paths = [
      'values',
      'series',
      'peers',
      'potential',
      'package',
      'development',
      'talk-to',
      'key-figures',
      'municipalities/766',
    ];
    const names = [
      'keyFigure',
      'year',
      'municipality',
      'benchmark',
      'peers',
      'format',
      'locale',
      'k',
      'theme',
      'weights',
      'from',
      'to',
      'widen',
      'limit',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.dictionary(
          fc.constantFrom(...names),
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom(
              '2019',
              '766',
              'median',
              'nearest:3',
              'p25',
              'udgifter-aeldre-pr-67-aarig',
              'csv',
              'list:101,147',
            ),
          ),
        ),
        async (path, query) => {
          const r = await get(`/api/v1/${path}?${new URLSearchParams(query).toString()}`);
          expect(r.status).toBeLessThan(500);
          if (r.status >= 400) {
            expect(r.headers.get('content-type')).toMatch(/problem\+json/);
            expect(await r.text()).not.toMatch(/at .*\.ts:\d+/);
          }
        },
      ),
      { seed: 42, numRuns: 100 },
    );
    expect(errors).toEqual([]);
  }, 240_000);

  it('documents every route in the OpenAPI 3.1 document, and every documented example works', async () => {
    const doc = (await (await get('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: {
              name: string;
              in: string;
              required?: boolean;
              schema?: { example?: unknown };
            }[];
          }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const routes = app.routes
      .filter(
        (r) =>
          r.path.startsWith('/api/v1/') && r.method === 'GET' && r.path !== '/api/v1/openapi.json',
      )
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'))
      // The report's files are routed by one pattern ({file} = code and format) and documented
      // per format, /api/v1/reports/{code}.pdf|.docx|.html.
      .filter((r) => !r.startsWith('/api/v1/reports/{file}'));
    for (const r of new Set(routes)) expect(Object.keys(doc.paths)).toContain(r);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (method !== 'get') continue;
        // Reads that need a login (the audit log, my account) are in the authorisation tests.
        if (ROUTE_RULES[`GET ${path.replace(/{(\w+)}/g, ':$1')}`]?.kind === 'action') continue;
        // A portal item or attachment must exist first: test/server/contract-portal.ts calls them.
        if (/^\/api\/v1\/portal\/(items|attachments)\/\{id\}/.test(path)) continue;
        // An initiative must exist first: test/server/contract-initiatives.ts calls them.
        if (/^\/api\/v1\/initiatives\/\{id\}/.test(path)) continue;
        // So must a barrier: test/server/contract-barriers.ts calls them.
        if (/^\/api\/v1\/barriers\/\{id\}/.test(path)) continue;
        // So must an assessment; rounds need a login: test/server/contract-steering.ts calls them.
        if (/^\/api\/v1\/steering\/(assessments\/\{id\}|rounds)/.test(path)) continue;
        // A report takes seconds to print: test/server/contract-reports.ts calls them.
        if (/^\/api\/v1\/reports\/\{code\}\.(pdf|docx|html)$/.test(path)) continue;
        const params = op.parameters ?? [];
        const url = path.replace(/{(\w+)}/g, (_, n: string) =>
          String(params.find((p) => p.name === n)?.schema?.example ?? n),
        );
        const query = new URLSearchParams();
        for (const p of params.filter((x) => x.in === 'query' && x.schema?.example !== undefined))
          query.set(p.name, String(p.schema?.example));
        const r = await get(`${url}?${query.toString()}`);
        expect(r.status, `${url}?${query.toString()}`).toBe(200);
      }
    }
  });
});
