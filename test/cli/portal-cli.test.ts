// `potentiale portal import|export` (issue 16) on both engines: the starter content imports
// whole, a second import changes nothing, an edited file updates its item as a new version,
// a folder with one bad file imports nothing and names file, field and value, and an export
// imports again unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { openDatabase, type DatabaseTarget } from '../../src/db/index.ts';
import { ENGINES, freshTarget } from '../support/engines.ts';
import { repoRoot } from '../support/shared-data.ts';
import { cli } from './run-cli.ts';

const STARTER = join(repoRoot, 'content', 'portal');

describe.each(ENGINES)('portal import and export on %s', (engine) => {
  let target: DatabaseTarget & { drop(): Promise<void> };
  let db: string;
  let dir: string;
  const run = (args: readonly string[]) => cli([...args, '--db', db]);
  const count = async (table: string) => {
    const d = await openDatabase(target, { catalogue: CATALOGUE });
    try {
      return Number(
        (await d.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`))[0]?.n,
      );
    } finally {
      await d.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'potentiale-portal-'));
    target = await freshTarget(engine, join(dir, 'db'));
    db = target.kind === 'postgres' ? target.url : (target.dir as string);
  });
  afterAll(async () => {
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the starter content whole, then finds nothing to change', async () => {
    const first = await run(['portal', 'import', STARTER]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(`Importeret fra ${STARTER}: 8 nye, 0 rettet, 0 uændret.\n`);
    const again = await run(['portal', 'import', STARTER, '--json']);
    expect(again.json()).toEqual({ files: STARTER, created: 0, updated: 0, unchanged: 8 });
    expect(await count('portal_items')).toBe(8);
    expect(await count('audit_log')).toBe(8);
  });

  it('updates an edited item as its next version', async () => {
    const copy = join(dir, 'edited');
    cpSync(STARTER, copy, { recursive: true });
    const file = join(copy, '01-gribskov-udbud-2014.json');
    const item = JSON.parse(readFileSync(file, 'utf8')) as { summary: string };
    writeFileSync(file, JSON.stringify({ ...item, summary: `${item.summary} Rettet.` }));
    const r = await run(['portal', 'import', copy, '--json']);
    expect(r.json()).toMatchObject({ created: 0, updated: 1, unchanged: 7 });
    expect(await count('portal_item_versions')).toBe(9);
  });

  it('imports nothing from a folder with a bad file, and names file, field and value', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(
      join(bad, '1-god.json'),
      JSON.stringify({ kind: 'case', title: 'En god titel', summary: 's', body: 'b' }),
    );
    writeFileSync(
      join(bad, '2-ond.json'),
      JSON.stringify({ kind: 'sag', title: 'En titel', summary: 's', body: 'b' }),
    );
    writeFileSync(join(bad, '3-brudt.json'), '{"kind": "case",\n "title": ,}');
    const before = await count('portal_items');
    const r = await run(['portal', 'import', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Intet er importeret (2 fejl)');
    expect(r.stderr).toContain('2-ond.json: Ugyldigt valg');
    expect(r.stderr).toContain('felt "kind", værdi "sag"');
    // The line comes with it where Node gives the position (Node 22 does, 20 not always).
    expect(r.stderr).toMatch(/3-brudt\.json(:2)?: Ikke gyldig JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await count('portal_items')).toBe(before);
    const unknown = await run(['portal', 'import', join(dir, 'findes-ikke')]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('Filen eller mappen findes ikke');
  });

  it('exports what imports again unchanged', async () => {
    const out = join(dir, 'export.json');
    const r = await run(['portal', 'export', '--out', out]);
    expect(r.stdout).toBe(`Eksporteret 8 stykker indhold til ${out}\n`);
    const items = JSON.parse(readFileSync(out, 'utf8')) as Array<{ example: boolean }>;
    expect(items).toHaveLength(8);
    expect(items.every((i) => i.example)).toBe(true);
    const back = await run(['portal', 'import', out, '--json']);
    expect(back.json()).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
  });
});
