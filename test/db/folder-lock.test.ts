import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/index.ts';
import { lockFolder } from '../../src/db/folder-lock.ts';

// PGlite only: a PostgreSQL server has its own concurrency control.
const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'potentiale-lock-'));
  dirs.push(dir);
  return dir;
}
/** The holder the lock file names. */
function holderOf(dir: string): { pid: number } {
  return JSON.parse(readFileSync(join(dir, 'potentiale.lock'), 'utf8')) as { pid: number };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDatabase({ kind: "pglite", dir }): one process per folder', () => {
  it('refuses a second opening while the first is open, naming the holder, and allows it after close', async () => {
    const dir = freshDir();
    const first = await openDatabase({ kind: 'pglite', dir });
    expect(holderOf(dir).pid).toBe(process.pid);
    const lock = join(dir, 'potentiale.lock');
    await expect(openDatabase({ kind: 'pglite', dir })).rejects.toMatchObject({
      kind: 'database',
      message: expect.stringMatching(/bruges allerede af en anden proces \(pid \d+/),
    });
    // It names the lock file and how to remove it safely.
    await expect(openDatabase({ kind: 'pglite', dir })).rejects.toMatchObject({
      message: expect.stringContaining(`stop den anden proces; hvis ingen kører, slet ${lock}`),
    });
    await first.close();
    expect(existsSync(join(dir, 'potentiale.lock'))).toBe(false);
    const again = await openDatabase({ kind: 'pglite', dir });
    await again.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ['-e', '']);
    const pid = child.pid ?? 0;
    await new Promise((resolve) => child.once('exit', resolve));
    writeFileSync(join(dir, 'potentiale.lock'), String(pid));
    const db = await openDatabase({ kind: 'pglite', dir });
    expect(holderOf(dir).pid).toBe(process.pid);
    await db.close();
  });

  describe('a lock whose pid now belongs to an unrelated live process', () => {
    let sleeper: ChildProcess;
    beforeAll(() => {
      sleeper = spawn('sleep', ['60']);
    });
    afterAll(() => {
      sleeper.kill();
    });

    it('is taken over when it holds only the pid (a lock of an older version)', () => {
      const dir = freshDir();
      writeFileSync(join(dir, 'potentiale.lock'), String(sleeper.pid));
      const taken = lockFolder(dir);
      expect(holderOf(dir).pid).toBe(process.pid);
      taken.release();
      expect(existsSync(join(dir, 'potentiale.lock'))).toBe(false);
    });

    it('is taken over when the process started at another time than the holder', () => {
      if (!existsSync('/proc/self/stat')) return;
      const dir = freshDir();
      const lock = { pid: sleeper.pid, startTime: '1', host: hostname(), token: 'gammel' };
      writeFileSync(join(dir, 'potentiale.lock'), JSON.stringify(lock));
      const taken = lockFolder(dir);
      expect(holderOf(dir).pid).toBe(process.pid);
      taken.release();
      expect(existsSync(join(dir, 'potentiale.lock'))).toBe(false);
    });

    it('blocks while that process is the holder (same start time), naming the lock file', async () => {
      if (!existsSync('/proc/self/stat')) return;
      const dir = freshDir();
      const stat = readFileSync(`/proc/${sleeper.pid}/stat`, 'utf8');
      const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      const lock = { pid: sleeper.pid, startTime, host: hostname(), token: 't', command: 'serve' };
      const path = join(dir, 'potentiale.lock');
      writeFileSync(path, JSON.stringify(lock));
      await expect(openDatabase({ kind: 'pglite', dir })).rejects.toMatchObject({
        kind: 'database',
        message: expect.stringContaining(
          `(pid ${sleeper.pid}, "potentiale serve"). PGlite kan kun åbnes af én proces ad gangen: stop den anden proces; hvis ingen kører, slet ${path}`,
        ),
      });
      expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(lock));
    });
  });

  it('needs no lock in memory', async () => {
    const a = await openDatabase({ kind: 'pglite', dir: undefined });
    const b = await openDatabase({ kind: 'pglite', dir: undefined });
    await Promise.all([a.close(), b.close()]);
  });
});
