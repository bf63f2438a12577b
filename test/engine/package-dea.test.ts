import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, CURRENT_PRICES, isSummable, type PriceLevel } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import {
  computeDeaBenchmark,
  computePackageFor,
  loadEngineData,
  packageFigures,
  parsePackageLevel,
  presentPackage,
} from '../../src/engine/index.ts';
import type { PackageDocument } from '../../src/server/contract.ts';
import { createApp } from '../../src/server/index.ts';
import { cli } from '../cli/run-cli.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase, realDataTarget } from '../support/real-data.ts';

// DEA as a level of the whole potential package (issue 14, item 2): every summable figure with
// a volume gets its DEA target over all municipalities, the very number of
// `potential --benchmark dea`, summed by the package's overlap rule.

const figuresOf = <F>(doc: { readonly themes: readonly { readonly figures: readonly F[] }[] }) =>
  doc.themes.flatMap((t) => t.figures);
/** The price level a package's amounts are in, from its `prices`. */
const levelOf = (p: PackageDocument['prices']): PriceLevel =>
  p.basis === 'fixed' && p.year !== null ? { basis: 'fixed', year: p.year } : CURRENT_PRICES;

describe('parsePackageLevel', () => {
  it('reads dea with VRS by default and every returns to scale', () => {
    expect(parsePackageLevel('dea')).toEqual({ kind: 'dea', rts: 'vrs' });
    expect(parsePackageLevel(' DEA:CRS ')).toEqual({ kind: 'dea', rts: 'crs' });
    expect(parsePackageLevel('dea:irs')).toEqual({ kind: 'dea', rts: 'irs' });
    expect(parsePackageLevel('median')).toEqual({ kind: 'median' });
  });

  it('refuses an unknown returns to scale and names DEA among the levels', () => {
    expect(() => parsePackageLevel('dea:xrs')).toThrow(/Ukendt skalaafkast "xrs"/);
    expect(() => parsePackageLevel('middel')).toThrow(/dea\[:crs\|vrs\|drs\|irs\]/);
    // A bad code after municipality: keeps its own message.
    expect(() => parsePackageLevel('municipality:999')).toThrow(/ikke en kommunekode/);
  });
});

