import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidFileError } from '../../core/index.ts';

/** What is kept beside every raw answer: the request, when, and the answer's SHA-256. */
export interface CachedMeta {
  readonly endpoint: 'tableinfo' | 'data';
  readonly method: 'POST';
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly status: number;
  readonly contentType: string | null;
  /** StatBank's StatbankAPI-Request-Id header, which identifies the call in DST's log. */
  readonly requestId: string | null;
  readonly fetchedAt: string;
  readonly sha256: string;
  readonly byteSize: number;
}

/** The SHA-256 of bytes or text, in lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The cache key of a request: the SHA-256 of the endpoint and the JSON body (built with a
 * fixed key order), so the same request always finds the same files.
 */
export function requestKey(endpoint: string, body: Readonly<Record<string, unknown>>): string {
  return sha256Hex(JSON.stringify({ endpoint, body }));
}

/**
 * The files of one answer: `<dir>/<TABLE>/<endpoint>-<key>.body` (the bytes as received) and
 * `….json` (CachedMeta). The table folder keeps a person's browsing of the cache simple.
 */
export function cachePaths(
  dir: string,
  table: string,
  endpoint: string,
  key: string,
): { readonly body: string; readonly meta: string } {
  const folder = join(dir, table.toUpperCase().replace(/[^A-Z0-9ÆØÅ_-]/g, '_'));
  const base = join(folder, `${endpoint}-${key.slice(0, 32)}`);
  return { body: `${base}.body`, meta: `${base}.json` };
}

/** Writes an answer and its meta atomically (temporary file, then rename). */
export async function writeCached(
  dir: string,
  table: string,
  key: string,
  meta: CachedMeta,
  bytes: Uint8Array,
): Promise<void> {
  const paths = cachePaths(dir, table, meta.endpoint, key);
  await mkdir(join(paths.body, '..'), { recursive: true });
  const tmp = `.${process.pid}.${Date.now()}.tmp`;
  await writeFile(paths.body + tmp, bytes);
  await rename(paths.body + tmp, paths.body);
  await writeFile(paths.meta + tmp, `${JSON.stringify(meta, null, 2)}\n`);
  await rename(paths.meta + tmp, paths.meta);
}

/**
 * Reads a cached answer, or undefined when the request is not in the cache. An answer whose
 * bytes no longer have the recorded SHA-256 is refused.
 */
export async function readCached(
  dir: string,
  table: string,
  endpoint: 'tableinfo' | 'data',
  key: string,
): Promise<{ readonly meta: CachedMeta; readonly bytes: Uint8Array } | undefined> {
  const paths = cachePaths(dir, table, endpoint, key);
  let metaText: string;
  let bytes: Uint8Array;
  try {
    metaText = await readFile(paths.meta, 'utf8');
    bytes = new Uint8Array(await readFile(paths.body));
  } catch {
    return undefined;
  }
  const meta: unknown = JSON.parse(metaText);
  if (!isCachedMeta(meta) || sha256Hex(bytes) !== meta.sha256) {
    throw new InvalidFileError([
      {
        severity: 'error',
        file: paths.body,
        message:
          'det gemte svar er ændret siden det blev hentet (SHA-256 passer ikke); slet filen og hent igen',
        value: isCachedMeta(meta) ? meta.sha256 : paths.meta,
      },
    ]);
  }
  return { meta, bytes };
}

function isCachedMeta(x: unknown): x is CachedMeta {
  return (
    typeof x === 'object' &&
    x !== null &&
    'sha256' in x &&
    typeof x.sha256 === 'string' &&
    'fetchedAt' in x &&
    typeof x.fetchedAt === 'string' &&
    'body' in x &&
    typeof x.body === 'object' &&
    'endpoint' in x &&
    (x.endpoint === 'tableinfo' || x.endpoint === 'data')
  );
}
