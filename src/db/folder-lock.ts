import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file in a PGlite folder: the process that has the folder open. */
export const LOCK_FILE = 'potentiale.lock';

export interface FolderLock {
  release(): void;
}

/**
 * What the lock file says about its holder (one line of JSON). The pid alone is not enough:
 * after a crash or a reboot the pid can belong to an unrelated process, so the lock also holds
 * the process's start time (Linux: /proc/<pid>/stat), the machine and a token of its own.
 * Locks of older versions hold only the pid.
 */
interface LockHolder {
  readonly pid: number;
  /** Clock ticks since boot when the process started; absent where /proc is not. */
  readonly startTime?: string;
  readonly host?: string;
  /** Tells this lock from any other, also one of the same pid. */
  readonly token?: string;
  /** The `potentiale` subcommand, for the message ("serve", "import"). */
  readonly command?: string;
  /** When the lock was taken (ISO 8601). */
  readonly since?: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat: the start time in clock ticks after boot (Linux only). */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function processCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const value = JSON.parse(trimmed) as Partial<LockHolder> | null;
    if (value && Number.isInteger(value.pid) && (value.pid as number) > 0)
      return value as LockHolder;
  } catch {
    // Not ours or cut short: no holder.
  }
  return undefined;
}

/**
 * True when the holder may still run. A lock from another machine cannot be checked and counts
 * as held. A pid that runs again with another start time, or (for an old pid-only lock) runs a
 * program that is not Node, is a reused pid: the holder is gone.
 */
function holderRuns(holder: LockHolder): boolean {
  if (holder.host !== undefined && holder.host !== hostname()) return true;
  if (!isAlive(holder.pid)) return false;
  const started = processStartTime(holder.pid);
  if (holder.startTime !== undefined) return started === undefined || started === holder.startTime;
  const commandLine = processCommandLine(holder.pid);
  return commandLine === undefined || /node|potentiale|tsx/i.test(commandLine);
}

function readHolder(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Creates the lock file with `content` only if there is none: written beside it first and
 * linked into place, so that no other process ever reads a lock half written. File systems
 * without hard links fall back to an exclusive create. False when the file exists.
 */
function createLock(path: string, content: string): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    try {
      linkSync(temporary, path);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    } finally {
      unlinkSync(temporary);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOSPC') throw e;
  }
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, content);
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function heldMessage(holder: LockHolder, path: string): string {
  const who = [
    `pid ${holder.pid}`,
    (holder.command ?? '') !== '' ? `"potentiale ${holder.command}"` : 'fx "potentiale serve"',
    ...((holder.since ?? '') !== '' ? [`siden ${holder.since}`] : []),
    ...((holder.host ?? '') !== '' && holder.host !== hostname()
      ? [`på maskinen ${holder.host}`]
      : []),
  ].join(', ');
  return `den bruges allerede af en anden proces (${who}). PGlite kan kun åbnes af én proces ad gangen: stop den anden proces; hvis ingen kører, slet ${path}. Brug en PostgreSQL-server (DATABASE_URL) til flere processer`;
}

/**
 * Takes the folder for this process, or throws naming the process that has it and the lock
 * file. PGlite is one process per folder: a second process writing to the same files (e.g.
 * `potentiale import` while `potentiale serve` runs) loses its writes and can corrupt the
 * database. A lock left by a process that died (SIGKILL, power loss), or whose pid now belongs
 * to another program, is taken over.
 */
export function lockFolder(dir: string): FolderLock {
  const path = join(dir, LOCK_FILE);
  const token = randomBytes(8).toString('hex');
  const startTime = processStartTime(process.pid);
  const mine: LockHolder = {
    pid: process.pid,
    ...(startTime === undefined ? {} : { startTime }),
    host: hostname(),
    token,
    ...(process.argv[2] !== undefined && /^[a-z-]+$/.test(process.argv[2])
      ? { command: process.argv[2] }
      : {}),
    since: new Date().toISOString(),
  };
  const content = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createLock(path, content)) {
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (parseHolder(readFileSync(path, 'utf8'))?.token === token) unlinkSync(path);
        } catch {
          // Already gone.
        }
      };
      process.on('exit', release);
      return { release };
    }
    const text = readHolder(path);
    if (text === undefined) continue; // released meanwhile
    const holder = parseHolder(text);
    if (holder && holderRuns(holder)) throw new Error(heldMessage(holder, path));
    // Stale: its process is gone. Remove it only if no one has replaced it meanwhile.
    if (readHolder(path) === text) {
      try {
        unlinkSync(path);
      } catch {
        // Someone else removed it first.
      }
    }
  }
  throw new Error(
    `kunne ikke tage låsen ${path}: stop andre processer på mappen; hvis ingen kører, slet filen`,
  );
}
