import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import {
  DeaRangeError,
  OutOfRangeError,
  PotentialeError,
  REFUSALS,
  parameterOf,
  refusalOf,
} from '../core/index.ts';
import { HeavyError } from './heavy/index.ts';

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

/**
 * A refusal a route throws when its answer is a problem document with a status of its own
 * (401 wrong password, 429 with Retry-After, 503 without a secret key), so that the route's
 * typed answers stay its successes. problemFromError answers it as it says.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly detailEn: string,
    readonly parameter?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detailEn);
    this.name = 'ProblemError';
  }
}

/** Seconds a client is asked to wait when the database is away (a restart takes a few). */
export const RETRY_AFTER_SECONDS = 5;

/** The HTTP status of a refusal, from the one table the CLI's exit codes come from too. */
const statusOf = (error: PotentialeError): ContentfulStatusCode =>
  REFUSALS[refusalOf(error)].httpStatus as ContentfulStatusCode;

const TITLES: Readonly<Record<number, readonly [string, string]>> = {
  400: ['Ugyldig forespørgsel', 'Bad request'],
  401: ['Ikke logget ind', 'Unauthorized'],
  403: ['Afvist', 'Forbidden'],
  404: ['Ikke fundet', 'Not found'],
  405: ['Metoden er ikke tilladt', 'Method not allowed'],
  406: ['Formatet kan ikke leveres', 'Not acceptable'],
  409: ['Konflikt', 'Conflict'],
  413: ['For stor forespørgsel', 'Payload too large'],
  414: ['For lang forespørgsel', 'URI too long'],
  415: ['Ukendt indholdstype', 'Unsupported media type'],
  421: ['Forkert værtsnavn', 'Misdirected request'],
  422: ['Kan ikke behandles', 'Unprocessable content'],
  429: ['For mange forespørgsler', 'Too many requests'],
  500: ['Intern fejl', 'Internal error'],
  502: ['Kilden svarede ikke', 'Bad gateway'],
  503: ['Tjenesten er ikke tilgængelig lige nu', 'Service unavailable'],
};

/** Answers with a problem document (`application/problem+json`). */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  detailEn: string,
  parameter?: string,
  headers: Readonly<Record<string, string>> = {},
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
    ...headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}

/**
 * Maps any error to a problem document: heavy work's refusals by their status (413, 422, 429,
 * 503 with Retry-After), our own errors by kind (a number outside its range is 422), Hono's HTTPException by its status (malformed JSON 400, wrong content type 415), a lost
 * database connection to 503 with Retry-After; anything else is a 500 without a stack.
 */
export function problemFromError(c: Context, error: unknown): Response {
  if (error instanceof ProblemError)
    return problem(c, error.status, error.detail, error.detailEn, error.parameter, error.headers);
  if (isDatabaseUnavailable(error)) return databaseUnavailable(c);
  if (error instanceof HeavyError)
    return problem(
      c,
      error.status,
      error.message,
      error.detailEn,
      error.parameter,
      error.retryAfter === undefined
        ? {}
        : { 'Retry-After': String(Math.max(1, Math.ceil(error.retryAfter))) },
    );
  // Numbers DEA cannot solve reliably: 422 with the reason in English too (any DEA route).
  if (error instanceof DeaRangeError)
    return problem(c, 422, error.message, error.messageEn, error.parameter);
  if (error instanceof OutOfRangeError)
    return problem(
      c,
      statusOf(error),
      error.message,
      `Parameter '${error.parameter ?? ''}' is outside its range (${error.min}–${error.max}).`,
      error.parameter,
    );
  if (error instanceof PotentialeError) {
    const status = statusOf(error);
    const parameter = parameterOf(error);
    const en = {
      'invalid-input': `Invalid ${parameter !== undefined && parameter !== '' ? `parameter '${parameter}'` : 'request'} (see the Danish detail).`,
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
  if (error instanceof HTTPException && error.status >= 400 && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    const [da, en] = HTTP_EXCEPTION_TEXT[status] ?? [
      `Forespørgslen blev afvist (HTTP ${status})`,
      `The request was refused (HTTP ${status})`,
    ];
    return problem(c, status, da, error.message ? `${en}: ${error.message}` : en);
  }
  return problem(
    c,
    500,
    'Der opstod en uventet fejl. Den er logget.',
    'An unexpected error occurred. It has been logged.',
  );
}

const HTTP_EXCEPTION_TEXT: Readonly<Record<number, readonly [string, string]>> = {
  400: ['Forespørgslens indhold kan ikke læses', 'The request body cannot be read'],
  413: ['Forespørgslens indhold er for stort', 'The request body is too large'],
  415: ['Indholdstypen understøttes ikke her', 'The content type is not supported here'],
};

/**
 * The answer to a request validated by zod (@hono/zod-openapi's hook): 400 naming the
 * parameter, or 422 for a number outside its documented range (`year: 1800` in a body).
 */
export function problemFromValidation(c: Context, error: ZodError): Response {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const parameter = path === '' ? undefined : path;
  const got =
    issue && 'input' in issue && issue.input !== undefined
      ? ` (fik ${JSON.stringify(issue.input)?.slice(0, 80) ?? String(issue.input)})`
      : '';
  const outOfRange =
    (issue?.code === 'too_big' || issue?.code === 'too_small') &&
    (issue.origin === 'number' || issue.origin === 'int');
  const name = parameter !== undefined ? ` ${parameter}` : '';
  return problem(
    c,
    outOfRange ? 422 : 400,
    `Parameteren${name} er ugyldig: ${issue?.message ?? 'ukendt fejl'}${got}`,
    `Parameter${name} is invalid: ${issue?.message ?? 'unknown error'}`,
    parameter,
  );
}

/** 503 with Retry-After, in Danish and English: the database is away, not the request wrong. */
export function databaseUnavailable(c: Context): Response {
  return problem(
    c,
    503,
    `Databasen svarer ikke lige nu. Prøv igen om ${RETRY_AFTER_SECONDS} sekunder.`,
    `The database is not answering right now. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
    undefined,
    { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  );
}

// SQLSTATE classes that mean "the server is away or out of resources", not "the query is wrong":
// 08 connection exception, 53 insufficient resources, 57P01-57P03 shutdown / cannot connect now.
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[1-3])$/;
// Socket errors of the driver (node-postgres), and its own messages for a lost connection.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|PGlite is closed)/;

/**
 * True when an error says the database cannot be reached (a PostgreSQL restart or outage, a
 * closed pool), as opposed to a query it refused. Looks through `cause` and AggregateError.
 * @example isDatabaseUnavailable(Object.assign(new Error('x'), { code: '57P01' })) // true
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || !(error instanceof Error)) return false;
  if (error instanceof PotentialeError) return error.kind === 'database';
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code !== undefined && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)))
    return true;
  if (UNAVAILABLE_MESSAGES.test(error.message)) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))
  )
    return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}
