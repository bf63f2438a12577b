// `potentiale import` on BUDK32 budget exports: the project-made fixture is read as budget
// because of its name; the same bytes under another name are REGK31 accounts.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshTarget } from '../support/engines.ts';
import { repoRoot } from '../support/shared-data.ts';
import { cli } from './run-cli.ts';

const FIXTURE = 'test/fixtures/budk32';

interface ImportJson {
  files: {
    file: string;
    outcome: string;
    reason?: string;
    summary?: { format: string; rowsRead: number; inserted: number };
  }[];
}

describe.each(ENGINES)('potentiale import on the BUDK32 fixture (%s)', (engine) => {
  let db: string;
  let dir: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'potentiale-budk32-'));
    const target = await freshTarget(engine, join(dir, 'db'));
    db = target.kind === 'postgres' ? target.url : (target.dir as string);
    drop = () => target.drop().then(() => rmSync(dir, { recursive: true, force: true }));
  });
  afterAll(async () => {
    await drop?.();
  });

  it('imports the folder as five BUDK32 budget files and says so per file', async () => {
    const r = await cli(['import', FIXTURE, '--db', db], {}, repoRoot);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('5 filer importeret, 0 sprunget over, 0 afvist.\n');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      `importeret  ${FIXTURE}/BUDK32-fixture-2020.csv [budk32-csv]: 5 nøgletal med 35 værdier; 35 nye, 0 ændrede, 0 uændrede værdier; beløb i løbende priser (angivet i kilden); 5 advarsler`,
    );
  });

  it('reads the same bytes as REGK31 accounts when the name does not say BUDK32', async () => {
    // The temporary folder's name holds "budk32" but is not a folder named BUDK32.
    const plain = join(dir, '2022.csv');
    copyFileSync(join(repoRoot, FIXTURE, 'BUDK32-fixture-2022.csv'), plain);
    const r = await cli(['import', plain, '--db', db, '--json'], {}, repoRoot);
    expect(r.code).toBe(0);
    const [file] = r.json<ImportJson>().files;
    expect(file?.summary).toMatchObject({ format: 'regk31-csv', rowsRead: 35, inserted: 35 });
  });

  it('reads a file in a folder named budk32 as budget, and refuses one without a year', async () => {
    const folder = join(dir, 'budk32');
    mkdirSync(folder);
    copyFileSync(join(repoRoot, FIXTURE, 'BUDK32-fixture-2023.csv'), join(folder, 'x.csv'));
    const r = await cli(['import', folder, '--db', db, '--json'], {}, dir);
    const [file] = r.json<ImportJson>().files;
    expect(file).toMatchObject({
      file: 'budk32/x.csv',
      outcome: 'refused',
      reason: expect.stringContaining(
        'budk32/x.csv: årstallet mangler i filnavnet; en BUDK32-eksport har ikke året i indholdet, så navngiv filen fx BUDK32-2025.csv',
      ),
    });
    copyFileSync(join(folder, 'x.csv'), join(folder, '2023.csv'));
    rmSync(join(folder, 'x.csv'));
    const ok = await cli(['import', 'budk32', '--db', db, '--json'], {}, dir);
    expect(ok.code).toBe(0);
    expect(ok.json<ImportJson>().files[0]?.summary).toMatchObject({
      format: 'budk32-csv',
      rowsRead: 35,
    });
  });
});
