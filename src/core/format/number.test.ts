import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MINUS,
  MISSING,
  autoDecimals,
  formatAuto,
  formatKr,
  formatMillionKr,
  formatNumber,
  formatPercent,
  formatVolume,
  formatWithUnit,
  withUnit,
  type NumberLocale,
} from './number.ts';

describe('formatNumber(locale, value, options) (hand-checked)', () => {
  it('writes Danish thousands with dots and decimals with a comma (DESIGN.md §6)', () => {
    expect(formatNumber('da', 1234567)).toBe('1.234.567');
    expect(formatNumber('da', 1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber('da', 12.345, 1)).toBe('12,3');
    expect(formatNumber('da', 5, 2)).toBe('5,00');
  });
  it('writes English with commas and a point', () => {
    expect(formatNumber('en', 1234567.8, 1)).toBe('1,234,567.8');
    expect(formatNumber('en', 1234567.8)).toBe('1,234,568');
  });
  it('uses U+2212 before a negative number in both languages, never a hyphen', () => {
    expect(formatNumber('da', -30500500.873)).toBe('−30.500.501');
    expect(formatNumber('en', -1234.5, 1)).toBe('−1,234.5');
    expect(MINUS).toBe('\u2212');
  });
  it('writes a value that rounds to zero as 0, without a sign', () => {
    expect(formatNumber('da', -0.4)).toBe('0');
    expect(formatNumber('da', -0.004, 2)).toBe('0,00');
    expect(formatNumber('da', -0.004, { decimals: 2, sign: true })).toBe('0,00');
  });
  it('adds "+" before a positive change only when asked', () => {
    expect(formatNumber('da', 0.25, { decimals: 2, sign: true })).toBe('+0,25');
    expect(formatNumber('da', -0.25, { decimals: 2, sign: true })).toBe('−0,25');
    expect(formatNumber('da', 0.25, 2)).toBe('0,25');
  });
  it('drops trailing zeros up to maxDecimals', () => {
    expect(formatNumber('da', 35432.5, { maxDecimals: 2 })).toBe('35.432,5');
    expect(formatNumber('da', 2, { maxDecimals: 2 })).toBe('2');
    expect(formatNumber('en', -0.125, { maxDecimals: 2 })).toBe('−0.13');
  });
  it('writes an en dash for null, undefined, NaN and infinite values', () => {
    for (const v of [null, undefined, Number.NaN, Infinity, -Infinity])
      for (const locale of ['da', 'en'] as const) expect(formatNumber(locale, v)).toBe('–');
    expect(MISSING).toBe('\u2013');
  });
});

describe('the unit formats (hand-checked)', () => {
  it('writes kroner, millions and per cent as DESIGN.md §6 does', () => {
    expect(formatKr('da', 1234567.4)).toBe('1.234.567 kr.');
    expect(formatKr('en', -1234567.4)).toBe('DKK −1,234,567');
    expect(formatMillionKr('da', -95178574.892)).toBe('−95,2 mio. kr.');
    expect(formatMillionKr('da', 1234567890)).toBe('1.234,6 mio. kr.');
    expect(formatMillionKr('en', -95178574.892)).toBe('DKK −95.2m');
    expect(formatPercent('da', 12.34)).toBe('12,3 %');
    expect(formatPercent('en', 12.34, 0)).toBe('12%');
    expect(formatPercent('en', 12.34)).toBe('12.3%');
  });
  it('gives no unit to a missing value', () => {
    expect(formatKr('da', null)).toBe('–');
    expect(formatMillionKr('en', Number.NaN)).toBe('–');
    expect(formatPercent('da', undefined)).toBe('–');
    expect(formatWithUnit('da', null, 'kr.')).toBe('–');
    expect(withUnit('–', 'pct.')).toBe('–');
  });
  it('writes a volume as whole units', () => {
    expect(formatVolume('da', 8320.966)).toBe('8.321');
    expect(formatVolume('en', 8320.966)).toBe('8,321');
  });
  it('gives as many decimals as the size of the value needs', () => {
    expect(autoDecimals(31767)).toBe(0);
    expect(autoDecimals(-12.34)).toBe(1);
    expect(autoDecimals(0.456)).toBe(2);
    expect(formatAuto('da', 12.34)).toBe('12,3');
    expect(formatAuto('da', 0.456)).toBe('0,46');
    expect(formatWithUnit('da', 31767, 'kr. pr. 67+-årig')).toBe('31.767 kr. pr. 67+-årig');
    expect(formatWithUnit('da', 19.1, 'pct.')).toBe('19,1 %');
    expect(formatWithUnit('da', 19.1, '')).toBe('19,1');
  });
});

describe('formatNumber (properties)', () => {
  const locale = fc.constantFrom<NumberLocale>('da', 'en');
  const decimals = fc.integer({ min: 0, max: 3 });
  const value = fc.double({ min: -1e12, max: 1e12, noNaN: true });
  /** The number read back from its text: thousands separators out, the decimal mark a point. */
  const parse = (text: string, l: NumberLocale): number => {
    const [thousands, mark] = l === 'da' ? ['.', ','] : [',', '.'];
    return Number(text.replace(MINUS, '-').split(thousands).join('').replace(mark, '.'));
  };

  it('reads back as the value rounded to its decimals, with exactly that many decimals', () => {
    fc.assert(
      fc.property(locale, value, decimals, (l, v, d) => {
        const text = formatNumber(l, v, d);
        expect(Math.abs(parse(text, l) - v)).toBeLessThanOrEqual(
          0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(v) * 1e-15,
        );
        const mark = l === 'da' ? ',' : '.';
        expect(text.split(mark)[1]?.length ?? 0).toBe(d);
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });

  it('has a minus sign exactly when the rounded value is below zero, and never a hyphen', () => {
    fc.assert(
      fc.property(locale, value, decimals, (l, v, d) => {
        const text = formatNumber(l, v, d);
        expect(text).not.toMatch(/-/);
        expect(text.startsWith(MINUS)).toBe(parse(text, l) < 0);
        expect(formatNumber(l, -v, d)).toBe(
          parse(text, l) === 0 ? text : text.startsWith(MINUS) ? text.slice(1) : MINUS + text,
        );
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });

  it('groups digits by three with the locale’s separator', () => {
    fc.assert(
      fc.property(locale, fc.integer({ min: -1e12, max: 1e12 }), (l, v) => {
        const text = formatNumber(l, v).replace(MINUS, '');
        const groups = text.split(l === 'da' ? '.' : ',');
        expect(groups[0]?.length).toBeGreaterThanOrEqual(1);
        expect(groups[0]?.length).toBeLessThanOrEqual(3);
        for (const g of groups.slice(1)) expect(g).toMatch(/^\d{3}$/);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
