import type { ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidFileError, PotentialeError } from '../../core/index.ts';
import { sharedPath } from '../../../test/support/shared-data.ts';
import { answer, startLoopback, type Loopback } from '../../../test/statbank/loopback.ts';
import { parseApiError, StatbankApiError } from './api-error.ts';
import { createStatbankClient, type StatbankClientOptions } from './client.ts';
import { parseStatbankTable } from './parse-table.ts';
import { countCells, splitRequest, type DataRequest } from './request.ts';
import { parseTableInfo } from './tableinfo.ts';

const samples = (...p: string[]): string => sharedPath('data', 'statbank-samples', ...p);
const bytesOf = (...p: string[]): Uint8Array => new Uint8Array(readFileSync(samples(...p)));
const VCR = 'thoran-statbank_denmark-vcr';
const SKILLS = 'dst-skills-mikkelkrogsholm';

interface Interaction {
  readonly body_file: string;
  readonly request: {
    readonly method: string;
    readonly uri: string;
    readonly json_body: Record<string, unknown> | null;
  };
  readonly response: { readonly status: number; readonly headers: Record<string, string> };
}
const interactions = (
  JSON.parse(readFileSync(samples(VCR, 'interactions.json'), 'utf8')) as {
    interactions: Interaction[];
  }
).interactions;
const recorded = (file: string): Interaction => {
  const i = interactions.find((x) => x.body_file === file);
  if (!i) throw new Error(file);
  return i;
};

let server: Loopback;
const sleeps: number[] = [];
const client = (extra: StatbankClientOptions = {}) =>
  createStatbankClient({
    baseUrl: server.baseUrl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => new Date('2026-11-23T12:00:00Z'),
    timeoutMs: 300,
    ...extra,
  });
const STRAF42: DataRequest = {
  table: 'STRAF42',
  format: 'CSV',
  lang: 'en',
  variables: [
    { code: 'HERKOMST1', values: ['00'] },
    { code: 'TID', values: ['2023'] },
  ],
};

beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => server.close());
const reset = (): void => {
  server.requests.length = 0;
  sleeps.length = 0;
};

