import { InvalidFileError } from '../../core/index.ts';

/**
 * Runs a parser that should refuse its input and returns the InvalidFileError it threw; any
 * other outcome (a result, another error type) fails the test. For importer tests only.
 * @example expect(catchRefusal(() => parseTidyCsv(bytes, 'a.csv')).message).toMatch(/^a\.csv:2:/)
 */
export function catchRefusal(run: () => unknown): InvalidFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidFileError) return error;
    throw error;
  }
  throw new Error('expected an InvalidFileError, but the input was accepted');
}

/**
 * Whether a parser either accepted the input or refused it with InvalidFileError; any other
 * exception escapes and fails the fuzz property that calls it.
 */
export function parsesOrRefuses(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof InvalidFileError) return false;
    throw error;
  }
}
