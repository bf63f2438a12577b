import type { Context } from 'hono';
import { InvalidInputError } from '../../core/index.ts';

/** The request as the guard hands it to a rule: the context and the route's path parameters. */
export interface GuardedRequest {
  readonly c: Context;
  readonly params: Readonly<Record<string, string>>;
}

/** A path parameter that must be a positive whole number (an id). */
export function idParam(request: GuardedRequest, name: string): number {
  const raw = request.params[name] ?? '';
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647)
    throw new InvalidInputError(
      `${name} skal være et positivt helt tal (fik "${raw.slice(0, 40)}")`,
      name,
    );
  return id;
}
