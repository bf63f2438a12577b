import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';
import type { RouteTable } from './route-table.ts';

// C0 controls and DEL: PostgreSQL refuses U+0000 outright, and none of them belongs in a
// municipality code, a key-figure name or a year.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const CONTROL = CONTROL_CHARACTER;

/**
 * Refuses a control character (U+0000-U+001F, U+007F) or a broken percent-escape in any path
 * segment or query parameter with 400 naming the parameter, before any route or query runs.
 */
export function refuseControlCharacters(table: RouteTable): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const segments = url.pathname.split('/');
    for (const [i, raw] of segments.entries()) {
      const value = decode(raw);
      if (value !== undefined && !CONTROL.test(value)) continue;
      const name = table
        .matching(url.pathname)
        .map((r) => /^:(\w+)$/.exec(r.path.split('/')[i] ?? '')?.[1])
        .find((n) => n !== undefined);
      return refuse(c, name ?? 'path', value);
    }
    for (const pair of url.search.slice(1).split('&')) {
      if (pair === '') continue;
      const at = pair.indexOf('=');
      const rawName = at < 0 ? pair : pair.slice(0, at);
      const name = decode(rawName.replaceAll('+', ' '));
      const value = at < 0 ? '' : decode(pair.slice(at + 1).replaceAll('+', ' '));
      const shown = name === undefined ? rawName : printable(name);
      if (name === undefined || CONTROL.test(name)) return refuse(c, shown, name);
      if (value === undefined || CONTROL.test(value)) return refuse(c, shown, value);
    }
    return next();
  };
}

function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** A name as it can be shown: control characters written as \uXXXX. */
function printable(s: string): string {
  return s.replace(
    new RegExp(CONTROL.source, 'g'),
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function refuse(
  c: Parameters<MiddlewareHandler>[0],
  parameter: string,
  value: string | undefined,
): Response {
  if (value === undefined)
    return problem(
      c,
      400,
      `Parameteren ${parameter} har en ugyldig %-kodning`,
      `Parameter ${parameter} has an invalid percent-encoding`,
      parameter,
    );
  const ch = CONTROL.exec(value)?.[0] ?? '\u0000';
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return problem(
    c,
    400,
    `Parameteren ${parameter} indeholder et kontroltegn (${code}), som ikke er tilladt`,
    `Parameter ${parameter} contains a control character (${code}), which is not allowed`,
    parameter,
  );
}
