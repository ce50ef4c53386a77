/**
 * A throwaway node:http server on 127.0.0.1:0 for the HTTP client tests: each test gives it a
 * handler, and `close()` drops open sockets too (hanging handlers, keep-alive) so nothing outlives a test.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface Hit {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A running local server. */
export interface LocalServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  hits: Hit[];
  close(): Promise<void>;
}

/** Starts a server whose handler sees each request with its body already read. */
export async function startLocalServer(
  handler: (req: IncomingMessage, res: ServerResponse, hit: Hit) => void | Promise<void>,
): Promise<LocalServer> {
  const hits: Hit[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const hit: Hit = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    hits.push(hit);
    await handler(req, res, hit);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was just free and now has nobody listening: connecting to it is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
