import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';
import { CONTROL_CHARACTER as CONTROL } from './control-characters.ts';

/**
 * In a string value: the control characters, except tab, line feed and carriage return, which
 * a text with paragraphs (a portal item's Markdown body) needs.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Deeper than any body we document (the DEA model is two levels). */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads a JSON body once at the edge (the route's validator reuses the parsed value): empty or
 * malformed JSON is 400, and so is a control character in any key or string (tab and line breaks
 * are allowed in a string), or nesting deeper
 * than MAX_JSON_DEPTH, each naming the field. Runs after the body limit.
 */
export function checkJsonBody(): MiddlewareHandler {
  return async (c, next) => {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || type !== 'application/json')
      return next();
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return problem(
        c,
        400,
        'Indholdet er ikke gyldig JSON (eller er tomt)',
        'The request body is not valid JSON (or is empty)',
        'body',
      );
    }
    const fault = findFault(body, [], 0);
    if (fault)
      return problem(
        c,
        400,
        fault.kind === 'depth'
          ? `Indholdet er indlejret dybere end ${MAX_JSON_DEPTH} niveauer`
          : `Feltet ${fault.path} indeholder et kontroltegn, som ikke er tilladt`,
        fault.kind === 'depth'
          ? `The body is nested deeper than ${MAX_JSON_DEPTH} levels`
          : `Field ${fault.path} contains a control character, which is not allowed`,
        fault.path,
      );
    return next();
  };
}

function findFault(
  value: unknown,
  path: readonly string[],
  depth: number,
): { readonly kind: 'depth' | 'control'; readonly path: string } | undefined {
  const here = path.join('.') || 'body';
  if (typeof value === 'string')
    return CONTROL_IN_TEXT.test(value) ? { kind: 'control', path: here } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_JSON_DEPTH) return { kind: 'depth', path: here };
  for (const [k, v] of Object.entries(value)) {
    if (CONTROL.test(k)) return { kind: 'control', path: here };
    const f = findFault(v, [...path, k], depth + 1);
    if (f) return f;
  }
  return undefined;
}
