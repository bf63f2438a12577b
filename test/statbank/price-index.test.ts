import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PotentialeError } from '../../src/core/index.ts';
import { fetchAndApply, firstRun, type FetchRunOptions } from '../../src/engine/index.ts';
import type { Database } from '../../src/db/index.ts';
import {
  createStatbankClient,
  fetchPriceIndex,
  type StatbankClientOptions,
} from '../../src/sources/index.ts';
import { cli } from '../cli/run-cli.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import {
  INDEX,
  fakeNglk,
  infoVariable,
  nglkInfo,
  nglkRows,
  serveNglk,
  type FakeNglk,
  type NglkInfo,
  type NglkRow,
} from './fake-nglk.ts';
import { buildFakeStatbank, serveFake } from './fake-statbank.ts';
import { startLoopback, type Loopback } from './loopback.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const YEARS = [...INDEX.keys()];
const fake = fakeNglk();

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => server.close());

const clientOptions = (extra: Partial<StatbankClientOptions> = {}): StatbankClientOptions => ({
  baseUrl: server.baseUrl,
  sleep: async () => undefined,
  timeoutMs: 5000,
  // One more attempt, for a kept-alive connection the server has just closed.
  retries: 1,
  now: () => NOW,
  ...extra,
});

const runOptions = (extra: Partial<FetchRunOptions> = {}): FetchRunOptions => ({
  client: clientOptions(),
  tables: ['NGLK'],
  now: () => NOW,
  ...extra,
});

const serve = (f: FakeNglk): void => server.handle((req, res) => serveNglk(f, req, res));

function withInfo(change: (info: NglkInfo) => void): FakeNglk {
  const info = nglkInfo();
  change(info);
  return { info, rows: nglkRows() };
}

function withRows(change: (rows: NglkRow[]) => NglkRow[]): FakeNglk {
  return { info: nglkInfo(), rows: change(nglkRows()) };
}

const isCell = (r: NglkRow, year: number, unit: string): boolean =>
  r['OMRÅDE'] === '000' &&
  r['BNØGLE'] === 'DRI' &&
  r['BRUTNETUDG'] === 'NET' &&
  r['TID'] === String(year) &&
  r['PRISENHED'] === unit;

/** The refusals: each a changed table or answer, and the Danish words of its message. */
const REFUSALS: readonly (readonly [string, () => FakeNglk, RegExp])[] = [
  [
    'a tableinfo without a fixed-price unit',
    () =>
      withInfo((i) => {
        const v = infoVariable(i, 'PRISENHED');
        v.values = v.values.filter((x) => x.id !== '08PRIS');
      }),
    /PRISENHED har ingen værdi med "faste" i teksten/,
  ],
  [
    'a tableinfo without DRI and SER',
    () =>
      withInfo((i) => {
        const v = infoVariable(i, 'BNØGLE');
        v.values = v.values.filter((x) => x.id !== 'DRI' && x.id !== 'SER');
      }),
    /BNØGLE har hverken DRI .* eller SER/,
  ],
  [
    'a tableinfo without the key-figure variable',
    () =>
      withInfo((i) => {
        i.variables = i.variables.filter((v) => v.id !== 'BNØGLE');
      }),
    /variablen BNØGLE \(nøgletal\) findes ikke/,
  ],
  [
    'the tableinfo of another table',
    () =>
      withInfo((i) => {
        i.id = 'FOLK1A';
      }),
    /svaret beskriver tabellen FOLK1A/,
  ],
  [
    'a data answer without 2015',
    () => withRows((rows) => rows.filter((r) => r['TID'] !== '2015')),
    /svaret mangler året 2015/,
  ],
  [
    'a data answer with a zero in 2012',
    () =>
      withRows((rows) => rows.map((r) => (isCell(r, 2012, '08PRIS') ? { ...r, INDHOLD: '0' } : r))),
    /DRI for 2012 i faste priser er 0, ikke positiv/,
  ],
  [
    'a data answer with ".." in 2020',
    () =>
      withRows((rows) =>
        rows.map((r) => (isCell(r, 2020, 'AARPRIS') ? { ...r, INDHOLD: '..' } : r)),
      ),
    /DRI for 2020 i løbende priser mangler/,
  ],
  [
    'no year whose ratio is 1',
    () =>
      withRows((rows) =>
        rows.map((r) =>
          r['PRISENHED'] === 'AARPRIS'
            ? { ...r, INDHOLD: String(Math.round(Number(r['INDHOLD']) * 1.01)) }
            : r,
        ),
      ),
    /basisåret kan ikke aflæses/,
  ],
];

