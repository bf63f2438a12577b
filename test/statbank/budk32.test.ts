// `potentiale fetch --tables BUDK32`: the budget by function, on the REGK31 key figures, from
// the fake StatBank (fake-budk32.ts: project-made answers in StatBank's shape).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, CURRENT_PRICES } from '../../src/core/index.ts';
import { fetchAndApply } from '../../src/engine/index.ts';
import type { Database } from '../../src/db/index.ts';
import {
  createStatbankClient,
  fetchStatbank,
  type StatbankClientOptions,
} from '../../src/sources/index.ts';
import { cli } from '../cli/run-cli.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { BUDK32_AREA, MISSING_FUNCTION, fixtureBudgets, withBudk32 } from './fake-budk32.ts';
import { buildFakeStatbank, regk31Exports, serveFake } from './fake-statbank.ts';
import { startLoopback, type Loopback } from './loopback.ts';

const fake = withBudk32(buildFakeStatbank());
const budgets = fixtureBudgets();
let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => server.close());

const client = (): StatbankClientOptions => ({
  baseUrl: server.baseUrl,
  sleep: async () => undefined,
  timeoutMs: 300,
  retries: 1,
  now: () => new Date('2026-11-23T12:00:00Z'),
});

interface SentBody {
  readonly table: string;
  readonly variables: readonly { readonly code: string; readonly values: readonly string[] }[];
}

describe('fetchStatbank(client, { tables: [BUDK32] })', () => {
  it('asks for net operating per inhabitant, the area variable named by TABLEINFO', async () => {
    server.handle((req, res) => serveFake(fake, req, res));
    server.requests.length = 0;
    await fetchStatbank(createStatbankClient(client()), {
      catalogue: CATALOGUE,
      tables: ['BUDK32'],
      fromYear: 2020,
    });
    const data = server.requests
      .filter((r) => r.path === '/v1/data')
      .map((r) => JSON.parse(r.body) as SentBody);
    expect(data.length).toBeGreaterThan(0);
    for (const body of data) {
      const values = new Map(body.variables.map((v) => [v.code, v.values]));
      expect(body.table).toBe('BUDK32');
      expect([...values.keys()]).toEqual([
        BUDK32_AREA,
        'FUNKTION',
        'DRANST',
        'ART',
        'PRISENHED',
        'Tid',
      ]);
      // The 98 municipalities and the country; no regions, no municipality groups.
      expect(values.get(BUDK32_AREA)).toHaveLength(99);
      expect(values.get(BUDK32_AREA)).toContain('766');
      expect(values.get(BUDK32_AREA)).not.toContain('081');
      expect(values.get(BUDK32_AREA)).not.toContain('910');
      expect(values.get('DRANST')).toEqual(['1']);
      expect(values.get('ART')).toEqual(['TOT']);
      expect(values.get('PRISENHED')).toEqual(['INDL']);
      // The catalogue's 25 REGK31 functions, less the one BUDK32 lacks; no main accounts.
      expect(values.get('FUNKTION')).toHaveLength(24);
      expect(values.get('FUNKTION')).toContain('53027');
      expect(values.get('FUNKTION')).not.toContain(MISSING_FUNCTION);
      expect(values.get('FUNKTION')).not.toContain('HK0');
    }
  });

  it('lands the budget on the regk31-<function> ids with year kind budget, values as served', async () => {
    server.handle((req, res) => serveFake(fake, req, res));
    const f = await fetchStatbank(createStatbankClient(client()), {
      catalogue: CATALOGUE,
      tables: ['BUDK32'],
      fromYear: 2020,
    });
    expect([f.fromYear, f.toYear]).toEqual([2020, 2025]);
    expect(f.fileName).toBe('statbank:BUDK32 2020-2025');
    expect(f.parsed.priceBasis).toEqual(CURRENT_PRICES);
    const obs = f.parsed.observations;
    // 5 functions × 7 municipalities × 6 years: the rows the fake holds.
    expect(obs).toHaveLength(5 * 7 * 6);
    expect(obs.every((o) => o.yearKind === 'budget' && o.status === 'value')).toBe(true);
    for (const o of obs) {
      const f5 = o.keyFigureId.replace('regk31-', '').replaceAll('-', '');
      expect(o.value).toBe(budgets.get(`${f5}|${o.municipalityCode}|${o.year}`));
    }
    const planted = obs.find(
      (o) => o.keyFigureId === 'regk31-5-30-27' && o.municipalityCode === '766' && o.year === 2022,
    );
    expect(planted?.value).toBe(3104);
    expect(f.parsed.keyFigures.find((k) => k.id === 'regk31-5-30-27')?.sourceName).toBe(
      'REGK31 5.30.27 Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør (netto, kr. pr. indb.)',
    );
  });

  it('refuses a BUDK32 without a variable of municipality codes', async () => {
    const info = JSON.parse(fake.budk32Info ?? '{}') as { variables: { id: string }[] };
    const broken = JSON.stringify({ ...info, variables: info.variables.slice(1) });
    server.handle((req, res) => serveFake({ ...fake, budk32Info: broken }, req, res));
    await expect(
      fetchStatbank(createStatbankClient(client()), {
        catalogue: CATALOGUE,
        tables: ['BUDK32'],
      }),
    ).rejects.toThrow(/BUDK32 passer ikke .*ingen områdevariabel med kommunernes koder/);
  });
});

