/**
 * The bundled validate-versions action run as a runner runs it (node dist/validate-versions/index.js
 * with INPUT_* and GITHUB_* variables), against a local index that answers as PyPI does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { bundled, copyExample, runNode, runnerEnv } from '../support/run-node.js';

const ACTION = bundled('validate-versions');
let index: IndexServer;

beforeAll(async () => {
  index = await startIndexServer();
  // 1.3.0 of the core is out; 1.4.0 of otai-hf-local was uploaded without its sdist.
  index.addRelease('open-ticket-ai', '1.3.0', [
    'open_ticket_ai-1.3.0.tar.gz',
    'open_ticket_ai-1.3.0-py3-none-any.whl',
  ]);
  index.addRelease('otai-hf-local', '1.3.0', [
    'otai_hf_local-1.3.0.tar.gz',
    'otai_hf_local-1.3.0-py3-none-any.whl',
  ]);
});
afterAll(() => index.close());

async function runAction(repo: string, inputs: Record<string, string>, ref = 'refs/tags/v1.4.0') {
  const runner = runnerEnv({ path: repo, ...inputs }, { GITHUB_REF: ref, GITHUB_WORKSPACE: repo });
  const result = await runNode(ACTION, [], { env: runner.env, cwd: repo });
  return { ...result, outputs: runner.outputs(), summary: runner.summary() };
}

describe('validate-versions as a runner runs it', () => {
  test('a consistent monorepo whose version is free passes and hands the version to the next steps', async () => {
    const repo = copyExample('otai-monorepo');
    const run = await runAction(repo, { index: index.url });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(run.outputs.version).toBe('1.4.0');
    expect(run.outputs.tag).toBe('v1.4.0');
    expect(run.outputs['is-prerelease']).toBe('false');
    const packages = JSON.parse(run.outputs.packages);
    expect(packages.map((p: { name: string }) => p.name)).toEqual([
      'open-ticket-ai',
      'otai-hf-local',
      'otai-otobo-znuny',
    ]);
    expect(packages.map((p: { index: { state: string } }) => p.index.state)).toEqual([
      'version-free',
      'version-free',
      'new-project',
    ]);
    const matrix = JSON.parse(run.outputs.matrix);
    expect(matrix.include).toContainEqual({
      package: 'otai-otobo-znuny',
      path: 'packages/otai_otobo_znuny',
      version: '1.4.0',
      tag: 'v1.4.0',
    });
    expect(run.summary).toContain('ready to release');
    expect(run.summary).toContain('| otai-hf-local |');
  });

  test('a plugin left behind fails with an annotation at its line saying what to change', async () => {
    const repo = copyExample('otai-monorepo');
    const file = join(repo, 'packages/otai_hf_local/pyproject.toml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version = "1.4.0"', 'version = "1.3.0"'));
    const run = await runAction(repo, { index: 'none' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error file=packages/otai_hf_local/pyproject.toml,line=7,col=12::otai-hf-local: [project].version is "1.3.0" but the tag "v1.4.0" gives 1.4.0; change "1.3.0" to "1.4.0"',
    );
    expect(run.summary).toContain('problem(s) stop this release');
  });

  test('a tag in another format fails and names the expected format', async () => {
    const run = await runAction(copyExample('otai-monorepo'), { index: 'none' }, 'refs/tags/release-1.4.0');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/The tag "release-1\.4\.0" does not match the tag format "v\{version\}"/);
  });

  test('a SemVer-spelled pre-release tag matches the normalised version', async () => {
    const repo = copyExample('otai-monorepo');
    for (const f of [
      'pyproject.toml',
      'src/open_ticket_ai/__init__.py',
      'packages/otai_hf_local/pyproject.toml',
      'packages/otai_otobo_znuny/src/otai_otobo_znuny/__about__.py',
    ]) {
      writeFileSync(join(repo, f), readFileSync(join(repo, f), 'utf8').replace('"1.4.0"', '"1.5.0b1"'));
    }
    for (const f of ['packages/otai_hf_local/pyproject.toml', 'packages/otai_otobo_znuny/pyproject.toml']) {
      writeFileSync(
        join(repo, f),
        readFileSync(join(repo, f), 'utf8').replace('open-ticket-ai==1.4.0', 'open-ticket-ai==1.5.0b1'),
      );
    }
    const run = await runAction(repo, { index: 'none' }, 'refs/tags/v1.5.0-beta.1');
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(run.outputs.version).toBe('1.5.0b1');
    expect(run.outputs['is-prerelease']).toBe('true');
  });

  test('a version already on the index fails unless allow-existing', async () => {
    const repo = copyExample('otai-monorepo');
    index.addRelease('otai-otobo-znuny', '1.4.0', [
      'otai_otobo_znuny-1.4.0.tar.gz',
      'otai_otobo_znuny-1.4.0-py3-none-any.whl',
    ]);
    const refused = await runAction(repo, { index: index.url });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/otai-otobo-znuny 1\.4\.0 is already on 127\.0\.0\.1:\d+/);
    expect(refused.stdout).toContain('Bump the version');
    const allowed = await runAction(repo, { index: index.url, 'allow-existing': 'true' });
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.outputs.packages)[2].index.state).toBe('released');
  });

  test('an unreachable index fails when required and warns when best-effort', async () => {
    const repo = copyExample('otai-monorepo');
    const closed = await startIndexServer();
    const url = closed.url;
    await closed.close();
    const required = await runAction(repo, { index: url, 'index-check': 'required' });
    expect(required.code).toBe(1);
    expect(required.stdout).toMatch(/::error file=.*Could not ask 127\.0\.0\.1/);
    const bestEffort = await runAction(repo, { index: url, 'index-check': 'best-effort' });
    expect(bestEffort.code).toBe(0);
    expect(bestEffort.stdout).toMatch(/::warning file=.*Could not ask 127\.0\.0\.1/);
  }, 60_000);

  test('a bad input value is refused before anything is read', async () => {
    const run = await runAction(copyExample('otai-monorepo'), { 'index-check': 'sometimes' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "Input 'index-check' is 'sometimes': use one of 'required', 'best-effort', 'off'.",
    );
  });
});
