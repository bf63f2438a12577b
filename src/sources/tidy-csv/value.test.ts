import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, looksLikeThousands, parseTidyValue } from './value.ts';

describe('decimalSeparatorOf(values)', () => {
  it('is a comma when any value has a decimal comma', () => {
    expect(decimalSeparatorOf(['79.000', '12', '1.234,5'])).toBe(',');
    expect(decimalSeparatorOf(['3,9'])).toBe(',');
  });
  it('is a point otherwise', () => {
    expect(decimalSeparatorOf(['79.000', '3.9', 'M', ''])).toBe('.');
    expect(decimalSeparatorOf([])).toBe('.');
  });
});

describe('parseTidyValue(raw, decimal)', () => {
  it.each([
    ['42', '.', 42],
    ['-7', '.', -7],
    ['+7', ',', 7],
    ['3.9', '.', 3.9],
    [' 12.50 ', '.', 12.5],
    ['1.234', '.', 1.234],
    ['3,9', ',', 3.9],
    ['1.234,5', ',', 1234.5],
    ['79.000', ',', 79000],
    ['-1.234.567,89', ',', -1234567.89],
  ] as const)('reads %s with decimal "%s" as %d', (raw, decimal, value) => {
    expect(parseTidyValue(raw, decimal)).toEqual({ value, status: 'value' });
  });

  it.each([
    ['', 'missing'],
    ['M', 'missing'],
    ['..', 'missing'],
    ['U', 'undefined'],
  ])('reads "%s" as %s', (raw, status) => {
    expect(parseTidyValue(raw, '.')).toEqual({ value: null, status });
    expect(parseTidyValue(raw, ',')).toEqual({ value: null, status });
  });

  it.each([
    ['abc', '.'],
    ['3,9', '.'],
    ['1.234.567', '.'],
    ['3.9', ','],
    ['1.2345,6', ','],
    ['1,234.5', ','],
    ['1e5', '.'],
    ['12 000', '.'],
    ['-', '.'],
    [',5', ','],
    ['5.', '.'],
    ['NaN', '.'],
    ['Infinity', '.'],
    [`1${'0'.repeat(400)}`, '.'],
  ] as const)('refuses "%s" with decimal "%s"', (raw, decimal) => {
    expect(parseTidyValue(raw, decimal)).toBeUndefined();
  });
});

describe('looksLikeThousands(raw)', () => {
  it('flags a point followed by groups of three digits', () => {
    expect(['79.000', '1.234.567', '-2.500'].map(looksLikeThousands)).toEqual([true, true, true]);
    expect(['3.9', '79.0000', '12'].map(looksLikeThousands)).toEqual([false, false, false]);
  });
});
