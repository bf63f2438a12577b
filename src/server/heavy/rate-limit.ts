/** The outcome of asking for one heavy request. */
export type RateDecision =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes a token from `client`'s bucket, or says how long until the next one. */
  take(client: string): RateDecision;
}

export interface RateLimitOptions {
  /** Tokens added per minute, and the bucket's size (the burst). */
  readonly perMinute: number;
  /** Most clients remembered; the least recently seen are forgotten first. Default 10 000. */
  readonly maxClients?: number;
  /** Milliseconds on a monotonic clock (default performance.now). */
  readonly clock?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: `perMinute` requests at once, then one every 60/perMinute s. A
 * forgotten client starts with a full bucket, so the memory bound never refuses anyone wrongly.
 * @example createRateLimiter({ perMinute: 30 }).take('127.0.0.1') // { ok: true }
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const rate = options.perMinute / 60_000;
  const capacity = options.perMinute;
  const maxClients = options.maxClients ?? 10_000;
  const clock = options.clock ?? (() => performance.now());
  const buckets = new Map<string, Bucket>();
  return {
    take(client) {
      const now = clock();
      const bucket = buckets.get(client) ?? { tokens: capacity, at: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * rate);
      bucket.at = now;
      // Re-insert: Map order is then least recently seen first.
      buckets.delete(client);
      buckets.set(client, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000)),
      };
    },
  };
}
