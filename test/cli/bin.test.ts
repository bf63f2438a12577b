import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared-data.ts';
import { cli } from './run-cli.ts';

const BIN = join(repoRoot, 'bin', 'potentiale.js');

/** `potentiale <args>` as a real process (the build in dist/node, or the sources when stale). */
async function bin(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env } });
}

// The top-level help of a build comes from dist/node/cli/commands.json (no command module is
// loaded); it must be the help the program itself gives with every command loaded.
describe('bin/potentiale.js', () => {
  it('prints the same top-level help as the CLI with every command loaded', async () => {
    const [real, inProcess] = await Promise.all([bin(['--help']), cli(['--help'])]);
    expect(inProcess.code).toBe(0);
    expect(real.stdout).toBe(inProcess.stdout);
    expect(real.stdout).toMatch(/Kommandoer:\n(.|\n)*dea \[tilvalg\] +Data envelopment analysis/);
  });

  it('prints a command’s own help, and help <command> gives the same', async () => {
    const [real, viaHelp, inProcess] = await Promise.all([
      bin(['dea', '--help']),
      bin(['help', 'dea']),
      cli(['dea', '--help']),
    ]);
    expect(real.stdout).toBe(inProcess.stdout);
    expect(viaHelp.stdout).toBe(inProcess.stdout);
    expect(real.stdout).toContain('Brug: potentiale dea [tilvalg]');
  });

  it('refuses an unknown command with its Danish message and exit 2', async () => {
    const error = await bin(['fetsh']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('ukendt kommando') });
  });
});
