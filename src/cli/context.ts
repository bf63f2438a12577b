import type { Command } from 'commander';
import type { Database } from '../db/index.ts';

/** The options every command takes. */
export interface GlobalOptions {
  readonly db?: string;
  readonly json?: boolean;
}

/** What a command needs from the world: output streams, environment, working folder, clock. */
export interface CliEffects {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  readonly isTty: boolean;
  /** All of standard input (default: the process's); `--password-stdin` reads it. */
  readonly readStdin?: () => Promise<string>;
  /** When `serve` should stop (default: SIGINT or SIGTERM); tests pass their own. */
  readonly signals?: { wait(): Promise<void> };
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

/** Opens the database the flags and environment point at, migrated and with the catalogue. */
export async function openFromOptions(
  options: GlobalOptions,
  effects: CliEffects,
): Promise<Database> {
  const [{ CATALOGUE }, { openDatabase, resolveDatabaseTarget }] = await Promise.all([
    import('../core/index.ts'),
    import('../db/index.ts'),
  ]);
  const target = resolveDatabaseTarget({ dbFlag: options.db, env: effects.env, cwd: effects.cwd });
  return openDatabase(target, { catalogue: CATALOGUE });
}

/** Runs `fn` with an open database and closes it afterwards, also on errors. */
export async function withDatabase<T>(
  options: GlobalOptions,
  effects: CliEffects,
  fn: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await openFromOptions(options, effects);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Prints a value as pretty JSON (for `--json`). */
export function printJson(effects: CliEffects, value: unknown): void {
  effects.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reads all of standard input, from the effects when they bring it, else from the process. */
export async function readStdin(effects: CliEffects): Promise<string> {
  if (effects.readStdin) return effects.readStdin();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
