import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/web/format/index.ts';
import { fileSize } from '../../src/web/pages/portal/attachments.tsx';

describe('fileSize', () => {
  const da = (v: number, d: number) => formatNumber('da', v, d);
  it('says bytes under 1 kB, kB under 1 MB, and MB with a decimal above', () => {
    expect(fileSize(da, 67)).toBe('67 B');
    expect(fileSize(da, 1536)).toBe('2 kB');
    expect(fileSize(da, 5 * 1024 * 1024)).toBe('5,0 MB');
  });
});
