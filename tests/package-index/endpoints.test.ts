import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { authorizationHeader, resolveIndex } from '@otai-release/core/package-index';

function urls(spec: string) {
  const { projectUrl, ...rest } = resolveIndex(spec);
  return {
    ...rest,
    project: projectUrl('Open_Ticket.AI', '1.0.0'),
    projectPage: projectUrl('Open_Ticket.AI'),
  };
}

describe('resolveIndex', () => {
  it('knows pypi', () => {
    expect(urls('pypi')).toEqual({
      name: 'pypi',
      jsonApiBase: 'https://pypi.org/pypi/',
      simpleUrl: 'https://pypi.org/simple/',
      uploadUrl: 'https://upload.pypi.org/legacy/',
      project: 'https://pypi.org/project/open-ticket-ai/1.0.0/',
      projectPage: 'https://pypi.org/project/open-ticket-ai/',
    });
    expect(resolveIndex(' PyPI ').name).toBe('pypi');
  });

  it('knows testpypi', () => {
    expect(urls('testpypi')).toEqual({
      name: 'testpypi',
      jsonApiBase: 'https://test.pypi.org/pypi/',
      simpleUrl: 'https://test.pypi.org/simple/',
      uploadUrl: 'https://test.pypi.org/legacy/',
      project: 'https://test.pypi.org/project/open-ticket-ai/1.0.0/',
      projectPage: 'https://test.pypi.org/project/open-ticket-ai/',
    });
    expect(resolveIndex('TestPyPI').name).toBe('testpypi');
  });

  it.each([
    'https://pypi.org',
    'https://pypi.org/',
    'https://pypi.org/simple/',
    'https://upload.pypi.org/legacy/',
    'https://upload.pypi.org/legacy',
  ])('maps the public PyPI URL %s to pypi', (spec) => {
    expect(urls(spec)).toEqual(urls('pypi'));
  });

  it.each(['https://test.pypi.org/', 'https://test.pypi.org/simple', 'https://test.pypi.org/legacy/'])(
    'maps the public TestPyPI URL %s to testpypi',
    (spec) => {
      expect(urls(spec)).toEqual(urls('testpypi'));
    },
  );

  const local = {
    name: '127.0.0.1:8080',
    jsonApiBase: 'http://127.0.0.1:8080/pypi/',
    simpleUrl: 'http://127.0.0.1:8080/simple/',
    uploadUrl: 'http://127.0.0.1:8080/legacy/',
    project: 'http://127.0.0.1:8080/simple/open-ticket-ai/',
    projectPage: 'http://127.0.0.1:8080/simple/open-ticket-ai/',
  };

  it.each([
    'http://127.0.0.1:8080',
    'http://127.0.0.1:8080/',
    'http://127.0.0.1:8080/simple/',
    'http://127.0.0.1:8080/simple',
    'http://127.0.0.1:8080/legacy/',
    'http://127.0.0.1:8080/legacy',
  ])('reads %s as the same index (base, simple or upload URL)', (spec) => {
    expect(urls(spec)).toEqual(local);
  });

  it('keeps a path prefix (an index mounted below the root)', () => {
    expect(urls('https://nexus.example.com/repository/pypi-internal/simple/')).toMatchObject({
      name: 'nexus.example.com',
      jsonApiBase: 'https://nexus.example.com/repository/pypi-internal/pypi/',
      simpleUrl: 'https://nexus.example.com/repository/pypi-internal/simple/',
      uploadUrl: 'https://nexus.example.com/repository/pypi-internal/legacy/',
    });
    expect(urls('https://nexus.example.com/repository/pypi-internal')).toMatchObject({
      simpleUrl: 'https://nexus.example.com/repository/pypi-internal/simple/',
    });
  });

  it('reads a devpi +simple URL: simple as given, upload to the index, no JSON API', () => {
    expect(urls('http://devpi.local:3141/root/dev/+simple/')).toMatchObject({
      name: 'devpi.local:3141',
      jsonApiBase: undefined,
      simpleUrl: 'http://devpi.local:3141/root/dev/+simple/',
      uploadUrl: 'http://devpi.local:3141/root/dev/',
    });
  });

  it('takes user:password out of the URLs and keeps them as credentials', () => {
    const endpoints = resolveIndex('https://me:p%40ss@pkgs.example.com/simple/');
    expect(endpoints.simpleUrl).toBe('https://pkgs.example.com/simple/');
    expect(endpoints.uploadUrl).toBe('https://pkgs.example.com/legacy/');
    expect(endpoints.projectUrl('x')).not.toContain('p%40ss');
    expect(endpoints.credentials).toEqual({ username: 'me', password: 'p@ss' });
    expect(authorizationHeader(endpoints)).toBe(`Basic ${Buffer.from('me:p@ss').toString('base64')}`);
    expect(authorizationHeader(resolveIndex('pypi'))).toBeUndefined();
  });

  it.each([
    ['', /neither a known index name nor a URL/],
    ['pypi.org', /neither a known index name nor a URL/],
    ['test-pypi', /neither a known index name nor a URL/],
    ['ftp://example.com/simple/', /uses ftp:/],
    ['file:///srv/index/', /uses file:/],
    ['https://example.com/simple/?token=x', /query or fragment/],
  ])('rejects %j with a ConfigurationError naming the accepted forms', (spec, reason) => {
    let error: unknown;
    try {
      resolveIndex(spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(reason);
    expect(message).toContain('`pypi`, `testpypi`');
    expect(message).toContain('/simple/');
    expect(message).toContain('/legacy/');
  });

  it('never repeats a password in its error message', () => {
    expect(() => resolveIndex('ftp://me:hunter2@example.com/')).toThrow(/^(?!.*hunter2)/s);
  });
});
