import { describe, expect, it } from 'vitest';
import { splitPath, yearsBySource } from '../../src/web/pages/data/source-years.ts';

describe('yearsBySource(keyFigures)', () => {
  it('counts the figures with numbers per source and spans the years with numbers', () => {
    expect(
      yearsBySource([
        { source: 'regk31', yearsWithValues: [2020, 2021, 2024] },
        { source: 'noegletal', yearsWithValues: [2018, 2019] },
        { source: 'noegletal', yearsWithValues: [2007, 2008, 2015] },
        { source: 'regk31', yearsWithValues: [2021, 2023] },
      ]),
    ).toEqual([
      { source: 'noegletal', keyFigures: 2, firstYear: 2007, lastYear: 2019 },
      { source: 'regk31', keyFigures: 2, firstYear: 2020, lastYear: 2024 },
    ]);
  });
  it('leaves out figures without numbers, and a source that has none', () => {
    expect(
      yearsBySource([
        { source: 'statbank', yearsWithValues: [] },
        { source: 'statbank' },
        { source: 'tidy', yearsWithValues: [2022] },
      ]),
    ).toEqual([{ source: 'tidy', keyFigures: 1, firstYear: 2022, lastYear: 2022 }]);
    expect(yearsBySource([])).toEqual([]);
  });
  it('lists the known sources first, others after in alphabetical order', () => {
    const order = yearsBySource(
      ['zeta', 'tidy', 'alpha', 'statbank', 'noegletal'].map((source) => ({
        source,
        yearsWithValues: [2020],
      })),
    ).map((s) => s.source);
    expect(order).toEqual(['noegletal', 'statbank', 'tidy', 'alpha', 'zeta']);
  });
});

describe('splitPath(path)', () => {
  it('splits a file name from its folder, with either slash', () => {
    expect(splitPath('../shared/data/raw/noegletal-wdmdev/full_noegletal.csv')).toEqual({
      name: 'full_noegletal.csv',
      folder: '../shared/data/raw/noegletal-wdmdev',
    });
    expect(splitPath('C:\\data\\2024.csv')).toEqual({ name: '2024.csv', folder: 'C:\\data' });
  });
  it('keeps a name without a folder, e.g. a fetch from Statistics Denmark', () => {
    expect(splitPath('statbank:REGK31+FOLK1A 2020-2024')).toEqual({
      name: 'statbank:REGK31+FOLK1A 2020-2024',
      folder: '',
    });
  });
});
