import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import type { EngineName } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';

// The API fuzz (issue 12, "Validate before work"): requests generated from the OpenAPI document,
// every path, method and parameter, with hostile values. None may answer 500, every refusal is
// a problem document, and no request may cost more than a second of CPU. A fixed seed makes a
// failure reproducible: the message names the request. 2 000 requests on PGlite, 200 on
// PostgreSQL (the same generator, so the first 200 are the same requests).
const SEED = 0x5eed_2026;
const RUNS: Readonly<Record<EngineName, number>> = { pglite: 2000, postgres: 200 };
/** CPU per request (user + system of this process, which includes PGlite's work). */
const CPU_BUDGET_MS = 1000;

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: { readonly example?: unknown; readonly enum?: readonly string[] };
}
interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: {
    readonly content: Record<
      string,
      {
        readonly schema?: {
          readonly example?: unknown;
          readonly properties?: Record<string, { example?: unknown }>;
        };
      }
    >;
  };
}
interface OpenApi {
  readonly paths: Record<string, Record<string, Operation>>;
}

// Values a client would send, per parameter name, besides the documented example.
const VALID: Readonly<Record<string, readonly string[]>> = {
  municipality: ['766', '101', '0147', '860'],
  code: ['766', '101', '851'],
  year: ['2019', '2018', '2010'],
  from: ['2010', '2015'],
  to: ['2019', '2018'],
  keyFigure: ['udgifter-aeldre-pr-67-aarig', 'udg-folkeskolen-pr-6-16-aarig', 'indbyggertal'],
  id: ['udgifter-aeldre-pr-67-aarig', 'indbyggertal'],
  benchmark: ['median', 'mean', 'p25', 'best', 'ratio-of-sums', 'municipality:101', 'dea'],
  peers: ['nearest:10', 'all', 'region', 'landsdel', 'list:101,147,151', 'nearest:3'],
  prices: ['current', '2019', ''],
  format: ['json', 'csv', 'xlsx', 'jsonstat'],
  locale: ['da', 'en'],
  lang: ['da', 'en'],
  k: ['5', '10'],
  limit: ['3', '10'],
  widen: ['20', '30'],
};

const CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f'];

/** A hostile value: control characters, extreme and malformed numbers, unicode, injections. */
function hostile(r: Random, room: number): string {
  const long = (unit: string) =>
    unit.repeat(Math.max(1, Math.floor((r.next() * room) / unit.length)));
  return r.pick<() => string>([
    () => '',
    () => ' ',
    () => r.pick(CONTROL),
    () => `2019${r.pick(CONTROL)}`,
    () => `udgifter${r.pick(CONTROL)}aeldre`,
    () => '%00',
    () => '%',
    () => r.pick(['-1', '0', '-0', '+1', '00', '0x10', '1_000', '٢٠١٩']),
    () => r.pick(['1e308', '-1e308', '1e-300', '1.7976931348623157e309', '9'.repeat(40)]),
    () => r.pick(['NaN', 'Infinity', '-Infinity', 'undefined', 'null', 'true', '[]', '{}']),
    () => r.pick(['2019.5', '2019,0', ' 2019 ', '２０１９', '2019\u200b', '\ufeff2019']),
    () => r.pick(['æøå', 'Ærø', '😀', '\u202egnp.exe', 'ǅ', 'İ', '\ud800', 'a\u0301']),
    () => r.pick(["' OR 1=1 --", '1; DROP TABLE observations; --', "'); SELECT pg_sleep(10); --"]),
    () => r.pick(['../../etc/passwd', '..\\..\\windows', '%2e%2e%2f', '/api/v1/health']),
    () => r.pick(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '${7*7}']),
    () => r.pick(['=HYPERLINK("http://evil.example")', '+1', '@SUM(A1)', '\t=1']),
    () =>
      r.pick(['nearest:0', 'nearest:-1', 'nearest:99999999999999999999', 'nearest:', 'nearest']),
    () => r.pick(['saved:', 'saved:x', `saved:${'x'.repeat(200)}`, 'list:', 'list:,,,']),
    () =>
      `list:${Array.from({ length: 1 + r.int(120) }, () => r.pick(['101', '999', 'x'])).join(',')}`,
    () => r.pick(['p0', 'p100', 'p101', 'p-1', 'p99.99999', 'municipality:', 'municipality:999']),
    () => r.pick(['dea:xyz', 'dea:crs', 'regression', 'need-adjusted']),
    () => long('x'),
    () => long('æ'),
    () => long('2019,'),
  ])();
}

