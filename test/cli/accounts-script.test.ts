// Issue 15's script: the CLI creates an editor and its API token, a script saves a group through
// the API with the token, and anyone reads it back (test/scripts/save-group.sh, run as it is).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared-data.ts';
import { freePort } from '../support/throwaway-postgres.ts';

describe('test/scripts/save-group.sh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'potentiale-script-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a user and a token, saves a group with the token, and reads it anonymously', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      'bash',
      [
        join(repoRoot, 'test', 'scripts', 'save-group.sh'),
        join(dir, 'db'),
        String(await freePort()),
      ],
      { env: { ...process.env }, timeout: 240_000 },
    );
    expect(stderr).toContain('POST /api/v1/groups 201');
    const lines = stdout.trim().split('\n');
    const answer = JSON.parse(lines[lines.length - 1] ?? '') as {
      groups: { name: string; municipality: string; codes: string[] }[];
    };
    expect(answer.groups).toEqual([
      expect.objectContaining({ name: 'Nabokommuner', municipality: '766', codes: ['615', '706'] }),
    ]);
    // The token was printed once, to the script only, and never stored in the clear.
    expect(stderr).not.toMatch(/pt_[A-Za-z0-9_-]{43}/);
  }, 300_000);
});
