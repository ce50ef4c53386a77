/**
 * Trusted publishing end to end against a local GitHub ID-token endpoint and Warehouse's /_/oidc/
 * routes, both verifying what they receive (tests/support/trusted-publishing-server.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { isConfigurationError } from '@otai-release/core/errors';
import { basicCredentials } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import {
  RENEWAL_THRESHOLD_MS,
  trustedPublishing,
  type TrustedPublishingOptions,
  verifyTrustedPublishing,
} from '@otai-release/core/oidc';
import { tempDir } from '../support/temp-dir.js';
import {
  createTestIssuer,
  defaultJob,
  type IdTokenServer,
  startIdTokenServer,
  startTrustedPublishingServer,
  type TestIssuer,
  type TrustedPublisher,
  type TrustedPublishingRoutesOptions,
  type TrustedPublishingServer,
} from '../support/trusted-publishing-server.js';

let issuer: TestIssuer;
let github: IdTokenServer;
let warehouse: TrustedPublishingServer | undefined;
let masked: string[];
let logger: MemoryLogger;

const PUBLISHER: TrustedPublisher = {
  owner: 'octo-org',
  repository: 'octo-repo',
  ownerId: '8675309',
  workflow: 'release.yml',
  projects: ['octo-pkg'],
};

beforeAll(() => {
  issuer = createTestIssuer();
});

beforeEach(async () => {
  github = await startIdTokenServer(issuer);
  masked = [];
  logger = new MemoryLogger();
});

afterEach(async () => {
  await github.close();
  await warehouse?.close();
  warehouse = undefined;
});

async function startWarehouse(options: Partial<TrustedPublishingRoutesOptions> = {}) {
  warehouse = await startTrustedPublishingServer({ issuer, publishers: [{ ...PUBLISHER }], ...options });
  return warehouse;
}

function options(overrides: Partial<TrustedPublishingOptions> = {}): TrustedPublishingOptions {
  return {
    uploadUrl: 'https://upload.pypi.org/legacy/',
    oidcBaseUrl: warehouse?.url,
    env: github.env(),
    mask: (secret) => masked.push(secret),
    logger,
    projects: ['octo-pkg'],
    sleep: async () => {},
    ...overrides,
  };
}

/** The error get() rejects with, asserting it is a ConfigurationError when `configuration` says so. */
async function failure(promise: Promise<unknown>, configuration = true): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  if (!error) throw new Error('expected a failure');
  expect(isConfigurationError(error)).toBe(configuration);
  return error;
}

