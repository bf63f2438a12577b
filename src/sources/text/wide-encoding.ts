/** A text encoding with two or four bytes per character, which Potentiale does not read. */
export type WideEncoding = 'UTF-16 (LE)' | 'UTF-16 (BE)' | 'UTF-32 (LE)' | 'UTF-32 (BE)';

const SAMPLE_BYTES = 4096;

/**
 * The wide encoding of a text file, from its byte order mark or, without one, from where the
 * NUL bytes fall in its first 4 KB (ASCII and Danish letters in UTF-16 LE are "x 00", in
 * UTF-32 LE "x 00 00 00"); undefined for anything else (UTF-8, Latin-1, binary).
 * @example detectWideEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // 'UTF-16 (LE)'
 */
export function detectWideEncoding(bytes: Uint8Array): WideEncoding | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32 (LE)';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (BE)';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16 (LE)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (BE)';
  return fromNulPattern(bytes.subarray(0, SAMPLE_BYTES));
}

/** Which byte positions (modulo 4) hold NULs, for text without a byte order mark. */
function fromNulPattern(sample: Uint8Array): WideEncoding | undefined {
  const units = Math.floor(sample.length / 4);
  if (units < 1) return fromPairs(sample);
  let [z0, z1, z2, z3] = [0, 0, 0, 0];
  for (let i = 0; i < units * 4; i += 4) {
    if (sample[i] === 0) z0++;
    if (sample[i + 1] === 0) z1++;
    if (sample[i + 2] === 0) z2++;
    if (sample[i + 3] === 0) z3++;
  }
  const mostly = (n: number) => n >= units * 0.9;
  const rarely = (n: number) => n <= units * 0.1;
  if (rarely(z0) && mostly(z1) && mostly(z2) && mostly(z3)) return 'UTF-32 (LE)';
  if (mostly(z0) && mostly(z1) && mostly(z2) && rarely(z3)) return 'UTF-32 (BE)';
  if (rarely(z0) && rarely(z2) && mostly(z1) && mostly(z3)) return 'UTF-16 (LE)';
  if (mostly(z0) && mostly(z2) && rarely(z1) && rarely(z3)) return 'UTF-16 (BE)';
  return undefined;
}

/** Two or three bytes: one UTF-16 character and a bit. */
function fromPairs(sample: Uint8Array): WideEncoding | undefined {
  if (sample.length < 2) return undefined;
  if (sample[0] !== 0 && sample[1] === 0) return 'UTF-16 (LE)';
  if (sample[0] === 0 && sample[1] !== 0) return 'UTF-16 (BE)';
  return undefined;
}

/** The Danish refusal for a file in a wide encoding. */
export function wideEncodingMessage(encoding: WideEncoding): string {
  return `filen er ${encoding}; gem den som UTF-8`;
}