describe.each(ENGINES)('fetchAndApply(db, { tables: [REGK31, BUDK32] }) on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => db.close());

  it('stores accounts and budget of one function and year side by side', async () => {
    server.handle((req, res) => serveFake(fake, req, res));
    const report = await fetchAndApply(db, {
      client: client(),
      tables: ['REGK31', 'BUDK32'],
      fromYear: 2022,
      now: () => new Date('2026-11-23T12:00:00Z'),
    });
    expect(report.import.status).toBe('applied');
    // REGK31 ends in 2024, so 2024 is the last year of both.
    expect([report.fromYear, report.toYear]).toEqual([2022, 2024]);
    const rows = await db.query<{
      year: number;
      year_kind: string;
      price_basis: string;
      value: string;
    }>(
      `SELECT year, year_kind, price_basis, value::text FROM observations
       WHERE key_figure_id = 'regk31-5-30-27' AND municipality_code = '766'
       ORDER BY year, year_kind`,
    );
    const accounts = regk31Exports().perInhabitant;
    expect(rows).toEqual(
      [2022, 2023, 2024].flatMap((y) => [
        {
          year: y,
          year_kind: 'accounts',
          price_basis: 'current',
          value: String(accounts.get(`53027|766|${y}`)),
        },
        {
          year: y,
          year_kind: 'budget',
          price_basis: 'current',
          value: String(budgets.get(`53027|766|${y}`)),
        },
      ]),
    );
    expect(rows.map((r) => r.value)).toEqual(['3449', '3104', '3569', '3597', '3872', '3485']);
    const [imp] = await db.query<{ file_name: string; year_kinds: unknown }>(
      `SELECT file_name, year_kinds FROM imports ORDER BY id DESC LIMIT 1`,
    );
    expect(imp?.file_name).toBe('statbank:REGK31+BUDK32 2022-2024');
    const kinds =
      typeof imp?.year_kinds === 'string' ? JSON.parse(imp.year_kinds) : imp?.year_kinds;
    expect(kinds).toEqual({ 2022: 'budget', 2023: 'budget', 2024: 'budget' });
  });
});

describe('potentiale fetch --tables BUDK32', () => {
  it('fetches the budget years and says what it stored', async () => {
    server.handle((req, res) => serveFake(fake, req, res));
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-fetch-'));
    try {
      const env = {
        POTENTIALE_STATBANK_URL: server.baseUrl,
        POTENTIALE_STATBANK_CACHE: join(dir, 'cache'),
        POTENTIALE_STATBANK_RETRIES: '1',
      };
      const args = ['fetch', '--tables', 'budk32', '--from', '2020', '--db', join(dir, 'db')];
      const r = await cli(args, env);
      expect(r.stderr).toBe('BUDK32: 210 rækker hentet\n');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(
        'BUDK32: 210 rækker, 2020-2025 (opdateret 2025-01-17T08:00:00)\n' +
          '1 tabel, 210 værdier: 210 nye, 0 ændrede, 0 uændrede.\nKilde: Danmarks Statistik.\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
