import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchRefusal, parsesOrRefuses } from '../testing/index.ts';
import { decodeText } from './decode-text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeText(bytes, fileName)', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Køge;Æ')), 'a.csv')).toEqual({
      text: 'Køge;Æ',
      encoding: 'utf-8',
    });
  });

  it('falls back to Latin-1 when the bytes are not UTF-8', () => {
    expect(decodeText(bytes(0x4b, 0xf8, 0x67, 0x65, 0x3b, 0xc6, 0x80), 'a.csv')).toEqual({
      text: 'Køge;Æ€',
      encoding: 'latin1',
    });
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(bytes(), 'a.csv')).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('refuses binary content, naming file, line and byte', () => {
    const e = catchRefusal(() => decodeText(bytes(0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01), 'data.bin'));
    expect(e.message).toBe('data.bin:3: filen er ikke tekst (binært indhold) (værdi "0x00")');
    expect(e.diagnostics[0]).toMatchObject({ file: 'data.bin', line: 3, value: '0x00' });
  });

  it('refuses a zip file (an xlsx) as not text', () => {
    const e = catchRefusal(() => decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'ark.xlsx'));
    expect(e.message).toMatch(/^ark\.xlsx:1: filen er ikke tekst/);
  });

  it('refuses UTF-16', () => {
    const e = catchRefusal(() => decodeText(bytes(0xff, 0xfe, 0x41, 0x00), 'u16.csv'));
    expect(e.message).toMatch(/^u16\.csv:1: filen er UTF-16/);
  });

  it('refuses a file that mixes UTF-8 and Latin-1, naming the line', () => {
    const mixed = bytes(...utf8('Kommune\nKøbenhavn\n'), 0x4b, 0xf8, 0x67, 0x65);
    const e = catchRefusal(() => decodeText(mixed, 'blandet.csv'));
    expect(e.message).toMatch(/^blandet\.csv:2: blandet tegnsæt/);
    expect(e.diagnostics[0]?.value).toContain('KÃ¸benhavn');
  });

  it('either decodes or refuses with InvalidFileError, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        parsesOrRefuses(() => decodeText(b, 'fuzz.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
