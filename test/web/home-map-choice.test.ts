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
    ...over,
  } as KeyFigureDocument;
}

describe('mappableFigures(figures)', () => {
  it('keeps figures with observations and a unit', () => {
    const kept = mappableFigures([
      figure('a'),
      figure('no-data', { firstYear: null, lastYear: null }),
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

describe('yearsWithData(figure, series)', () => {
  it('lists the years where the series has a value, latest first', () => {
    const series = [
      { year: 2016, value: null },
      { year: 2018, value: 38604 },
      { year: 2019, value: 41851 },
      { year: 2020, value: null },
    ];
    expect(yearsWithData(figure('a'), series)).toEqual([2019, 2018]);
  });
  it("falls back to the catalogue's span when the series has no value", () => {
    expect(yearsWithData(figure('a', { firstYear: 2017, lastYear: 2019 }), [])).toEqual([
      2019, 2018, 2017,
    ]);
    expect(yearsWithData(figure('a', { firstYear: null, lastYear: null }), undefined)).toEqual([]);
  });
});
