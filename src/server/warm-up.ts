import type { Database } from '../db/index.ts';
import { warmUp, type WarmUpReport } from '../engine/index.ts';

/**
 * The answers every visitor's first page asks for, the same for all municipalities: asked by
 * the warm-up through the app itself, so the answer cache holds them before anyone asks.
 */
export const SHARED_ANSWERS = [
  '/api/v1/municipalities',
  '/api/v1/key-figures',
  '/api/v1/peer-groups',
  '/api/v1/price-index',
  '/api/v1/geo/municipalities',
] as const;

/** Requests sent by the warm-up: not written to the request log (no one asked them). */
export const warmUpRequests = new WeakSet<Request>();

export interface WarmUpRunner {
  /** Called with the data version the answer cache reads: a new version is warmed up again. */
  readonly seen: (version: string) => void;
  /** Ends the warm-up at its next step and waits for it (before the database is closed). */
  readonly stop: () => Promise<void>;
}

/**
 * Runs the warm-up after the server listens and again whenever the data version changes: the
 * engine's shared data (engine/warm-up.ts), then the shared answers through `fetch`. One at a
 * time; a failure is reported and the server answers as it would have without it.
 */
export function startWarmUp(
  db: Database,
  fetch: (request: Request) => Response | Promise<Response>,
  report: (outcome: { readonly report?: WarmUpReport; readonly error?: unknown }) => void,
): WarmUpRunner {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let warmed: string | undefined;
  const run = async (): Promise<void> => {
    try {
      const result = await warmUp(db, { stopped: () => stopped });
      if (!result || stopped) return;
      for (const path of SHARED_ANSWERS) {
        if (stopped) return;
        const request = new Request(`http://localhost${path}`);
        warmUpRequests.add(request);
        await (await fetch(request)).arrayBuffer();
      }
      warmed = result.version;
      report({ report: result });
    } catch (error) {
      if (!stopped) report({ error });
    }
  };
  const start = () => {
    running = running.then(run);
  };
  start();
  return {
    seen: (version) => {
      if (!stopped && warmed !== undefined && version !== warmed) {
        warmed = version;
        start();
      }
    },
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}
