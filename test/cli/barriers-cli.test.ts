// `potentiale barriers export` (issue 18) on both engines: the ranked list as XLSX and CSV and
// the memo of the top ones, read back; bad flags name themselves (exit 2) and write nothing.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { addSecond, createBarrier, openDatabase, type DatabaseTarget } from '../../src/db/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataTarget } from '../support/real-data.ts';
import { cli } from './run-cli.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const estimate = (amount: number) => ({
  amount,
  prices: { basis: 'current' as const, year: null },
  year: 2026,
  source: 'entered' as const,
});

describe.each(ENGINES)('barriers export on %s', (engine) => {
  let copy: { readonly target: DatabaseTarget; drop(): Promise<void> };
  let db: string;
  let dir: string;
  const run = (args: readonly string[]) => cli([...args, '--db', db]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'potentiale-barriers-'));
    copy = await realDataTarget(engine, 'noegletal');
    db = copy.target.kind === 'postgres' ? copy.target.url : (copy.target.dir as string);
    const d = await openDatabase(copy.target, { catalogue: CATALOGUE });
    try {
      const make = (municipality: string, title: string, amount: number) =>
        createBarrier(
          d,
          {
            municipality,
            title,
            law: { name: 'Lov om social service', paragraph: '§ 83', url: null },
            area: 'Hjemmepleje',
            theme: 'elderly-health',
            description: 'Beskrivelse',
            keyFigure: null,
            estimate: estimate(amount),
            precedents: '',
            links: [],
          },
          null,
          NOW,
        );
      const big = await make('766', 'Stor men ustøttet', 9_000_000);
      const backed = await make('101', 'Støttet af to', 1_000_000);
      await addSecond(
        d,
        backed.id,
        { municipality: '766', comment: 'Ja', estimate: estimate(500_000) },
        null,
        NOW,
      );
      await addSecond(
        d,
        backed.id,
        { municipality: '751', comment: 'Også', estimate: null },
        null,
        NOW,
      );
      expect(big.id).toBeLessThan(backed.id);
    } finally {
      await d.close();
    }
  });
  afterAll(async () => {
    await copy?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the ranked list as XLSX and CSV: support first, then kroner', async () => {
    const xlsx = join(dir, 'liste.xlsx');
    const r = await run(['barriers', 'export', '--out', xlsx]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `Eksporteret 2 barrierer til ${xlsx} (beløb i kr. om året, 2026-priser)\n`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.worksheets[0];
    const titles: unknown[] = [];
    sheet?.eachRow((row) => titles.push(row.getCell(3).value));
    expect(titles).toContain('Støttet af to');
    expect(titles.indexOf('Støttet af to')).toBeLessThan(titles.indexOf('Stor men ustøttet'));
    const csv = join(dir, 'liste.csv');
    expect((await run(['regelbarrierer', 'eksport', '--out', csv])).code).toBe(0);
    const lines = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[1]).toMatch(
      /^1;\d+;Støttet af to;Lov om social service;§ 83;Ældre og sundhed;Hjemmepleje;København;2;Aarhus, Hedensted;1500000;Modtaget;;$/,
    );
  });

  it('writes the memo of the top barriers in Markdown, in English when asked', async () => {
    const md = join(dir, 'notat.md');
    const r = await run([
      'barriers',
      'export',
      '--out',
      md,
      '--top',
      '1',
      '--lang',
      'en',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ out: md, format: 'md', barriers: 1 });
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('# Rule barriers: the most important');
    expect(text).toContain('## 1. Støttet af to');
    expect(text).toContain('Seconded by 2 municipalities: Aarhus, Hedensted');
    expect(text).not.toContain('Stor men ustøttet');
  });

  it('refuses a bad flag, naming it, and writes nothing', async () => {
    for (const [args, message] of [
      [['--out', join(dir, 'x.pdf')], '--format skal være xlsx, csv eller md'],
      [['--out', join(dir, 'x.md'), '--top', '0'], '--top skal være et helt tal fra 1 til 99'],
      [['--out', join(dir, 'x.md'), '--theme', 'vejr'], 'Ukendt tema "vejr"'],
      [['--out', join(dir, 'x.md'), '--lang', 'de'], '--lang skal være da eller en'],
    ] as const) {
      const r = await run(['barriers', 'export', ...args]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(message)]);
      expect(existsSync(args[1])).toBe(false);
    }
  });
});
