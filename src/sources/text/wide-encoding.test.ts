import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { catchRefusal } from '../testing/index.ts';
import { decodeText } from './decode-text.ts';
import { detectWideEncoding, type WideEncoding } from './wide-encoding.ts';

const TEXT = 'municipality_code;year;key_figure;value\n101;2023;Udgift pr. elev;81234,5\n';

/** TEXT in a wide encoding, with or without its byte order mark. */
function encoded(encoding: WideEncoding, bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${TEXT}` : TEXT;
  if (encoding.startsWith('UTF-16')) {
    return new Uint8Array(iconv.encode(body, encoding === 'UTF-16 (LE)' ? 'utf16le' : 'utf16be'));
  }
  const out = new Uint8Array(body.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < body.length; i++) {
    view.setUint32(i * 4, body.charCodeAt(i), encoding === 'UTF-32 (LE)');
  }
  return out;
}

const ENCODINGS: readonly WideEncoding[] = [
  'UTF-16 (LE)',
  'UTF-16 (BE)',
  'UTF-32 (LE)',
  'UTF-32 (BE)',
];

describe('detectWideEncoding(bytes)', () => {
  it.each(ENCODINGS.flatMap((e) => [true, false].map((bom) => [e, bom] as const)))(
    'names %s (byte order mark: %s)',
    (encoding, bom) => {
      expect(detectWideEncoding(encoded(encoding, bom))).toBe(encoding);
    },
  );

  it('names UTF-16 text with Danish letters, which are "x 00" too', () => {
    const bytes = new Uint8Array(iconv.encode('Kommune;Værdi\nKøbenhavn;Ærø\n', 'utf16le'));
    expect(detectWideEncoding(bytes)).toBe('UTF-16 (LE)');
  });

  it('leaves UTF-8, Latin-1 and empty files alone', () => {
    expect(detectWideEncoding(new TextEncoder().encode(TEXT))).toBeUndefined();
    expect(detectWideEncoding(new Uint8Array(iconv.encode('Køge;Ærø', 'latin1')))).toBeUndefined();
    expect(detectWideEncoding(new Uint8Array())).toBeUndefined();
  });
});

describe('decodeText(bytes, fileName) on wide encodings', () => {
  it.each(ENCODINGS)('refuses %s, naming the file and the encoding', (encoding) => {
    for (const bom of [true, false]) {
      const e = catchRefusal(() => decodeText(encoded(encoding, bom), 'eksport.csv'));
      expect(e.message).toMatch(
        new RegExp(
          `^eksport\\.csv:1: filen er ${encoding.replace(/[()]/g, '\\$&')}; gem den som UTF-8`,
        ),
      );
    }
  });

  it('detects or refuses without throwing anything else, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const found = detectWideEncoding(b);
        expect(found === undefined || ENCODINGS.includes(found)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
