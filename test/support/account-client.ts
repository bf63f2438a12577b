// Requests to the API as a browser or a script would send them, for the account tests: a
// session cookie and its CSRF token, or an API token.
import { expect } from 'vitest';

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

export interface CallOptions {
  readonly body?: unknown;
  /** The potentiale_session cookie's value. */
  readonly cookie?: string;
  readonly csrf?: string;
  /** An API token (Authorization: Bearer). */
  readonly token?: string;
  readonly headers?: Record<string, string>;
}

interface RequestingApp {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

/**
 * `call` sends one request; `logIn` logs in (asserting 200) and gives the cookie's value and
 * the CSRF token, each also told to `remember` (the tests check no secret reaches a log).
 */
export function accountClient(
  app: () => RequestingApp,
  remember: (secret: string) => void,
  password: string,
) {
  const call = async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const response = await app().request(path, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(options.cookie === undefined ? {} : { Cookie: `potentiale_session=${options.cookie}` }),
        ...(options.csrf === undefined ? {} : { 'X-CSRF-Token': options.csrf }),
        ...(options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` }),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
      headers: response.headers,
    };
  };
  const logIn = async (email: string, pass = password, totp?: string) => {
    const r = await call('POST', '/api/v1/session', {
      body: { email, password: pass, ...(totp !== undefined ? { totp } : {}) },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const setCookie = r.headers.get('Set-Cookie') ?? '';
    const cookie = /potentiale_session=([^;]+)/.exec(setCookie)?.[1] ?? '';
    const csrf = String(r.body.csrfToken);
    remember(cookie);
    remember(csrf);
    return { cookie, csrf, setCookie };
  };
  return { call, logIn };
}