describe('trustedPublishing: the exchange', () => {
  it('discovers the audience, exchanges a GitHub ID token for an upload token and masks every secret', async () => {
    const server = await startWarehouse();
    const source = trustedPublishing(options());
    expect(source.kind).toBe('trusted-publishing');

    const credentials = await source.get();

    expect(server.routes.mints).toHaveLength(1);
    expect(server.routes.mints[0]!.status).toBe(200);
    expect(credentials.username).toBe('__token__');
    expect(credentials.password).toBe(server.routes.mints[0]!.token);
    expect(credentials.password).toMatch(/^pypi-/);
    // Warehouse's tokens live 900 s (its Date header, which the lifetime is read against, has 1 s resolution).
    expect(credentials.expiresAt! - Date.now()).toBeGreaterThan(890_000);
    expect(credentials.expiresAt! - Date.now()).toBeLessThanOrEqual(901_000);
    expect(source.audience).toBe('pypi');
    expect(github.issued.map((t) => t.audience)).toEqual(['pypi']);
    expect(source.claims?.repository).toBe('octo-org/octo-repo');
    expect(masked).toEqual(
      expect.arrayContaining([
        github.requestToken,
        github.issued[0]!.token,
        credentials.password,
        basicCredentials('__token__', credentials.password),
      ]),
    );
    expect(logger.messages('info').join('\n')).toContain('Minted an upload token at 127.0.0.1');
  });

  it('derives the endpoints from the upload URL host when no base URL is given', () => {
    const source = trustedPublishing(
      options({ oidcBaseUrl: undefined, uploadUrl: 'https://test.pypi.org/legacy/' }),
    );
    expect(source.endpoints).toEqual({
      audienceUrl: 'https://test.pypi.org/_/oidc/audience',
      mintUrl: 'https://test.pypi.org/_/oidc/mint-token',
      domain: 'test.pypi.org',
    });
    const pypi = trustedPublishing(
      options({ oidcBaseUrl: undefined, uploadUrl: 'http://upload.pypi.org:8080/legacy/' }),
    );
    expect(pypi.endpoints.mintUrl).toBe('https://upload.pypi.org:8080/_/oidc/mint-token');
  });

  it('returns the cached token while 5 minutes or more remain', async () => {
    const server = await startWarehouse();
    let now = Date.now();
    const source = trustedPublishing(options({ now: () => now }));
    const first = await source.get();
    now = first.expiresAt! - RENEWAL_THRESHOLD_MS;
    const second = await source.get();
    expect(second.password).toBe(first.password);
    expect(server.routes.mints).toHaveLength(1);
    expect(github.issued).toHaveLength(1);
  });

  it('mints again with a new ID token when under 5 minutes remain', async () => {
    const server = await startWarehouse();
    let now = Date.now();
    const source = trustedPublishing(options({ now: () => now }));
    const first = await source.get();
    now = first.expiresAt! - 4 * 60 * 1000;

    const second = await source.get();

    expect(second.password).not.toBe(first.password);
    expect(source.mints).toBe(2);
    // Both exchanges succeeded although Warehouse refuses a reused jti: each used a fresh ID token.
    expect(server.routes.mints.map((m) => m.status)).toEqual([200, 200]);
    expect(github.issued).toHaveLength(2);
    expect(new Set(github.issued.map((t) => t.jti)).size).toBe(2);
    expect(server.routes.audienceRequests).toBe(1);
    expect(logger.messages('info').join('\n')).toContain('under 5 minutes): minting a new one');
  });

  it('goes on with the current token when a renewal fails while it still has a minute or more', async () => {
    const server = await startWarehouse();
    let now = Date.now();
    const source = trustedPublishing(options({ now: () => now }));
    const first = await source.get();
    server.routes.options.mintEnabled = false;
    now = first.expiresAt! - 2 * 60 * 1000;
    expect((await source.get()).password).toBe(first.password);
    expect(logger.messages('warning')[0]).toContain(
      'Renewing the upload token failed (Trusted publishing exchange failure: Token request failed',
    );
    expect(logger.messages('warning')[0]).toContain('going on with the current one, valid for 120 s more.');
    now = first.expiresAt! - 30 * 1000;
    const error = await failure(source.get());
    expect(error.message).toContain('`not-enabled`');
    expect(server.routes.mints.map((m) => m.status)).toEqual([200, 422, 422]);
  });

  it('reads the token’s lifetime against the index’s clock, so a runner clock 10 minutes fast still renews in time', async () => {
    await startWarehouse();
    const fast = Date.now() + 10 * 60 * 1000;
    const credentials = await trustedPublishing(options({ now: () => fast })).get();
    // The index's Date header has one-second resolution.
    expect(credentials.expiresAt! - fast).toBeGreaterThan(898_000);
    expect(credentials.expiresAt! - fast).toBeLessThanOrEqual(901_000);
  });

  it('shares one mint between concurrent get() calls', async () => {
    const server = await startWarehouse();
    const source = trustedPublishing(options());
    const all = await Promise.all([source.get(), source.get(), source.get(), source.get()]);
    expect(new Set(all.map((c) => c.password)).size).toBe(1);
    expect(server.routes.mints).toHaveLength(1);
    expect(github.issued).toHaveLength(1);
  });

  it('the local Warehouse refuses an ID token used twice, as PyPI does', async () => {
    const server = await startWarehouse();
    await trustedPublishing(options()).get();
    const reused = github.issued[0]!.token;
    const answer = await fetch(new URL('_/oidc/mint-token', server.url), {
      method: 'POST',
      body: JSON.stringify({ token: reused }),
    });
    expect(answer.status).toBe(422);
    expect(await answer.json()).toEqual({
      message: 'Token request failed',
      errors: [{ code: 'invalid-reuse-token', description: 'invalid token: already used' }],
    });
  });

  it('retries an exchange the index failed with a fresh ID token each time, then says what happened', async () => {
    const server = await startWarehouse();
    const calls: string[] = [];
    // The index answers 503 to every mint; the audience works.
    const failing: typeof fetch = async (input, init) => {
      const url = String(input);
      calls.push(url);
      if (url.endsWith('/_/oidc/mint-token')) return new Response('unavailable', { status: 503 });
      return fetch(input, init);
    };
    const error = await failure(trustedPublishing(options({ fetch: failing })).get(), false);
    expect(error.message).toContain('Token request failed: POST');
    expect(error.message).toContain('503');
    expect(error.message).toContain('https://status.python.org/');
    expect(github.issued).toHaveLength(3);
    expect(new Set(github.issued.map((t) => t.jti)).size).toBe(3);
    expect(server.routes.mints).toHaveLength(0);
    expect(logger.messages('info').filter((m) => m.includes('retrying with a new ID token'))).toHaveLength(2);
  });

  it('verifyTrustedPublishing performs the exchange without uploading and reports the identity', async () => {
    const server = await startWarehouse();
    const check = await verifyTrustedPublishing(options());
    expect(check.audience).toBe('pypi');
    expect(check.claims?.job_workflow_ref).toBe(
      'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0',
    );
    expect(check.expiresAt).toBeGreaterThan(Date.now());
    expect(check.warnings).toEqual([]);
    expect(server.routes.mints.map((m) => m.status)).toEqual([200]);
  });
});

