import { describe, expect, it } from 'vitest';
import { addCode, parseSelection } from '../../src/web/pages/compare/selection.ts';

const known = new Set(['101', '147', '751', '766', '851', '860']);

describe('parseSelection(k, known)', () => {
  it('keeps known codes in order, each once, and names the unknown', () => {
    const s = parseSelection('101, 751,999,101,abc', known);
    expect(s.codes).toEqual(['101', '751']);
    expect(s.unknown).toEqual(['999', 'abc']);
    expect(s.repeated).toEqual(['101']);
    expect(s.tooFew).toBe(false);
    expect(s.tooMany).toBe(false);
  });
  it('says too few below two and too many above five', () => {
    expect(parseSelection('', known).tooFew).toBe(true);
    expect(parseSelection('101', known).tooFew).toBe(true);
    expect(parseSelection('101,147,751,766,851,860', known).tooMany).toBe(true);
    expect(parseSelection('101,147,751,766,851', known).tooMany).toBe(false);
  });
});

describe('addCode(codes, code)', () => {
  it('adds a new code at the end', () => {
    expect(addCode(['101'], '751')).toEqual(['101', '751']);
  });
  it('refuses a code already chosen and a sixth', () => {
    expect(addCode(['101'], '101')).toBeNull();
    expect(addCode(['101', '147', '751', '766', '851'], '860')).toBeNull();
  });
});
