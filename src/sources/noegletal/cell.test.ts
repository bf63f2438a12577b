import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNoegletalCell } from './cell.ts';

// The format as noegletal.dk writes it, and the value it stands for: the decimal read by Number().
const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;
const SYMBOLS = ['-', 'M', 'U', 'JA', 'NEJ'];

function expected(raw: string): number | undefined {
  if (!GROUPED.test(raw) && !PLAIN.test(raw)) return undefined;
  const value = Number(raw.replace(/\./g, '').replace(',', '.'));
  return value === 0 ? 0 : value;
}

/** A number written the Danish way: thousands grouped with "." or not, "," as decimal mark. */
const danish = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 18 }), fc.boolean(), fc.boolean())
  .map(([digits, decimals, grouped, negative]) => {
    const text = digits.toString().padStart(decimals + 1, '0');
    let int = text.slice(0, text.length - decimals);
    if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const frac = text.slice(text.length - decimals);
    return `${negative ? '-' : ''}${int}${frac ? `,${frac}` : ''}`;
  });

describe('parseNoegletalCell(cell)', () => {
  it('reads a Danish number as exactly the double of its decimal, at any length', () => {
    fc.assert(
      fc.property(danish, (raw) => {
        const cell = parseNoegletalCell(raw);
        expect(cell.ok ? cell.value : undefined).toBe(expected(raw));
      }),
      { seed: 20261206, numRuns: 20_000 },
    );
  });

  it('accepts exactly the strings of the format, whatever the digits, dots and commas', () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789.,-'), maxLength: 16 });
    fc.assert(
      fc.property(text, (raw) => {
        fc.pre(!SYMBOLS.includes(raw));
        const cell = parseNoegletalCell(raw);
        expect(cell.ok ? cell.value : undefined).toBe(expected(raw));
      }),
      { seed: 20261206, numRuns: 50_000 },
    );
  });

  it('stores rounded negative zeros as 0 and keeps the raw text', () => {
    expect(parseNoegletalCell('-0,0')).toEqual({
      ok: true,
      value: 0,
      status: 'value',
      raw: '-0,0',
      boolean: false,
    });
    const zero = parseNoegletalCell('-0');
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });
});
