import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compoundCuts, queryWords, termsFor, tsQueryText } from './query.ts';

describe('queryWords', () => {
  it('keeps letters and digits, lower-cased and unique, and drops tsquery syntax', () => {
    expect(queryWords('Ældre & "hjemmepleje"! ældre')).toEqual(['ældre', 'hjemmepleje']);
    expect(queryWords("'&|!:*()<->")).toEqual([]);
    expect(queryWords('budget 2024')).toEqual(['budget', '2024']);
  });

  it('keeps at most 12 words of at most 60 characters', () => {
    expect(queryWords(Array.from({ length: 20 }, (_, i) => `ord${i}`).join(' '))).toHaveLength(12);
    expect(queryWords('a'.repeat(10_000))[0]).toHaveLength(60);
  });
});

describe('compoundCuts', () => {
  it('offers every cut with both parts at least three letters, longest first part first', () => {
    const cuts = compoundCuts('ældreområdet');
    expect(cuts[0]).toEqual(['ældreområ', 'det']);
    expect(cuts).toContainEqual(['ældre', 'området']);
    expect(cuts.every(([a, b]) => a.length >= 3 && b.length >= 3)).toBe(true);
  });

  it('also offers a first part without its linking -s- or -e-', () => {
    expect(compoundCuts('arbejdsmarked')).toContainEqual(['arbejd', 'marked']);
  });
});

describe('termsFor', () => {
  const stems = new Map([
    ['ældreområdet', 'ældreområd'],
    ['ældre', 'ældr'],
    ['området', 'områd'],
    ['ældreomr', 'ældreomr'],
    ['hjemmepleje', 'hjemmeplej'],
  ]);

  it('searches a known word as itself', () => {
    expect(termsFor(['hjemmepleje'], stems, new Set(['hjemmeplej']))).toEqual([
      { word: 'hjemmepleje' },
    ]);
  });

  it('splits an unknown compound into two known words', () => {
    expect(termsFor(['ældreområdet'], stems, new Set(['ældr', 'områd']))).toEqual([
      { word: 'ældreområdet', parts: ['ældre', 'området'] },
    ]);
  });

  it('uses a known first part alone only when asked to (the last resort)', () => {
    const vocabulary = new Set(['ældr']);
    expect(termsFor(['ældreområdet'], stems, vocabulary)).toEqual([{ word: 'ældreområdet' }]);
    expect(termsFor(['ældreområdet'], stems, vocabulary, true)).toEqual([
      { word: 'ældreområdet', parts: ['ældre', 'området'] },
    ]);
  });
});

describe('tsQueryText', () => {
  it('ANDs the terms and ORs a compound with its parts', () => {
    expect(
      tsQueryText([{ word: 'ældreområdet', parts: ['ældre', 'området'] }, { word: 'pleje' }]),
    ).toBe("( 'ældreområdet' | 'ældre' | 'området' ) & 'pleje'");
  });

  it('is valid tsquery syntax for any input (fixed seed)', () => {
    // Quoted words of letters and digits, joined by & and | in brackets: nothing else.
    const grammar =
      /^(\( '[\p{L}\p{N}]+'( \| '[\p{L}\p{N}]+'){2} \)|'[\p{L}\p{N}]+')( & (\( '[\p{L}\p{N}]+'( \| '[\p{L}\p{N}]+'){2} \)|'[\p{L}\p{N}]+'))*$/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
        const words = queryWords(q);
        const text = tsQueryText(termsFor(words, new Map(), new Set()));
        expect(words.length === 0 ? text === '' : grammar.test(text)).toBe(true);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });
});
