import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';

/** The names a local server answers to when nothing else is configured: the loopback names. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Answers only requests whose `Host` is one of the server's own names, against DNS rebinding:
 * a page on evil.example whose name is re-pointed at 127.0.0.1 reaches a local server with
 * `Host: evil.example:3000`, and gets 421 with a problem document. An entry is a name (`localhost`,
 * `kommune.example.dk`, `[::1]`: any port) or a name with a port (`localhost:3000`); `*` turns
 * the check off (behind a proxy that checks the name itself). Only the name matters against
 * rebinding, so the loopback names are allowed on any port (a dev proxy forwards its own port).
 */
export function allowedHosts(names: readonly string[] = LOOPBACK_HOSTS): MiddlewareHandler {
  if (names.includes('*')) return async (_c, next) => next();
  const entries = names.map((n) => split(n.trim().toLowerCase()));
  return async (c, next) => {
    const raw = c.req.header('Host') ?? new URL(c.req.url).host;
    const host = split(raw.trim().toLowerCase());
    const ok = entries.some(
      (e) => e.name === host.name && (e.port === undefined || e.port === host.port),
    );
    if (ok) return next();
    const shown = JSON.stringify(raw.slice(0, 100));
    return problem(
      c,
      421,
      `Serveren svarer ikke på navnet ${shown}. Tilføj det med --allowed-hosts, hvis det er serverens eget.`,
      `The server does not answer to the name ${shown}. Add it with --allowed-hosts if it is the server's own.`,
      'Host',
    );
  };
}

/** `name[:port]`, IPv6 in brackets; a trailing dot on the name is dropped (`localhost.`). */
function split(host: string): { readonly name: string; readonly port: string | undefined } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host);
  const name = (m?.[1] ?? host).replace(/\.$/, '');
  return { name, port: m?.[2] === '' ? undefined : m?.[2] };
}
