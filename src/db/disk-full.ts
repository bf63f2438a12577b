import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { maskDatabaseUrl } from './database-url.ts';
import type { DatabaseTarget } from './open.ts';

/**
 * Below this much free space a PGlite folder counts as full: PostgreSQL writes its log in 16 MB
 * segments and PGlite needs room for a new one to start or to store anything.
 */
export const PGLITE_MIN_FREE_BYTES = 64 * 1024 * 1024;

/** Emscripten's (WASI's) ENOSPC, as PGlite's file system reports it. */
const EMSCRIPTEN_ENOSPC = 51;

/** PostgreSQL's SQLSTATE for a full disk (class 53, insufficient resources). */
const DISK_FULL_SQLSTATE = '53100';

const NO_SPACE = /No space left on device|could not extend file|ENOSPC/i;

/** Free bytes on the file system that holds `path` (or its nearest existing parent). */
export function freeBytesAt(path: string): number | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      const s = statfsSync(p);
      return s.bavail * s.bsize;
    } catch {
      if (dirname(p) === p) return undefined;
    }
  }
}

/**
 * Where the disk ran full, as a Danish phrase, when `error` (or one of its causes) comes from a
 * full disk; otherwise undefined. Recognised: Node's ENOSPC (names the file), PGlite's file
 * system ENOSPC (emscripten errno 51), PostgreSQL's SQLSTATE 53100 and its "No space left on
 * device". PGlite reports a full disk as varied secondary errors too (a PANIC "cannot drop
 * active portal", "PGlite failed to initialize properly"), so any database error on a PGlite
 * folder with less than PGLITE_MIN_FREE_BYTES free also counts.
 * @param freeBytes the free space at a path (tests pass their own)
 * @example diskFullLocation(Object.assign(new Error('x'), { code: '53100' }), { kind: 'postgres', url: 'postgres://h/db' }) // 'på PostgreSQL-serveren postgres://h/db'
 */
export function diskFullLocation(
  error: unknown,
  target: DatabaseTarget | undefined,
  freeBytes: (path: string) => number | undefined = freeBytesAt,
): string | undefined {
  const chain = causes(error);
  const nodeError = chain.find((e) => field(e, 'code') === 'ENOSPC');
  if (nodeError !== undefined) {
    const path = field(nodeError, 'path');
    if (typeof path === 'string') return `ved ${path}`;
  }
  const explicit =
    nodeError !== undefined ||
    chain.some(
      (e) =>
        (field(e, 'name') === 'ErrnoError' && field(e, 'errno') === EMSCRIPTEN_ENOSPC) ||
        field(e, 'code') === DISK_FULL_SQLSTATE ||
        NO_SPACE.test(messageOf(e)),
    );
  if (target?.kind === 'postgres')
    return explicit ? `på PostgreSQL-serveren ${maskDatabaseUrl(target.url)}` : undefined;
  if (!target || target.dir === undefined) return explicit ? 'i hukommelsen' : undefined;
  if (!explicit && !chain.some(isEngineError)) return undefined;
  const free = freeBytes(target.dir);
  if (!explicit && !(free !== undefined && free < PGLITE_MIN_FREE_BYTES)) return undefined;
  return `ved PGlite-mappen ${target.dir}${free === undefined ? '' : ` (${megabytes(free)} fri)`}`;
}

/** The one-line Danish message for a full disk at `where` (from diskFullLocation). */
export function diskFullMessage(where: string): string {
  return `disken er fuld ${where}: frigør plads og prøv igen`;
}

/** An error from the database engine itself, not from our own checks. */
function isEngineError(e: unknown): boolean {
  const code = field(e, 'code');
  return (
    (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) ||
    field(e, 'name') === 'ErrnoError' ||
    /PGlite|RuntimeError|Aborted/.test(messageOf(e))
  );
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && chain.length < 10; e = field(e, 'cause'))
    chain.push(e);
  return chain;
}

function field(e: unknown, key: string): unknown {
  return typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[key] : undefined;
}

function messageOf(e: unknown): string {
  const m = field(e, 'message');
  return typeof m === 'string' ? m : typeof e === 'string' ? e : '';
}

function megabytes(bytes: number): string {
  return `${Math.floor(bytes / 1024 / 1024)} MB`;
}
