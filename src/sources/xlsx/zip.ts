import { createInflateRaw } from 'node:zlib';
import { InvalidFileError } from '../../core/index.ts';
import { formatCount } from '../limits.ts';

/** One file inside a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** The size the archive says the entry unpacks to; a zip bomb may lie about it. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

/** How many bytes the entries read from one archive may still unpack to, together. */
export interface InflateBudget {
  readonly limit: number;
  used: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const CHUNK_BYTES = 64 * 1024;

/**
 * The entries of a ZIP archive held in memory, from its central directory (the authoritative
 * list; entries only in local headers are ignored). Refuses a truncated or inconsistent
 * directory and ZIP64 archives (over 4 GB, never an export) with InvalidFileError.
 */
export function readZipDirectory(bytes: Uint8Array, fileName: string): readonly ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) throw zipError(fileName, 'zip-arkivets indholdsfortegnelse mangler');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARK) {
    throw zipError(fileName, 'ZIP64-arkiver (over 4 GB) understøttes ikke');
  }
  if (offset + size > end) throw zipError(fileName, 'zip-arkivets indholdsfortegnelse er ødelagt');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== DIRECTORY_ENTRY) {
      throw zipError(fileName, 'zip-arkivets indholdsfortegnelse er ødelagt');
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > end) {
      throw zipError(fileName, 'zip-arkivets indholdsfortegnelse er ødelagt');
    }
    entries.push({
      name: new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record: the last 22 bytes, or earlier with a comment. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (view.getUint32(p, true) === END_OF_DIRECTORY) return p;
  }
  return -1;
}

/**
 * Unpacks one entry as UTF-8 text, chunk by chunk, so that memory stays bounded whatever the
 * entry holds. Counts the bytes actually unpacked: past the entry's declared size (a lying
 * header) or past the budget shared by all entries read (a zip bomb), it stops and refuses the
 * file; so does corrupt compressed data. Callers check declared sizes against the budget
 * before they start, so an honest bomb is refused without unpacking anything.
 */
export async function* inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  fileName: string,
): AsyncGenerator<string> {
  const data = entryData(bytes, entry, fileName);
  const decoder = new TextDecoder('utf-8');
  let unpacked = 0;
  const count = (n: number): void => {
    unpacked += n;
    budget.used += n;
    if (unpacked > entry.declaredSize) {
      throw zipError(
        fileName,
        `${entry.name} pakker ud til mere end de ${formatCount(entry.declaredSize)} byte, arkivet angiver`,
      );
    }
    if (budget.used > budget.limit) throw tooLarge(fileName, budget.limit);
  };
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += CHUNK_BYTES) {
      const chunk = data.subarray(p, p + CHUNK_BYTES);
      count(chunk.length);
      yield decoder.decode(chunk, { stream: true });
    }
    yield decoder.decode();
    return;
  }
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      count(chunk.length);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (e) {
    if (e instanceof InvalidFileError) throw e;
    throw zipError(fileName, `${entry.name} kan ikke pakkes ud (${(e as Error).message})`);
  } finally {
    inflater.destroy();
  }
  yield decoder.decode();
}

/** The compressed bytes of an entry, after its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  if (entry.encrypted) throw zipError(fileName, `${entry.name} er krypteret`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw zipError(fileName, `${entry.name} er pakket med en ukendt metode (${entry.method})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw zipError(fileName, `${entry.name}: zip-arkivet er ødelagt`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw zipError(fileName, `${entry.name}: zip-arkivet er afkortet`);
  return bytes.subarray(start, end);
}

/** The refusal for an archive that unpacks to more than the budget. */
export function tooLarge(fileName: string, limit: number): InvalidFileError {
  return zipError(
    fileName,
    `regnearket pakker ud til over ${formatCount(limit / 1_000_000)} MB (grænsen for import); er det en zip-bombe?`,
  );
}

function zipError(fileName: string, message: string): InvalidFileError {
  return new InvalidFileError([
    {
      severity: 'error',
      file: fileName,
      line: 1,
      message: `XLSX-filen kunne ikke læses: ${message}`,
    },
  ]);
}