/** A body for a JSON route: the documented fields, each valid or hostile, or not JSON at all. */
function jsonBody(r: Random, op: Operation, validShare: number): string {
  if (r.chance(0.1))
    return r.pick(['', '{', 'null', '[]', '"x"', '{"year":2019,}', 'NaN', '{"a":'.repeat(50)]);
  const properties = op.requestBody?.content['application/json']?.schema?.properties ?? {};
  const body: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(properties)) {
    if (r.chance(0.05)) continue;
    body[name] = r.chance(validShare)
      ? p.example
      : r.pick<() => unknown>([
          () => hostile(r, 200),
          () => r.pick([1e308, -1e308, 1e-300, -1, 0, 2019.5, 1899, 2101, 9e15]),
          () => [hostile(r, 50)],
          () => Array.from({ length: r.int(40) }, () => r.pick(['a', 'b', 'udgiftsbehov-landet'])),
          () => ({ nested: { deeper: [hostile(r, 20)] } }),
          () => null,
          () => true,
        ])();
  }
  if (r.chance(0.1)) body[hostile(r, 20)] = hostile(r, 20);
  return JSON.stringify(body);
}

/** A CSV for the upload: a header with the named columns, some rows, some hostile numbers. */
function csvBody(r: Random, query: URLSearchParams, validShare: number): string {
  if (r.chance(0.1)) return hostile(r, 500);
  const share = r.chance(0.4) ? 1 : validShare;
  const columns = [
    query.get('id') ?? 'id',
    ...`${query.get('inputs') ?? ''},${query.get('outputs') ?? ''}`.split(',').filter(Boolean),
  ].slice(0, 8);
  const cell = () =>
    r.chance(share)
      ? String(1 + r.int(1000))
      : r.pick(['0', '-1', '1e308', '1e-300', '1e20', 'NaN', '', 'x', '1,5', '"1"', '=1+1']);
  const separator = r.chance(0.95) ? ',' : ';';
  const rows = Array.from({ length: r.int(30) }, (_, i) =>
    [`u${i}`, ...columns.slice(1).map(cell)].join(separator),
  );
  return [columns.join(separator), ...rows].join(r.chance(0.8) ? '\n' : '\r\n');
}

/** Percent-encodes a path segment; a lone surrogate goes as the bytes UTF-8 forbids for it. */
function encodeSegment(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%A0%80';
  }
}

interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

const QUERY_ROOM = 2100;
const WRONG_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const ACCEPT = [
  'application/json',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/json-stat',
  '*/*',
  'x/\u00ff',
];

/** One request for an operation of the document. */
function generate(r: Random, path: string, documented: string, op: Operation): FuzzRequest {
  const params = op.parameters ?? [];
  const valid = (p: Parameter) =>
    r.pick(p.schema?.enum ?? [...(VALID[p.name] ?? []), String(p.schema?.example ?? '')]);
  // A third of the requests are valid but for one parameter (they reach the handlers and the
  // database), a third mostly valid, a third anything goes.
  const mode = r.pick(['one', 'mostly', 'wild'] as const);
  // In 'one' mode, sometimes no parameter is hostile, only the body or the headers.
  const target = r.int(params.length + 1);
  const validShare = { one: 0.97, mostly: 0.85, wild: 0.5 }[mode];
  const good = (i: number) => (mode === 'one' ? i !== target : r.chance(validShare));
  const url = path.replace(/{(\w+)}/g, (_, name: string) => {
    const i = params.findIndex((x) => x.name === name);
    const p = params[i];
    return encodeSegment(p && good(i) ? valid(p) : hostile(r, 300));
  });
  const query = new URLSearchParams();
  for (const [i, p] of params.entries()) {
    if (p.in !== 'query') continue;
    if (mode !== 'one' && r.chance(p.required ? 0.03 : 0.15)) continue;
    query.append(p.name, good(i) ? valid(p) : hostile(r, QUERY_ROOM / 4));
    if (r.chance(0.03)) query.append(p.name, r.chance(0.5) ? valid(p) : hostile(r, 20));
  }
  if (r.chance(0.15))
    query.append(r.pick(['cb', '_', 'x', 'YEAR', hostile(r, 20)]), hostile(r, 40));
  let search = query.toString();
  // Raw escapes the URLSearchParams encoder would never write.
  if (r.chance(0.07))
    search += r.pick([
      '&year=%00',
      '&%zz=1',
      '&a=%',
      '&=',
      '&&',
      '&keyFigure=%C0%80',
      '&peers=saved:%00',
    ]);
  const method = r.chance(0.93) ? documented.toUpperCase() : r.pick(WRONG_METHODS);
  const headers: Record<string, string> = {};
  if (r.chance(0.2)) headers['Accept'] = r.pick(ACCEPT);
  let body: string | undefined;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    const types = Object.keys(op.requestBody?.content ?? {});
    const type =
      types.length && r.chance(0.85)
        ? r.pick(types)
        : r.pick(['text/plain', 'application/x-www-form-urlencoded', '']);
    if (type) headers['Content-Type'] = type;
    if (r.chance(0.1))
      headers['Origin'] = r.pick(['https://evil.example', 'null', 'http://localhost']);
    body =
      type === 'application/json' ? jsonBody(r, op, validShare) : csvBody(r, query, validShare);
  }
  return {
    method,
    url: `${url}${search ? `?${search}` : ''}`,
    headers,
    ...(body === undefined ? {} : { body }),
  };
}

