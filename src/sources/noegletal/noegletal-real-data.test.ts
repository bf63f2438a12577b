import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawDataPath } from '../../../test/support/shared-data.ts';
import { InvalidFileError } from '../../core/index.ts';
import { parseNoegletalCsv, parseNoegletalXlsx } from './index.ts';

const read = (...p: string[]) => new Uint8Array(readFileSync(rawDataPath(...p)));

describe('parseNoegletalCsv on full_noegletal.csv (1993-2019, 180 figures)', () => {
  const p = parseNoegletalCsv(read('noegletal-wdmdev', 'full_noegletal.csv'), 'full_noegletal.csv');
  const count = (f: (raw: string, status: string) => boolean) =>
    p.observations.filter((o) => f(o.raw, o.status)).length;

  it('reads 180 figures × 98 municipalities × 27 years', () => {
    expect(p.keyFigures).toHaveLength(180);
    expect(p.observations).toHaveLength(180 * 98 * 27);
  });

  it('keeps every kind of cell: 351 365 numbers, 5 700 "-", 1 202 JA/NEJ, and M/U as statuses', () => {
    expect(count((raw, s) => s === 'value' && raw !== '-' && raw !== 'JA' && raw !== 'NEJ')).toBe(
      351_365,
    );
    expect(count((raw) => raw === '-')).toBe(5_700);
    expect(count((raw) => raw === 'JA' || raw === 'NEJ')).toBe(1_202);
    expect(count((raw, s) => raw === 'M' && s === 'missing')).toBe(64_816);
    expect(count((raw, s) => raw === 'U' && s === 'undefined')).toBe(53_197);
  });

  it('gives København 623 404 inhabitants on 1 January 2019, and 98 that sum to the export\'s "I alt"', () => {
    const pop = p.observations.filter(
      (o) => o.keyFigureId === p.keyFigures[0]?.id && o.year === 2019,
    );
    expect(pop.find((o) => o.municipalityCode === '101')?.value).toBe(623_404);
    expect(pop).toHaveLength(98);
    expect(pop.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(5_805_991);
    // The "I alt" row of the same block says 5.805.991 for 2019; no diagnostic for that year.
    expect(p.diagnostics.some((d) => d.line === 104 && d.field === '2019')).toBe(false);
  });

  it('attaches the 2018 break note (27) to the elderly figure and reads the footer date', () => {
    const elderly = p.keyFigures.find((k) => k.sourceName === 'Udgifter til ældre pr. 67+-årig');
    expect(elderly?.noteNumbers).toContain(27);
    expect(p.notes.map((n) => n.number)).toEqual([3, 6, 15, 16, 17, 18, 21, 25, 26, 27]);
    expect(p.exportedOn).toBe('2019-09-10');
  });
});

describe('the single-figure exports to 2024 (noegletal-asgeringemann)', () => {
  it('reads the Latin-1 population CSV with its "I alt" (5 961 158 in 2024)', () => {
    const p = parseNoegletalCsv(
      read('noegletal-asgeringemann', 'Befolkning by Region Yearly 1993-2023.csv'),
      'befolkning.csv',
    );
    const y2024 = p.observations.filter((o) => o.year === 2024);
    expect(y2024).toHaveLength(98);
    expect(y2024.find((o) => o.municipalityCode === '101')?.value).toBe(659_350);
    expect(y2024.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(5_961_158);
  });

  it('reads an XLSX export, repairing its Mac Roman text, with the same figure name as the CSV', async () => {
    const p = await parseNoegletalXlsx(
      read('noegletal-asgeringemann', 'Udgift til dagtilbud Region Yearly 1993-2024.xlsx'),
      'dagtilbud.xlsx',
    );
    expect(p.keyFigures.map((k) => k.sourceName)).toEqual([
      'Udg. (brutto) til dagtilbud pr. 0-13-årig',
    ]);
    expect(p.observations).toHaveLength(98 * 32);
    expect(p.observations.find((o) => o.municipalityCode === '101' && o.year === 2023)?.value).toBe(
      76_185,
    );
    expect(p.exportedOn).toBe('2024-03-30');
  });

  it('refuses the malformed "Area Region Yearly .xlsx" with a clear error, not half-read', async () => {
    const e = await parseNoegletalXlsx(
      read('noegletal-asgeringemann', 'Area Region Yearly .xlsx'),
      'Area Region Yearly .xlsx',
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InvalidFileError);
    expect((e as InvalidFileError).message).toMatch(
      /Area Region Yearly \.xlsx:3: arket er beskadiget/,
    );
  });

  it('refuses a workbook that is not a nøgletal export', async () => {
    const e = await parseNoegletalXlsx(
      read('noegletal-asgeringemann', 'Key for Regions.xlsx'),
      'Key for Regions.xlsx',
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InvalidFileError);
    expect((e as InvalidFileError).message).toMatch(/Kom\.nr/);
  });
});
