// `potentiale initiatives template|import|export` (issue 17) on both engines, on a copy of the
// real data: the template imports as "no initiatives"; a workbook with faults imports nothing
// and names sheet, cell and column (exit 3); a good one imports whole with an audit row each
// (actor cli); a second import changes nothing; the export imports again unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { openDatabase, type DatabaseTarget } from '../../src/db/index.ts';
import { readInitiativesWorkbook } from '../../src/server/initiatives/index.ts';
import { ENGINES } from '../support/engines.ts';
import { INITIATIVE, filledWorkbook } from '../support/initiative-workbook.ts';
import { realDataTarget } from '../support/real-data.ts';
import { cli } from './run-cli.ts';

const SECOND = {
  ...INITIATIVE,
  title: 'Digital visitation',
  type: 'digitalisation-welfare-technology' as const,
  expected: [{ year: 2016, amount: 300_000 }],
  realised: [],
  visibility: 'internal' as const,
};

describe.each(ENGINES)('initiatives template, import and export on %s', (engine) => {
  let copy: { readonly target: DatabaseTarget; drop(): Promise<void> };
  let db: string;
  let dir: string;
  const run = (args: readonly string[]) => cli([...args, '--db', db]);
  const query = async <T>(sql: string): Promise<T[]> => {
    const d = await openDatabase(copy.target, { catalogue: CATALOGUE });
    try {
      return await d.query<T>(sql);
    } finally {
      await d.close();
    }
  };
  const count = async (table: string) =>
    Number((await query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]?.n);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'potentiale-initiatives-'));
    copy = await realDataTarget(engine, 'noegletal');
    db = copy.target.kind === 'postgres' ? copy.target.url : (copy.target.dir as string);
  });
  afterAll(async () => {
    await copy?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the template, which holds no initiatives yet', async () => {
    const out = join(dir, 'skabelon.xlsx');
    const r = await run(['initiatives', 'template', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Skabelonen er skrevet til .*skabelon\.xlsx \(\d+ byte\)\n$/);
    const empty = await run(['initiatives', 'import', out]);
    expect(empty.code).toBe(3);
    expect(empty.stderr).toContain(
      'Initiativer!A2: arket har ingen initiativer; udfyld én række pr. initiativ fra række 2',
    );
  });

  it('imports nothing from a workbook with faults, naming sheet, cell and column of each', async () => {
    const file = join(dir, 'fejl.xlsx');
    writeFileSync(
      file,
      await filledWorkbook([INITIATIVE, SECOND], (sheet) => {
        sheet('Initiativer').getCell('B3').value = null;
        sheet('Initiativer').mergeCells('M2:N2');
        sheet('Gevinster').getCell('E2').value = { formula: 'D2*0.75', result: 1_500_000 };
      }),
    );
    const r = await run(['initiatives', 'import', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      [
        'Læser og tjekker fejl.xlsx …',
        'fejl: Intet er importeret (1 fejl):',
        '  Initiativer!M2: cellerne M2:N2 er flettet; fjern fletningen (en flettet celle kan ikke læses som én værdi pr. kolonne)',
        '',
      ].join('\n'),
    );
    const missing = await run(['initiatives', 'import', join(dir, 'findes-ikke.xlsx')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('findes-ikke.xlsx: Filen findes ikke');
    writeFileSync(
      file,
      await filledWorkbook([INITIATIVE, SECOND], (sheet) => {
        sheet('Initiativer').getCell('B3').value = null;
        sheet('Gevinster').getCell('E2').value = { formula: 'D2*0.75', result: 1_500_000 };
        sheet('Initiativer').getCell('I2').value = 1990;
      }),
    );
    const many = await run(['initiatives', 'import', file]);
    expect(many.code).toBe(3);
    expect(many.stderr).toContain('fejl: Intet er importeret (3 fejl):');
    expect(many.stderr).toContain(
      '  Initiativer!I2 (startår): Startåret 1990 ligger uden for data',
    );
    expect(many.stderr).toContain('  Initiativer!B3 (titel): skal udfyldes');
    expect(many.stderr).toContain('  Gevinster!E2 (realiseret (kr.)): cellen har en formel');
    expect(await count('initiatives')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('imports a good workbook whole, then finds nothing to change', async () => {
    const file = join(dir, 'god.xlsx');
    writeFileSync(file, await filledWorkbook([INITIATIVE, SECOND]));
    const r = await run(['initiatives', 'import', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        `  række 2: oprettet 766 "${INITIATIVE.title}" (id 1)`,
        `  række 3: oprettet 766 "${SECOND.title}" (id 2)`,
        `Importeret fra ${file}: 2 nye, 0 rettet, 0 uændret.`,
        '',
      ].join('\n'),
    );
    const audit = await query<{ actor: string; action: string; user_id: number | null }>(
      'SELECT actor, action, user_id FROM audit_log ORDER BY id',
    );
    expect(audit).toEqual([
      { actor: 'cli', action: 'initiative.write', user_id: null },
      { actor: 'cli', action: 'initiative.write', user_id: null },
    ]);
    const again = await run(['initiatives', 'import', file, '--json']);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2, ids: [1, 2] });
    expect(await count('initiative_versions')).toBe(2);
  });

  it('exports every initiative, internal ones too, in a file that imports unchanged', async () => {
    const out = join(dir, 'eksport.xlsx');
    const r = await run(['initiatives', 'export', '--out', out]);
    expect(r.stdout).toBe(`Eksporteret 2 initiativer til ${out}\n`);
    const rows = await readInitiativesWorkbook(new Uint8Array(readFileSync(out)), 'eksport.xlsx');
    expect(rows.map((x) => x.fields)).toEqual([INITIATIVE, SECOND]);
    const back = await run(['initiatives', 'import', out, '--json']);
    expect(back.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });
});
