import { describe, expect, it } from 'vitest';
import { summariseFreshness, type FigureFreshness } from './freshness.ts';

const figure = (
  id: string,
  source: string,
  firstYear: number | null,
  lastYear: number | null,
  kind: 'accounts' | 'budget' = 'accounts',
  basis = 'none',
): FigureFreshness => ({
  id,
  source,
  nameDa: id,
  nameEn: id,
  firstYear,
  lastYear,
  lastYearKinds: lastYear === null ? [] : [kind],
  lastAccountsYear: lastYear === null ? null : kind === 'accounts' ? lastYear : lastYear - 1,
  lastYearPriceBases: lastYear === null ? [] : [basis],
  lastYearMunicipalities: lastYear === null ? 0 : 98,
});

describe('summariseFreshness(figures)', () => {
  it('counts how many figures of a source end in which year, newest first', () => {
    const [noegletal] = summariseFreshness([
      figure('a', 'noegletal', 1993, 2019, 'budget', 'fixed-2010'),
      figure('b', 'noegletal', 2007, 2019, 'budget', 'none'),
      figure('c', 'noegletal', 1993, 2010),
      figure('d', 'noegletal', 2018, 2024, 'budget', 'current'),
    ]);
    expect(noegletal).toEqual({
      source: 'noegletal',
      keyFigures: 4,
      withoutValues: 0,
      firstYear: 1993,
      lastYear: 2024,
      lastYears: [
        { year: 2024, keyFigures: 1, kinds: ['budget'], priceBases: ['current'] },
        { year: 2019, keyFigures: 2, kinds: ['budget'], priceBases: ['fixed-2010', 'none'] },
        { year: 2010, keyFigures: 1, kinds: ['accounts'], priceBases: ['none'] },
      ],
    });
  });

  it('counts figures without numbers apart and lists the sources in a fixed order', () => {
    const sources = summariseFreshness([
      figure('x', 'statbank', null, null),
      figure('y', 'regk31', 2020, 2024, 'accounts', 'current'),
      figure('z', 'regk31', null, null),
      figure('w', 'noegletal', 1993, 2019),
    ]);
    expect(sources.map((s) => s.source)).toEqual(['noegletal', 'regk31', 'statbank']);
    expect(sources[1]).toMatchObject({ keyFigures: 1, withoutValues: 1, lastYear: 2024 });
    expect(sources[2]).toEqual({
      source: 'statbank',
      keyFigures: 0,
      withoutValues: 1,
      firstYear: null,
      lastYear: null,
      lastYears: [],
    });
  });

  it('gives nothing for no figures', () => {
    expect(summariseFreshness([])).toEqual([]);
  });
});
