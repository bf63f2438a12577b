import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { fetchAndApply, firstRun, type FetchRunOptions } from '../../src/engine/index.ts';
import type { Database } from '../../src/db/index.ts';
import { createStatbankClient, fetchStatbank } from '../../src/sources/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { buildFakeStatbank, regk31Exports, serveFake, YEARS } from './fake-statbank.ts';
import { answer, startLoopback, type Loopback } from './loopback.ts';

const fake = buildFakeStatbank();
const exported = regk31Exports();
let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => server.close());

const options = (extra: Partial<FetchRunOptions['client']> = {}): FetchRunOptions => ({
  client: {
    baseUrl: server.baseUrl,
    sleep: async () => undefined,
    timeoutMs: 300,
    retries: 1,
    now: () => new Date('2026-11-23T12:00:00Z'),
    ...extra,
  },
  fromYear: 2022,
  now: () => new Date('2026-11-23T12:00:00Z'),
});

async function snapshot(db: Database): Promise<unknown> {
  return db.query(
    `SELECT (SELECT count(*)::int FROM observations) AS observations,
            (SELECT count(*)::int FROM imports) AS imports,
            (SELECT coalesce(sum(value), 0)::text FROM observations) AS total,
            (SELECT count(*)::int FROM observation_history) AS history`,
  );
}

describe('fetchStatbank(client, options) on REGK31 and FOLK1A built from the real exports', () => {
  it('lands REGK31 per inhabitant on the importer’s regk31-<function> ids with the exports’ values', async () => {
    server.handle((req, res) => serveFake(fake, req, res));
    const f = await fetchStatbank(createStatbankClient(options().client), {
      catalogue: CATALOGUE,
      fromYear: 2022,
    });
    expect(f.fromYear).toBe(2022);
    expect(f.toYear).toBe(2024);
    const regk = f.parsed.observations.filter((o) => o.keyFigureId.startsWith('regk31-'));
    // Functions under 3.22, 5.25, 5.28, 5.30, 5.38 and 6.45: 12 of the exports' 25, × 98 × 3 years.
    expect(new Set(regk.map((o) => o.keyFigureId)).size).toBe(12);
    expect(regk).toHaveLength(12 * 98 * 3);
    for (const o of regk) {
      const f5 = o.keyFigureId.replace('regk31-', '').replaceAll('-', '');
      expect(o.value).toBe(exported.perInhabitant.get(`${f5}|${o.municipalityCode}|${o.year}`));
    }
    expect(f.parsed.keyFigures.find((k) => k.id === 'regk31-3-22-01')?.sourceName).toBe(
      'REGK31 3.22.01 Folkeskoler (netto, kr. pr. indb.)',
    );
    expect(f.parsed.diagnostics.filter((d) => d.severity === 'info').length).toBe(
      f.responses.length,
    );
  });

  it('gives per inhabitant from 1.000 kr. and FOLK1A: the exports’ "Hele landet" (≤ 0.5 %) and municipalities (≤ 1 kr.)', async () => {
    server.handle((req, res) => serveFake(fake, req, res));
    const f = await fetchStatbank(createStatbankClient(options().client), {
      catalogue: CATALOGUE,
      fromYear: 2022,
    });
    expect(f.tables.map((t) => t.table)).toEqual(['REGK31', 'FOLK1A']);
    const admin = CATALOGUE.find((k) => k.id === 'statbank-administration-pr-indb');
    expect(admin?.formula).toBeDefined();
    const stored = f.parsed.observations.filter(
      (o) => o.keyFigureId === 'statbank-administration-pr-indb',
    );
    expect(stored).toHaveLength(98 * 3);
    for (const year of YEARS) {
      for (const code of ['101', '155', '825', '751']) {
        const o = stored.find((x) => x.year === year && x.municipalityCode === code);
        const want = exported.perInhabitant.get(`64551|${code}|${year}`) ?? NaN;
        expect(Math.abs((o?.value ?? NaN) - want), `${code} ${year}`).toBeLessThanOrEqual(1);
      }
    }
    // The national figure is a ratio of sums, evaluated on the same series.
    const national = (year: number): number => {
      const own = stored.filter((o) => o.year === year);
      const pop = f.parsed.observations.filter(
        (o) => o.keyFigureId === 'statbank-indbyggertal' && o.year === year,
      );
      const cost = own.reduce(
        (s, o) =>
          s +
          (o.value ?? 0) * (pop.find((p) => p.municipalityCode === o.municipalityCode)?.value ?? 0),
        0,
      );
      return cost / pop.reduce((s, p) => s + (p.value ?? 0), 0);
    };
    for (const year of YEARS) {
      const stated = exported.national.get(`64551|${year}`) ?? NaN;
      expect(Math.abs(national(year) / stated - 1), String(year)).toBeLessThan(0.005);
    }
  });
});

