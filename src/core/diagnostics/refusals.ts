import { OutOfRangeError, PotentialeError, type ErrorKind } from './errors.ts';

/**
 * What a refusal is: an error kind, or `out-of-range` for bad input that is a well-formed number
 * outside its documented range (a year 1800, k = 0); it is `invalid-input` to the CLI, and 422
 * rather than 400 over HTTP, so a client can tell "not a number" from "a number we do not serve".
 */
export type Refusal = ErrorKind | 'out-of-range';

/**
 * The one table from a refusal to the CLI's exit code and the HTTP status: the CLI
 * (src/cli/exit-codes.ts) and the server (src/server/problem.ts) both read it, and nothing else
 * maps kinds to exit codes or statuses, so the same bad
 * request is refused the same way through both.
 */
export const REFUSALS: Readonly<
  Record<Refusal, { readonly exitCode: number; readonly httpStatus: number }>
> = {
  'invalid-input': { exitCode: 2, httpStatus: 400 },
  'out-of-range': { exitCode: 2, httpStatus: 422 },
  'invalid-file': { exitCode: 3, httpStatus: 422 },
  'not-found': { exitCode: 4, httpStatus: 404 },
  conflict: { exitCode: 1, httpStatus: 409 },
  unsupported: { exitCode: 1, httpStatus: 415 },
  database: { exitCode: 5, httpStatus: 503 },
  network: { exitCode: 6, httpStatus: 502 },
  internal: { exitCode: 1, httpStatus: 500 },
};

/**
 * The refusal an error stands for.
 * @example refusalOf(new OutOfRangeError('…', 'year', 1900, 2100)) // 'out-of-range'
 */
export function refusalOf(error: PotentialeError): Refusal {
  return error instanceof OutOfRangeError ? 'out-of-range' : error.kind;
}

/** The parameter an error names (flag or query parameter), when it names one. */
export function parameterOf(error: unknown): string | undefined {
  return error instanceof PotentialeError &&
    'parameter' in error &&
    typeof error.parameter === 'string'
    ? error.parameter
    : undefined;
}
