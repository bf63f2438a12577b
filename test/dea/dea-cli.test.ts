import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { computeDeaBenchmark } from '../../src/engine/index.ts';
import { CATALOGUE } from '../../src/core/index.ts';
import { cli } from '../cli/run-cli.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase, realDataTarget } from '../support/real-data.ts';
import { sharedPath } from '../support/shared-data.ts';

const oracle = (file: string) =>
  readFileSync(sharedPath('oracle', 'dea', file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));

describe('potentiale dea --data <file.csv>', () => {
  const data = sharedPath('oracle', 'dea', 'data', 'charnes1981.csv');

  it('prints id,eff,peers,lambdas and slacks equal to R Benchmarking (charnes1981, VRS, input)', async () => {
    const r = await cli([
      'dea',
      '--data',
      data,
      '--id',
      'dmu',
      '--inputs',
      'x1,x2,x3,x4,x5',
      '--outputs',
      'y1,y2,y3',
      '--rts',
      'vrs',
      '--slack',
    ]);
    expect(r.stderr).toBe('');
    const [header, ...rows] = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(header).toEqual([
      'id',
      'eff',
      'peers',
      'lambdas',
      'slack_x1',
      'slack_x2',
      'slack_x3',
      'slack_x4',
      'slack_x5',
      'slack_y1',
      'slack_y2',
      'slack_y3',
      'slack_sum',
    ]);
    const [refHeader, ...ref] = oracle('results/charnes1981__vrs__in.csv');
    const eff = refHeader?.indexOf('eff') ?? -1;
    const slackSum = refHeader?.indexOf('slack_sum') ?? -1;
    expect(rows).toHaveLength(70);
    rows.forEach((row, i) => {
      expect(Math.abs(Number(row[1]) - Number(ref[i]?.[eff]))).toBeLessThan(1e-6);
      expect(Math.abs(Number(row[12]) - Number(ref[i]?.[slackSum]))).toBeLessThan(1e-4 * 100);
      expect(row[2]?.split(';').length).toBe(row[3]?.split(';').length);
    });
  });

  it('prints super-efficiency with Inf for infeasible units', async () => {
    const r = await cli([
      'dea',
      '--data',
      sharedPath('oracle', 'dea', 'data', 'bo_example.csv'),
      '--id',
      'dmu',
      '--inputs',
      'x',
      '--outputs',
      'y',
      '--rts',
      'vrs',
      '--super',
    ]);
    const ref = oracle('results/bo_example__sdea_vrs__in.csv');
    const rows = r.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    rows.forEach((row, i) => {
      const want = ref[i + 1]?.[2];
      if (want === 'Inf') expect(row[1]).toBe('Inf');
      else expect(Math.abs(Number(row[1]) - Number(want))).toBeLessThan(1e-6);
    });
  });

  it.each([
    [
      'a missing column',
      'firm,x,y\na,1,2\nb,2,3\n',
      ['--id', 'firm', '--inputs', 'x,z', '--outputs', 'y'],
      /kolonnen "z" findes ikke/,
    ],
    [
      'a non-numeric value',
      'firm,x,y\na,1,2\nb,abc,3\n',
      ['--id', 'firm', '--inputs', 'x', '--outputs', 'y'],
      /:3: ikke et tal .*"abc"/,
    ],
    [
      'a negative value',
      'firm,x,y\na,1,2\nb,-2,3\n',
      ['--id', 'firm', '--inputs', 'x', '--outputs', 'y'],
      /negativ/,
    ],
    [
      'zero-variance data',
      'firm,x,y\na,1,2\nb,1,3\nc,1,4\n',
      ['--id', 'firm', '--inputs', 'x', '--outputs', 'y'],
      /fejl: .+/,
    ],
    [
      'fewer units than variables',
      'firm,x1,x2,y\na,1,2,3\n',
      ['--id', 'firm', '--inputs', 'x1,x2', '--outputs', 'y'],
      /fejl: .+/,
    ],
  ])('refuses %s with a clear one-line error', async (_what, csv, args, message) => {
    const file = join(mkdtempSync(join(tmpdir(), 'dea-')), 'data.csv');
    writeFileSync(file, csv);
    const r = await cli(['dea', '--data', file, ...args]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe.each(ENGINES)('municipal DEA on %s', (engine) => {
  let db: Database;
  let target: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    // The CLI reads a copy of the real data (full_noegletal.csv in 2010 prices), the library
    // another copy of the same.
    const t = await realDataTarget(engine, 'noegletal');
    target = t.target.kind === 'postgres' ? t.target.url : (t.target.dir ?? '');
    drop = t.drop;
    const r = await cli(['db', 'migrate', '--db', target]);
    expect(r.code).toBe(0);
    db = await realDataDatabase(engine, 'noegletal');
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('runs elderly care (cost in, 67+ out, udgiftsbehov fixed) for the 98 municipalities', async () => {
    const r = await cli([
      'dea',
      '--municipal',
      '--year',
      '2019',
      '--inputs',
      'udgifter-aeldre-pr-67-aarig:total',
      '--outputs',
      'andel-67-aarige:total',
      '--non-discretionary',
      'udgiftsbehov-landet',
      '--format',
      'json',
      '--db',
      target,
    ]);
    expect(r.stderr).toBe('');
    const out = r.json<{
      units: { id: string; eff: number; peers: string[] }[];
      frontier: string[];
    }>();
    expect(out.units).toHaveLength(98);
    expect(out.units.every((u) => u.eff > 0 && u.eff <= 1)).toBe(true);
    expect(out.frontier.length).toBeGreaterThan(0);
  });

  it('is a benchmark level: potential = (1 − θ)·C + s⁻ with the DEA peers as whom to talk to', async () => {
    const k = CATALOGUE.find((x) => x.id === 'udgifter-aeldre-pr-67-aarig');
    if (!k) throw new Error('catalogue');
    const b = await computeDeaBenchmark(db, { code: '766', keyFigure: k, year: 2019, rts: 'vrs' });
    expect(b.efficiency).toBeGreaterThan(0);
    expect(b.efficiency).toBeLessThanOrEqual(1);
    const cost = b.value * b.volume;
    expect(b.potential).toBeGreaterThanOrEqual((1 - b.efficiency) * cost - 1e-6);
    expect(b.benchmark).toBeCloseTo(b.value - b.potential / b.volume, 6);
    expect(b.peers.reduce((s, p) => s + p.lambda, 0)).toBeCloseTo(1, 9);
    const viaCli = await cli([
      'potential',
      '--municipality',
      '766',
      '--key-figure',
      k.id,
      '--year',
      '2019',
      '--benchmark',
      'dea',
      '--json',
      '--db',
      target,
    ]);
    expect(viaCli.json<{ potential: number; group: string[] }>()).toMatchObject({
      potential: b.potential,
      group: b.peers.map((p) => p.code),
    });
  });
});
