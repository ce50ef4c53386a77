import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpClient, HttpError } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { closedPort, type LocalServer, startLocalServer } from './local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client that records the delays it would have slept instead of sleeping. */
function recordingClient(options: ConstructorParameters<typeof HttpClient>[0] = {}) {
  const delays: number[] = [];
  const logger = new MemoryLogger();
  const http = new HttpClient({
    sleep: async (ms) => {
      delays.push(ms);
    },
    logger,
    ...options,
  });
  return { http, delays, logger };
}

describe('HttpClient.request', () => {
  it('returns status, headers, final url and body, and sends a User-Agent', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-test': 'yes' });
      res.end('{"hello":"world"}');
    });
    const { http } = recordingClient({ userAgent: 'otai-test/1' });
    const response = await http.request(`${server.url}/thing`);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(response.headers.get('x-test')).toBe('yes');
    expect(response.url).toBe(`${server.url}/thing`);
    expect(response.attempts).toBe(1);
    expect(await response.json()).toEqual({ hello: 'world' });
    expect(await response.text()).toBe('{"hello":"world"}');
    expect(server.hits[0]!.headers['user-agent']).toBe('otai-test/1');
  });

  it('retries 503 with exponential backoff, then returns the success', async () => {
    let calls = 0;
    server = await startLocalServer((_req, res) => {
      calls++;
      if (calls <= 2) {
        res.writeHead(503);
        res.end('busy');
      } else {
        res.end('ok');
      }
    });
    const { http, delays, logger } = recordingClient({ backoffMs: 100 });
    const response = await http.request(`${server.url}/`);
    expect(await response.text()).toBe('ok');
    expect(response.attempts).toBe(3);
    expect(delays).toEqual([100, 200]);
    expect(logger.messages('info')[0]).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/ answered 503 Service Unavailable; retrying in 0\.1 s \(attempt 2 of 4\)$/,
    );
  });

  it('caps the backoff at maxBackoffMs', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(502);
      res.end();
    });
    const { http, delays } = recordingClient({ backoffMs: 100, maxBackoffMs: 250, retries: 4 });
    await expect(http.request(`${server.url}/`)).rejects.toThrow(HttpError);
    expect(delays).toEqual([100, 200, 250, 250]);
  });

  it('honours Retry-After in seconds and as an HTTP date, capped at maxRetryAfterMs', async () => {
    const answers = [
      { status: 429, retryAfter: '2' },
      { status: 503, retryAfter: new Date(Date.now() + 5_000).toUTCString() },
      { status: 503, retryAfter: '3600' },
    ];
    server = await startLocalServer((_req, res) => {
      const next = answers.shift();
      if (next) {
        res.writeHead(next.status, { 'retry-after': next.retryAfter });
        res.end();
      } else {
        res.end('done');
      }
    });
    const { http, delays } = recordingClient({ maxRetryAfterMs: 10_000 });
    const response = await http.request(`${server.url}/`);
    expect(await response.text()).toBe('done');
    expect(delays[0]).toBe(2000);
    // An HTTP date has one-second resolution and the clock moved on a little.
    expect(delays[1]).toBeGreaterThan(3000);
    expect(delays[1]).toBeLessThanOrEqual(5000);
    expect(delays[2]).toBe(10_000);
  });

  it.each([404, 400, 403, 406])('does not retry %i and returns it as an answer', async (status) => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(status);
      res.end('no');
    });
    const { http, delays } = recordingClient();
    const response = await http.request(`${server.url}/missing`);
    expect(response.status).toBe(status);
    expect(response.ok).toBe(false);
    expect(server.hits).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('throws HttpError naming URL, status and attempts when 5xx persists', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('down for maintenance');
    });
    const { http } = recordingClient({ retries: 2 });
    const error = (await http.request(`${server.url}/x`).catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe(`GET ${server.url}/x answered 503 Service Unavailable (3 attempts)`);
    expect(error).toMatchObject({
      kind: 'status',
      status: 503,
      statusText: 'Service Unavailable',
      attempts: 3,
      url: `${server.url}/x`,
      method: 'GET',
      body: 'down for maintenance',
    });
    expect(server.hits).toHaveLength(3);
  });

  it('does not retry POST unless asked, and replays a body factory when it is', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    const { http } = recordingClient({ retries: 2 });
    await expect(http.request(`${server.url}/up`, { method: 'POST', body: 'a' })).rejects.toMatchObject({
      attempts: 1,
    });
    expect(server.hits).toHaveLength(1);

    let made = 0;
    await expect(
      http.request(`${server.url}/up`, {
        method: 'POST',
        retry: true,
        body: () => {
          made++;
          return new Blob([`payload ${made}`]);
        },
      }),
    ).rejects.toMatchObject({ attempts: 3 });
    expect(server.hits.slice(1).map((h) => h.body)).toEqual(['payload 1', 'payload 2', 'payload 3']);
  });

  it('never retries when retry is false, even for GET', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const { http } = recordingClient();
    await expect(http.request(`${server.url}/`, { retry: false })).rejects.toMatchObject({ attempts: 1 });
  });

  it('times out a hanging server per attempt and says so', async () => {
    server = await startLocalServer(() => {
      // never answers
    });
    const { http } = recordingClient({ timeoutMs: 50, retries: 1 });
    const started = Date.now();
    const error = (await http.request(`${server.url}/slow`).catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe(`GET ${server.url}/slow timed out after 0.05 s (2 attempts)`);
    expect(error.kind).toBe('timeout');
    expect(error.status).toBeUndefined();
    expect(server.hits).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('times out a body that stalls after the headers', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    const { http } = recordingClient({ timeoutMs: 50, retries: 0 });
    await expect(http.request(`${server.url}/`)).rejects.toMatchObject({ kind: 'timeout', attempts: 1 });
  });

  it('follows redirects and reports the final URL; redirect: manual returns the 301', async () => {
    server = await startLocalServer((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { location: '/new' });
        res.end();
      } else {
        res.end(`at ${req.url}`);
      }
    });
    const { http } = recordingClient();
    const followed = await http.request(`${server.url}/old`);
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(`${server.url}/new`);
    expect(await followed.text()).toBe('at /new');

    const manual = await http.request(`${server.url}/old`, { redirect: 'manual' });
    expect(manual.status).toBe(301);
    expect(manual.headers.get('location')).toBe('/new');
  });

  it('fails fast with a network HttpError when nobody listens', async () => {
    const port = await closedPort();
    const { http, delays } = recordingClient({ retries: 2 });
    const error = (await http.request(`http://127.0.0.1:${port}/`).catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('network');
    expect(error.attempts).toBe(3);
    expect(error.message).toMatch(
      new RegExp(`^GET http://127\\.0\\.0\\.1:${port}/ failed: .*ECONNREFUSED.* \\(3 attempts\\)$`),
    );
    expect(delays).toEqual([500, 1000]);
  });

  it('sends credentials in a URL as Basic auth and keeps them out of messages', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    const { http, logger } = recordingClient({ retries: 1 });
    const url = server.url.replace('http://', 'http://__token__:s3cret@');
    const error = (await http.request(`${url}/simple/`).catch((e) => e)) as HttpError;
    expect(server.hits[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('__token__:s3cret').toString('base64')}`,
    );
    expect(error.message).toBe(`GET ${server.url}/simple/ answered 503 Service Unavailable (2 attempts)`);
    expect(error.url).not.toContain('s3cret');
    expect(JSON.stringify(logger.entries)).not.toContain('s3cret');
  });
});

describe('HttpClient.getJson', () => {
  it('returns the parsed body for 2xx and sends the Accept header', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/vnd.test+json' });
      res.end('{"n":1}');
    });
    const { http } = recordingClient();
    const answer = await http.getJson<{ n: number }>(`${server.url}/j`, {
      accept: 'application/vnd.test+json',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ n: 1 });
    expect(server.hits[0]!.headers.accept).toBe('application/vnd.test+json');
  });

  it('treats 404 as an answer without a body', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"Not Found"}');
    });
    const { http } = recordingClient();
    const answer = await http.getJson(`${server.url}/nope`);
    expect(answer.status).toBe(404);
    expect(answer.body).toBeUndefined();
    expect(answer.response.statusText).toBe('Not Found');
  });

  it('throws HttpError for other 4xx and for a body that is not JSON', async () => {
    server = await startLocalServer((req, res) => {
      if (req.url === '/forbidden') {
        res.writeHead(403);
        res.end('go away');
      } else {
        res.end('<html>not json</html>');
      }
    });
    const { http } = recordingClient();
    await expect(http.getJson(`${server.url}/forbidden`)).rejects.toMatchObject({
      kind: 'status',
      status: 403,
      message: `GET ${server.url}/forbidden answered 403 Forbidden (1 attempt)`,
    });
    await expect(http.getJson(`${server.url}/html`)).rejects.toMatchObject({ kind: 'body', status: 200 });
  });
});
