import fc from 'fast-check';

/** One edit of a byte string: overwrite, insert, delete or truncate at a position. */
type Edit =
  | { readonly kind: 'set'; readonly at: number; readonly byte: number }
  | { readonly kind: 'insert'; readonly at: number; readonly byte: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number };

function edit(byte: fc.Arbitrary<number>): fc.Arbitrary<Edit> {
  return fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );
}

/**
 * Copies of `original` with 1-8 random edits (bytes overwritten, inserted, deleted, or the
 * file cut short), for fuzzing a parser with input close to a real file. For tests only.
 */
export function mutatedBytes(
  original: Uint8Array,
  bytePool: readonly number[] = [],
): fc.Arbitrary<Uint8Array> {
  const byte =
    bytePool.length > 0 ? fc.oneof(fc.nat(255), fc.constantFrom(...bytePool)) : fc.nat(255);
  const edits = fc.array(edit(byte), { minLength: 1, maxLength: 8 });
  return edits.map((list) => list.reduce(apply, original));
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
