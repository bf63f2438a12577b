import { formatDiagnostic, type Diagnostic } from './diagnostic.ts';

/**
 * What went wrong, as a literal; REFUSALS (./refusals.ts) maps it to the CLI's exit code and the
 * HTTP status, one table for both.
 */
export type ErrorKind =
  | 'invalid-input'
  | 'invalid-file'
  | 'not-found'
  | 'conflict'
  | 'unsupported'
  | 'database'
  | 'network'
  | 'internal';

/** The one error type of Potentiale: a literal kind, a user-facing message, and diagnostics. */
export class PotentialeError extends Error {
  readonly kind: ErrorKind;
  readonly diagnostics: readonly Diagnostic[];

  constructor(kind: ErrorKind, message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'PotentialeError';
    this.kind = kind;
    this.diagnostics = diagnostics;
  }
}

/** A file that cannot be imported; the message names file, line and value. */
export class InvalidFileError extends PotentialeError {
  constructor(diagnostics: readonly Diagnostic[], summary?: string) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    super(
      'invalid-file',
      summary ?? (first ? formatDiagnostic(first) : 'Ugyldig fil'),
      diagnostics,
    );
    this.name = 'InvalidFileError';
  }
}

/** Bad arguments from a user (flag, query parameter, body field). */
export class InvalidInputError extends PotentialeError {
  readonly parameter: string | undefined;
  constructor(message: string, parameter?: string) {
    super('invalid-input', message);
    this.name = 'InvalidInputError';
    this.parameter = parameter;
  }
}

/** A thing that was asked for by name or code and does not exist. */
export class NotFoundError extends PotentialeError {
  constructor(message: string) {
    super('not-found', message);
    this.name = 'NotFoundError';
  }
}

/**
 * A number that is well formed but outside its documented range (a year before 1900, k = 0).
 * Still bad input (kind `invalid-input`, exit code 2); over HTTP 422 rather than 400, so a
 * client can tell "not a number" from "a number we do not serve" (see REFUSALS).
 */
export class OutOfRangeError extends InvalidInputError {
  readonly min: number;
  readonly max: number;
  constructor(message: string, parameter: string, min: number, max: number) {
    super(message, parameter);
    this.name = 'OutOfRangeError';
    this.min = min;
    this.max = max;
  }
}
