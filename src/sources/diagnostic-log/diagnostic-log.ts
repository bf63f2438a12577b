import { InvalidFileError, type Diagnostic } from '../../core/index.ts';

/** Where in a file a diagnostic points. */
export interface Place {
  readonly line?: number;
  readonly field?: string;
  readonly value?: string;
}

/** After this many errors a file is refused at once: the first ones tell the story. */
const MAX_ERRORS = 100;

/**
 * Collects the diagnostics of one file. Importers record errors and keep reading (so a person
 * sees every bad row at once), then `finish()` refuses the whole file if any error was found:
 * an importer never returns half a file.
 */
export class DiagnosticLog {
  readonly #file: string;
  readonly #diagnostics: Diagnostic[] = [];
  #errors = 0;

  constructor(file: string) {
    this.#file = file;
  }

  /** Records an error; the file will be refused. Refuses at once after 100 errors. */
  error(message: string, place: Place = {}): void {
    this.#add('error', message, place);
    this.#errors++;
    if (this.#errors >= MAX_ERRORS) {
      throw new InvalidFileError([
        ...this.#diagnostics,
        {
          severity: 'error',
          file: this.#file,
          message: `for mange fejl; læsningen stoppede efter ${MAX_ERRORS}`,
        },
      ]);
    }
  }

  /** Records something the user should look at, e.g. a skipped row. */
  warning(message: string, place: Place = {}): void {
    this.#add('warning', message, place);
  }

  /** Records something worth knowing that needs no action, e.g. a national total left out. */
  info(message: string, place: Place = {}): void {
    this.#add('info', message, place);
  }

  /** Throws InvalidFileError with one error at once, keeping what was recorded before it. */
  refuse(message: string, place: Place = {}): never {
    this.#add('error', message, place);
    throw new InvalidFileError(this.#diagnostics);
  }

  /** The diagnostics, or InvalidFileError with all of them when any is an error. */
  finish(): readonly Diagnostic[] {
    if (this.#errors > 0) throw new InvalidFileError(this.#diagnostics);
    return [...this.#diagnostics];
  }

  #add(severity: Diagnostic['severity'], message: string, place: Place): void {
    this.#diagnostics.push({ severity, file: this.#file, ...place, message });
  }
}
