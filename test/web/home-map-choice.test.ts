import { describe, expect, it } from 'vitest';
import type { KeyFigureDocument } from '../../src/web/api/index.ts';
import {
  chooseFigure,
  DEFAULT_KEY_FIGURE,
  groupFigures,
  mappableFigures,
  yearsWithData,
} from '../../src/web/pages/home/key-figure-choice.ts';

function figure(id: string, over: Partial<KeyFigureDocument> = {}): KeyFigureDocument {
  return {
    id,
    nameDa: id,
    unit: 'kr. pr. indb.',
    themes: [],
    kind: 'cost',
    polarity: 'lower-is-better',
    firstYear: 2007,
    lastYear: 2019,
    yearsWithValues: [2007, 2008, 2019],
    ...over,
  } as KeyFigureDocument;
}

describe('mappableFigures(figures)', () => {
  it('keeps figures with a number in some year and a unit', () => {
    const kept = mappableFigures([
      figure('a'),
      figure('no-data', { firstYear: null, lastYear: null, yearsWithValues: [] }),
      // Rows from 1993 to 2019, but every one an "M"/"U" mark: nothing to map.
      figure('only-marks', { firstYear: 1993, lastYear: 2019, yearsWithValues: [] }),
      figure('no-unit', { unit: '' }),
    ]);
    expect(kept.map((k) => k.id)).toEqual(['a']);
  });
});

describe('groupFigures(figures, themeOrder, nameOf)', () => {
  it('groups by the first known theme in the given order, figures without one last, names in Danish order', () => {
    const groups = groupFigures(
      [
        figure('Ældre', { themes: ['elderly-health'] }),
        figure('Børn', { themes: ['children-young', 'elderly-health'] }),
        figure('Andet'),
        figure('Aalborg-tal', { themes: ['elderly-health'] }),
        figure('Bibliotek', { themes: ['elderly-health'] }),
      ],
      ['elderly-health', 'children-young'],
      (k) => k.nameDa,
    );
    expect(groups.map((g) => [g.theme, g.figures.map((k) => k.id)])).toEqual([
      ['elderly-health', ['Bibliotek', 'Ældre', 'Aalborg-tal']],
      ['children-young', ['Børn']],
      [null, ['Andet']],
    ]);
  });
});

describe('chooseFigure(figures, asked)', () => {
  const list = [figure('x', { kind: 'structure' }), figure('y'), figure(DEFAULT_KEY_FIGURE)];
  it('takes the figure asked for, else the default, else the first cost figure', () => {
    expect(chooseFigure(list, 'x')?.id).toBe('x');
    expect(chooseFigure(list, 'unknown')?.id).toBe(DEFAULT_KEY_FIGURE);
    expect(chooseFigure(list.slice(0, 2), 'unknown')?.id).toBe('y');
    expect(chooseFigure([], 'x')).toBeUndefined();
  });
});

describe('yearsWithData(figure)', () => {
  it("lists the API's years with numbers latest first, not the span of rows", () => {
    // udgifter-aeldre-pr-67-aarig: rows from 1993, numbers only in 2018 and 2019.
    const elderly = figure('a', { firstYear: 1993, lastYear: 2019, yearsWithValues: [2018, 2019] });
    expect(yearsWithData(elderly)).toEqual([2019, 2018]);
    expect(yearsWithData(figure('a', { yearsWithValues: [2009, 2007, 2015] }))).toEqual([
      2015, 2009, 2007,
    ]);
  });
  it('is empty for a figure without numbers', () => {
    expect(yearsWithData(figure('a', { yearsWithValues: [] }))).toEqual([]);
    // An answer without the field at all.
    expect(yearsWithData({})).toEqual([]);
  });
});
