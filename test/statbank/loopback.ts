// A loopback HTTP server for the StatBank client's tests: each test sets how it answers, and
// every request it received is kept (method, path, headers, body) to compare with recordings.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type Handler = (req: ReceivedRequest, res: ServerResponse) => void;

export interface Loopback {
  readonly baseUrl: string;
  readonly requests: ReceivedRequest[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 at a free port; `baseUrl` ends in /v1. */
export async function startLoopback(): Promise<Loopback> {
  let handler: Handler = (_req, res) => res.writeHead(500).end();
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(r);
      handler(r, res);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    handle(h) {
      handler = h;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Answers with bytes and the recorded headers of a StatBank answer. */
export function answer(
  res: ServerResponse,
  status: number,
  bytes: Uint8Array | string,
  contentType = 'text/csv; charset=utf-8',
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-cache',
    'StatbankAPI-Request-Id': '00000000-0000-0000-0000-000000000000',
  });
  res.end(bytes);
}
