/**
 * Publishing as users run it: the bundled pypi-publish-oidc action as a runner runs it (node
 * dist/pypi-publish-oidc/index.js with INPUT_* and GITHUB_* variables), and the bundled CLI's
 * `otai-release publish`, both against the local index that answers as Warehouse does.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { makeSdist, makeWheel } from '../support/archives.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { bundled, runNode, runnerEnv } from '../support/run-node.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(60_000);

const ACTION = bundled('pypi-publish-oidc');
const CLI = bundled('cli');
const TOKEN = 'pypi-e2e-token';

let index: IndexServer;
beforeEach(async () => {
  index = await startIndexServer();
  index.state.addToken(TOKEN);
});
afterEach(() => index.close());

function workspace(version = '2.1.0'): string {
  const dir = tempDir('e2e-publish');
  makeWheel(join(dir, 'dist'), { name: 'e2e-demo', version });
  makeSdist(join(dir, 'dist'), { name: 'e2e-demo', version });
  return dir;
}

describe('pypi-publish-oidc as a runner runs it', () => {
  test('uploads with a token: outputs, masked secret, summary', async () => {
    const repo = workspace();
    const runner = runnerEnv(
      { 'repository-url': `${index.url}legacy/`, password: TOKEN },
      { GITHUB_WORKSPACE: repo },
    );
    const run = await runNode(ACTION, [], { env: runner.env, cwd: repo });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    // The token is masked before anything is logged.
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    const uploaded = JSON.parse(runner.outputs().uploaded) as { file: string; sha256: string; url: string }[];
    expect(uploaded.map((u) => u.file)).toEqual(['e2e_demo-2.1.0-py3-none-any.whl', 'e2e_demo-2.1.0.tar.gz']);
    expect(uploaded[0]!.sha256).toBe(index.state.findFile((f) => f.filename === uploaded[0]!.file)!.sha256);
    expect(JSON.parse(runner.outputs().skipped)).toEqual([]);
    expect(runner.summary()).toContain('### ✅ pypi-publish-oidc: 2 file(s)');
  });

  test("a refusal fails the step with the index's message and its fix", async () => {
    const repo = workspace();
    index.state.deletedFilenames.add('e2e_demo-2.1.0-py3-none-any.whl');
    const runner = runnerEnv(
      { 'repository-url': `${index.url}legacy/`, password: TOKEN },
      { GITHUB_WORKSPACE: repo },
    );
    const run = await runNode(ACTION, [], { env: runner.env, cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::e2e_demo-2\.1\.0-py3-none-any\.whl: 400 This filename was previously used/,
    );
    expect(runner.summary()).toContain('❌ failed');
    expect(runner.summary()).toContain('skip-existing: true');
  });
});

describe('otai-release publish', () => {
  test('uploads DIR with the token from OTAI_RELEASE_TOKEN; a rerun with --skip-existing sends nothing', async () => {
    const repo = workspace();
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, OTAI_RELEASE_TOKEN: TOKEN };
    const first = await runNode(CLI, ['publish', 'dist', '--repository-url', `${index.url}legacy/`], {
      env,
      cwd: repo,
    });
    expect(first.stderr).not.toMatch(/error/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/uploaded\s+e2e_demo-2\.1\.0-py3-none-any\.whl/);
    const uploads = index.uploads.length;
    const again = await runNode(
      CLI,
      ['publish', '--repository-url', `${index.url}legacy/`, '--skip-existing', '--json'],
      { env, cwd: repo },
    );
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout) as { uploaded: unknown[]; skipped: { file: string }[] };
    expect(json.uploaded).toEqual([]);
    expect(json.skipped.map((s) => s.file)).toHaveLength(2);
    expect(index.uploads).toHaveLength(uploads);
  });

  test('--dry-run uploads nothing and needs no token; without a token a real upload is refused', async () => {
    const repo = workspace();
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const dry = await runNode(CLI, ['publish', '--repository-url', `${index.url}legacy/`, '--dry-run'], {
      env,
      cwd: repo,
    });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Dry run, nothing uploaded[\s\S]*would upload\s+e2e_demo-2\.1\.0\.tar\.gz/);
    expect(index.uploads).toHaveLength(0);
    const real = await runNode(CLI, ['publish', '--repository-url', `${index.url}legacy/`], {
      env,
      cwd: repo,
    });
    expect(real.code).toBe(1);
    expect(real.stderr).toContain('No token: set OTAI_RELEASE_TOKEN');
  });
});
