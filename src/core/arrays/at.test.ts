import { describe, expect, it } from 'vitest';
import { PotentialeError } from '../diagnostics/index.ts';
import { at, atF64, atI32, atU8 } from './at.ts';

describe('at(a, i)', () => {
  it('reads an element in range, zero included', () => {
    expect(at(new Float64Array([0, 2.5]), 0)).toBe(0);
    expect(at([1, 2, 3], 2)).toBe(3);
    expect(at(new Int32Array([-1]), 0)).toBe(-1);
    expect(atF64(new Float64Array([0, 2.5]), 1)).toBe(2.5);
    expect(atI32(new Int32Array([-1]), 0)).toBe(-1);
    expect(atU8(new Uint8Array([0, 1]), 1)).toBe(1);
  });
  it('atF64, atI32 and atU8 refuse an index out of range like at', () => {
    expect(() => atF64(new Float64Array(2), 2)).toThrow(/indeks 2 ligger uden for 0–1/);
    expect(() => atI32(new Int32Array(2), -1)).toThrow(/indeks -1/);
    expect(() => atU8(new Uint8Array(0), 0)).toThrow(/tomt array/);
  });
  it('throws an internal error naming the index when it is out of range', () => {
    expect(() => at(new Float64Array(3), 3)).toThrow(/indeks 3 ligger uden for 0–2/);
    expect(() => at([1], -1)).toThrow(/indeks -1/);
    expect(() => at([], 0)).toThrow(/tomt array/);
    expect(() => at([1, 2], 0.5)).toThrow(PotentialeError);
    let thrown: unknown;
    try {
      at([], 0);
    } catch (e) {
      thrown = e;
    }
    expect(thrown instanceof PotentialeError ? thrown.kind : thrown).toBe('internal');
  });
});