describe.each(ENGINES)('the package at the DEA level on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let target = '';
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'noegletal');
    app = createApp({ db, now: () => new Date('2026-11-23T12:00:00Z'), cacheVersionTtlMs: 0 });
    const t = await realDataTarget(engine, 'noegletal');
    target = t.target.kind === 'postgres' ? t.target.url : (t.target.dir ?? '');
    drop = t.drop;
  });
  afterAll(async () => {
    await db?.close();
    await drop();
  });

  it('CRS, one input and one output: the benchmark is the lowest unit cost, P = (c − min c)·Q', async () => {
    const year = 2019;
    const a = await computePackageFor(db, {
      code: '766',
      year,
      level: { kind: 'dea', rts: 'crs' },
      peers: { kind: 'nearest' },
    });
    const doc = presentPackage(a);
    expect(doc.level).toBe('dea:crs');
    expect(doc.levelNameDa).toBe(
      'DEA (CRS, inputorienteret: udgift ind, volumen ud, alle kommuner)',
    );
    expect(doc.levelNameEn).toMatch(/^DEA \(CRS, .*all municipalities\)$/);
    // The same values, in the package's price level, computed here by hand.
    const data = await loadEngineData(db, packageFigures(CATALOGUE), [year], levelOf(a.prices));
    const self = data.codes.indexOf('766');
    let checked = 0;
    for (const f of figuresOf(doc)) {
      const k = CATALOGUE.find((x) => x.id === f.keyFigureId);
      if (!k || !isSummable(k)) continue;
      const c = data.unitCost(k.id, year);
      const q = data.volume(k, year);
      if (!c || !q) continue;
      let min = Infinity;
      let argmin = '';
      data.codes.forEach((code, i) => {
        const ci = c[i] ?? NaN;
        if ((q[i] ?? 0) > 0 && ci > 0 && ci < min) [min, argmin] = [ci, code];
      });
      const own = c[self] ?? NaN;
      const volume = q[self] ?? NaN;
      expect(f.value).toBeCloseTo(own, 6);
      expect(f.volume).toBeCloseTo(volume, 6);
      expect(f.benchmark ?? NaN).toBeCloseTo(min, 6);
      // (c − min c)·Q in kroner, to the øre.
      expect(f.potential ?? NaN).toBeCloseTo((own - min) * volume, 2);
      expect(f.dea?.efficiency ?? NaN).toBeCloseTo(min / own, 12);
      // The reference set under CRS: the municipality with the lowest unit cost.
      expect(f.group).toEqual(own === min ? ['766'] : [argmin]);
      expect(f.dea?.peers.map((p) => p.code)).toEqual(f.group);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    // The package sums as every package does: the included figures' money, without overlaps.
    const included = figuresOf(doc).filter((f) => f.status === 'included' && f.countedIn === null);
    expect(doc.total.signed).toBeCloseTo(
      included.reduce((s, f) => s + (f.potential ?? 0), 0),
      0,
    );
    // Rank and corridor stay those of the peer group.
    const median = presentPackage(
      await computePackageFor(db, {
        code: '766',
        year,
        level: { kind: 'median' },
        peers: { kind: 'nearest' },
      }),
    );
    const byId = new Map(figuresOf(median).map((f) => [f.keyFigureId, f]));
    for (const f of figuresOf(doc)) {
      const m = byId.get(f.keyFigureId);
      if (!m) continue;
      expect(f.rank).toBe(m.rank);
      expect(f.corridor).toEqual(m.corridor);
    }
    expect(doc.groups).toEqual(median.groups);
  });

  it('gives each figure the very DEA number of /api/v1/potential?benchmark=dea', async () => {
    const r = await app.request('/api/v1/package?municipality=766&year=2019&benchmark=dea');
    expect(r.status).toBe(200);
    const doc = (await r.json()) as PackageDocument;
    expect(doc.level).toBe('dea:vrs');
    expect(doc.levelNameDa).toContain('alle kommuner');
    const prices = doc.prices.basis === 'fixed' ? `&prices=${doc.prices.year}` : '&prices=current';
    const figures = figuresOf(doc).filter((f) => f.dea !== null);
    expect(figures.length).toBeGreaterThan(20);
    // Three figures through the API (each one request), every figure through the engine.
    for (const f of figures.slice(0, 3)) {
      const p = await app.request(
        `/api/v1/potential?municipality=766&keyFigure=${f.keyFigureId}&year=2019&benchmark=dea${prices}`,
      );
      expect(p.status).toBe(200);
      const one = (await p.json()) as {
        benchmark: number;
        potential: number;
        efficiency: number;
        group: string[];
      };
      expect(f.potential).toBe(one.potential);
      expect(f.benchmark).toBe(one.benchmark);
      expect(f.dea?.efficiency).toBe(one.efficiency);
      expect(f.group).toEqual(one.group);
    }
    for (const f of figures) {
      const k = CATALOGUE.find((x) => x.id === f.keyFigureId);
      if (!k) throw new Error(f.keyFigureId);
      const b = await computeDeaBenchmark(db, {
        code: '766',
        keyFigure: k,
        year: 2019,
        rts: 'vrs',
        prices: levelOf(doc.prices),
      });
      expect(f.potential, f.keyFigureId).toBe(b.potential);
      expect(f.dea?.peers).toEqual(b.peers);
    }
    // Figures DEA cannot take are listed with a Danish reason, never silently dropped.
    for (const w of doc.withoutData) expect(w.reason).toMatch(/[a-zæøå]/);
  });

  it('answers the CSV export and the comparison at the DEA level, and refuses a bad one', async () => {
    const csv = await app.request(
      '/api/v1/package?municipality=766&year=2019&benchmark=dea:crs&format=csv',
    );
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('benchmark (dea:crs)');
    const compare = await app.request(
      '/api/v1/compare?municipalities=766,101&year=2019&benchmark=dea',
    );
    expect(compare.status).toBe(200);
    const c = (await compare.json()) as { level: string; municipalities: { total: number }[] };
    expect(c.level).toBe('dea:vrs');
    const pkg = (await (
      await app.request('/api/v1/package?municipality=766&year=2019&benchmark=dea')
    ).json()) as PackageDocument;
    expect(c.municipalities[0]?.total).toBeCloseTo(
      pkg.themes.reduce((s, t) => s + t.total.signed, 0),
      2,
    );
    const bad = await app.request('/api/v1/package?municipality=766&year=2019&benchmark=dea:xrs');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('skalaafkast');
  });

  it('potentiale package --benchmark dea prints the same package', async () => {
    const r = await cli([
      'package',
      '--municipality',
      '766',
      '--year',
      '2019',
      '--benchmark',
      'dea:vrs',
      '--json',
      '--db',
      target,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.json<PackageDocument>();
    expect(out.level).toBe('dea:vrs');
    const api = (await (
      await app.request('/api/v1/package?municipality=766&year=2019&benchmark=dea')
    ).json()) as PackageDocument;
    expect(out.total).toEqual(api.total);
    const text = await cli([
      'package',
      '--municipality',
      '766',
      '--year',
      '2019',
      '--benchmark',
      'dea',
      '--db',
      target,
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('benchmark: dea:vrs');
    const bad = await cli([
      'package',
      '--municipality',
      '766',
      '--benchmark',
      'dea:x',
      '--db',
      target,
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('skalaafkast');
  });
});