describe('fetchPriceIndex(client) on NGLK', () => {
  it('reads the index current/fixed of DRI, net, whole country, for every year, with 2010 as base year', async () => {
    serve(fake);
    const before = server.requests.length;
    const f = await fetchPriceIndex(createStatbankClient(clientOptions()));
    expect(f.baseYear).toBe(2010);
    expect([f.fromYear, f.toYear, f.keyFigure]).toEqual([2008, 2024, 'DRI']);
    expect(f.fileName).toBe('statbank:NGLK pris- og lønindeks 2008-2024');
    const p = f.parsed;
    expect(p.format).toBe('statbank-api');
    expect(p.observations).toEqual([]);
    expect(p.priceIndex?.baseYear).toBe(2010);
    expect(p.priceIndex?.source).toBe('statbank');
    expect(p.priceIndex?.rows.map((r) => r.year)).toEqual(YEARS);
    for (const r of p.priceIndex?.rows ?? []) {
      expect(Math.abs(r.value - (INDEX.get(r.year) ?? NaN)), String(r.year)).toBeLessThan(2e-5);
    }
    expect(p.priceIndex?.rows.find((r) => r.year === 2010)?.value).toBe(1);
    expect(p.exportedBy).toBe(
      'Kilde: Danmarks Statistik, Statistikbanken (NGLK opdateret 2025-05-08T08:00:00)',
    );
    expect(p.exportedOn).toBe('2025-05-08');
    expect(
      p.diagnostics.filter((d) => d.severity === 'info' && /SHA-256/.test(d.message)),
    ).toHaveLength(f.responses.length);
    expect(p.diagnostics.some((d) => d.severity === 'warning')).toBe(false);
    // TABLEINFO first, then one CSV request with codes, naming every variable.
    const sent = server.requests.slice(before).map((r) => [r.path, JSON.parse(r.body) as unknown]);
    expect(sent).toEqual([
      ['/v1/tableinfo', { table: 'NGLK', lang: 'da', format: 'JSON' }],
      [
        '/v1/data',
        {
          table: 'NGLK',
          format: 'CSV',
          lang: 'da',
          valuePresentation: 'Code',
          variables: [
            { code: 'OMRÅDE', values: ['000'] },
            { code: 'BNØGLE', values: ['DRI'] },
            { code: 'BRUTNETUDG', values: ['NET'] },
            { code: 'PRISENHED', values: ['AARPRIS', '08PRIS'] },
            { code: 'Tid', values: YEARS.map(String) },
          ],
        },
      ],
    ]);
  });

  it('finds the price units by their texts and DRI by its text when the ids are others', async () => {
    const rename: Readonly<Record<string, string>> = {
      AARPRIS: 'LP',
      '08PRIS': 'FP24',
      DRI: 'KDU',
    };
    const info = nglkInfo();
    for (const v of info.variables) {
      for (const x of v.values) x.id = rename[x.id] ?? x.id;
    }
    const rows = nglkRows().map((r) => ({
      ...r,
      PRISENHED: rename[r['PRISENHED'] ?? ''] ?? r['PRISENHED'] ?? '',
      BNØGLE: rename[r['BNØGLE'] ?? ''] ?? r['BNØGLE'] ?? '',
    }));
    serve({ info, rows });
    const f = await fetchPriceIndex(createStatbankClient(clientOptions()));
    expect([f.keyFigure, f.baseYear]).toEqual(['KDU', 2010]);
    expect(f.parsed.priceIndex?.rows.find((r) => r.year === 2018)?.value).toBeCloseTo(1.12308, 4);
  });

  it('takes SER when the table has no DRI', async () => {
    serve(
      withInfo((i) => {
        const v = infoVariable(i, 'BNØGLE');
        v.values = v.values.filter((x) => x.id !== 'DRI');
      }),
    );
    const f = await fetchPriceIndex(createStatbankClient(clientOptions()));
    expect([f.keyFigure, f.baseYear]).toEqual(['SER', 2010]);
    // The fixture's SER deflator is the DRI one × 1.004 outside 2010.
    expect(f.parsed.priceIndex?.rows.find((r) => r.year === 2024)?.value).toBeCloseTo(
      1.3 * 1.004,
      4,
    );
  });

  it('reads a base year other than 2010 from the data, and warns when the unit’s text names another', async () => {
    const f2024 = withRows((rows) =>
      rows.map((r) =>
        r['PRISENHED'] === '08PRIS'
          ? { ...r, INDHOLD: String(Math.round(Number(r['INDHOLD']) * 1.3)) }
          : r,
      ),
    );
    infoVariable(f2024.info, 'PRISENHED').values[1] = { id: '08PRIS', text: 'Faste 2008-priser' };
    serve(f2024);
    const f = await fetchPriceIndex(createStatbankClient(clientOptions()));
    expect(f.baseYear).toBe(2024);
    expect(f.parsed.priceIndex?.rows.find((r) => r.year === 2010)?.value).toBeCloseTo(1 / 1.3, 4);
    expect(f.parsed.diagnostics.find((d) => d.severity === 'warning')?.message).toBe(
      'prisenheden nævner 2008, men forholdet løbende/faste priser er 1 i 2024',
    );
  });

  it.each(REFUSALS)('refuses %s with a Danish message', async (_, build, message) => {
    serve(build());
    const run = fetchPriceIndex(createStatbankClient(clientOptions()));
    await expect(run).rejects.toThrow(message);
    await expect(run).rejects.toBeInstanceOf(PotentialeError);
    await expect(run).rejects.toMatchObject({ kind: 'unsupported' });
  });
});

