/** `otai-release check` run as a user runs it: the bundled CLI as a process, exit codes and output. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { bundled, copyExample, runNode } from '../support/run-node.js';
import { tempDir } from '../support/temp-dir.js';

const CLI = bundled('cli');
let index: IndexServer;

beforeAll(async () => {
  index = await startIndexServer();
  // A release interrupted after the wheel: the sdist never arrived.
  index.addRelease('otai-hf-local', '1.4.0', ['otai_hf_local-1.4.0-py3-none-any.whl']);
});
afterAll(() => index.close());

describe('otai-release check', () => {
  test('exit 0 and one line per package on a consistent repository', async () => {
    const run = await runNode(CLI, ['check', 'examples/otai-monorepo', '--index', 'none', '--tag', 'v1.4.0']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('open-ticket-ai 1.4.0  .  tag v1.4.0');
    expect(run.stdout).toContain('otai-otobo-znuny 1.4.0  packages/otai_otobo_znuny  tag v1.4.0');
  });

  test('exit 1 with a compiler-style line when a pin excludes the release version', async () => {
    const repo = copyExample('otai-monorepo');
    const file = join(repo, 'packages/otai_hf_local/pyproject.toml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('open-ticket-ai>=1.4.0,<2', 'open-ticket-ai>=1.2,<1.4'),
    );
    const run = await runNode(CLI, ['check', repo, '--index', 'none', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^packages\/otai_hf_local\/pyproject\.toml:13:18: error: otai-hf-local: "open-ticket-ai>=1\.2,<1\.4" \(\[project\]\.dependencies\) does not admit 1\.4\.0/m,
    );
  });

  test('--json reports a partly uploaded release with the missing sdist', async () => {
    const run = await runNode(CLI, ['check', 'examples/otai-monorepo', '--index', index.url, '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    const plugin = result.packages.find((p: { name: string }) => p.name === 'otai-hf-local');
    expect(plugin.index.state).toBe('partial');
    expect(plugin.index.detail).toBe('missing otai_hf_local-1.4.0.tar.gz');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'index-partial', level: 'error', package: 'otai-hf-local' }),
    );
  });

  test('--allow-existing lets a partly uploaded release be completed', async () => {
    const run = await runNode(CLI, [
      'check',
      'examples/otai-monorepo',
      '--index',
      index.url,
      '--allow-existing',
      '--quiet',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: otai-hf-local 1.4.0 is partly uploaded');
  });

  test('without tag-format, a bare tag passes and --json carries the tag as given', async () => {
    const repo = copyExample('otai-monorepo');
    const config = join(repo, 'pyproject.toml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('tag-format = "v{version}"\n', ''));
    const run = await runNode(CLI, ['check', repo, '--index', 'none', '--tag', '1.4.0', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.tag).toBe('1.4.0');
    expect(result.packages.map((p: { tag: string }) => p.tag)).toEqual(['1.4.0', '1.4.0', '1.4.0']);
  });

  test('exit 1 and the file and line for malformed TOML, without a stack trace', async () => {
    const repo = tempDir('broken');
    writeFileSync(join(repo, 'pyproject.toml'), '[project]\nname = "demo"\nversion = "1.0.0\n');
    const run = await runNode(CLI, ['check', repo, '--index', 'none']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pyproject\.toml:3:\d+: error: pyproject\.toml is not valid TOML/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('exit 2 on usage errors', async () => {
    expect((await runNode(CLI, ['check', '--policy', 'sometimes'])).code).toBe(2);
    expect((await runNode(CLI, ['frobnicate'])).code).toBe(2);
    const bad = await runNode(CLI, ['check', '--no-such-flag']);
    expect(bad.code).toBe(2);
    // The command's own usage and options, not node's positional-argument hint.
    expect(bad.stderr).toContain('check has no option --no-such-flag');
    expect(bad.stderr).toContain('Usage: otai-release check [PATH] [options]');
    expect(bad.stderr).toContain('--policy P');
  });
});