describe.each(Object.keys(RUNS) as EngineName[])('the API under fuzzing on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  const errors: unknown[] = [];
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    app = createApp({ db, now: () => new Date(0), logError: (e) => errors.push(e) });
  }, 300_000);
  afterAll(async () => {
    await db?.close();
  });

  it(`answers ${RUNS[engine]} hostile requests from the OpenAPI document without a 500, each in under ${CPU_BUDGET_MS} ms of CPU`, async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as OpenApi;
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(15);
    // Warm-up, not measured: the first use of each route builds what every later request
    // shares (PGlite's buffer cache, compiled code, the package plan, DEA's worker pool).
    for (const { path, method, op } of operations) {
      const params = op.parameters ?? [];
      const example = (name: string) =>
        String(params.find((p) => p.name === name)?.schema?.example ?? name);
      const query = new URLSearchParams();
      for (const p of params.filter((x) => x.in === 'query' && x.schema?.example !== undefined))
        query.set(p.name, example(p.name));
      const url = path.replace(/{(\w+)}/g, (_, n: string) => example(n));
      const [type, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      const body = media?.schema?.properties
        ? JSON.stringify(
            Object.fromEntries(
              Object.entries(media.schema.properties).map(([k, v]) => [k, v.example]),
            ),
          )
        : String(media?.schema?.example ?? '');
      const init = type
        ? { method: method.toUpperCase(), headers: { 'Content-Type': type }, body }
        : { method: method.toUpperCase() };
      await (await app.request(`${url}?${query.toString()}`, init)).arrayBuffer();
    }
    const r = random(SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < RUNS[engine]; i++) {
      const { path, method, op } = r.pick(operations);
      const request = generate(r, path, method, op);
      const started = process.cpuUsage();
      const response = await app.request(request.url, request);
      const body = new TextDecoder().decode(await response.arrayBuffer());
      const cpu = process.cpuUsage(started);
      const ms = (cpu.user + cpu.system) / 1000;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const name = `#${i} ${request.method} ${request.url.slice(0, 300)} ${JSON.stringify(request.headers)} ${JSON.stringify(request.body?.slice(0, 200) ?? '')}`;
      if (response.status >= 500)
        failures.push(`${name} → ${response.status} ${body.slice(0, 200)}`);
      if (ms > CPU_BUDGET_MS) failures.push(`${name} → ${Math.round(ms)} ms of CPU`);
      if (response.status >= 400) {
        if (!/application\/problem\+json/.test(response.headers.get('content-type') ?? ''))
          failures.push(`${name} → ${response.status} without a problem document`);
        else {
          const problem = JSON.parse(body) as { detail?: string; detailEn?: string };
          if (!problem.detail || !problem.detailEn)
            failures.push(`${name} → problem without detail`);
        }
        if (/at .*\.(ts|js):\d+/.test(body)) failures.push(`${name} → a stack trace`);
      }
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    // The fuzz must reach the handlers, not only the edge: some answers are real answers.
    const ok = [...statuses].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    expect(ok / RUNS[engine]).toBeGreaterThan(0.05);
  }, 600_000);
});
