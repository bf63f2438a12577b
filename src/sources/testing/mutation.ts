import fc from 'fast-check';

/** One edit of a byte string: overwrite, insert, delete or truncate at a position. */
type Edit =
  | { readonly kind: 'set'; readonly at: number; readonly byte: number }
  | { readonly kind: 'insert'; readonly at: number; readonly byte: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'digit'; readonly at: number; readonly digit: number };

function edit(byte: fc.Arbitrary<number>, length: number): fc.Arbitrary<Edit> {
  // Unbiased positions: fast-check's bias towards small and extreme numbers would edit the
  // same few places of a large file over and over.
  const at = fc.noBias(fc.nat(length));
  // Digit edits keep the file well-formed more often than not, so the parser's checks of
  // values (codes, coordinates, amounts) are reached, not only its syntax errors.
  return fc.oneof(
    {
      weight: 10,
      arbitrary: fc.record({ kind: fc.constant('digit' as const), at, digit: fc.nat(9) }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), at, byte }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('insert' as const), at, byte }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        at,
        length: fc.integer({ min: 1, max: 40 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  );
}

/**
 * Copies of `original` with 1-3 random edits (a digit changed, bytes overwritten, inserted
 * or deleted, or the file cut short), for fuzzing a parser with input close to a real file.
 * For tests only.
 */
export function mutatedBytes(
  original: Uint8Array,
  bytePool: readonly number[] = [],
): fc.Arbitrary<Uint8Array> {
  // Mostly printable ASCII: a random high or control byte is refused by text decoding at
  // once, which tests little beyond decodeText.
  const byte = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 1, arbitrary: fc.nat(255) },
    ...(bytePool.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...bytePool) }] : []),
  );
  // A plain copy: a Node Buffer's slice() is a view, and editing it would corrupt the original.
  const base = new Uint8Array(original);
  const edits = fc.array(edit(byte, base.length), { minLength: 1, maxLength: 3 });
  return edits.map((list) => list.reduce(apply, base));
}

function apply(bytes: Uint8Array, e: Edit): Uint8Array {
  const at = bytes.length === 0 ? 0 : e.at % (bytes.length + 1);
  switch (e.kind) {
    case 'set': {
      if (at >= bytes.length) return bytes;
      const copy = bytes.slice();
      copy[at] = e.byte;
      return copy;
    }
    case 'insert':
      return concat(bytes.subarray(0, at), Uint8Array.of(e.byte), bytes.subarray(at));
    case 'delete':
      return concat(bytes.subarray(0, at), bytes.subarray(at + e.length));
    case 'truncate':
      return bytes.slice(0, at);
    case 'digit': {
      const current = bytes[at];
      if (current === undefined || current < 0x30 || current > 0x39) return bytes;
      const copy = bytes.slice();
      copy[at] = 0x30 + e.digit;
      return copy;
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
