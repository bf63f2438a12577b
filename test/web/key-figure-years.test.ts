import { describe, expect, it } from 'vitest';
import { sharedDecimals, withUnit } from '../../src/core/index.ts';
import { groupByTheme, matchesFilter } from '../../src/web/pages/key-figure/list-groups.ts';
import { compactYears, nearestYear, valueYears } from '../../src/web/pages/key-figure/years.ts';

describe('valueYears(keyFigure)', () => {
  it("is the API's years with numbers, ascending, not the span of rows", () => {
    // udgifter-aeldre-pr-67-aarig: rows from 1993, numbers only in 2018 and 2019.
    expect(valueYears({ yearsWithValues: [2018, 2019] })).toEqual([2018, 2019]);
    expect(valueYears({ yearsWithValues: [2019, 2007, 2012] })).toEqual([2007, 2012, 2019]);
  });
  it('is empty for a figure without numbers', () => {
    expect(valueYears({ yearsWithValues: [] })).toEqual([]);
    expect(valueYears({})).toEqual([]);
    expect(valueYears(undefined)).toEqual([]);
  });
});

describe('nearestYear(years, year)', () => {
  it('is the year itself when present, else the nearest, the later one on a tie', () => {
    expect(nearestYear([2010, 2015, 2020], 2015)).toBe(2015);
    expect(nearestYear([2010, 2015, 2020], 2019)).toBe(2020);
    expect(nearestYear([2010, 2014, 2016], 2015)).toBe(2016);
  });
  it('is null without years', () => {
    expect(nearestYear([], 2019)).toBeNull();
  });
});

describe('compactYears(years)', () => {
  it('joins runs of consecutive years with an en dash', () => {
    expect(compactYears([2007, 2008, 2009, 2011, 2013, 2014])).toBe('2007–2009, 2011, 2013–2014');
    expect(compactYears([2019])).toBe('2019');
    expect(compactYears([])).toBe('');
  });
});

describe('sharedDecimals(values) and withUnit(formatted, unit)', () => {
  it('gives a set of values the decimals of its largest', () => {
    expect(sharedDecimals([52, 29.1, 39.2])).toBe(1);
    expect(sharedDecimals([5.2, 3.4, 0])).toBe(2);
    expect(sharedDecimals([31767.4, 12.5])).toBe(0);
    expect(sharedDecimals([52, 29, null])).toBe(0);
  });
  it('writes "pct." as a per cent sign and keeps other units', () => {
    expect(withUnit('12,3', 'pct.')).toBe('12,3 %');
    expect(withUnit('31.767', 'kr. pr. 67+-årig')).toBe('31.767 kr. pr. 67+-årig');
    expect(withUnit('–', 'kr.')).toBe('–');
  });
});

describe('matchesFilter(figure, shownName, filter) and groupByTheme(figures, order)', () => {
  const figure = (id: string, nameDa: string, themes: string[]) => ({ id, nameDa, themes });
  it('finds every word of the filter, reading "ae" as "æ" and "aa" as "å"', () => {
    const k = figure('x', 'Udgifter til ældre pr. 67+-årig', ['elderly-health']);
    expect(matchesFilter(k, k.nameDa, 'aeldre udg')).toBe(true);
    expect(matchesFilter(k, k.nameDa, '67+-aarig')).toBe(true);
    expect(matchesFilter(k, k.nameDa, 'skole')).toBe(false);
    expect(matchesFilter(k, k.nameDa, '  ')).toBe(true);
  });
  it('lists a figure under each of its themes in order, unknown themes last', () => {
    const a = figure('a', 'B-tal', ['children-young', 'elderly-health']);
    const b = figure('b', 'A-tal', ['elderly-health']);
    const c = figure('c', 'C-tal', []);
    const groups = groupByTheme([a, b, c], ['elderly-health', 'integration', 'children-young']);
    expect(groups.map((g) => [g.theme, g.figures.map((k) => k.id)])).toEqual([
      ['elderly-health', ['b', 'a']],
      ['children-young', ['a']],
      [null, ['c']],
    ]);
  });
});
