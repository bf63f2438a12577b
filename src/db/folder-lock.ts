import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file in a PGlite folder: the process that has the folder open. */
export const LOCK_FILE = 'potentiale.lock';

export interface FolderLock {
  release(): void;
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

/**
 * Takes the folder for this process, or throws naming the process that has it. PGlite is
 * one process per folder: a second process writing to the same files (e.g. `potentiale
 * import` while `potentiale serve` runs) loses its writes and can corrupt the database.
 * A lock left by a process that died (SIGKILL, power loss) is taken over.
 */
export function lockFolder(dir: string): FolderLock {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new Error(
          `den bruges allerede af en anden proces (pid ${holder}, fx "potentiale serve"). PGlite kan kun åbnes af én proces ad gangen: stop den anden proces først, eller brug en PostgreSQL-server (DATABASE_URL) til flere processer`,
          { cause: e },
        );
      }
      unlinkSync(path); // stale: its process is gone
      continue;
    }
    writeSync(fd, String(process.pid));
    closeSync(fd);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      process.off('exit', release);
      try {
        if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
      } catch {
        // Already gone.
      }
    };
    process.on('exit', release);
    return { release };
  }
  throw new Error(`kunne ikke tage låsen ${path}`);
}