describe.each(ENGINES)('fetchAndApply(db, options) on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => db.close());

  it('on an empty database, firstRun fetches; a second run finds data', async () => {
    server.handle((req, res) => serveFake(fake, req, res));
    const cacheDir = mkdtempSync(join(tmpdir(), 'statbank-'));
    const first = await firstRun(db, { ...options({ cacheDir }) });
    expect(first.status).toBe('fetched');
    if (first.status !== 'fetched') return;
    expect(first.report.import.status).toBe('applied');
    expect(first.report.import.inserted).toBe(first.report.import.rowsRead);
    expect(await firstRun(db, options())).toEqual({ status: 'has-data' });
    const [row] = await db.query<{ value: string }>(
      `SELECT value::text FROM observations WHERE key_figure_id = 'regk31-3-22-01' AND municipality_code = '101' AND year = 2022`,
    );
    expect(row?.value).toBe('4975');
    const [imp] = await db.query<{ file_name: string; source_format: string; exported_by: string }>(
      `SELECT file_name, source_format, exported_by FROM imports ORDER BY id DESC LIMIT 1`,
    );
    expect(imp).toMatchObject({
      file_name: 'statbank:REGK31+FOLK1A 2022-2024',
      source_format: 'statbank-api',
    });
    expect(imp?.exported_by).toMatch(/^Kilde: Danmarks Statistik/);
    // The same answers again, offline from the cache: nothing changes.
    server.handle((_req, res) => answer(res, 500, 'nej'));
    const again = await fetchAndApply(db, options({ cacheDir, offline: true }));
    expect(again.fromCache).toBe(true);
    expect(again.import).toMatchObject({ status: 'unchanged', inserted: 0, updated: 0 });
  });

  const failures: readonly [string, Parameters<Loopback['handle']>[0]][] = [
    [
      'a 4xx with the API’s error body',
      (_req, res) =>
        answer(
          res,
          400,
          '{"errorTypeCode":"EXTRACT-NOTFOUND","message":"Tabel findes ikke: REGK31"}',
          'text/json',
        ),
    ],
    ['5xx on every attempt', (_req, res) => answer(res, 503, 'busy')],
    [
      'a connection reset mid-body on the data',
      (req, res) => {
        if (req.path === '/v1/tableinfo') return serveFake(fake, req, res);
        res.writeHead(200, { 'Content-Type': 'text/csv' });
        res.write('OMRÅDE;FUNKTION');
        setTimeout(() => res.socket?.destroy(), 5);
      },
    ],
    [
      'a BULK body cut off without its last line break',
      (req, res) => {
        if (req.path === '/v1/tableinfo') return serveFake(fake, req, res);
        res.writeHead(200, { 'Content-Type': 'text/csv' });
        res.end('OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD\r\n101;TOT;IALT;TOT;2022K1;64');
      },
    ],
    ['a slow server (timeout)', () => undefined],
  ];
  it.each(failures)('leaves the database exactly as it was after %s', async (_, handler) => {
    const before = await snapshot(db);
    server.handle(handler);
    await expect(fetchAndApply(db, options())).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('firstRun without a network on an empty database returns the Danish reason and writes nothing', async () => {
    const empty = await freshDatabase(engine);
    try {
      const closed = await startLoopback();
      await closed.close();
      const r = await firstRun(empty, {
        ...options(),
        client: { baseUrl: closed.baseUrl, sleep: async () => undefined },
      });
      expect(r.status).toBe('not-fetched');
      if (r.status === 'not-fetched')
        expect(r.message).toMatch(/Ingen forbindelse til Danmarks Statistik/);
      expect(await snapshot(empty)).toEqual([
        { observations: 0, imports: 0, total: '0', history: 0 },
      ]);
    } finally {
      await empty.close();
    }
  });
});
