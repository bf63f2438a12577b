import { runCli } from '../../src/cli/index.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  json<T = unknown>(): T;
}

/** Runs the CLI in-process, as `potentiale <args>`, with captured output and a fixed clock. */
export async function cli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  cwd = process.cwd(),
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env,
    cwd,
    now: () => new Date('2026-11-23T12:00:00Z'),
    isTty: false,
  });
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
