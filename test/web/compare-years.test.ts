import { describe, expect, it } from 'vitest';
import { figureYear, themeYears } from '../../src/web/pages/compare/years.ts';

describe('themeYears(figures, from, chosen)', () => {
  it("is the union of the figures' years with numbers from `from` on, newest first", () => {
    expect(
      themeYears(
        [
          { yearsWithValues: [2005, 2006, 2007, 2012] },
          { yearsWithValues: [2018, 2019] },
          { yearsWithValues: [] },
          {},
        ],
        2007,
      ),
    ).toEqual([2019, 2018, 2012, 2007]);
  });
  it('keeps a chosen year without numbers, so the choice stays visible', () => {
    expect(themeYears([{ yearsWithValues: [2018, 2019] }], 2007, 2010)).toEqual([2019, 2018, 2010]);
    expect(themeYears([{ yearsWithValues: [2018, 2019] }], 2007, 2019)).toEqual([2019, 2018]);
    expect(themeYears([], 2007, NaN)).toEqual([]);
  });
});

describe('figureYear(figure, year, from)', () => {
  const elderly = { yearsWithValues: [2018, 2019] };
  it('is the latest year with numbers from `from` on when no year is chosen', () => {
    expect(figureYear(elderly, null, 2007)).toBe(2019);
    expect(figureYear({ yearsWithValues: [1999, 2006, 2012] }, null, 2007)).toBe(2012);
  });
  it('is the chosen year only when the figure has numbers then', () => {
    expect(figureYear(elderly, 2018, 2007)).toBe(2018);
    expect(figureYear(elderly, 2017, 2007)).toBeNull();
  });
  it('is null without numbers from `from` on', () => {
    expect(figureYear({ yearsWithValues: [1999, 2006] }, null, 2007)).toBeNull();
    expect(figureYear({}, null, 2007)).toBeNull();
  });
});
