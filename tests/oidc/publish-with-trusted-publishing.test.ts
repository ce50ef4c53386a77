/**
 * Uploads authenticated by trusted publishing, end to end: the local index mounts Warehouse's /_/oidc/
 * routes, registers the tokens they mint, and its upload route accepts them only for the publisher's
 * projects and until they expire.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import {
  trustedPublishing,
  type TrustedPublishingSource,
  uploadAuthFailureHint,
} from '@otai-release/core/oidc';
import { type CredentialSource, publishDistributions, repositoryEndpoints } from '@otai-release/core/publish';
import { makeSdist, makeWheel } from '../support/archives.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { tempDir } from '../support/temp-dir.js';
import {
  createTestIssuer,
  type IdTokenServer,
  startIdTokenServer,
  type TestIssuer,
  TrustedPublishingRoutes,
} from '../support/trusted-publishing-server.js';

jest.setTimeout(30_000);

let issuer: TestIssuer;
let github: IdTokenServer | undefined;
let index: IndexServer | undefined;
beforeAll(() => {
  issuer = createTestIssuer();
});
afterEach(async () => {
  await github?.close();
  await index?.close();
  github = undefined;
  index = undefined;
});

async function setUp(projects: string[]) {
  github = await startIdTokenServer(issuer);
  const routes = new TrustedPublishingRoutes({
    issuer,
    publishers: [
      { owner: 'octo-org', repository: 'octo-repo', ownerId: '8675309', workflow: 'release.yml', projects },
    ],
  });
  index = await startIndexServer({ mount: routes.mount });
  return routes;
}

function source(now?: () => number, masked: string[] = []): TrustedPublishingSource {
  return trustedPublishing({
    uploadUrl: `${index!.url}legacy/`,
    oidcBaseUrl: index!.url,
    env: github!.env(),
    mask: (s) => masked.push(s),
    logger: new MemoryLogger(),
    now,
  });
}

async function publish(paths: string[], credentials: CredentialSource) {
  const target = repositoryEndpoints(`${index!.url}legacy/`);
  return publishDistributions(
    {
      paths,
      uploadUrl: target.uploadUrl,
      index: target.index,
      skipExisting: false,
      dryRun: false,
      concurrency: 1,
    },
    {
      logger: new MemoryLogger(),
      http: new HttpClient({ retries: 0, timeoutMs: 5000 }),
      credentials,
      transport: { sleep: async () => {}, random: () => 0.5, stallTimeoutMs: 2000 },
    },
  );
}

function tokenOf(authorization: string | undefined): string {
  const [scheme, value = ''] = (authorization ?? '').split(' ');
  expect(scheme).toBe('Basic');
  const [user, token] = Buffer.from(value, 'base64').toString('utf8').split(':');
  expect(user).toBe('__token__');
  return token!;
}

describe('publishing with trusted publishing', () => {
  it('uploads with the minted token, which the index accepts for the publisher’s project', async () => {
    const routes = await setUp(['open-ticket-ai']);
    const dir = tempDir('oidc-publish');
    const paths = [makeWheel(dir, { name: 'open-ticket-ai', version: '1.0.0' })];
    const credentials = source();

    const report = await publish(paths, credentials);

    expect(report.failed).toBeUndefined();
    expect(report.files.map((f) => f.status)).toEqual(['uploaded']);
    expect(routes.mints.map((m) => m.status)).toEqual([200]);
    expect(tokenOf(index!.uploads[0]!.headers.authorization)).toBe(routes.mints[0]!.token);
    expect(index!.state.tokens.get(routes.mints[0]!.token!)?.projects).toEqual(['open-ticket-ai']);
  });

  it('re-mints with a new ID token when under 5 minutes remain, and the index takes every token', async () => {
    const routes = await setUp(['open-ticket-ai']);
    const dir = tempDir('oidc-publish');
    const paths = [
      makeWheel(dir, { name: 'open-ticket-ai', version: '1.0.0' }),
      makeSdist(dir, { name: 'open-ticket-ai', version: '1.0.0' }),
    ];
    // A slow upload: once a token exists, the clock reads 11 minutes later, so 4 of its 15 remain.
    const clock = { minted: () => false };
    const credentials = source(() => Date.now() + (clock.minted() ? 11 * 60_000 : 0));
    clock.minted = () => credentials.mints > 0;

    const report = await publish(paths, credentials);

    expect(report.failed).toBeUndefined();
    expect(report.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    const used = index!.uploads.map((u) => tokenOf(u.headers.authorization));
    expect(new Set(used).size).toBe(2);
    expect(used).toEqual(routes.mints.map((m) => m.token));
    expect(new Set(github!.issued.map((t) => t.jti)).size).toBe(github!.issued.length);
  });

  it('a publisher without the project gets the index’s 403, and the hint says where to add it', async () => {
    await setUp(['another-project']);
    const dir = tempDir('oidc-publish');
    const paths = [makeWheel(dir, { name: 'open-ticket-ai', version: '1.0.0' })];
    index!.addRelease('open-ticket-ai', '0.9.0', ['open_ticket_ai-0.9.0.tar.gz']);

    const report = await publish(paths, source());

    expect(report.failed).toBeDefined();
    const upload = index!.uploads[0]!;
    expect(upload.status).toBe(403);
    expect(upload.reason).toContain("The given token isn't allowed to upload to project 'open-ticket-ai'");
    expect(
      uploadAuthFailureHint({
        status: upload.status!,
        message: upload.reason!,
        credentialKind: 'trusted-publishing',
        project: 'open-ticket-ai',
        uploadUrl: 'https://upload.pypi.org/legacy/',
      }),
    ).toContain(
      'Add the publisher to that project too: https://pypi.org/manage/project/open-ticket-ai/settings/publishing/',
    );
  });
});