describe('trustedPublishing: environment diagnostics before any request', () => {
  it('a job without id-token: write is told to add the permission, with the YAML', async () => {
    const server = await startWarehouse();
    const env = github.env();
    delete env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    const error = await failure(trustedPublishing(options({ env })).get());
    expect(error.message).toContain(
      'OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the ' +
        'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variables were unset.',
    );
    expect(error.message).toContain('    permissions:\n      id-token: write');
    expect(error.message).toContain('the password secret is empty or missing');
    expect(server.routes.audienceRequests).toBe(0);
    expect(github.issued).toHaveLength(0);
  });

  it('refuses pull_request_target before asking for a token, since PyPI refuses it', async () => {
    const server = await startWarehouse();
    const env = { ...github.env(), GITHUB_EVENT_NAME: 'pull_request_target' };
    const error = await failure(trustedPublishing(options({ env })).get());
    expect(error.message).toContain("Trusted publishing from a 'pull_request_target' event: PyPI refuses it");
    expect(error.message).toContain('workflow_dispatch');
    expect(server.routes.audienceRequests).toBe(0);
    expect(github.issued).toHaveLength(0);
  });

  it('the local Warehouse refuses a pull_request_target token the client did not stop', async () => {
    github.job = { ...defaultJob(), eventName: 'pull_request_target' };
    await startWarehouse();
    const env = { ...github.env(), GITHUB_EVENT_NAME: 'push' };
    const error = await failure(trustedPublishing(options({ env })).get());
    expect(error.message).toContain(
      "* `invalid-publisher`: valid token, but no corresponding publisher (Publishing from a workflow invoked via 'pull_request_target' is not supported.)",
    );
  });

  it('reads the event payload from GITHUB_EVENT_PATH and stops a pull request from a fork', async () => {
    const server = await startWarehouse();
    const dir = tempDir('oidc-event');
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify({ pull_request: { head: { repo: { fork: true } } } }));
    const env = { ...github.env(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path };
    const error = await failure(trustedPublishing(options({ env })).get());
    expect(error.message).toContain('Trusted publishing from a pull request opened from a fork');
    expect(error.message).toContain('GitHub never gives such a job an ID token');
    expect(server.routes.audienceRequests).toBe(0);
  });

  it('lets a pull request from the same repository through', async () => {
    github.job = { ...defaultJob(), eventName: 'pull_request', ref: 'refs/pull/7/merge' };
    const server = await startWarehouse();
    const env = { ...github.env() };
    const source = trustedPublishing(
      options({ env, eventPayload: { pull_request: { head: { repo: { fork: false } } } } }),
    );
    await source.get();
    expect(server.routes.mints.map((m) => m.status)).toEqual([200]);
  });

  it('a GitHub Enterprise Server or Gitea job is told PyPI trusts only github.com', async () => {
    const server = await startWarehouse();
    const env = { ...github.env(), GITHUB_SERVER_URL: 'https://gitea.example.com' };
    const error = await failure(trustedPublishing(options({ env })).get());
    expect(error.message).toContain(
      "Trusted publishing from https://gitea.example.com: PyPI trusts only ID tokens of github.com's GitHub Actions",
    );
    expect(server.routes.audienceRequests).toBe(0);
  });

  it('outside GitHub Actions says trusted publishing needs a workflow and points to API tokens', async () => {
    const error = await failure(trustedPublishing(options({ env: {} })).get());
    expect(error.message).toContain(
      'Trusted publishing needs a GitHub Actions job: GITHUB_ACTIONS is not set',
    );
    expect(error.message).toContain('API token');
  });
});

