import type { DiagnosticLog } from '../diagnostic-log/index.ts';
import { IMPORT_LIMITS, formatCount } from '../limits.ts';

/** A JSON object, as far as the parser has checked it. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses JSON text, or refuses the file naming the line of the syntax error and the text
 * around it (JSON.parse reports a character position, which is turned into a line). JSON
 * nested deeper than `maxDepth` is refused before parsing: every later step that walks the
 * value recursively would overflow the stack.
 */
export function parseJsonText(
  text: string,
  log: DiagnosticLog,
  maxDepth: number = IMPORT_LIMITS.jsonDepth,
): unknown {
  const nesting = jsonNesting(text, maxDepth);
  if (nesting.firstTooDeep !== undefined) {
    return log.refuse(
      `JSON er indlejret ${formatCount(nesting.depth)} niveauer dybt; højst ${formatCount(maxDepth)} er tilladt`,
      {
        line: lineAt(text, nesting.firstTooDeep),
        value: text.slice(nesting.firstTooDeep, nesting.firstTooDeep + 20),
      },
    );
  }
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

/**
 * The deepest nesting of objects and arrays in JSON text (brackets inside strings do not
 * count), and where it first went past `maxDepth`. One pass, no recursion, for any text.
 * @example jsonNesting('{"a":[[1]]}', 2) // { depth: 3, firstTooDeep: 6 }
 */
export function jsonNesting(
  text: string,
  maxDepth: number,
): { readonly depth: number; readonly firstTooDeep: number | undefined } {
  let depth = 0;
  let deepest = 0;
  let firstTooDeep: number | undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > maxDepth && firstTooDeep === undefined) firstTooDeep = i;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return { depth: deepest, firstTooDeep };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

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
