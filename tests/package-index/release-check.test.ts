import { afterEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { HttpClient, HttpError } from '@otai-release/core/http';
import {
  checkRelease,
  DELETED_FILES_NOTE,
  type IndexEndpoints,
  resolveIndex,
} from '@otai-release/core/package-index';
import { closedPort } from '../http/local-server.js';
import { type IndexServer, type IndexServerOptions, startIndexServer } from '../support/index-server.js';

const SDIST = 'open_ticket_ai-1.0.tar.gz';
const WHEEL = 'open_ticket_ai-1.0-py3-none-any.whl';

let server: IndexServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client that never really sleeps, with delays recorded. */
function client(options: ConstructorParameters<typeof HttpClient>[0] = {}) {
  const delays: number[] = [];
  const http = new HttpClient({ sleep: async (ms) => void delays.push(ms), timeoutMs: 5_000, ...options });
  return { http, delays };
}

async function start(
  options: IndexServerOptions = {},
): Promise<{ server: IndexServer; endpoints: IndexEndpoints }> {
  server = await startIndexServer(options);
  return { server, endpoints: resolveIndex(server.url) };
}

function paths(s: IndexServer): string[] {
  return s.requests.map((r) => `${r.status} ${r.path}`);
}

describe('checkRelease against a Warehouse-like index', () => {
  it('reports a new project', async () => {
    const { server, endpoints } = await start();
    server.addRelease('someone-else', '1.0', ['someone_else-1.0.tar.gz']);
    expect(await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0')).toEqual({
      state: 'new-project',
    });
    expect(paths(server)).toEqual([
      '404 /pypi/open-ticket-ai/1.0.0/json',
      '404 /pypi/open-ticket-ai/json',
      '404 /simple/open-ticket-ai/',
    ]);
  });

  it('reports a free version with the latest release when other versions exist', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '0.9.0', [
      'open_ticket_ai-0.9.0.tar.gz',
      'open_ticket_ai-0.9.0-py3-none-any.whl',
    ]);
    server.addRelease('open-ticket-ai', '1.0.0rc1', ['open_ticket_ai-1.0.0rc1.tar.gz']);
    server.addRelease('open-ticket-ai', '0.9.5', ['open_ticket_ai-0.9.5.tar.gz'], { yanked: 'broken' });
    expect(await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0')).toEqual({
      state: 'version-free',
      latest: '0.9.0',
    });
  });

  it('finds a release spelled 1.0 on the index when ours is 1.0.0', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL]);
    expect(await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0')).toEqual({
      state: 'released',
      files: [WHEEL, SDIST],
      url: `${server.url}simple/open-ticket-ai/`,
    });
  });

  it('finds 0.2.0b1 on the index when ours is written 0.2.0-beta.1', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '0.2.0b1', [
      'open_ticket_ai-0.2.0b1.tar.gz',
      'open_ticket_ai-0.2.0b1-py3-none-any.whl',
    ]);
    const result = await checkRelease(client().http, endpoints, 'open-ticket-ai', '0.2.0-beta.1');
    expect(result.state).toBe('released');
    expect(server.requests[0]!.path).toBe('/pypi/open-ticket-ai/0.2.0b1/json');
  });

  it('reports a release with only an sdist as partial, missing a wheel', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '1.0', [SDIST]);
    expect(await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0')).toEqual({
      state: 'partial',
      files: [SDIST],
      missing: ['a wheel (`open_ticket_ai-1.0.0-*.whl`)'],
      url: `${server.url}simple/open-ticket-ai/`,
    });
  });

  it('reports a release with only wheels as partial, missing the sdist', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '1.0.0', ['open_ticket_ai-1.0.0-py3-none-any.whl']);
    expect(await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0')).toMatchObject({
      state: 'partial',
      missing: ['open_ticket_ai-1.0.0.tar.gz'],
    });
  });

  it('compares against expectedFiles when given (paths allowed, spelling of name and version forgiven)', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL]);
    const http = client().http;
    const built = [
      'dist/open_ticket_ai-1.0.0.tar.gz',
      'dist/open_ticket_ai-1.0.0-py3-none-any.whl',
      'dist/open_ticket_ai-1.0.0-cp312-cp312-manylinux_2_17_x86_64.whl',
    ];
    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0', { expectedFiles: built })).toEqual({
      state: 'partial',
      files: [WHEEL, SDIST],
      missing: ['open_ticket_ai-1.0.0-cp312-cp312-manylinux_2_17_x86_64.whl'],
      url: `${server.url}simple/open-ticket-ai/`,
    });
    expect(
      await checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0', { expectedFiles: built.slice(0, 2) }),
    ).toMatchObject({ state: 'released' });
  });

  it('counts a release whose files were all deleted as released, and says why', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '1.0.0', []);
    expect(await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0')).toEqual({
      state: 'released',
      files: [],
      url: `${server.url}simple/open-ticket-ai/`,
      note: DELETED_FILES_NOTE,
    });
    expect(DELETED_FILES_NOTE).toMatch(/refuses .* file name that was used before/);
  });

  it('counts yanked files as present', async () => {
    const { server, endpoints } = await start();
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL], { yanked: 'security issue' });
    expect(await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0')).toMatchObject({
      state: 'released',
      files: [WHEEL, SDIST],
    });
  });

  it('canonicalises a name given as Open_Ticket.AI, and the server redirects one that is not', async () => {
    const { server, endpoints } = await start();
    server.addRelease('Open-Ticket-AI', '1.0', [SDIST, WHEEL]);
    const { http } = client();
    expect(await checkRelease(http, endpoints, 'Open_Ticket.AI', '1.0.0')).toMatchObject({
      state: 'released',
    });
    expect(server.requests[0]!.path).toBe('/pypi/open-ticket-ai/1.0.0/json');

    const direct = await http.getJson<{ info: { name: string; version: string } }>(
      `${server.url}pypi/Open_Ticket.AI/json`,
    );
    expect(direct.response.url).toBe(`${server.url}pypi/open-ticket-ai/json`);
    expect(direct.body?.info).toMatchObject({ name: 'Open-Ticket-AI', version: '1.0' });
    expect(paths(server).slice(-2)).toEqual([
      '301 /pypi/Open_Ticket.AI/json',
      '200 /pypi/open-ticket-ai/json',
    ]);
  });

  it('uses the public PyPI project page as url for pypi', async () => {
    const { server } = await start();
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL]);
    // pypi's real URLs, but every request goes to the local server.
    const local: typeof fetch = (input, init) =>
      fetch(String(input).replace('https://pypi.org/', server.url), init);
    const result = await checkRelease(
      client({ fetch: local }).http,
      resolveIndex('pypi'),
      'open-ticket-ai',
      '1.0.0',
    );
    expect(result).toMatchObject({ state: 'released', url: 'https://pypi.org/project/open-ticket-ai/1.0/' });
  });

  it('sends URL credentials as Basic auth on every request', async () => {
    const { server } = await start();
    const endpoints = resolveIndex(server.url.replace('http://', 'http://ci:tok%2Fen@'));
    await checkRelease(client().http, endpoints, 'open-ticket-ai', '1.0.0');
    const expected = `Basic ${Buffer.from('ci:tok/en').toString('base64')}`;
    expect(server.requests.map((r) => r.authorization)).toEqual([expected, expected, expected]);
  });

  it('rejects an invalid version or name before asking the index', async () => {
    const { server, endpoints } = await start();
    const { http } = client();
    await expect(checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0-final-final')).rejects.toThrow(
      ConfigurationError,
    );
    await expect(checkRelease(http, endpoints, '../etc', '1.0')).rejects.toThrow(ConfigurationError);
    expect(server.requests).toEqual([]);
  });
});