describe('trustedPublishing: GitHub’s token endpoint fails', () => {
  it('a refused ID-token request names the status and GitHub’s answer', async () => {
    await startWarehouse();
    const env = { ...github.env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'stale-request-token' };
    const error = await failure(trustedPublishing(options({ env })).get(), false);
    expect(error.message).toContain(
      'GitHub: OIDC token request failed (code=401, body={"message":"Unauthorized"})',
    );
    expect(github.refused).toBe(1);
  });

  it('an answer without a token value is malformed', async () => {
    await startWarehouse();
    const empty: typeof fetch = async (input, init) =>
      String(input).includes('/_apis/token') ? Response.json({ count: 1 }) : fetch(input, init);
    const error = await failure(trustedPublishing(options({ fetch: empty })).get(), false);
    expect(error.message).toContain('GitHub: malformed or incomplete JSON from the ID-token endpoint');
  });
});

describe('trustedPublishing: the index refuses', () => {
  it('invalid-publisher lists the code, the claims dump, the publisher-form values and the empty-secret hint', async () => {
    await startWarehouse({ publishers: [{ ...PUBLISHER, workflow: 'publish.yml' }] });
    const error = await failure(trustedPublishing(options()).get());
    const message = error.message;
    expect(message).toContain(
      'Trusted publishing exchange failure: Token request failed: the server refused the request for the following reasons:',
    );
    expect(message).toContain(
      '* `invalid-publisher`: valid token, but no corresponding publisher (Publisher with matching claims was not found)',
    );
    expect(message).toContain('the workflow file was renamed');
    // The claims dump, GHA-PP's eight claims, MISSING for an absent one.
    expect(message).toContain(
      [
        '  sub: repo:octo-org/octo-repo:ref:refs/tags/v1.0.0',
        '  repository: octo-org/octo-repo',
        '  repository_owner: octo-org',
        '  repository_owner_id: 8675309',
        '  workflow_ref: octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0',
        '  job_workflow_ref: octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0',
        '  ref: refs/tags/v1.0.0',
        '  environment: MISSING',
      ].join('\n'),
    );
    expect(message).toContain('https://docs.pypi.org/trusted-publishers/troubleshooting/');
    expect(message).toContain('https://pypi.org/manage/project/octo-pkg/settings/publishing/');
    expect(message).toContain('https://pypi.org/manage/account/publishing/');
    expect(message).toContain(
      [
        '  Owner: octo-org',
        '  Repository name: octo-repo',
        '  Workflow name: release.yml',
        '  Environment name: (leave empty: this job runs in no GitHub environment)',
      ].join('\n'),
    );
    expect(message).toContain('If you meant to use an API token, the password secret is empty or missing');
  });

  it('leaves the empty-secret hint out when asked (trusted publishing chosen explicitly)', async () => {
    await startWarehouse({ publishers: [] });
    const error = await failure(trustedPublishing(options({ passwordHint: false })).get());
    expect(error.message).toContain('`invalid-publisher`');
    expect(error.message).not.toContain('password secret is empty');
  });

  it('names the environment a job runs in, and the index refuses a publisher bound to another', async () => {
    github.job = { ...defaultJob(), environment: 'release' };
    await startWarehouse({ publishers: [{ ...PUBLISHER, environment: 'pypi' }] });
    const error = await failure(
      trustedPublishing(options({ uploadUrl: 'https://test.pypi.org/legacy/' })).get(),
    );
    expect(error.message).toContain('Publisher with matching claims was not found');
    expect(error.message).toContain('  environment: release');
    expect(error.message).toContain('  Environment name: release   (or leave it empty');
    expect(error.message).toContain('https://test.pypi.org/manage/project/octo-pkg/settings/publishing/');
  });

  it('matches a publisher environment case-insensitively, and a publisher without one accepts any', async () => {
    github.job = { ...defaultJob(), environment: 'PyPI' };
    const server = await startWarehouse({ publishers: [{ ...PUBLISHER, environment: 'pypi' }] });
    await trustedPublishing(options()).get();
    server.routes.publishers.splice(0, 1, { ...PUBLISHER });
    await trustedPublishing(options()).get();
    expect(server.routes.mints.map((m) => m.status)).toEqual([200, 200]);
  });

  it('matches the owner id exactly: an owner account re-created under the same name is another owner', async () => {
    const server = await startWarehouse({ publishers: [{ ...PUBLISHER, ownerId: '1' }] });
    const error = await failure(trustedPublishing(options()).get());
    expect(error.message).toContain('Publisher with matching claims was not found');
    expect(error.message).toContain('  repository_owner_id: 8675309');
    expect(server.routes.mints.map((m) => m.status)).toEqual([422]);
  });

  it('reports a job_workflow_ref at another ref with the values Warehouse expected', async () => {
    github.job = {
      ...defaultJob(),
      overrides: { job_workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main' },
    };
    await startWarehouse();
    const error = await failure(trustedPublishing(options()).get());
    expect(error.message).toContain(
      "valid token, but no corresponding publisher (The job_workflow_ref claim does not match, expecting one of ['octo-org/octo-repo/.github/workflows/release.yml@a94a8fe5ccb19ba61c4c0873d391e987982fbbd3', 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0'], got 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main')",
    );
  });

  it('a missing claim is reported by name and dumped as MISSING', async () => {
    github.job = { ...defaultJob(), overrides: { repository_owner_id: undefined } };
    await startWarehouse();
    const error = await failure(trustedPublishing(options()).get());
    expect(error.message).toContain("(Missing claim 'repository_owner_id')");
    expect(error.message).toContain('  repository_owner_id: MISSING');
  });

  it('invalid-token: an ID token the index cannot verify', async () => {
    // Tokens signed by another key than the one the index trusts.
    await github.close();
    github = await startIdTokenServer(createTestIssuer());
    await startWarehouse();
    const error = await failure(trustedPublishing(options()).get());
    expect(error.message).toContain('* `invalid-token`: malformed or invalid token');
    expect(error.message).toContain('could not verify the GitHub ID token');
    expect(error.message).not.toContain('password secret is empty');
  });

  it('invalid-payload: a token from an issuer the index does not trust', async () => {
    github.job = { ...defaultJob(), overrides: { iss: 'https://gitea.example.com' } };
    await startWarehouse();
    const error = await failure(trustedPublishing(options()).get());
    expect(error.message).toContain('* `invalid-payload`: unknown trusted publishing issuer');
    expect(error.message).toContain('Gitea');
  });

  it('not-enabled: trusted publishing switched off at the mint endpoint', async () => {
    await startWarehouse({ mintEnabled: false });
    const error = await failure(trustedPublishing(options()).get());
    expect(error.message).toContain(
      '* `not-enabled`: GitHub-based trusted publishing functionality not enabled',
    );
    expect(error.message).toContain('https://status.python.org/');
  });

  it('invalid-pending-publisher: the pending publisher’s project exists, so add the publisher to it', async () => {
    await startWarehouse({
      publishers: [{ ...PUBLISHER, pending: true }],
      projectExists: (name) => name === 'octo-pkg',
    });
    const error = await failure(trustedPublishing(options()).get());
    expect(error.message).toContain('* `invalid-pending-publisher`: valid token, but project already exists');
    expect(error.message).toContain(
      'Add the publisher to the existing project instead: https://pypi.org/manage/project/octo-pkg/settings/publishing/',
    );
  });

  it('a pending publisher for a new project mints', async () => {
    const server = await startWarehouse({
      publishers: [{ ...PUBLISHER, pending: true }],
      projectExists: () => false,
    });
    await trustedPublishing(options()).get();
    expect(server.routes.mints.map((m) => m.status)).toEqual([200]);
  });

  it('audience 403: trusted publishing disabled on the index', async () => {
    const server = await startWarehouse({ enabled: false });
    const error = await failure(trustedPublishing(options()).get());
    const domain = new URL(server.url).host;
    expect(error.message).toContain(
      `audience retrieval failed: repository at ${domain} has trusted publishing disabled`,
    );
    expect(github.issued).toHaveLength(0);
  });

  it('audience 404: an index without trusted publishing', async () => {
    const server = await startWarehouse();
    const error = await failure(
      trustedPublishing(options({ oidcBaseUrl: `${server.url}not-warehouse/` })).get(),
    );
    expect(error.message).toContain('does not indicate trusted publishing support');
    expect(error.message).toContain('API token');
  });

  it('a mint answer that is not JSON points to downtime', async () => {
    const server = await startWarehouse();
    const html: typeof fetch = async (input, init) =>
      String(input).endsWith('/mint-token')
        ? new Response('<html><body>Maintenance</body></html>', {
            status: 200,
            headers: { 'content-type': 'text/html' },
          })
        : fetch(input, init);
    const error = await failure(trustedPublishing(options({ fetch: html })).get(), false);
    expect(error.message).toBe(
      'Token request failed: the index produced an unexpected 200 response. This strongly suggests a server ' +
        'configuration or downtime issue; wait a few minutes and try again. Check https://status.python.org/.',
    );
    expect(server.routes.mints).toHaveLength(0);
  });

  it('a 200 answer without a token is an invalid response', async () => {
    await startWarehouse();
    const noToken: typeof fetch = async (input, init) =>
      String(input).endsWith('/mint-token') ? Response.json({ success: true }) : fetch(input, init);
    const error = await failure(trustedPublishing(options({ fetch: noToken })).get(), false);
    expect(error.message).toContain('Token response error: the index gave us an invalid response');
  });
});

describe('trustedPublishing: reusable workflows', () => {
  it('warns with both refs and mints when the publisher names the reusable workflow’s file', async () => {
    github.job = {
      ...defaultJob(),
      jobWorkflowRef: 'octo-org/octo-repo/.github/workflows/publish-reusable.yml@refs/tags/v1.0.0',
    };
    const server = await startWarehouse({ publishers: [{ ...PUBLISHER, workflow: 'publish-reusable.yml' }] });
    const source = trustedPublishing(options());
    await source.get();
    expect(server.routes.mints.map((m) => m.status)).toEqual([200]);
    const [warning] = logger.messages('warning');
    expect(warning).toContain('Potential workflow misconfiguration: this job runs in a reusable workflow.');
    expect(warning).toContain(
      'workflow_ref (the calling workflow): octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0',
    );
    expect(warning).toContain(
      'job_workflow_ref (the workflow running this step): octo-org/octo-repo/.github/workflows/publish-reusable.yml@refs/tags/v1.0.0',
    );
    expect(warning).toContain(
      'its "Workflow name" must be publish-reusable.yml, not the caller\'s release.yml',
    );
    expect(warning).not.toContain('another repository');
    expect(source.warnings).toEqual([warning]);
  });

  it('says a reusable workflow of another repository can never match, and the refusal lists its file', async () => {
    github.job = {
      ...defaultJob(),
      jobWorkflowRef: 'org/otai-release/.github/workflows/release.yml@refs/tags/v1',
    };
    await startWarehouse();
    const error = await failure(trustedPublishing(options()).get());
    expect(logger.messages('warning')[0]).toContain(
      'The workflow running this step lives in another repository (org/otai-release)',
    );
    expect(error.message).toContain('The job_workflow_ref claim does not match');
    expect(error.message).toContain(
      'only matches workflow files of the publishing repository (octo-org/octo-repo)',
    );
  });

  it('gives no warning when the job runs in the workflow it was started from', async () => {
    await startWarehouse();
    await trustedPublishing(options()).get();
    expect(logger.messages('warning')).toEqual([]);
  });
});
