/** A failed API call, with the server's problem document (RFC 9457) when it sent one. */
export class ApiError extends Error {
  readonly kind = 'api';
  constructor(
    readonly status: number,
    readonly detailDa: string,
    readonly detailEn: string,
    readonly path: string,
    /** The request field the problem is about (e.g. "totp", "password"), when it names one. */
    readonly parameter?: string,
    /** Seconds to wait before trying again (Retry-After on a 429). */
    readonly retryAfter?: number,
  ) {
    super(detailEn || detailDa);
  }
}

import { apiUrl as sharedApiUrl } from '../first-requests.ts';
import type { ApiAnswer, ApiParams, ApiPath, ParamValue } from './routes.ts';

export type Params = Readonly<Record<string, ParamValue>>;

/** The API address of a path and its parameters (empty ones left out), e.g. for downloads. */
export const apiUrl: (path: string, params?: Params) => string = sharedApiUrl;

/**
 * GET a JSON answer, typed by its path (the route's 200 answer in AppType); a problem
 * document or a network failure becomes an ApiError.
 */
export async function fetchJson<P extends ApiPath>(
  path: P,
  params?: ApiParams<P>,
  signal?: AbortSignal,
): Promise<ApiAnswer<P>> {
  const url = apiUrl(path, params ?? {});
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, '', '', url);
  }
  if (!response.ok) throw await problemError(response, url);
  return (await response.json()) as ApiAnswer<P>;
}

/** A failed answer as an ApiError: its problem document's details, field and Retry-After. */
export async function problemError(response: Response, url: string): Promise<ApiError> {
  let detailDa = `HTTP ${response.status}`;
  let detailEn = detailDa;
  let parameter: string | undefined;
  try {
    const problem = (await response.json()) as {
      title?: string;
      detail?: string;
      detailEn?: string;
      parameter?: string;
    };
    detailDa = problem.detail ?? problem.title ?? detailDa;
    detailEn = problem.detailEn ?? problem.detail ?? detailEn;
    parameter = problem.parameter;
  } catch {
    // Not a problem document; the status says enough.
  }
  const wait = Number(response.headers.get('Retry-After'));
  return new ApiError(
    response.status,
    detailDa,
    detailEn,
    url,
    parameter,
    Number.isFinite(wait) && wait > 0 ? wait : undefined,
  );
}
