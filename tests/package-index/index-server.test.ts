/** The test index answers as Warehouse is documented to; these pin down what other tests rely on. */
import { createHash } from 'node:crypto';
import { get as httpGet } from 'node:http';
import { afterEach, describe, expect, it } from '@jest/globals';
import { type IndexServer, startIndexServer } from '../support/index-server.js';

let server: IndexServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string, headers: Record<string, string> = {}, redirect: RequestRedirect = 'manual') {
  const response = await fetch(new URL(path, server!.url), { headers, redirect });
  return { response, text: await response.text() };
}

type RequestRedirect = 'follow' | 'manual' | 'error';

/** A GET with no Accept header at all (fetch always sends one). */
function contentTypeWithoutAccept(path: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    httpGet(new URL(path, server!.url), (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers['content-type']));
    }).on('error', reject);
  });
}

describe('index server: JSON API', () => {
  it('serves a project with info of the latest final, not-yanked release, and Warehouse headers', async () => {
    server = await startIndexServer();
    server.addRelease('Open-Ticket-AI', '1.0', [
      'open_ticket_ai-1.0.tar.gz',
      'open_ticket_ai-1.0-py3-none-any.whl',
    ]);
    server.addRelease('Open-Ticket-AI', '2.0rc1', ['open_ticket_ai-2.0rc1.tar.gz']);
    server.addRelease('Open-Ticket-AI', '1.5', ['open_ticket_ai-1.5.tar.gz'], { yanked: 'bad build' });
    const { response, text } = await get('pypi/open-ticket-ai/json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('max-age=900, public');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = JSON.parse(text);
    expect(response.headers.get('x-pypi-last-serial')).toBe(String(body.last_serial));
    expect(body.info).toMatchObject({ name: 'Open-Ticket-AI', version: '1.0', yanked: false });
    expect(Object.keys(body.releases)).toEqual(['1.0', '1.5', '2.0rc1']);
    expect(body.releases['1.5'][0]).toMatchObject({ yanked: true, yanked_reason: 'bad build' });
    expect(body.urls.map((f: { filename: string }) => f.filename)).toEqual([
      'open_ticket_ai-1.0-py3-none-any.whl',
      'open_ticket_ai-1.0.tar.gz',
    ]);
    const sdist = body.urls[1];
    expect(sdist).toMatchObject({
      packagetype: 'sdist',
      python_version: 'source',
      size: 'open_ticket_ai-1.0.tar.gz'.length,
      digests: { sha256: createHash('sha256').update('open_ticket_ai-1.0.tar.gz').digest('hex') },
    });
    expect(body.urls[0]).toMatchObject({ packagetype: 'bdist_wheel', python_version: 'py3' });
    expect(body.vulnerabilities).toEqual([]);
  });

  it('redirects non-normalised names with 301 and answers 404 with a JSON message', async () => {
    server = await startIndexServer();
    server.addRelease('open-ticket-ai', '1.0', ['open_ticket_ai-1.0.tar.gz']);
    const moved = await get('pypi/Open_Ticket.AI/json');
    expect(moved.response.status).toBe(301);
    expect(moved.response.statusText).toBe('Moved Permanently');
    expect(moved.response.headers.get('location')).toBe(`${server.url}pypi/open-ticket-ai/json`);
    const movedRelease = await get('pypi/Open_Ticket.AI/1.0/json');
    expect(movedRelease.response.headers.get('location')).toBe(`${server.url}pypi/open-ticket-ai/1.0/json`);

    const missing = await get('pypi/nothing-here/json');
    expect(missing.response.status).toBe(404);
    expect(missing.response.statusText).toBe('Not Found');
    expect(JSON.parse(missing.text)).toEqual({ message: 'Not Found' });
  });

  it('matches release versions canonically, accepts a trailing slash, and omits releases', async () => {
    server = await startIndexServer();
    server.addRelease('pkg', '1.0.0rc1', ['pkg-1.0.0rc1.tar.gz']);
    for (const path of ['pypi/pkg/1.0rc1/json', 'pypi/pkg/1.0.0-rc.1/json/', 'pypi/pkg/1.0.0rc1/json']) {
      const { response, text } = await get(path);
      expect(response.status).toBe(200);
      const body = JSON.parse(text);
      expect(body.info.version).toBe('1.0.0rc1');
      expect(body.releases).toBeUndefined();
    }
    expect((await get('pypi/pkg/1.0/json')).response.status).toBe(404);
  });

  it('answers 404 for a project without releases', async () => {
    server = await startIndexServer();
    server.state.ensureRelease('pkg', '1.0');
    server.state.project('pkg')!.releases.length = 0;
    expect((await get('pypi/pkg/json')).response.status).toBe(404);
  });
});

describe('index server: simple API', () => {
  it('serves PEP 691 JSON (api 1.1) when asked for it', async () => {
    server = await startIndexServer();
    server.addRelease('pkg', '1.0', ['pkg-1.0.tar.gz'], { requiresPython: '>=3.9' });
    server.addRelease('pkg', '1.1', ['pkg-1.1.tar.gz'], { yanked: 'oops' });
    const { response, text } = await get('simple/pkg/', { accept: 'application/vnd.pypi.simple.v1+json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.pypi.simple.v1+json');
    expect(response.headers.get('vary')).toBe('Accept');
    const body = JSON.parse(text);
    expect(body.meta['api-version']).toBe('1.1');
    expect(body.name).toBe('pkg');
    expect(body.versions).toEqual(['1.0', '1.1']);
    expect(body.files[0]).toMatchObject({
      filename: 'pkg-1.0.tar.gz',
      'requires-python': '>=3.9',
      yanked: false,
      size: 14,
      hashes: { sha256: createHash('sha256').update('pkg-1.0.tar.gz').digest('hex') },
    });
    expect(body.files[0]['upload-time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(body.files[1].yanked).toBe('oops');
    const file = await fetch(body.files[0].url);
    expect(await file.text()).toBe('pkg-1.0.tar.gz');
  });

  it('negotiates: no Accept, */* and text/html get HTML; q-values decide; nothing acceptable is 406', async () => {
    server = await startIndexServer();
    server.addRelease('pkg', '1.0', ['pkg-1.0.tar.gz']);
    const type = async (accept: string) =>
      (await get('simple/pkg/', { accept })).response.headers.get('content-type');
    expect(await contentTypeWithoutAccept('simple/pkg/')).toBe('text/html; charset=utf-8');
    expect(await type('*/*')).toBe('text/html; charset=utf-8');
    expect(await type('application/vnd.pypi.simple.v1+json, text/html;q=0.1')).toBe(
      'application/vnd.pypi.simple.v1+json',
    );
    expect(await type('text/html, application/vnd.pypi.simple.v1+json;q=0.5')).toBe(
      'text/html; charset=utf-8',
    );
    expect(await type('application/vnd.pypi.simple.v1+html')).toBe(
      'application/vnd.pypi.simple.v1+html; charset=utf-8',
    );
    const refused = await get('simple/pkg/', { accept: 'application/json' });
    expect(refused.response.status).toBe(406);
    expect(refused.response.statusText).toBe('Not Acceptable');
  });

  it('serves PEP 503 HTML with hashes and data-yanked, and redirects to the normalised name', async () => {
    server = await startIndexServer();
    server.addRelease('Open_Ticket.AI', '1.0', ['open_ticket_ai-1.0.tar.gz'], { yanked: true });
    const moved = await get('simple/Open_Ticket.AI/');
    expect(moved.response.status).toBe(301);
    expect(moved.response.headers.get('location')).toBe(`${server.url}simple/open-ticket-ai/`);
    expect((await get('simple/open-ticket-ai')).response.headers.get('location')).toBe(
      `${server.url}simple/open-ticket-ai/`,
    );
    const { response, text } = await get('simple/open-ticket-ai/');
    expect(response.status).toBe(200);
    expect(text).toContain('<meta name="pypi:repository-version" content="1.1">');
    expect(text).toMatch(
      /<a href="[^"]+#sha256=[0-9a-f]{64}" data-yanked="">open_ticket_ai-1\.0\.tar\.gz<\/a>/,
    );
  });

  it('lists projects at /simple/', async () => {
    server = await startIndexServer();
    server.addRelease('b-pkg', '1.0', []);
    server.addRelease('A_Pkg', '1.0', []);
    const html = await get('simple/');
    expect(html.text).toMatch(
      /<a href="\/simple\/a-pkg\/">A_Pkg<\/a>[\s\S]*<a href="\/simple\/b-pkg\/">b-pkg<\/a>/,
    );
    const json = JSON.parse((await get('simple/', { accept: 'application/vnd.pypi.simple.v1+json' })).text);
    expect(json.projects.map((p: { name: string }) => p.name)).toEqual(['A_Pkg', 'b-pkg']);
  });

  it('behaves like pypiserver when htmlOnly: no JSON API, HTML whatever the Accept header', async () => {
    server = await startIndexServer({ htmlOnly: true });
    server.addRelease('pkg', '1.0', ['pkg-1.0.tar.gz']);
    expect((await get('pypi/pkg/json')).response.status).toBe(404);
    expect((await get('pypi/pkg/1.0/json')).response.status).toBe(404);
    const { response } = await get('simple/pkg/', { accept: 'application/vnd.pypi.simple.v1+json' });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('index server: injected failures and bookkeeping', () => {
  it('fails the next N requests with 503 (and Retry-After), then recovers; records every request', async () => {
    server = await startIndexServer({ failures: { count: 2, retryAfter: 3 } });
    const first = await get('simple/');
    expect(first.response.status).toBe(503);
    expect(first.response.statusText).toBe('Service Unavailable');
    expect(first.response.headers.get('retry-after')).toBe('3');
    expect((await get('simple/')).response.status).toBe(503);
    expect((await get('simple/', { accept: 'text/html' })).response.status).toBe(200);
    expect(server.requests.map((r) => [r.method, r.path, r.accept, r.status])).toEqual([
      ['GET', '/simple/', '*/*', 503],
      ['GET', '/simple/', '*/*', 503],
      ['GET', '/simple/', 'text/html', 200],
    ]);
  });

  it('hangs matching requests until closed, and answers 405 for a wrong method', async () => {
    server = await startIndexServer();
    server.failNext({ count: 1, hang: true, path: /^\/pypi\// });
    const hung = fetch(`${server.url}pypi/x/json`, { signal: AbortSignal.timeout(100) });
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' });
    const wrong = await fetch(`${server.url}simple/`, { method: 'POST', body: 'x' });
    expect(wrong.status).toBe(405);
    await wrong.text();
  });
});
