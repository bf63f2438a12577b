/** @module Diagnostics and the error model shared by every room. */
export { formatDiagnostic, type Diagnostic } from './diagnostic.ts';
export {
  InvalidFileError,
  InvalidInputError,
  NotFoundError,
  PotentialeError,
  type ErrorKind,
} from './errors.ts';
