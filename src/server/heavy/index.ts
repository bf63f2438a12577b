/**
 * @module Heavy work off the request thread: a worker pool with a time budget per job and
 * cancellation when the client leaves, limits checked before any work, and a rate limit per
 * client. Used by the DEA routes (upload and model).
 */
import type { Context } from 'hono';
import { HeavyError } from './errors.ts';
import { DEFAULT_LIMITS, type HeavyLimits } from './limits.ts';
import { DEFAULT_BUDGET_MS, sharedPool, type HeavyPool } from './pool.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { clientAddress } from '../auth/index.ts';

export { HeavyError } from './errors.ts';
export {
  DEFAULT_LIMITS,
  checkDeaModel,
  checkTableSize,
  quickRowCount,
  type HeavyLimits,
} from './limits.ts';
export {
  DEFAULT_BUDGET_MS,
  createWorkerPool,
  sharedPool,
  type HeavyPool,
  type PoolOptions,
  type PoolStats,
  type RunOptions,
} from './pool.ts';
export { createRateLimiter, type RateLimiter } from './rate-limit.ts';

/** Heavy requests per minute per client by default (and the burst). */
export const DEFAULT_RATE_PER_MINUTE = 30;

/** How the server runs heavy work (AppOptions.heavy); every field has a default. */
export interface HeavyOptions {
  /** Default: one pool per process of max(1, cores − 1) workers, started on first use. */
  readonly pool?: HeavyPool;
  /** Wall time per job (ms); default 10 000. Past it: 503 with Retry-After. */
  readonly budgetMs?: number;
  /** Default {@link DEFAULT_LIMITS}: 10 000 units, 50 columns, 200 000 cells. */
  readonly limits?: Partial<HeavyLimits>;
  /** Heavy requests per minute per client (token bucket); 0 = no limit. Default 30. */
  readonly ratePerMinute?: number;
  /** The rate limit's clock (ms, monotonic); for tests. */
  readonly clock?: () => number;
}

/** What a heavy route needs, resolved from HeavyOptions once per app. */
export interface Heavy {
  readonly pool: HeavyPool;
  readonly budgetMs: number;
  readonly limits: HeavyLimits;
  /** Counts the request against its client's rate; throws HeavyError 429 past it. */
  admit(c: Context): void;
}

/** Resolves HeavyOptions: the pool is taken lazily, so an app that never computes starts none. */
export function createHeavy(options: HeavyOptions = {}): Heavy {
  const rate = options.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE;
  const limiter: RateLimiter | undefined =
    rate > 0
      ? createRateLimiter({
          perMinute: rate,
          ...(options.clock ? { clock: options.clock } : {}),
        })
      : undefined;
  return {
    get pool() {
      return options.pool ?? sharedPool();
    },
    budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    admit(c) {
      if (!limiter) return;
      const decision = limiter.take(clientAddress(c));
      if (decision.ok) return;
      throw new HeavyError(
        429,
        `For mange tunge forespørgsler (DEA) fra denne klient: højst ${rate} i minuttet. Prøv igen om ${decision.retryAfterSeconds} sekunder`,
        `Too many heavy requests (DEA) from this client: at most ${rate} a minute. Try again in ${decision.retryAfterSeconds} seconds`,
        { retryAfter: decision.retryAfterSeconds },
      );
    },
  };
}
