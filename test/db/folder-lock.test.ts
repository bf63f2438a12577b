import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/index.ts';

// PGlite only: a PostgreSQL server has its own concurrency control.
const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'potentiale-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDatabase({ engine: "pglite", dir }): one process per folder', () => {
  it('refuses a second opening while the first is open, naming the holder, and allows it after close', async () => {
    const dir = freshDir();
    const first = await openDatabase({ engine: 'pglite', dir });
    expect(readFileSync(join(dir, 'potentiale.lock'), 'utf8')).toBe(String(process.pid));
    await expect(openDatabase({ engine: 'pglite', dir })).rejects.toMatchObject({
      kind: 'database',
      message: expect.stringMatching(/bruges allerede af en anden proces \(pid \d+/),
    });
    await first.close();
    expect(existsSync(join(dir, 'potentiale.lock'))).toBe(false);
    const again = await openDatabase({ engine: 'pglite', dir });
    await again.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ['-e', '']);
    const pid = child.pid ?? 0;
    await new Promise((resolve) => child.once('exit', resolve));
    writeFileSync(join(dir, 'potentiale.lock'), String(pid));
    const db = await openDatabase({ engine: 'pglite', dir });
    expect(readFileSync(join(dir, 'potentiale.lock'), 'utf8')).toBe(String(process.pid));
    await db.close();
  });

  it('needs no lock in memory', async () => {
    const a = await openDatabase({ engine: 'pglite', dir: undefined });
    const b = await openDatabase({ engine: 'pglite', dir: undefined });
    await Promise.all([a.close(), b.close()]);
  });
});
