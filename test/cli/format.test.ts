import { describe, expect, it } from 'vitest';
import { formatNumber, formatVolume } from '../../src/cli/format.ts';

describe('formatVolume(value)', () => {
  it('writes a volume as whole persons with Danish thousands, never with decimals', () => {
    expect(formatVolume(8320.966)).toBe('8.321');
    expect(formatVolume(62.4)).toBe('62');
    expect(formatVolume(623404)).toBe('623.404');
    expect(formatVolume(null)).toBe('–');
  });

  it('leaves other numbers their decimals', () => {
    expect(formatNumber(35432.5)).toBe('35.432,5');
  });
});
