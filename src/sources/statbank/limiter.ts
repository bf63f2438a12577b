/**
 * Runs at most `limit` tasks at a time, in the order they were asked for; a polite client
 * does not flood the API.
 * @example const limit = createLimiter(2); await Promise.all(urls.map((u) => limit(() => get(u))));
 */
export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its slot straight to the next waiting one.
  const next = (): void => {
    const waiter = waiting.shift();
    if (waiter) waiter();
    else active--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
