import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { createApp, type AppOptions } from './app.ts';
import { LOOPBACK_HOSTS } from './middleware/allowed-hosts.ts';
import { startWarmUp, type WarmUpRunner } from './warm-up.ts';
import type { WarmUpReport } from '../engine/index.ts';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and resolves when in-flight requests have finished. */
  close(): Promise<void>;
}

/**
 * Starts the API on host:port (port 0 = any free port). It answers to the loopback names, the
 * address it is bound to (on every interface: the machine's name and addresses) and
 * `allowedHosts`; see AppOptions.allowedHosts.
 */
export async function startServer(
  options: AppOptions & {
    readonly port: number;
    readonly host: string;
    /**
     * Prepare what all municipalities share once listening, and again after each import
     * (server/warm-up.ts); called when each warm-up has finished or failed.
     */
    readonly warmUp?: (outcome: {
      readonly report?: WarmUpReport;
      readonly error?: unknown;
    }) => void;
  },
): Promise<RunningServer> {
  let warm: WarmUpRunner | undefined;
  const app = createApp({
    ...options,
    allowedHosts: [...ownNames(options.host), ...(options.allowedHosts ?? [])],
    ...(options.warmUp ? { onDataVersion: (v: string) => warm?.seen(v) } : {}),
  });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.address.includes(':') ? `[${info.address}]` : info.address;
        if (options.warmUp) warm = startWarmUp(options.db, app.fetch, options.warmUp);
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: async () => {
            await warm?.stop();
            await new Promise<void>((done, fail) => {
              server.close((err) => (err ? fail(err) : done()));
              // Idle keep-alive connections would hold close() open; in-flight ones finish.
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            });
          },
        });
      },
    );
    server.on('error', reject);
  });
}

/** The names a server bound to `host` is reached by, without a port (any port is fine). */
function ownNames(host: string): string[] {
  const bracket = (a: string) => (a.includes(':') ? `[${a}]` : a);
  const names = [...LOOPBACK_HOSTS, bracket(host.replace(/^\[|\]$/g, ''))];
  if (host === '0.0.0.0' || host === '::' || host === '[::]') {
    names.push(hostname());
    for (const list of Object.values(networkInterfaces()))
      for (const a of list ?? []) names.push(bracket(a.address.replace(/%.*$/, '')));
  }
  return names;
}