describe('createStatbankClient(options) against recorded answers on a loopback server', () => {
  it('POSTs the recorded CSV request and parses the recorded STRAF42 answer (BOM, CRLF)', async () => {
    reset();
    const rec = recorded('data_STRAF42_en_csv.csv');
    server.handle((_req, res) =>
      answer(res, 200, bytesOf(VCR, rec.body_file), rec.response.headers['Content-Type']),
    );
    const r = await client().data(STRAF42);
    const sent = server.requests[0];
    expect(sent?.method).toBe(rec.request.method);
    expect(sent?.path).toBe(new URL(rec.request.uri).pathname);
    expect(sent?.headers['user-agent']).toMatch(/^Potentiale\//);
    expect(sent?.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(sent?.body ?? '{}') as Record<string, unknown>;
    const want = rec.request.json_body ?? {};
    // Same table, language and variables; the format name is case-insensitive at StatBank, and
    // the client always asks for codes (valuePresentation "Code", API-NOTES §10) where the
    // recording asked for texts ("Default").
    expect(body['table']).toBe(want['table']);
    expect(body['lang']).toBe(want['lang']);
    expect(body['variables']).toEqual(want['variables']);
    expect(String(body['format']).toLowerCase()).toBe(String(want['format']).toLowerCase());
    expect(body['valuePresentation']).toBe('Code');
    expect(r.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(parseStatbankTable(r.bytes, 'STRAF42')).toEqual({
      variables: ['HERKOMST1', 'TID'],
      cells: [{ codes: { HERKOMST1: 'Total', TID: '2023' }, value: 233454, raw: '233454' }],
    });
  });

  it('asks TABLEINFO by POST for what the recorded GET asked, and parses the answer', async () => {
    reset();
    const rec = recorded('tableinfo_STRAF42_en.json');
    server.handle((_req, res) =>
      answer(res, 200, bytesOf(VCR, rec.body_file), rec.response.headers['Content-Type']),
    );
    const r = await client().tableinfo('STRAF42', 'en');
    const query = Object.fromEntries(new URL(rec.request.uri).searchParams);
    expect(server.requests[0]?.path).toBe('/v1/tableinfo');
    // GET names the table "id", POST "table" (API-NOTES §1).
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      table: query['id'],
      lang: query['lang'],
      format: query['format']?.toUpperCase(),
    });
    expect(r.bytes.length).toBe(Number(rec.response.headers['Content-Length']));
    const info = parseTableInfo(r.bytes, 'STRAF42');
    expect(info.variables).toHaveLength(6);
    expect(info.variables.filter((v) => v.time).map((v) => v.id)).toEqual(['Tid']);
  });

  it('parses the FOLK1A tableinfo: 105 areas, 127 ages, 71 quarters, suppressed value 0', () => {
    const info = parseTableInfo(
      bytesOf(SKILLS, 'tableinfo_FOLK1A_da.compact-reconstructed.json'),
      'FOLK1A',
    );
    expect(info.variables.map((v) => [v.id, v.values.length])).toEqual([
      ['OMRÅDE', 105],
      ['KØN', 3],
      ['ALDER', 127],
      ['CIVILSTAND', 5],
      ['Tid', 71],
    ]);
    expect(info.suppressedDataValue).toBe('0');
    expect(info.updated).toBe('2025-08-11T08:00:00');
  });

  it('parses the FOLK1A CSV with codes: 31,200 integer rows of 12 areas', () => {
    const t = parseStatbankTable(
      bytesOf('jonasrex-folk1a-csv-code', 'FOLK1A_csv_valuePresentation-Code.csv'),
      'FOLK1A',
    );
    expect(t.variables).toEqual(['OMRÅDE', 'KØN', 'ALDER', 'TID']);
    expect(t.cells).toHaveLength(31_200);
    expect(new Set(t.cells.map((c) => c.codes['OMRÅDE']))).toEqual(
      new Set(['000', '084', '147', '400', '085', '083', '082', '081', '851', '461', '561', '751']),
    );
    expect(t.cells.every((c) => Number.isInteger(c.value))).toBe(true);
  });

  it('parses the English default CSV with a BOM: 222 rows', () => {
    const t = parseStatbankTable(
      bytesOf('raulorteg-folk1a-csv-en', 'FOLK1A_csv_en_Default.csv'),
      'FOLK1A',
    );
    expect(t.variables).toEqual(['TID', 'ALDER', 'KØN']);
    expect(t.cells).toHaveLength(222);
    expect(t.cells[0]?.codes['TID']).toBe('2021Q2');
  });

  it('reads BULK decimal commas and refuses a BULK answer cut off mid-line', () => {
    const metro = new TextDecoder().decode(
      bytesOf('dstapi-alemartinello', 'bulk_METROX1_da_first200chars.txt'),
    );
    const whole = metro.slice(0, metro.lastIndexOf('\n') + 1);
    const t = parseStatbankTable(new TextEncoder().encode(whole), 'METROX1');
    expect(t.variables).toEqual(['SÆSON', 'TID']);
    expect(t.cells[0]).toMatchObject({ codes: { TID: '2020U01' }, value: 37.7, raw: '37,7' });
    expect(() =>
      parseStatbankTable(bytesOf(SKILLS, 'bulk_FOLK1A_da_first200chars.txt'), 'FOLK1A'),
    ).toThrow(/afskåret/);
    expect(
      parseStatbankTable(new TextEncoder().encode('A;TID;INDHOLD\r\nx;2024;..\r\n'), 'X').cells[0]
        ?.value,
    ).toBeNull();
  });

  const errors = (
    JSON.parse(readFileSync(samples(SKILLS, 'errors', 'index.json'), 'utf8')) as {
      errors: { file: string; status: number }[];
    }
  ).errors;
  it.each(errors.map((e) => [e.file, e.status] as const))(
    'does not retry %s (HTTP %i) and shows the API’s own message',
    async (file, status) => {
      reset();
      const body = bytesOf(SKILLS, 'errors', file);
      server.handle((_req, res) => answer(res, status, body, 'text/json; charset=utf-8'));
      const error = await client()
        .data(STRAF42)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StatbankApiError);
      const { message } = parseApiError(new TextDecoder().decode(body));
      expect((error as StatbankApiError).message).toContain(message);
      expect(server.requests).toHaveLength(1);
      expect(sleeps).toEqual([]);
    },
  );

  it('retries a 5xx with backoff, then succeeds', async () => {
    reset();
    let n = 0;
    server.handle((_req, res) =>
      n++ < 2
        ? answer(res, 503, 'busy', 'text/plain')
        : answer(res, 200, bytesOf(VCR, 'data_STRAF42_en_csv.csv')),
    );
    const r = await client().data(STRAF42);
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
    expect(parseStatbankTable(r.bytes, 'x').cells).toHaveLength(1);
  });

  it.each([
    [
      'a connection reset mid-body',
      (res: ServerResponse) => {
        res.writeHead(200, { 'Content-Type': 'text/csv' });
        res.write('HERKOMST1;TID;INDHOLD\r\nTotal;20');
        setTimeout(() => res.socket?.destroy(), 10);
      },
      /afbrudt midt i svaret/,
    ],
    [
      'a BULK body shorter than its Content-Length',
      (res: ServerResponse) => {
        res.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': '973' });
        res.write(bytesOf(SKILLS, 'bulk_FOLK1A_da_first200chars.txt'));
        setTimeout(() => res.socket?.destroy(), 10);
      },
      /afbrudt midt i svaret/,
    ],
    ['a server that never answers', () => undefined, /intet svar inden for 0.3 s/],
    [
      'a server that answers too slowly',
      (res: ServerResponse) => {
        res.writeHead(200, { 'Content-Type': 'text/csv' });
        res.write('HERKOMST1;TID;INDHOLD\r\n');
      },
      /ikke færdigt inden for 0.3 s/,
    ],
  ])('gives up on %s after its retries, as a network error', async (_, handler, message) => {
    reset();
    server.handle((_req, res) => handler(res));
    const error = await client({ retries: 2 })
      .data(STRAF42)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PotentialeError);
    expect((error as PotentialeError).kind).toBe('network');
    expect((error as PotentialeError).message).toMatch(message);
    expect(server.requests).toHaveLength(3);
  });

  it('fails at once, in Danish, when there is no network', async () => {
    reset();
    const closed = await startLoopback();
    await closed.close();
    const error = await createStatbankClient({
      baseUrl: closed.baseUrl,
      sleep: async (ms) => void sleeps.push(ms),
    })
      .tableinfo('FOLK1A')
      .catch((e: unknown) => e);
    expect((error as PotentialeError).kind).toBe('network');
    expect((error as PotentialeError).message).toMatch(
      /^Ingen forbindelse til Danmarks Statistik \(127\.0\.0\.1:\d+: ECONNREFUSED\)/,
    );
    expect(sleeps).toEqual([]);
  });

  it('keeps every answer with its request, time and SHA-256, and answers from it offline', async () => {
    reset();
    const cacheDir = mkdtempSync(join(tmpdir(), 'statbank-cache-'));
    server.handle((_req, res) => answer(res, 200, bytesOf(VCR, 'data_STRAF42_en_csv.csv')));
    const online = await client({ cacheDir }).data(STRAF42);
    const files = readdirSync(join(cacheDir, 'STRAF42')).sort();
    expect(files).toHaveLength(2);
    const meta = JSON.parse(
      readFileSync(join(cacheDir, 'STRAF42', files[1] ?? ''), 'utf8'),
    ) as Record<string, unknown>;
    expect(meta).toMatchObject({
      endpoint: 'data',
      method: 'POST',
      fetchedAt: '2026-11-23T12:00:00.000Z',
      sha256: online.meta.sha256,
    });
    reset();
    const offline = await client({ cacheDir, offline: true }).data(STRAF42);
    expect(server.requests).toHaveLength(0);
    expect(offline.fromCache).toBe(true);
    expect(offline.bytes).toEqual(online.bytes);
    const miss = await client({ cacheDir, offline: true })
      .data({ ...STRAF42, table: 'FOLK1A' })
      .catch((e: unknown) => e);
    expect((miss as PotentialeError).message).toMatch(/findes ikke i cachen/);
  });
});

