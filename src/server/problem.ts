import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PotentialeError, type ErrorKind } from '../core/index.ts';

/** An RFC 9457 problem document, with the message in Danish and English. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** Danish, for people. */
  readonly detail: string;
  readonly detailEn: string;
  /** The query parameter, path parameter or body field at fault, when there is one. */
  readonly parameter?: string;
  readonly instance?: string;
}

const STATUS: Readonly<Record<ErrorKind, ContentfulStatusCode>> = {
  'invalid-input': 400,
  'invalid-file': 422,
  'not-found': 404,
  conflict: 409,
  unsupported: 415,
  database: 503,
  network: 502,
  internal: 500,
};

const TITLES: Readonly<Record<number, readonly [string, string]>> = {
  400: ['Ugyldig forespørgsel', 'Bad request'],
  404: ['Ikke fundet', 'Not found'],
  406: ['Formatet kan ikke leveres', 'Not acceptable'],
  409: ['Konflikt', 'Conflict'],
  413: ['For stor forespørgsel', 'Payload too large'],
  414: ['For lang forespørgsel', 'URI too long'],
  415: ['Ukendt indholdstype', 'Unsupported media type'],
  422: ['Ugyldig fil', 'Unprocessable content'],
  500: ['Intern fejl', 'Internal error'],
  502: ['Kilden svarede ikke', 'Bad gateway'],
  503: ['Databasen er ikke tilgængelig', 'Service unavailable'],
};

/** Answers with a problem document (`application/problem+json`). */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  detailEn: string,
  parameter?: string,
): Response {
  const [da, en] = TITLES[status] ?? ['Fejl', 'Error'];
  const body: Problem = {
    type: `https://potentiale.dk/problems/${status}`,
    title: `${da} / ${en}`,
    status,
    detail,
    detailEn,
    ...(parameter === undefined ? {} : { parameter }),
    instance: new URL(c.req.url).pathname,
  };
  return c.body(JSON.stringify(body), status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}

/** Maps any error to a problem document; unexpected errors become a 500 without a stack. */
export function problemFromError(c: Context, error: unknown): Response {
  if (error instanceof PotentialeError) {
    const status = STATUS[error.kind];
    const parameter =
      'parameter' in error && typeof error.parameter === 'string' ? error.parameter : undefined;
    const en = {
      'invalid-input': `Invalid ${parameter ? `parameter '${parameter}'` : 'request'} (see the Danish detail).`,
      'invalid-file': 'The uploaded file cannot be read (see the Danish detail).',
      'not-found': 'The requested resource was not found (see the Danish detail).',
      conflict: 'The request conflicts with the current state.',
      unsupported: 'The request is not supported.',
      database: 'The database is not available.',
      network: 'An upstream source did not answer.',
      internal: 'An internal error occurred.',
    }[error.kind];
    return problem(c, status, error.message, en, parameter);
  }
  return problem(
    c,
    500,
    'Der opstod en uventet fejl. Den er logget.',
    'An unexpected error occurred. It has been logged.',
  );
}
