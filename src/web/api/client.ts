/** A failed API call, with the server's problem document (RFC 9457) when it sent one. */
export class ApiError extends Error {
  readonly kind = 'api';
  constructor(
    readonly status: number,
    readonly detailDa: string,
    readonly detailEn: string,
    readonly path: string,
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
  if (!response.ok) {
    let detailDa = `HTTP ${response.status}`;
    let detailEn = detailDa;
    try {
      const problem = (await response.json()) as { detail?: string; detailEn?: string };
      detailDa = problem.detail ?? detailDa;
      detailEn = problem.detailEn ?? problem.detail ?? detailEn;
    } catch {
      // Not a problem document; the status says enough.
    }
    throw new ApiError(response.status, detailDa, detailEn, url);
  }
  return (await response.json()) as ApiAnswer<P>;
}
