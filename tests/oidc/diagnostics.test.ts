/** The pieces of trusted publishing's messages that need no server: claims, endpoints, hints. */
import { describe, expect, it } from '@jest/globals';
import { isConfigurationError } from '@otai-release/core/errors';
import {
  checkTrustedPublishingEnvironment,
  claimsDump,
  decodeJwtClaims,
  oidcEndpoints,
  publicIndex,
  publisherFormValues,
  readEventPayload,
  uploadAuthFailureHint,
  workflowFilename,
} from '@otai-release/core/oidc';

function jwt(payload: object): string {
  return `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`;
}

describe('claims', () => {
  it('decodes a JWT payload whose base64url has no padding, and rejects what is not a JWT', () => {
    // 'é' makes the payload length one that needs padding in plain base64.
    expect(decodeJwtClaims(jwt({ sub: 'repo:o/r', environment: 'é' }))).toEqual({
      sub: 'repo:o/r',
      environment: 'é',
    });
    expect(decodeJwtClaims('not-a-jwt')).toBeUndefined();
    expect(decodeJwtClaims('a.bm90IGpzb24.c')).toBeUndefined();
  });

  it('extracts the workflow file as Warehouse does, even with @ and dots in the ref', () => {
    expect(workflowFilename('o/r/.github/workflows/release.yml@refs/tags/v1.0')).toBe('release.yml');
    expect(workflowFilename('o/r/.github/workflows/pub.yaml@refs/heads/feature/x.yml')).toBe('pub.yaml');
    expect(workflowFilename('o/r/.github/workflows/release')).toBeUndefined();
  });

  it('dumps the eight claims in GHA-PP’s order with MISSING for absent or empty ones', () => {
    expect(claimsDump({ sub: 's', repository: 'o/r', environment: '' })).toBe(
      [
        '  sub: s',
        '  repository: o/r',
        '  repository_owner: MISSING',
        '  repository_owner_id: MISSING',
        '  workflow_ref: MISSING',
        '  job_workflow_ref: MISSING',
        '  ref: MISSING',
        '  environment: MISSING',
      ].join('\n'),
    );
  });

  it('gives the form values from job_workflow_ref, not workflow_ref', () => {
    expect(
      publisherFormValues({
        repository: 'octo-org/octo-repo',
        repository_owner: 'octo-org',
        workflow_ref: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
        job_workflow_ref: 'octo-org/octo-repo/.github/workflows/publish.yml@refs/heads/main',
        environment: 'pypi',
      }),
    ).toEqual({
      owner: 'octo-org',
      repositoryName: 'octo-repo',
      workflowName: 'publish.yml',
      environmentName: 'pypi',
    });
  });
});

describe('endpoints', () => {
  it('uses only the upload URL’s host, forcing https', () => {
    expect(oidcEndpoints('https://upload.pypi.org/legacy/')).toEqual({
      audienceUrl: 'https://upload.pypi.org/_/oidc/audience',
      mintUrl: 'https://upload.pypi.org/_/oidc/mint-token',
      domain: 'upload.pypi.org',
    });
    expect(oidcEndpoints('https://upload.pypi.org/legacy/', 'http://127.0.0.1:9/base').mintUrl).toBe(
      'http://127.0.0.1:9/base/_/oidc/mint-token',
    );
  });

  it('names a bad repository URL and the fix', () => {
    let error: unknown;
    try {
      oidcEndpoints('upload.pypi.org/legacy');
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toBe(
      "repository-url: 'upload.pypi.org/legacy' is not a URL. Give the index's full upload URL, e.g. https://upload.pypi.org/legacy/.",
    );
  });

  it('tells PyPI and TestPyPI from other indexes', () => {
    expect(publicIndex('https://upload.pypi.org/legacy/')).toBe('pypi');
    expect(publicIndex('https://test.pypi.org/legacy/')).toBe('testpypi');
    expect(publicIndex('https://pypi.example.com/legacy/')).toBeUndefined();
    expect(publicIndex('https://notpypi.org/legacy/')).toBeUndefined();
  });
});

describe('environment', () => {
  const actions = {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
  };

  it('names the one variable that is missing', () => {
    expect(() =>
      checkTrustedPublishingEnvironment({ ...actions, ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }),
    ).toThrow('the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset.');
  });

  it('passes a push job with the permission, and a pull request whose payload is unreadable', async () => {
    expect(() => checkTrustedPublishingEnvironment({ ...actions, GITHUB_EVENT_NAME: 'push' })).not.toThrow();
    const payload = await readEventPayload({ GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(payload).toBeUndefined();
    expect(() =>
      checkTrustedPublishingEnvironment({ ...actions, GITHUB_EVENT_NAME: 'pull_request' }, payload),
    ).not.toThrow();
  });
});

describe('uploadAuthFailureHint', () => {
  const base = { uploadUrl: 'https://upload.pypi.org/legacy/', project: 'octo-pkg' };

  it('explains a refused API token', () => {
    const hint = uploadAuthFailureHint({
      ...base,
      status: 403,
      credentialKind: 'token',
      message:
        'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.',
    });
    expect(hint).toContain('starts with `pypi-`');
    expect(hint).toContain('PyPI and TestPyPI tokens are not interchangeable');
  });

  it('points a trusted publisher without the project to the project’s publishing settings', () => {
    const hint = uploadAuthFailureHint({
      ...base,
      status: 403,
      credentialKind: 'trusted-publishing',
      message:
        "The given token isn't allowed to upload to project 'octo-pkg'. See https://pypi.org/help/#project-name",
    });
    expect(hint).toBe(
      "The trusted publisher that minted this token is not registered for project 'octo-pkg'. Add the publisher " +
        'to that project too: https://pypi.org/manage/project/octo-pkg/settings/publishing/',
    );
  });

  it('has nothing to add for other statuses', () => {
    expect(
      uploadAuthFailureHint({ ...base, status: 400, credentialKind: 'token', message: 'x' }),
    ).toBeUndefined();
  });
});
