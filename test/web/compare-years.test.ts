import { describe, expect, it } from 'vitest';
import { themeYears } from '../../src/web/pages/compare/years.ts';

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