async function indexRowsOf(db: Database): Promise<unknown[]> {
  return db.query(
    `SELECT source, key_figure_id, year, value::float8 AS value, base_year
     FROM price_index ORDER BY source, key_figure_id, year`,
  );
}

async function snapshot(db: Database): Promise<unknown> {
  return {
    index: await indexRowsOf(db),
    rest: await db.query(
      `SELECT (SELECT count(*)::int FROM observations) AS observations,
              (SELECT count(*)::int FROM imports) AS imports,
              (SELECT coalesce(max(import_id), 0)::int FROM price_index) AS index_import`,
    ),
  };
}

describe.each(ENGINES)('fetchAndApply(db, { tables: ["NGLK"] }) on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => db.close());

  it('stores the index in price_index (source statbank, base year 2010); offline from the cache it changes nothing', async () => {
    serve(fake);
    const cacheDir = mkdtempSync(join(tmpdir(), 'statbank-nglk-'));
    const report = await fetchAndApply(db, runOptions({ client: clientOptions({ cacheDir }) }));
    expect(report.priceIndex).toEqual({
      table: 'NGLK',
      updated: '2025-05-08T08:00:00',
      fromYear: 2008,
      toYear: 2024,
      baseYear: 2010,
      keyFigure: 'DRI',
    });
    expect(report.tables).toEqual([]);
    expect([report.fromYear, report.toYear]).toEqual([2008, 2024]);
    expect(report.import).toMatchObject({ status: 'applied', rowsRead: 0 });
    const rows = (await indexRowsOf(db)) as {
      source: string;
      key_figure_id: string;
      year: number;
      value: number;
      base_year: number;
    }[];
    expect(rows.map((r) => r.year)).toEqual(YEARS);
    for (const r of rows) {
      expect(r).toMatchObject({ source: 'statbank', key_figure_id: '', base_year: 2010 });
      expect(Math.abs(r.value - (INDEX.get(r.year) ?? NaN)), String(r.year)).toBeLessThan(2e-5);
    }
    const [imp] = await db.query<{ file_name: string; source_format: string; exported_by: string }>(
      `SELECT file_name, source_format, exported_by FROM imports ORDER BY id DESC LIMIT 1`,
    );
    expect(imp).toEqual({
      file_name: 'statbank:NGLK pris- og lønindeks 2008-2024',
      source_format: 'statbank-api',
      exported_by:
        'Kilde: Danmarks Statistik, Statistikbanken (NGLK opdateret 2025-05-08T08:00:00)',
    });

    // Offline, from the cache, with the server refusing everything: the same index.
    server.handle((_req, res) => res.writeHead(500).end());
    const before = await indexRowsOf(db);
    const again = await fetchAndApply(
      db,
      runOptions({ client: clientOptions({ cacheDir, offline: true }) }),
    );
    expect(again.fromCache).toBe(true);
    expect(again.priceIndex?.baseYear).toBe(2010);
    expect(again.import).toMatchObject({ inserted: 0, updated: 0, rowsRead: 0 });
    expect(await indexRowsOf(db)).toEqual(before);
  });

  it.each(REFUSALS)('leaves the database exactly as it was after %s', async (_, build, message) => {
    const before = await snapshot(db);
    serve(build());
    await expect(fetchAndApply(db, runOptions())).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('REGK31,FOLK1A,NGLK is one import: observations and the index, or nothing when NGLK is refused', async () => {
    const statbank = buildFakeStatbank();
    const other = serveFake.bind(null, statbank);
    const options = runOptions({ tables: ['REGK31', 'FOLK1A', 'NGLK'], fromYear: 2022 });

    const before = await snapshot(db);
    const noFixed = withInfo((i) => {
      const v = infoVariable(i, 'PRISENHED');
      v.values = v.values.filter((x) => x.id !== '08PRIS');
    });
    server.handle((req, res) => serveNglk(noFixed, req, res, other));
    await expect(fetchAndApply(db, options)).rejects.toThrow(/"faste"/);
    expect(await snapshot(db)).toEqual(before);

    server.handle((req, res) => serveNglk(fake, req, res, other));
    const report = await fetchAndApply(db, options);
    expect(report.tables.map((t) => t.table)).toEqual(['REGK31', 'FOLK1A']);
    expect([report.fromYear, report.toYear]).toEqual([2022, 2024]);
    expect(report.priceIndex?.baseYear).toBe(2010);
    expect(report.import.inserted).toBeGreaterThan(0);
    const [imp] = await db.query<{ file_name: string; exported_by: string; id: number }>(
      `SELECT id, file_name, exported_by FROM imports ORDER BY id DESC LIMIT 1`,
    );
    expect(imp?.file_name).toBe(
      'statbank:REGK31+FOLK1A 2022-2024 + NGLK pris- og lønindeks 2008-2024',
    );
    expect(imp?.exported_by).toBe(
      'Kilde: Danmarks Statistik, Statistikbanken (REGK31 opdateret 2025-06-30T08:00:00, ' +
        'FOLK1A opdateret 2025-08-11T08:00:00, NGLK opdateret 2025-05-08T08:00:00)',
    );
    // The same index as an earlier fetch stored: kept, with the import it first came from.
    const [stored] = await db.query<{ n: number; imports: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT import_id)::int AS imports FROM price_index
       WHERE source = 'statbank'`,
    );
    expect(stored).toEqual({ n: YEARS.length, imports: 1 });
  });
});

describe.each(ENGINES)('firstRun(db, options) with NGLK on %s', (engine) => {
  const statbank = buildFakeStatbank();
  const other = serveFake.bind(null, statbank);
  const first = (): FetchRunOptions => ({
    client: clientOptions(),
    fromYear: 2022,
    now: () => NOW,
  });

  it('stores REGK31, FOLK1A and the index when NGLK answers as expected', async () => {
    const db = await freshDatabase(engine);
    try {
      server.handle((req, res) => serveNglk(fake, req, res, other));
      const r = await firstRun(db, first());
      expect(r).toMatchObject({ status: 'fetched' });
      if (r.status !== 'fetched') return;
      expect(r.report.tables.map((t) => t.table)).toEqual(['REGK31', 'FOLK1A']);
      expect(r.report.priceIndex?.baseYear).toBe(2010);
      expect(r.report.priceIndexSkipped).toBeUndefined();
      expect(await indexRowsOf(db)).toHaveLength(YEARS.length);
    } finally {
      await db.close();
    }
  });

  it('stores REGK31 and FOLK1A without the index, and says why, when NGLK is refused', async () => {
    const db = await freshDatabase(engine);
    try {
      const noSer = withInfo((i) => {
        const v = infoVariable(i, 'BNØGLE');
        v.values = v.values.filter((x) => x.id !== 'DRI' && x.id !== 'SER');
      });
      server.handle((req, res) => serveNglk(noSer, req, res, other));
      const r = await firstRun(db, first());
      expect(r).toMatchObject({ status: 'fetched' });
      if (r.status !== 'fetched') return;
      expect(r.report.priceIndex).toBeUndefined();
      expect(r.report.priceIndexSkipped).toMatch(/^StatBank-tabellen NGLK kan ikke give/);
      expect(r.report.import.inserted).toBeGreaterThan(0);
      expect(await indexRowsOf(db)).toEqual([]);
      const [imp] = await db.query<{ file_name: string }>(`SELECT file_name FROM imports`);
      expect(imp?.file_name).toBe('statbank:REGK31+FOLK1A 2022-2024');
    } finally {
      await db.close();
    }
  });
});

describe('potentiale fetch --tables NGLK', () => {
  it('reports the index in Danish and in --json, and refuses a changed table with exit code ≠ 0', async () => {
    serve(fake);
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-nglk-'));
    const env = {
      POTENTIALE_STATBANK_URL: server.baseUrl,
      POTENTIALE_STATBANK_CACHE: join(dir, 'cache'),
      POTENTIALE_STATBANK_RETRIES: '1',
    };
    const db = join(dir, 'db');
    const r = await cli(['fetch', '--tables', 'nglk', '--db', db], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'NGLK: pris- og lønindeks 2008-2024, basisår 2010 (nøgletal DRI, opdateret 2025-05-08T08:00:00)\n' +
        '1 tabel.\nKilde: Danmarks Statistik.\n',
    );
    const j = await cli(['fetch', '--tables', 'NGLK', '--offline', '--db', db, '--json'], env);
    expect(j.code).toBe(0);
    expect(j.json<{ priceIndex: unknown; fromCache: boolean }>()).toMatchObject({
      fromCache: true,
      priceIndex: { table: 'NGLK', fromYear: 2008, toYear: 2024, baseYear: 2010 },
    });

    serve(
      withInfo((i) => {
        const v = infoVariable(i, 'PRISENHED');
        v.values = v.values.filter((x) => x.id !== '08PRIS');
      }),
    );
    const bad = await cli(['fetch', '--tables', 'NGLK', '--db', db], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(
      /NGLK kan ikke give pris- og lønindekset: PRISENHED har ingen værdi/,
    );
  });
});
