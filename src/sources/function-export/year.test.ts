import { describe, expect, it } from 'vitest';
import { yearsInFileName } from './year.ts';

describe('yearsInFileName(fileName)', () => {
  it.each([
    ['2024.csv', [2024]],
    ['data/2019/regk31-2020.csv', [2020]],
    ['C:\\eksport\\REGK31_2021_v2.csv', [2021]],
    ['regk31-2020-2024.csv', [2020, 2024]],
    ['2024-2024.csv', [2024]],
    ['regk31.csv', []],
    ['20245.csv', []],
    ['1899.csv', []],
  ])('finds the years in %s', (name, years) => {
    expect(yearsInFileName(name)).toEqual(years);
  });
});