describe('countCells(request) and splitRequest(request, time)', () => {
  it('counts rows × columns as StatBank does (the REQUEST-LIMIT example: 85,210,650)', () => {
    const all = (n: number) => Array.from({ length: n }, (_, i) => String(i));
    const req: DataRequest = {
      table: 'FOLK1A',
      format: 'CSV',
      lang: 'da',
      variables: [105, 3, 127, 5, 71].map((n, i) => ({ code: `V${i}`, values: all(n) })),
    };
    expect(countCells(req)).toBe(85_210_650);
    expect(countCells({ ...req, variables: [{ code: 'A', values: ['*'] }] })).toBeNull();
  });

  it('splits a CSV request over 1,000,000 cells by periods: 99 areas × 127 ages × 18 years', () => {
    const all = (n: number) => Array.from({ length: n }, (_, i) => String(i));
    const req: DataRequest = {
      table: 'FOLK1A',
      format: 'CSV',
      lang: 'da',
      variables: [99, 1, 127, 1, 18].map((n, i) => ({ code: `V${i}`, values: all(n) })),
    };
    expect(countCells(req)).toBe(1_357_884);
    const parts = splitRequest(req, 'V4');
    expect(parts).toHaveLength(2);
    expect(splitRequest({ ...req, format: 'BULK' }, 'V4')).toHaveLength(1);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => (countCells(p) ?? Infinity) <= 1_000_000)).toBe(true);
    expect(parts.flatMap((p) => p.variables[4]?.values ?? [])).toEqual(all(18));
  });
});

