import { REFUSALS, type ErrorKind } from '../core/index.ts';

/**
 * The CLI's exit codes. Error kinds map to them through REFUSALS (src/core/diagnostics/refusals.ts), the
 * table the HTTP statuses come from too; these names are for the CLI's own outcomes.
 */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  invalidFile: 3,
  notFound: 4,
  database: 5,
  network: 6,
} as const;

/** The exit code of an error kind, from the one table the server's statuses come from too. */
export function exitCodeFor(kind: ErrorKind): number {
  return REFUSALS[kind].exitCode;
}
