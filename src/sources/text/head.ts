/**
 * The first `maxBytes` of a file as text, for cheap format detection: a UTF-8 BOM is skipped
 * and every byte becomes one character (so "ø" in UTF-8 reads as two), which is enough to
 * match ASCII headers and keywords.
 * @example textHead(new TextEncoder().encode('\uFEFFSEKVENS;KODE')) // 'SEKVENS;KODE'
 */
export function textHead(bytes: Uint8Array, maxBytes = 4096): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return latin1.decode(bytes.subarray(start, start + maxBytes));
}

const latin1 = new TextDecoder('latin1');
