import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, paletteFor, rankValues, toPolarity } from '../../src/charts/index.ts';

describe('classify(values, polarity, k)', () => {
  it('cuts 98 distinct values into five classes of 19 or 20', () => {
    const values = Array.from({ length: 98 }, (_, i) => 1000 + i * 7);
    const { classes } = classify(values, 'lower-is-better');
    expect(classes.map((c) => c.count)).toEqual([20, 19, 20, 19, 20]);
    expect(classes[0]?.min).toBe(1000);
    expect(classes[4]?.max).toBe(1000 + 97 * 7);
  });

  it('leaves missing values out of every class (class -1)', () => {
    const scale = classify([1, null, 2, 3, null], 'neutral', 3);
    expect(scale.classes.reduce((s, c) => s + c.count, 0)).toBe(3);
    expect(scale.classOf(null)).toBe(-1);
    expect(scale.classOf(Number.NaN)).toBe(-1);
  });

  it('never splits equal values over two classes (fewer classes instead)', () => {
    const scale = classify([0, 0, 0, 0, 0, 0, 1, 1, 1, 1], 'neutral', 5);
    expect(scale.classes.map((c) => [c.min, c.max, c.count])).toEqual([
      [0, 0, 6],
      [1, 1, 4],
    ]);
  });

  it('has no classes when every value is missing', () => {
    expect(classify([null, null], 'neutral').classes).toEqual([]);
  });

  it('colours by polarity: orange-red when lower is better, green when higher is, purple when neither', () => {
    expect(paletteFor('lower-is-better', 5)[4]).toBe('#b30000');
    expect(paletteFor('higher-is-better', 5)[4]).toBe('#006d2c');
    expect(paletteFor('neutral', 5)[4]).toBe('#54278f');
    expect(paletteFor('neutral', 3)).toHaveLength(3);
  });

  it('puts every value in the one class whose range holds it, classes ordered and disjoint', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), {
          maxLength: 120,
        }),
        fc.integer({ min: 1, max: 5 }),
        (values, k) => {
          const scale = classify(values, 'lower-is-better', k);
          const present = values.filter((v): v is number => v !== null);
          expect(scale.classes.length).toBeLessThanOrEqual(k);
          expect(scale.classes.reduce((s, c) => s + c.count, 0)).toBe(present.length);
          for (const v of present) {
            const c = scale.classes[scale.classOf(v)];
            expect(c && v >= c.min && v <= c.max).toBe(true);
          }
          scale.classes.forEach((c, i) => {
            expect(c.count).toBeGreaterThan(0);
            const next = scale.classes[i + 1];
            if (next) expect(c.max).toBeLessThan(next.min);
          });
        },
      ),
      { seed: 20261123, numRuns: 300 },
    );
  });
});

describe('rankValues(rows, polarity)', () => {
  const rows = [
    { code: 'a', value: 30 },
    { code: 'b', value: 10 },
    { code: 'c', value: null },
    { code: 'd', value: 20 },
    { code: 'e', value: 20 },
  ];

  it('gives rank 1 to the lowest value when lower is better', () => {
    expect(Object.fromEntries(rankValues(rows, 'lower-is-better'))).toEqual({
      b: 1,
      d: 2,
      e: 2,
      a: 4,
    });
  });

  it('gives rank 1 to the highest value when higher is better, and for neutral figures', () => {
    const expected = { a: 1, d: 2, e: 2, b: 4 };
    expect(Object.fromEntries(rankValues(rows, 'higher-is-better'))).toEqual(expected);
    expect(Object.fromEntries(rankValues(rows, 'neutral'))).toEqual(expected);
  });

  it('ranks only municipalities with a value', () => {
    expect(rankValues(rows, 'neutral').has('c')).toBe(false);
  });
});

describe('toPolarity(value)', () => {
  it('reads the two directions and treats anything else as neutral', () => {
    expect(toPolarity('lower-is-better')).toBe('lower-is-better');
    expect(toPolarity('higher-is-better')).toBe('higher-is-better');
    expect(toPolarity('sideways')).toBe('neutral');
    expect(toPolarity(null)).toBe('neutral');
  });
});
