import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawDataPath } from '../support/shared-data.ts';
import { ENGINES, freshTarget } from '../support/engines.ts';
import { cli } from './run-cli.ts';

interface ValuesJson {
  keyFigure: {
    id: string;
    sourceName: string;
    volume: { population: string; share?: string } | null;
  };
  year: number;
  values: {
    code: string;
    name: string;
    value: number | null;
    status: string;
    volume: number | null;
  }[];
}

// Importing the whole raw folder: 10–20 s when quiet, over a minute on two busy cores.
const SLOW = { timeout: 300_000 };

describe.each(ENGINES)('potentiale on %s with the real data', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-cli-'));
    const target = await freshTarget(engine, join(dir, 'db'));
    db = target.kind === 'postgres' ? target.url : (target.dir as string);
    drop = () => target.drop().then(() => rmSync(dir, { recursive: true, force: true }));
  });
  afterAll(async () => {
    await drop?.();
  });

  it(
    'imports the whole raw folder: what it understands, and says what it skipped and why',
    SLOW,
    async () => {
      const r = await cli(['import', rawDataPath(), '--db', db, '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const files = r.json<{ files: { file: string; outcome: string; reason?: string }[] }>().files;
      const outcome = (name: string) => files.find((f) => f.file.endsWith(name));
      expect(outcome('full_noegletal.csv')?.outcome).toBe('imported');
      expect(outcome('Udgift til dagtilbud Region Yearly 1993-2024.xlsx')?.outcome).toBe(
        'imported',
      );
      expect(outcome('Area Region Yearly .xlsx')).toMatchObject({
        outcome: 'refused',
        reason: expect.stringMatching(/beskadiget/),
      });
      expect(outcome('Key for Regions.xlsx')?.outcome).toBe('refused');
      expect(outcome('PROVENANCE.md')).toBeUndefined();
    },
  );

  it('prints the 98 values of "Udgifter til ældre pr. 67+-årig" in 2019 with their volumes', async () => {
    const r = await cli([
      'values',
      '--key-figure',
      'Udgifter til ældre pr. 67+-årig',
      '--year',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const out = r.json<ValuesJson>();
    expect(out.year).toBe(2019);
    expect(out.keyFigure.sourceName).toBe('Udgifter til ældre pr. 67+-årig');
    expect(out.values).toHaveLength(98);
    const kbh = out.values.find((v) => v.code === '101');
    expect(kbh).toMatchObject({ name: 'København', status: 'value' });
    expect(typeof kbh?.value).toBe('number');
    // Volume = population 1 January 2019 × share of 67+ / 100, from the same export.
    const pop = await cli([
      'values',
      '--key-figure',
      'Indbyggertal 1. januar',
      '--year',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    const share = await cli([
      'values',
      '--key-figure',
      'Andel 67+-årige',
      '--year',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    const p101 = pop.json<ValuesJson>().values.find((v) => v.code === '101')?.value as number;
    const s101 = share.json<ValuesJson>().values.find((v) => v.code === '101')?.value as number;
    expect(p101).toBe(623_404);
    expect(kbh?.volume).toBeCloseTo((p101 * s101) / 100, 6);
  });

  it("sums the 98 populations of 2019 to the export's own total, 5 805 991", async () => {
    const r = await cli([
      'values',
      '--key-figure',
      'Indbyggertal 1. januar',
      '--year',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    expect(r.json<ValuesJson>().values.reduce((s, v) => s + (v.value ?? 0), 0)).toBe(5_805_991);
  });

  it('prints a series with the newer export winning where exports overlap', async () => {
    const r = await cli([
      'series',
      '--key-figure',
      'Indbyggertal 1. januar',
      '--municipality',
      '101',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const series = r.json<{ series: { year: number; value: number }[] }>().series;
    expect(series.at(-1)).toMatchObject({ year: 2024, value: 659_350 });
    expect(series.find((p) => p.year === 2019)?.value).toBe(623_404);
  });

  it('lists municipalities with landsdele from the DST classification', async () => {
    const r = await cli(['municipalities', '--json', '--db', db]);
    const list = r.json<{ municipalities: { code: string; landsdelName: string | null }[] }>()
      .municipalities;
    expect(list).toHaveLength(98);
  });

  it('re-importing the same file changes nothing and is recorded as unchanged', SLOW, async () => {
    const before = await cli(['db', 'status', '--json', '--db', db]);
    const r = await cli([
      'import',
      rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'),
      '--db',
      db,
      '--json',
    ]);
    expect(
      r.json<{ files: { summary: { status: string; inserted: number; updated: number } }[] }>()
        .files[0]?.summary,
    ).toMatchObject({
      status: 'unchanged',
      inserted: 0,
      updated: 0,
    });
    const after = await cli(['db', 'status', '--json', '--db', db]);
    expect(after.json<{ observations: unknown }>().observations).toEqual(
      before.json<{ observations: unknown }>().observations,
    );
  });

  it("prints peers nearest first with each variable's share of the distance", async () => {
    const r = await cli(['peers', '--municipality', '766', '--year', '2019', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const peers = r.json<{
      peers: { code: string; distance: number; contributions: Record<string, number> }[];
    }>().peers;
    expect(peers).toHaveLength(10);
    expect(peers.map((p) => p.distance)).toEqual(
      [...peers.map((p) => p.distance)].sort((a, b) => a - b),
    );
    for (const p of peers)
      expect(Object.values(p.contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('prints a potential with value, volume, benchmark, signed potential and the group used', async () => {
    const r = await cli([
      'potential',
      '--municipality',
      '766',
      '--key-figure',
      'Udgifter til ældre pr. 67+-årig',
      '--year',
      '2019',
      '--benchmark',
      'p25',
      '--peers',
      'region',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const p = r.json<{
      value: number;
      volume: number;
      benchmark: number;
      potential: number;
      group: string[];
      corridor: { levels: unknown[] };
    }>();
    expect(p.group).toHaveLength(18);
    expect(p.potential).toBeCloseTo((p.value - p.benchmark) * p.volume, 6);
    expect(p.corridor.levels.length).toBeGreaterThanOrEqual(5);
  });

  it('prints a package, a development and whom to talk to', async () => {
    const pkg = await cli([
      'package',
      '--municipality',
      '706',
      '--year',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    expect(pkg.code).toBe(0);
    expect(
      pkg.json<{ themes: unknown[]; total: { positive: number } }>().themes.length,
    ).toBeGreaterThan(3);
    const dev = await cli([
      'development',
      '--municipality',
      '706',
      '--key-figure',
      'Udg. til folkeskolen pr. 6-16-årig',
      '--from',
      '2010',
      '--to',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    expect(dev.code).toBe(0);
    expect(dev.json<{ series: unknown[]; others: unknown[] }>().series).toHaveLength(10);
    const talk = await cli([
      'talk-to',
      '--municipality',
      '706',
      '--key-figure',
      'Udg. til folkeskolen pr. 6-16-årig',
      '--year',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    expect(talk.code).toBe(0);
    expect(talk.json<{ entries: { reasonDa: string }[] }>().entries[0]?.reasonDa).toMatch(/lavere/);
  });

  it('prints a package against the same landsdel with --peers landsdel', async () => {
    const r = await cli([
      'package',
      '--municipality',
      '766',
      '--year',
      '2019',
      '--peers',
      'landsdel',
      '--json',
      '--db',
      db,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const groups = Object.values(
      r.json<{ groups: Record<string, { nameDa: string; members: string[] }> }>().groups,
    );
    expect(groups.length).toBeGreaterThan(3);
    for (const group of groups) {
      expect(group.nameDa).toBe('Landsdel Østjylland');
      expect(group.members).toEqual([
        '615',
        '706',
        '707',
        '710',
        '727',
        '730',
        '740',
        '741',
        '746',
        '751',
      ]);
    }
  });

  it('saves a comparison group and uses it with --peers saved:<name>', async () => {
    const saved = await cli([
      'groups',
      'save',
      'Østjylland',
      '--codes',
      '706,707,727,751',
      '--db',
      db,
    ]);
    expect(saved.code).toBe(0);
    const list = await cli(['groups', 'list', '--json', '--db', db]);
    expect(list.json<{ groups: { name: string; codes: string[] }[] }>().groups).toEqual([
      expect.objectContaining({ name: 'Østjylland', codes: ['706', '707', '727', '751'] }),
    ]);
    const r = await cli([
      'potential',
      '--municipality',
      '706',
      '--key-figure',
      'udg-folkeskolen-pr-6-16-aarig',
      '--year',
      '2019',
      '--peers',
      'saved:Østjylland',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    // The municipality itself is never in its own group.
    expect(r.json<{ group: string[] }>().group).toEqual(['707', '727', '751']);
    const missing = await cli([
      'package',
      '--municipality',
      '706',
      '--year',
      '2019',
      '--peers',
      'saved:Findes ikke',
      '--db',
      db,
    ]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/ingen gemt sammenligningsgruppe/);
    const bad = await cli(['groups', 'save', 'x', '--codes', '706,999', '--db', db]);
    expect(bad.code).toBe(2);
    expect((await cli(['groups', 'delete', 'Østjylland', '--db', db])).code).toBe(0);
  });

  it('refuses an unknown benchmark level and a year without values, with the reason', async () => {
    const bad = await cli([
      'potential',
      '--municipality',
      '766',
      '--key-figure',
      'udgifter-aeldre-pr-67-aarig',
      '--year',
      '2019',
      '--benchmark',
      'p200',
      '--db',
      db,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Ukendt benchmark "p200"/);
    const noYear = await cli([
      'potential',
      '--municipality',
      '766',
      '--key-figure',
      'udgifter-aeldre-pr-67-aarig',
      '--year',
      '2010',
      '--db',
      db,
    ]);
    expect(noYear.code).toBe(4);
    expect(noYear.stderr).toMatch(/ingen værdier i 2010 \(der er værdier for 2018-2019\)/);
  });

  it('answers a bad file by name, line and value, with a non-zero exit and nothing stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, ';Kom.nr;2019\n;;\nIndbyggertal 1. januar;;\nKøbenhavns Kommune;101;12x\n');
    const before = await cli(['db', 'status', '--json', '--db', db]);
    const r = await cli(['import', file, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.csv:4: .*"12x"/);
    expect(r.stderr.split('\n')[0]).not.toMatch(/at .*\.ts/);
    const after = await cli(['db', 'status', '--json', '--db', db]);
    expect(after.json<{ imports: unknown[] }>().imports).toEqual(
      before.json<{ imports: unknown[] }>().imports,
    );
  });
});

describe('potentiale arguments', () => {
  it('refuses a missing required option in Danish with exit code 2', async () => {
    const r = await cli(['values', '--year', '2019', '--db', 'memory-not-used']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/påkrævede tilvalg --key-figure/);
  });

  it('refuses a year that is not a year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-cli-'));
    const r = await cli(['values', '--key-figure', 'x', '--year', '19', '--db', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--year skal være et årstal/);
  });

  it('says when a key figure does not exist (exit 4)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'potentiale-cli-'));
    const r = await cli(['values', '--key-figure', 'findes-ikke', '--year', '2019', '--db', dir]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/findes ikke/);
  });

  it('prints Danish help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Brug: potentiale/);
    expect(r.stdout).toMatch(/Kommandoer:/);
  });
});