describe('the response parsers under fuzzing', () => {
  const refusesCleanly = (f: () => unknown): void => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof InvalidFileError)) throw e;
    }
  };
  it('parse or refuse random bytes, never throwing anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        refusesCleanly(() => parseStatbankTable(bytes, 'x'));
        refusesCleanly(() => parseTableInfo(bytes, 'x'));
        parseApiError(new TextDecoder().decode(bytes));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it('parse or refuse mutations of the recorded CSV and tableinfo', () => {
    const csv = bytesOf(VCR, 'data_STRAF42_en_csv.csv');
    const info = bytesOf(VCR, 'tableinfo_STRAF42_da.json');
    const mutate = (base: Uint8Array) =>
      fc
        .array(
          fc.tuple(
            fc.nat(base.length - 1),
            fc.constantFrom(0x3b, 0x0d, 0x0a, 0x2e, 0x2c, 0x22, 0x7b, 0x30),
          ),
          { maxLength: 4 },
        )
        .map((edits) => {
          const b = Uint8Array.from(base);
          for (const [i, v] of edits) b[i] = v;
          return b;
        });
    fc.assert(
      fc.property(mutate(csv), (b) => refusesCleanly(() => parseStatbankTable(b, 'x'))),
      { seed: 42, numRuns: 200 },
    );
    fc.assert(
      fc.property(mutate(info), (b) => refusesCleanly(() => parseTableInfo(b, 'x'))),
      { seed: 42, numRuns: 200 },
    );
  });
});
