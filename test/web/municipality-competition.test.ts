import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import {
  comparePeers,
  COMPETITION_FIGURES,
  newestCommonYear,
} from '../../src/web/pages/municipality/competition-figures.ts';

describe('COMPETITION_FIGURES', () => {
  it('lists IKU in total, per hovedkonto and the PLI: catalogue figures that are context only', () => {
    expect(COMPETITION_FIGURES).toHaveLength(8);
    for (const id of COMPETITION_FIGURES) {
      const k = CATALOGUE.find((c) => c.id === id);
      expect(k, id).toMatchObject({ kind: 'activity', polarity: 'neutral', unit: 'pct.' });
    }
  });
});

describe('newestCommonYear(yearsPerFigure, upTo)', () => {
  it('is the newest year up to the page year in which any figure has a number', () => {
    expect(newestCommonYear([[2006, 2018], [2007, 2018], undefined], 2019)).toBe(2018);
    expect(
      newestCommonYear(
        [
          [2006, 2018],
          [2007, 2017],
        ],
        2017,
      ),
    ).toBe(2017);
    expect(newestCommonYear([[2006, 2018]], 2005)).toBeUndefined();
    expect(newestCommonYear([undefined], 2019)).toBeUndefined();
  });
});

describe('comparePeers(rows, code, members)', () => {
  const rows = [
    { code: '766', value: 24.4 },
    { code: '615', value: 20 },
    { code: '630', value: 30 },
    { code: '657', value: null },
    { code: '101', value: 99 },
  ];

  it('gives the own value and the median, lowest and highest of the peers with a number', () => {
    expect(comparePeers(rows, '766', ['615', '630', '657'])).toEqual({
      own: 24.4,
      median: 25,
      min: 20,
      max: 30,
      count: 2,
    });
  });

  it('never counts the municipality among its own peers, and says when no peer has a number', () => {
    expect(comparePeers(rows, '766', ['766', '657'])).toEqual({
      own: 24.4,
      median: null,
      min: null,
      max: null,
      count: 0,
    });
  });
});
