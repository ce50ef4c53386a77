/** gh-release's parseInputs, run(inputs, deps) and summary against the local GitHub server. */
import { createHash } from 'node:crypto';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { inputsFrom } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { MemoryLogger } from '@otai-release/core/log';
import { type Inputs, parseInputs } from '../../actions/gh-release/inputs.js';
import { run } from '../../actions/gh-release/run.js';
import { renderSummary } from '../../actions/gh-release/summary.js';
import { type GitHubServer, startGitHubServer, testOctokit } from '../support/github-server.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(30_000);

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.2.0] - 2026-01-31
### Added
- Streaming uploads.

## [1.1.0] - 2025-12-01
### Fixed
- Old things.

[Unreleased]: https://github.com/octo-org/octo-repo/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/octo-org/octo-repo/compare/v1.1.0...v1.2.0
`;

let server: GitHubServer;
let repo: string;

beforeEach(async () => {
  server = await startGitHubServer();
  repo = tempDir('gh-release');
  mkdirSync(join(repo, 'dist'));
  writeFileSync(join(repo, 'dist', 'pkg-1.2.0-py3-none-any.whl'), 'wheel bytes');
  writeFileSync(join(repo, 'dist', 'pkg-1.2.0.tar.gz'), 'sdist bytes');
  writeFileSync(join(repo, 'CHANGELOG.md'), CHANGELOG);
});
afterEach(async () => {
  await server.close();
});

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function inputs(values: Record<string, string> = {}, ref = 'refs/tags/v1.2.0'): Inputs {
  return parseInputs(inputsFrom(values), ref);
}

function release(values: Record<string, string> = {}, options: { token?: string; ref?: string } = {}) {
  const logger = new MemoryLogger();
  return {
    logger,
    result: run(inputs(values, options.ref), {
      logger,
      cwd: repo,
      octokit: testOctokit(server, options.token),
      repository: { owner: server.owner, repo: server.repo },
      tokenSource: 'the test token',
      sleep: async () => {},
      uploadTiming: { backoffMs: 1, settleMs: 1, settleChecks: 3 },
    }),
  };
}

describe('parseInputs', () => {
  test('defaults: the tag from GITHUB_REF, dist/*, auto flags, overwrite on, no dry run', () => {
    expect(parseInputs(inputsFrom({ token: 'ghs_x' }), 'refs/tags/v1.2.0')).toEqual({
      tag: 'v1.2.0',
      name: undefined,
      files: ['dist/*'],
      'notes-from': undefined,
      body: undefined,
      prerelease: 'auto',
      draft: false,
      'make-latest': 'auto',
      'overwrite-assets': true,
      'target-commitish': undefined,
      token: 'ghs_x',
      'dry-run': false,
    });
    expect(parseInputs(inputsFrom({}), 'refs/heads/main').tag).toBeUndefined();
  });

  test('the token is masked; bad choices name the input and the choices', () => {
    const masked: string[] = [];
    parseInputs(inputsFrom({ token: 'ghs_secret' }, (v) => masked.push(v)));
    expect(masked).toEqual(['ghs_secret']);
    expect(() => parseInputs(inputsFrom({ 'notes-from': 'readme' }))).toThrow(/notes-from.*changelog/);
    expect(() => parseInputs(inputsFrom({ prerelease: 'maybe' }))).toThrow(
      "Input 'prerelease' is 'maybe': use auto, true or false.",
    );
    expect(parseInputs(inputsFrom({ 'make-latest': 'false', prerelease: 'true' }))).toMatchObject({
      'make-latest': false,
      prerelease: true,
    });
  });
});

describe('a new release', () => {
  test('is created with the changelog section as notes, both files attached with their types, published latest', async () => {
    server.addTag('v1.2.0');
    const { result } = release();
    const { report, outputs } = await result;
    expect(report.outcome).toBe('created');
    const [made] = server.allReleases() as {
      id: number;
      body: string;
      draft: boolean;
      name: string;
      assets: Record<string, unknown>[];
    }[];
    expect(made).toMatchObject({ name: 'v1.2.0', draft: false, prerelease: false, tag_name: 'v1.2.0' });
    expect(made.body).toBe('### Added\n- Streaming uploads.');
    expect(made.assets.map((a) => [a.name, a.content_type, a.size, a.state, a.digest])).toEqual([
      ['pkg-1.2.0-py3-none-any.whl', 'application/zip', 11, 'uploaded', `sha256:${sha('wheel bytes')}`],
      ['pkg-1.2.0.tar.gz', 'application/gzip', 11, 'uploaded', `sha256:${sha('sdist bytes')}`],
    ]);
    expect(server.latest()).toBe(made.id);
    expect(outputs.id).toBe(String(made.id));
    expect(outputs['upload-url']).toBe(
      `${server.uploadsUrl}/repos/octo-org/octo-repo/releases/${made.id}/assets{?name,label}`,
    );
    expect(outputs.assets.map((a) => [a.name, a.action])).toEqual([
      ['pkg-1.2.0-py3-none-any.whl', 'uploaded'],
      ['pkg-1.2.0.tar.gz', 'uploaded'],
    ]);
    // Created as a draft, files uploaded to the upload origin, then published: nobody sees an empty release.
    const writes = server.writes().map((w) => `${w.origin} ${w.method} ${w.path.replace(/\?.*/, '')}`);
    expect(writes).toEqual([
      'api POST /repos/octo-org/octo-repo/releases',
      `uploads POST /repos/octo-org/octo-repo/releases/${made.id}/assets`,
      `uploads POST /repos/octo-org/octo-repo/releases/${made.id}/assets`,
      `api PATCH /repos/octo-org/octo-repo/releases/${made.id}`,
    ]);
    expect(renderSummary(report)).toContain(
      'gh-release: [v1.2.0](https://github.com/octo-org/octo-repo/releases/tag/v1.2.0) created',
    );
  });

  test('a rerun with nothing changed writes nothing', async () => {
    server.addTag('v1.2.0');
    await release().result;
    const before = server.writes().length;
    const { report } = await release().result;
    expect(report.outcome).toBe('unchanged');
    expect(report.assets.map((a) => a.action)).toEqual(['skipped', 'skipped']);
    expect(server.writes().length).toBe(before);
  });

  test("generated notes compare with the previous tag of the same format, not another package's", async () => {
    for (const t of [
      'v1.1.0',
      'v1.3.0',
      'hf-local-v1.0.0',
      'hf-local-v1.1.0',
      'hf-local-v1.2.0rc1',
      'hf-local-v1.2.0',
    ])
      server.addTag(t);
    server.addRelease({ tag: 'v1.3.0' });
    const { report } = await release({ tag: 'hf-local-v1.2.0', 'notes-from': 'generate' }).result;
    expect(report.notes).toMatchObject({ source: 'generate', previousTag: 'hf-local-v1.1.0' });
    expect(report.notes.body).toContain('compare/hf-local-v1.1.0...hf-local-v1.2.0');
    expect(server.allReleases()[1]).toMatchObject({ body: report.notes.body });
  });

  test('without a changelog section the notes are generated; a body alone is the notes', async () => {
    server.addTag('v1.3.0');
    const generated = await release({ tag: 'v1.3.0' }).result;
    expect(generated.report.notes.source).toBe('generate');
    server.addTag('v1.4.0');
    const text = await release({ tag: 'v1.4.0', body: 'Hand-written.' }).result;
    expect(text.report.notes).toEqual({ source: 'text', body: 'Hand-written.' });
  });

  test('a PEP 440 pre-release is a pre-release and does not become latest', async () => {
    server.addTag('v1.2.0');
    server.addTag('v1.3.0rc1');
    server.addRelease({ tag: 'v1.2.0' });
    const latest = server.latest();
    const { report } = await release({ tag: 'v1.3.0rc1' }).result;
    expect(report).toMatchObject({ prerelease: true, latest: { latest: false } });
    expect(server.allReleases()[1]).toMatchObject({ prerelease: true, draft: false });
    expect(server.latest()).toBe(latest);
  });

  test('a backport (1.2.5 after 1.3.0) is published but does not take latest', async () => {
    server.addTag('v1.2.5');
    server.addRelease({ tag: 'v1.3.0' });
    const latest = server.latest();
    const { report } = await release({ tag: 'v1.2.5' }).result;
    expect(report.latest).toEqual({
      latest: false,
      reason: expect.stringContaining('lower than the latest release v1.3.0'),
    });
    expect(server.latest()).toBe(latest);
    expect(server.allReleases()[1]).toMatchObject({ tag_name: 'v1.2.5', draft: false });
  });

  test('draft: true leaves it a draft with its assets', async () => {
    server.addTag('v1.2.0');
    await release({ draft: 'true' }).result;
    expect(server.allReleases()).toMatchObject([{ draft: true, assets: [{}, {}] }]);
    expect(server.latest()).toBeUndefined();
  });
});

describe('an existing release', () => {
  test('a draft (which the tag endpoint does not return) is found in the list and filled, not duplicated', async () => {
    server.addTag('v1.2.0');
    for (let i = 0; i < 120; i++) server.addRelease({ tag: `v0.0.${i}`, latest: false });
    const draft = server.addRelease({ tag: 'v1.2.0', draft: true, body: 'old' });
    for (let i = 0; i < 5; i++) server.addRelease({ tag: `v0.1.${i}`, latest: false });
    const { report } = await release().result;
    expect(report.outcome).toBe('updated');
    expect(report.release?.id).toBe(draft);
    const mine = server.allReleases().filter((r) => r.tag_name === 'v1.2.0');
    expect(mine).toMatchObject([
      { id: draft, draft: false, body: '### Added\n- Streaming uploads.', assets: [{}, {}] },
    ]);
    expect(server.requests.some((r) => r.path.includes('page=2'))).toBe(true);
  });

  test('an asset with other content is replaced; an identical one is kept', async () => {
    const id = server.addRelease({
      tag: 'v1.2.0',
      body: '### Added\n- Streaming uploads.',
      assets: [
        { name: 'pkg-1.2.0-py3-none-any.whl', content: 'wheel bytes' },
        { name: 'pkg-1.2.0.tar.gz', content: 'stale sdist' },
      ],
    });
    const { report } = await release().result;
    expect(report.assets.map((a) => [a.name, a.action])).toEqual([
      ['pkg-1.2.0-py3-none-any.whl', 'skipped'],
      ['pkg-1.2.0.tar.gz', 'replaced'],
    ]);
    const [made] = server.allReleases() as { assets: { id: number; name: string }[] }[];
    expect(made.assets.map((a) => a.name).sort()).toEqual(['pkg-1.2.0-py3-none-any.whl', 'pkg-1.2.0.tar.gz']);
    const sdist = made.assets.find((a) => a.name === 'pkg-1.2.0.tar.gz')!;
    expect(server.assetBytes(sdist.id)?.toString()).toBe('sdist bytes');
    expect(report.release?.id).toBe(id);
  });

  test('without a digest, an asset of the same size is downloaded and compared', async () => {
    server.addRelease({
      tag: 'v1.2.0',
      body: '### Added\n- Streaming uploads.',
      assets: [
        { name: 'pkg-1.2.0-py3-none-any.whl', content: 'wheel bytes', digest: false },
        { name: 'pkg-1.2.0.tar.gz', content: 'sdist bytez', digest: false },
      ],
    });
    const { report } = await release().result;
    expect(report.assets.map((a) => a.action)).toEqual(['skipped', 'replaced']);
    expect(
      server.requests.filter((r) => /releases\/assets\/\d+$/.test(r.path) && r.method === 'GET'),
    ).toHaveLength(2);
  });

  test('overwrite-assets: false with a differing asset fails before any write, naming the asset', async () => {
    server.addRelease({
      tag: 'v1.2.0',
      body: 'old',
      assets: [{ name: 'pkg-1.2.0.tar.gz', content: 'stale sdist' }],
    });
    const attempt = release({ 'overwrite-assets': 'false' }).result;
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(
      /'pkg-1.2.0.tar.gz' with other content, and overwrite-assets is false/,
    );
    expect(server.writes()).toEqual([]);
  });

  test('an immutable release whose assets would change is refused before any write', async () => {
    server.addRelease({
      tag: 'v1.2.0',
      immutable: true,
      body: '### Added\n- Streaming uploads.',
      assets: [{ name: 'pkg-1.2.0-py3-none-any.whl', content: 'wheel bytes' }],
    });
    await expect(release().result).rejects.toThrow(
      "The release of v1.2.0 is published and immutable, so its assets cannot change, but 'pkg-1.2.0.tar.gz' (new) would: release a new version instead.",
    );
    expect(server.writes()).toEqual([]);
  });

  test('a broken asset left by an earlier failed upload ("starter") is deleted and uploaded again', async () => {
    server.addRelease({
      tag: 'v1.2.0',
      body: '### Added\n- Streaming uploads.',
      assets: [{ name: 'pkg-1.2.0.tar.gz', content: '', state: 'starter' }],
    });
    const { report } = await release({ 'overwrite-assets': 'false' }).result;
    expect(report.assets.map((a) => [a.name, a.action])).toEqual([
      ['pkg-1.2.0-py3-none-any.whl', 'uploaded'],
      ['pkg-1.2.0.tar.gz', 'replaced'],
    ]);
    const [made] = server.allReleases() as { assets: { name: string; state: string; size: number }[] }[];
    expect(made.assets.map((a) => [a.name, a.state, a.size])).toEqual([
      ['pkg-1.2.0-py3-none-any.whl', 'uploaded', 11],
      ['pkg-1.2.0.tar.gz', 'uploaded', 11],
    ]);
  });

  test('an existing title is kept unless name is given', async () => {
    server.addRelease({ tag: 'v1.2.0', name: 'Spring release', body: '### Added\n- Streaming uploads.' });
    await release().result;
    expect(server.allReleases()).toMatchObject([{ name: 'Spring release' }]);
    await release({ name: 'Release 1.2.0' }).result;
    expect(server.allReleases()).toMatchObject([{ name: 'Release 1.2.0' }]);
  });

  test('a published release asked to be a draft stays published, with a warning', async () => {
    server.addRelease({ tag: 'v1.2.0' });
    const { logger, result } = release({ draft: 'true' });
    await result;
    expect(server.allReleases()).toMatchObject([{ draft: false }]);
    expect(logger.messages('warning').join('\n')).toContain('does not turn it back into a draft');
  });
});

describe('failures', () => {
  test('a 502 and a dropped upload are retried; no "starter" asset is left behind', async () => {
    server.addTag('v1.2.0');
    server.failNext({ count: 1, status: 502, origin: 'api', method: 'POST' });
    server.failNext({ count: 1, drop: true, origin: 'uploads' });
    server.failNext({ count: 1, status: 503, origin: 'uploads' });
    const { logger, result } = release();
    const { report } = await result;
    expect(report.assets.map((a) => a.action)).toEqual(['uploaded', 'uploaded']);
    const [made] = server.allReleases() as { assets: { state: string; size: number }[] }[];
    expect(made.assets.map((a) => [a.state, a.size])).toEqual([
      ['uploaded', 11],
      ['uploaded', 11],
    ]);
    expect(server.allReleases()).toHaveLength(1);
    expect(logger.messages('info').filter((m) => m.includes('retrying'))).toHaveLength(2);
    // The dropped upload's starter asset was deleted before the next attempt.
    expect(
      server.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/releases/assets/')),
    ).toHaveLength(1);
  });

  test('an upload GitHub stored short is deleted and sent again; a dropped API connection is retried', async () => {
    server.addTag('v1.2.0');
    server.failNext({ count: 1, drop: true, origin: 'api', path: /\/releases\/tags\// });
    server.failNext({ count: 1, short: true, origin: 'uploads' });
    const { logger, result } = release();
    const { report } = await result;
    expect(report.assets.map((a) => a.action)).toEqual(['uploaded', 'uploaded']);
    // The dropped lookup was asked again (Octokit's retry plugin), not taken for "no release".
    expect(server.requests.filter((r) => r.path.includes('/releases/tags/')).map((r) => r.status)).toEqual([
      undefined,
      404,
    ]);
    const [made] = server.allReleases() as { assets: { id: number; size: number; name: string }[] }[];
    expect(made.assets.map((a) => [a.name, a.size])).toEqual([
      ['pkg-1.2.0-py3-none-any.whl', 11],
      ['pkg-1.2.0.tar.gz', 11],
    ]);
    expect(logger.messages('info').join('\n')).toContain(
      'Uploading pkg-1.2.0-py3-none-any.whl failed (the upload was incomplete (GitHub holds 5 bytes of 11))',
    );
  });

  test('a repository the token cannot see: 404 says so and names the token', async () => {
    server.addTag('v1.2.0');
    const logger = new MemoryLogger();
    const attempt = run(inputs(), {
      logger,
      cwd: repo,
      octokit: testOctokit(server),
      repository: { owner: 'octo-org', repo: 'private-repo' },
      tokenSource: 'the test token',
      sleep: async () => {},
    });
    await expect(attempt).rejects.toThrow(
      'GitHub answered 404 (Not Found) when asked to list the releases (page 1): the repository octo-org/private-repo does not exist or the test token cannot see it.',
    );
  });

  test('when another tool publishes its own release of the tag meanwhile, the files go to that one', async () => {
    server.addTag('v1.2.0');
    // While our draft's first file uploads, someone publishes a release of v1.2.0 with no files.
    server.before(/\/assets$/, () => server.addRelease({ tag: 'v1.2.0', name: 'theirs' }));
    const { report } = await release().result;
    const releases = server.allReleases() as {
      id: number;
      name: string;
      draft: boolean;
      assets: { name: string }[];
    }[];
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ name: 'theirs', draft: false });
    expect(releases[0].assets.map((a) => a.name)).toEqual(['pkg-1.2.0-py3-none-any.whl', 'pkg-1.2.0.tar.gz']);
    expect(report.release?.id).toBe(releases[0].id);
    // Publishing our draft was refused (422 already_exists); our draft was deleted, not left behind.
    const patches = server.requests.filter((r) => r.method === 'PATCH' && /\/releases\/\d+$/.test(r.path));
    expect(patches.map((r) => r.status)).toEqual([422, 200]);
    expect(
      server.requests.filter((r) => r.method === 'DELETE' && /\/releases\/\d+$/.test(r.path)),
    ).toHaveLength(1);
  });

  test('a read-only token: 403 names contents: write and the token', async () => {
    server.addTag('v1.2.0');
    const attempt = release({}, { token: 'ghs_read' }).result;
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(
      /GitHub refused to create the release of v1.2.0 in octo-org\/octo-repo \(403: Resource not accessible by integration\) with the test token\. Releases need the contents: write permission \(GitHub asked for contents=write\)/,
    );
    expect(server.writes()).toEqual([]);
  });

  test('a bad token: 401 says the token was rejected', async () => {
    server.addTag('v1.2.0');
    await expect(release({}, { token: 'ghs_nope' }).result).rejects.toThrow(
      /GitHub rejected the test token .*401: Bad credentials/,
    );
  });

  test('a tag that does not exist on GitHub is refused before any write, unless target-commitish is given', async () => {
    await expect(release().result).rejects.toThrow(
      'The tag v1.2.0 does not exist in octo-org/octo-repo: push it first (git push origin v1.2.0), or set target-commitish',
    );
    expect(server.writes()).toEqual([]);
    const { report } = await release({ 'target-commitish': 'main' }).result;
    expect(report.outcome).toBe('created');
    expect(server.tags.has('v1.2.0')).toBe(true);
  });

  test('a file of 2 GiB is refused before any request', async () => {
    const big = join(repo, 'dist', 'huge.bin');
    writeFileSync(big, '');
    truncateSync(big, 2 * 1024 ** 3);
    await expect(release().result).rejects.toThrow(
      /GitHub takes release assets under 2 GiB; dist\/huge.bin is 2147483648 bytes/,
    );
    expect(server.requests).toEqual([]);
  });

  test("notes-from changelog without the version's section names the file and the heading to add", async () => {
    server.addTag('v2.0.0');
    await expect(release({ tag: 'v2.0.0', 'notes-from': 'changelog' }).result).rejects.toThrow(
      'CHANGELOG.md has no section for 2.0.0: add a "## [2.0.0] - YYYY-MM-DD" heading',
    );
    expect(server.requests).toEqual([]);
  });
});

describe('dry run', () => {
  test('prints title, flags, notes and assets, and writes nothing', async () => {
    server.addTag('v1.2.0');
    const { logger, result } = release({ 'dry-run': 'true' });
    const { report, outputs } = await result;
    expect(report.outcome).toBe('would-create');
    expect(server.writes()).toEqual([]);
    const text = logger.messages('info').join('\n');
    expect(text).toContain('Dry run: would create the release of v1.2.0 in octo-org/octo-repo.');
    expect(text).toContain('  title:       v1.2.0');
    expect(text).toContain('  prerelease:  false');
    expect(text).toContain('    | - Streaming uploads.');
    expect(text).toMatch(/upload {3}pkg-1\.2\.0\.tar\.gz \(11 bytes, application\/gzip, sha256:/);
    expect(outputs.id).toBe('');
  });
});
