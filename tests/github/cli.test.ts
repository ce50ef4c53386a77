/**
 * `otai-release gh-release` against the local GitHub server: GITHUB_TOKEN, GITHUB_REPOSITORY and
 * GITHUB_API_URL from the environment; a release, a rerun, a dry run, and the refusals.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(60_000);

let server: GitHubServer;
let dist: string;
let stderr: jest.Spied<typeof process.stderr.write>;
const saved = { ...process.env };
const errText = () => stderr.mock.calls.map((c) => String(c[0])).join('');

beforeEach(async () => {
  server = await startGitHubServer();
  server.addTag('v1.2.0');
  dist = join(tempDir('gh-cli'), 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'pkg-1.2.0-py3-none-any.whl'), 'wheel');
  Object.assign(process.env, {
    GITHUB_TOKEN: 'ghs_write',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: server.apiUrl,
  });
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(async () => {
  stderr.mockRestore();
  for (const key of ['GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_API_URL', 'GITHUB_REF']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await server.close();
});

async function cli(...argv: string[]) {
  let out = '';
  const code = await main(argv, (text) => {
    out += text;
  });
  return { code, out };
}

describe('otai-release gh-release', () => {
  test('creates the release, then a rerun leaves it unchanged', async () => {
    const args = ['gh-release', '--tag', 'v1.2.0', '--files', dist, '--body', 'Notes.'];
    const first = await cli(...args);
    expect(first).toEqual({
      code: 0,
      out: 'uploaded pkg-1.2.0-py3-none-any.whl\nCreated: https://github.com/octo-org/octo-repo/releases/tag/v1.2.0\n',
    });
    expect(server.allReleases()).toMatchObject([
      { body: 'Notes.', draft: false, assets: [{ state: 'uploaded' }] },
    ]);
    const writes = server.writes().length;
    const again = await cli(...args);
    expect(again.out).toContain('Unchanged: https://github.com/octo-org/octo-repo/releases/tag/v1.2.0');
    expect(server.writes().length).toBe(writes);
  });

  test("--dry-run prints the plan and writes nothing; the tag defaults to GITHUB_REF's", async () => {
    process.env.GITHUB_REF = 'refs/tags/v1.2.0';
    const { code, out } = await cli(
      'gh-release',
      '--files',
      dist,
      '--body',
      'Notes.',
      '--dry-run',
      '--prerelease',
      'true',
    );
    expect(code).toBe(0);
    expect(out).toContain('Dry run: would create the release of v1.2.0 in octo-org/octo-repo.');
    expect(out).toContain('  prerelease:  true');
    expect(out).toContain('  latest:      false (a pre-release cannot be the latest release)');
    expect(server.writes()).toEqual([]);
  });

  test('no token, a bad repository, a bad flag value: clear refusals', async () => {
    delete process.env.GITHUB_TOKEN;
    expect((await cli('gh-release', '--tag', 'v1.2.0', '--files', dist)).code).toBe(1);
    expect(errText()).toContain('GITHUB_TOKEN is not set');
    process.env.GITHUB_TOKEN = 'ghs_write';
    process.env.GITHUB_REPOSITORY = 'octo-repo';
    expect((await cli('gh-release', '--tag', 'v1.2.0', '--files', dist)).code).toBe(1);
    expect(errText()).toContain(
      "GITHUB_REPOSITORY is 'octo-repo', which is not a repository: write it as owner/name",
    );
    expect((await cli('gh-release', '--tag', 'v1.2.0', '--make-latest', 'yes')).code).toBe(2);
    expect(errText()).toContain("--make-latest is 'yes': use one of 'auto', 'true', 'false'");
    expect(server.requests).toEqual([]);
  });
});
