import {
  DeaRangeError,
  InvalidFileError,
  InvalidInputError,
  NotFoundError,
  PotentialeError,
  type DeaRangeReason,
  type Diagnostic,
  type ErrorKind,
} from '../../core/index.ts';

/**
 * A refusal of heavy work with its own HTTP status: a limit (413, 422), the rate limit (429),
 * the time budget or a full queue (503). Carries both languages, since only the server makes it;
 * problemFromError (../problem.ts) answers it, with Retry-After when it has one.
 */
export class HeavyError extends Error {
  readonly status: 413 | 422 | 429 | 503;
  readonly detailEn: string;
  readonly parameter: string | undefined;
  /** Seconds for `Retry-After` (429 and 503). */
  readonly retryAfter: number | undefined;
  constructor(
    status: 413 | 422 | 429 | 503,
    detail: string,
    detailEn: string,
    options: { readonly parameter?: string; readonly retryAfter?: number } = {},
  ) {
    super(detail);
    this.name = 'HeavyError';
    this.status = status;
    this.detailEn = detailEn;
    this.parameter = options.parameter;
    this.retryAfter = options.retryAfter;
  }
}

/** An error as it crosses the thread boundary (structured clone keeps no class). */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly kind?: ErrorKind;
  readonly parameter?: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly column?: number;
  readonly reason?: DeaRangeReason;
  readonly status?: HeavyError['status'];
  readonly detailEn?: string;
  readonly retryAfter?: number;
}

/** The parts of an error that {@link fromWire} needs to rebuild it on the other side. */
export function toWire(e: unknown): WireError {
  if (e instanceof HeavyError) {
    return {
      name: e.name,
      message: e.message,
      status: e.status,
      detailEn: e.detailEn,
      ...(e.parameter === undefined ? {} : { parameter: e.parameter }),
      ...(e.retryAfter === undefined ? {} : { retryAfter: e.retryAfter }),
    };
  }
  if (e instanceof PotentialeError) {
    const parameter = 'parameter' in e && typeof e.parameter === 'string' ? e.parameter : undefined;
    return {
      name: e.name,
      message: e.message,
      kind: e.kind,
      diagnostics: e.diagnostics,
      ...(parameter === undefined ? {} : { parameter }),
      ...(e instanceof DeaRangeError
        ? { column: e.column, reason: e.reason, detailEn: e.messageEn }
        : {}),
    };
  }
  return { name: 'Error', message: e instanceof Error ? e.message : String(e) };
}

/** The error a worker threw, as the class the server maps to a status. */
export function fromWire(w: WireError): Error {
  if (w.status !== undefined)
    return new HeavyError(w.status, w.message, w.detailEn ?? w.message, {
      ...(w.parameter === undefined ? {} : { parameter: w.parameter }),
      ...(w.retryAfter === undefined ? {} : { retryAfter: w.retryAfter }),
    });
  if (w.kind === undefined) return new Error(w.message);
  switch (w.name) {
    case 'DeaRangeError':
      return new DeaRangeError(
        w.message,
        w.detailEn ?? w.message,
        w.parameter === 'outputs' ? 'outputs' : 'inputs',
        w.column ?? 0,
        w.reason ?? 'spread',
      );
    case 'InvalidFileError':
      return new InvalidFileError(w.diagnostics ?? [], w.message);
    case 'InvalidInputError':
      return new InvalidInputError(w.message, w.parameter);
    case 'NotFoundError':
      return new NotFoundError(w.message);
    default:
      return new PotentialeError(w.kind, w.message, w.diagnostics ?? []);
  }
}
