import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareDocument } from '../../src/server/contract.ts';
import { realDataTarget } from '../support/real-data.ts';
import { cli } from './run-cli.ts';

describe('potentiale compare on the real data', () => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const copy = await realDataTarget('pglite', 'noegletal');
    db = copy.target.kind === 'pglite' ? (copy.target.dir ?? '') : '';
    drop = copy.drop;
  });
  afterAll(async () => {
    await drop?.();
  });

  it('prints the packages side by side, as the API answers them (--json)', async () => {
    const r = await cli([
      'compare',
      '--municipalities',
      '101,Hedensted',
      '--year',
      '2019',
      '--themes',
      'elderly-health',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const doc = r.json<CompareDocument>();
    expect(doc.municipalities.map((m) => m.municipality.code)).toEqual(['101', '766']);
    expect(doc.themes.map((t) => t.theme)).toEqual(['elderly-health']);
    const pkg = await cli([
      'package',
      '--municipality',
      '766',
      '--year',
      '2019',
      '--json',
      '--db',
      db,
    ]);
    const own = pkg
      .json<{ themes: { theme: string; total: { signed: number } }[] }>()
      .themes.find((t) => t.theme === 'elderly-health');
    expect(doc.municipalities[1]?.total).toBe(own?.total.signed);
  });

  it('refuses a repeated municipality with exit code 2, naming the flag', async () => {
    const r = await cli(['compare', '--municipalities', '101,0101', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--municipalities: Kommunen 101 står mere end én gang');
  });
});
