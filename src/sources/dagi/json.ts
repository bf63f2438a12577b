import type { DiagnosticLog } from '../diagnostic-log/index.ts';

/** A JSON object, as far as the parser has checked it. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses JSON text, or refuses the file naming the line of the syntax error and the text
 * around it (JSON.parse reports a character position, which is turned into a line).
 */
export function parseJsonText(text: string, log: DiagnosticLog): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const match = /at position (\d+)/.exec(error.message);
    const position = match ? Number(match[1]) : text.length;
    const ended = position >= text.trimEnd().length;
    return log.refuse(ended ? 'ugyldig JSON: filen slutter for tidligt' : 'ugyldig JSON', {
      line: lineAt(text, position),
      value: text.slice(Math.max(0, position - 20), position + 20),
    });
  }
}

/** The 1-based line of a character position in the text. */
export function lineAt(text: string, position: number): number {
  let line = 1;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line where `"key": value` first occurs (value quoted or not), so that a problem with
 * a feature's code can name a line even in a large JSON file; undefined when not found.
 */
export function lineOfProperty(text: string, key: string, value: string): number | undefined {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`"${escape(key)}"\\s*:\\s*"?${escape(value)}"?\\s*[,}]`).exec(text);
  return match ? lineAt(text, match.index) : undefined;
}
