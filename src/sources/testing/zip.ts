import { deflateRawSync, constants } from 'node:zlib';

/** One file to put in a test archive. */
export interface TestZipEntry {
  readonly name: string;
  /** The content, or the compressed bytes of one already deflated (see `repeatedDeflate`). */
  readonly data: Uint8Array | { readonly deflated: Uint8Array; readonly size: number };
  /** The size to write in the headers instead of the real one: a lying zip bomb. */
  readonly declaredSize?: number;
}

/**
 * A ZIP archive (deflated entries, no data descriptors) built in memory, for tests of the
 * XLSX reader: real-looking workbooks, zip bombs with honest or lying sizes. For tests only.
 * @example writeZip([{ name: 'a.txt', data: new TextEncoder().encode('hej') }])
 */
export function writeZip(entries: readonly TestZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const { deflated, size } =
      entry.data instanceof Uint8Array
        ? { deflated: deflateRawSync(entry.data, { level: 1 }), size: entry.data.length }
        : entry.data;
    const declared = entry.declaredSize ?? size;
    const local = header(0x04034b50, 30, name, deflated.length, declared);
    locals.push(local, deflated);
    const central = header(0x02014b50, 46, name, deflated.length, declared);
    new DataView(central.buffer).setUint32(42, offset, true);
    directory.push(central);
    offset += local.length + deflated.length;
  }
  const size = directory.reduce((n, d) => n + d.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return concat([...locals, ...directory, end]);
}

function header(
  signature: number,
  fixed: number,
  name: Uint8Array,
  compressed: number,
  declared: number,
): Uint8Array {
  const out = new Uint8Array(fixed + name.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, signature, true);
  // Local and central headers put the same fields at different offsets.
  const at = fixed === 30 ? 0 : 2;
  view.setUint16(4 + at, 20, true);
  view.setUint16(8 + at, 8, true);
  view.setUint32(18 + at, compressed, true);
  view.setUint32(22 + at, declared, true);
  view.setUint16(26 + at, name.length, true);
  out.set(name, fixed);
  return out;
}

/**
 * Deflated data that unpacks to `times` copies of `unit`, costing the size of one compressed
 * copy per repetition: a raw deflate stream of flushed, non-final blocks, repeated, then an
 * empty final block. Builds a zip bomb of gigabytes from kilobytes. For tests only.
 */
export function repeatedDeflate(
  head: Uint8Array,
  unit: Uint8Array,
  times: number,
  tail: Uint8Array,
): { readonly deflated: Uint8Array; readonly size: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = (data: Uint8Array) => deflateRawSync(data, flush);
  const one = block(unit);
  // An empty stored final block ends the stream: BFINAL=1, BTYPE=00, LEN=0, NLEN=0xffff.
  const final = Uint8Array.from([0x01, 0x00, 0x00, 0xff, 0xff]);
  const parts: Uint8Array[] = [block(head), ...Array.from({ length: times }, () => one)];
  parts.push(block(tail), final);
  return {
    deflated: concat(parts),
    size: head.length + unit.length * times + tail.length,
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
