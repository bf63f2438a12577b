/** @module Diagnostics and the error model shared by every room. */
export { formatDiagnostic, type Diagnostic } from './diagnostic.ts';
export {
  InvalidFileError,
  InvalidInputError,
  NotFoundError,
  OutOfRangeError,
  PotentialeError,
  type ErrorKind,
} from './errors.ts';
export { REFUSALS, parameterOf, refusalOf, type Refusal } from './refusals.ts';
