import { PotentialeError } from '../../core/index.ts';
import { StatbankApiError, parseApiError } from './api-error.ts';
import { readCached, requestKey, sha256Hex, writeCached, type CachedMeta } from './cache.ts';
import { createLimiter } from './limiter.ts';
import { dataRequestBody, type DataRequest } from './request.ts';

/** StatBank's address; tests point the client at a loopback server instead. */
export const STATBANK_BASE_URL = 'https://api.statbank.dk/v1';
/** Names Potentiale to DST, as DST asks of API users. */
export const USER_AGENT =
  'Potentiale/0.1.0 (benchmarking af danske kommuner; +https://github.com/potentiale)';

/** The effects and limits of a client; each has a production default. */
export interface StatbankClientOptions {
  readonly baseUrl?: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => Date;
  /** Folder that keeps every raw answer with its request; none: nothing is kept. */
  readonly cacheDir?: string;
  /** Answer only from the cache; a request that is not there fails. */
  readonly offline?: boolean;
  /** Time for one attempt, body included (ms). */
  readonly timeoutMs?: number;
  /** Further attempts after a 5xx, a timeout or a broken connection. */
  readonly retries?: number;
  /** First wait before a new attempt (ms); doubled each time. */
  readonly backoffMs?: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
  readonly userAgent?: string;
}

/** One raw answer, from the network or the cache, with its provenance. */
export interface StatbankResponse {
  readonly table: string;
  readonly meta: CachedMeta;
  readonly bytes: Uint8Array;
  readonly fromCache: boolean;
}

/** The StatBank client: TABLEINFO and DATA, each a POST with a JSON body. */
export interface StatbankClient {
  tableinfo(table: string, lang?: 'da' | 'en'): Promise<StatbankResponse>;
  data(request: DataRequest): Promise<StatbankResponse>;
}

/** Connection errors that mean there is no network (or no such host): not worth retrying. */
const NO_NETWORK = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

class RetryableError extends Error {}

function errorCode(e: unknown): string | undefined {
  for (let x: unknown = e, depth = 0; x instanceof Error && depth < 5; depth++) {
    if ('code' in x && typeof x.code === 'string') return x.code;
    x = x.cause;
  }
  return undefined;
}

/**
 * Creates a StatBank client. Every answer is kept in `cacheDir` (bytes, request, time and
 * SHA-256); with `offline` only the cache is read. A 5xx, a timeout or a connection broken
 * mid-answer is retried with exponential backoff; a 4xx is not (its error message, Danish or
 * English, is shown as StatBank wrote it); no network at all fails at once.
 * @example const sb = createStatbankClient({ cacheDir: '.potentiale/statbank' }); await sb.tableinfo('FOLK1A')
 */
export function createStatbankClient(options: StatbankClientOptions = {}): StatbankClient {
  const baseUrl = (options.baseUrl ?? STATBANK_BASE_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 120_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const limit = createLimiter(options.concurrency ?? 2);
  const userAgent = options.userAgent ?? USER_AGENT;

  async function attempt(url: string, payload: string, table: string) {
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          accept: '*/*',
          'user-agent': userAgent,
        },
        body: payload,
        signal,
      });
    } catch (e) {
      if (signal.aborted) throw new RetryableError(`intet svar inden for ${timeoutMs / 1000} s`);
      const code = errorCode(e);
      if (code !== undefined && NO_NETWORK.has(code)) {
        throw new PotentialeError(
          'network',
          `Ingen forbindelse til Danmarks Statistik (${new URL(url).host}: ${code}). Tjek netværket, ` +
            'brug "potentiale fetch --offline" for at bruge de gemte svar, eller importér filer med "potentiale import".',
        );
      }
      throw new RetryableError(
        `forbindelsen fejlede (${code ?? (e instanceof Error ? e.message : String(e))})`,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (e) {
      const why = signal.aborted
        ? `svaret blev ikke færdigt inden for ${timeoutMs / 1000} s`
        : 'forbindelsen blev afbrudt midt i svaret';
      throw new RetryableError(
        `${why} (${errorCode(e) ?? (e instanceof Error ? e.message : String(e))})`,
      );
    }
    if (response.status >= 500) throw new RetryableError(`HTTP ${response.status} fra serveren`);
    if (response.status >= 400 || response.status < 200 || response.status >= 300) {
      const err = parseApiError(new TextDecoder().decode(bytes));
      throw new StatbankApiError(table, response.status, err.errorTypeCode, err.message);
    }
    return { response, bytes };
  }

  async function call(
    endpoint: 'tableinfo' | 'data',
    table: string,
    body: Readonly<Record<string, unknown>>,
  ): Promise<StatbankResponse> {
    const key = requestKey(endpoint, body);
    if (options.offline) {
      const cached =
        options.cacheDir !== undefined && options.cacheDir !== ''
          ? await readCached(options.cacheDir, table, endpoint, key)
          : undefined;
      if (!cached) {
        throw new PotentialeError(
          'not-found',
          `${table} (${endpoint}) findes ikke i cachen${(options.cacheDir ?? '') !== '' ? ` (${options.cacheDir})` : ''}; hent først uden --offline`,
        );
      }
      return { table, ...cached, fromCache: true };
    }
    const url = `${baseUrl}/${endpoint}`;
    const payload = JSON.stringify(body);
    return limit(async () => {
      let last = '';
      for (let i = 0; i <= retries; i++) {
        if (i > 0) await sleep(backoffMs * 2 ** (i - 1));
        try {
          const { response, bytes } = await attempt(url, payload, table);
          const meta: CachedMeta = {
            endpoint,
            method: 'POST',
            url,
            body,
            status: response.status,
            contentType: response.headers.get('content-type'),
            requestId: response.headers.get('statbankapi-request-id'),
            fetchedAt: now().toISOString(),
            sha256: sha256Hex(bytes),
            byteSize: bytes.length,
          };
          if (options.cacheDir !== undefined && options.cacheDir !== '')
            await writeCached(options.cacheDir, table, key, meta, bytes);
          return { table, meta, bytes, fromCache: false };
        } catch (e) {
          if (!(e instanceof RetryableError)) throw e;
          last = e.message;
        }
      }
      throw new PotentialeError(
        'network',
        `Danmarks Statistik kunne ikke levere ${table} (${endpoint}) efter ${retries + 1} forsøg: ${last}`,
      );
    });
  }

  return {
    tableinfo: (table, lang = 'da') => call('tableinfo', table, { table, lang, format: 'JSON' }),
    data: (request) => call('data', request.table, dataRequestBody(request)),
  };
}
