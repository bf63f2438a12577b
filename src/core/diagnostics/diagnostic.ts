/**
 * A recoverable data problem found while reading a source: where it is and what was wrong.
 * Parsers return these as a list instead of logging them, so the caller decides what to show.
 */
export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  /** File name (or request) the problem was found in. */
  readonly file: string;
  /** 1-based line (or row) number, when the problem has one. */
  readonly line?: number;
  /** Column or field name, when the problem has one. */
  readonly field?: string;
  /** The offending value as written in the source. */
  readonly value?: string;
  /** A short English message; the CLI and UI prefix it with file and line. */
  readonly message: string;
}

/** Formats a diagnostic as one line: `file:line: message (field "x", value "y")`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  const details = [
    d.field === undefined ? undefined : `felt "${d.field}"`,
    d.value === undefined ? undefined : `værdi "${truncate(d.value, 60)}"`,
  ].filter((x) => x !== undefined);
  return `${where}: ${d.message}${details.length ? ` (${details.join(', ')})` : ''}`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