describe('checkRelease without a JSON API', () => {
  it('decides from PEP 503 HTML on a pypiserver-like index', async () => {
    const { server, endpoints } = await start({ htmlOnly: true });
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL]);
    server.addRelease('open-ticket-ai', '0.2.0b1', ['open_ticket_ai-0.2.0b1.tar.gz']);
    server.addRelease('open-ticket-ai', '0.9', ['open_ticket_ai-0.9.tar.gz'], { yanked: true });
    const { http } = client();

    expect(await checkRelease(http, endpoints, 'Open_Ticket.AI', '1.0.0')).toEqual({
      state: 'released',
      files: [WHEEL, SDIST],
      url: `${server.url}simple/open-ticket-ai/`,
    });
    expect(paths(server)).toEqual([
      '404 /pypi/open-ticket-ai/1.0.0/json',
      '404 /pypi/open-ticket-ai/json',
      '200 /simple/open-ticket-ai/',
    ]);
    expect(server.requests[2]!.accept).toBe('application/vnd.pypi.simple.v1+json, text/html;q=0.1');

    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '0.2.0-beta.1')).toMatchObject({
      state: 'partial',
      files: ['open_ticket_ai-0.2.0b1.tar.gz'],
      missing: ['a wheel (`open_ticket_ai-0.2.0b1-*.whl`)'],
    });
    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '0.9.0')).toMatchObject({
      state: 'partial',
    });
    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '1.1')).toEqual({
      state: 'version-free',
      latest: '1.0',
    });
    expect(await checkRelease(http, endpoints, 'unknown', '1.0')).toEqual({ state: 'new-project' });
  });

  it('decides from PEP 691 JSON when jsonApiBase is undefined, seeing file-less releases in versions', async () => {
    const { server } = await start();
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL]);
    server.addRelease('open-ticket-ai', '2.0', []);
    const endpoints: IndexEndpoints = { ...resolveIndex(server.url), jsonApiBase: undefined };
    const { http } = client();
    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0')).toMatchObject({
      state: 'released',
      files: [WHEEL, SDIST],
    });
    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '2')).toMatchObject({
      state: 'released',
      files: [],
      note: DELETED_FILES_NOTE,
    });
    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '3.0')).toEqual({
      state: 'version-free',
      latest: '2.0',
    });
    expect(server.requests.every((r) => r.path.startsWith('/simple/'))).toBe(true);
  });
});

describe('checkRelease when the index misbehaves', () => {
  it('retries through two 503s and then answers', async () => {
    const { server, endpoints } = await start({ failures: { count: 2 } });
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL]);
    const { http, delays } = client({ backoffMs: 10 });
    expect(await checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0')).toMatchObject({
      state: 'released',
    });
    expect(paths(server)).toEqual([
      '503 /pypi/open-ticket-ai/1.0.0/json',
      '503 /pypi/open-ticket-ai/1.0.0/json',
      '200 /pypi/open-ticket-ai/1.0.0/json',
    ]);
    expect(delays).toEqual([10, 20]);
  });

  it('honours the Retry-After the index sends', async () => {
    const { server, endpoints } = await start({ failures: { count: 1, status: 429, retryAfter: 7 } });
    server.addRelease('open-ticket-ai', '1.0', [SDIST, WHEEL]);
    const { http, delays } = client();
    await checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0');
    expect(delays).toEqual([7000]);
  });

  it('throws HttpError when the index keeps failing', async () => {
    const { server, endpoints } = await start({ failures: { count: 100 } });
    const { http } = client({ retries: 2 });
    const error = (await checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0').catch(
      (e) => e,
    )) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 503, attempts: 3, kind: 'status' });
    expect(error.message).toBe(
      `GET ${server.url}pypi/open-ticket-ai/1.0.0/json answered 503 Service Unavailable (3 attempts)`,
    );
  });

  it('throws HttpError when the simple API fails after the JSON API said nothing', async () => {
    const { server, endpoints } = await start({ failures: { count: 100, path: /^\/simple\//, status: 500 } });
    const { http } = client({ retries: 1 });
    await expect(checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0')).rejects.toMatchObject({
      status: 500,
      url: `${server.url}simple/open-ticket-ai/`,
    });
  });

  it('times out on an index that never answers', async () => {
    const { endpoints } = await start({ failures: { count: 100, hang: true } });
    const { http } = client({ timeoutMs: 50, retries: 1 });
    await expect(checkRelease(http, endpoints, 'open-ticket-ai', '1.0.0')).rejects.toMatchObject({
      kind: 'timeout',
      attempts: 2,
    });
  });

  it('fails fast with HttpError when nobody listens', async () => {
    const port = await closedPort();
    const { http } = client({ retries: 2 });
    const started = Date.now();
    const error = (await checkRelease(
      http,
      resolveIndex(`http://127.0.0.1:${port}/`),
      'open-ticket-ai',
      '1.0.0',
    ).catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('network');
    expect(error.message).toContain(`http://127.0.0.1:${port}/pypi/open-ticket-ai/1.0.0/json failed:`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
