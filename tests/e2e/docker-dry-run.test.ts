/**
 * The bundled docker-variants action in a dry run, as a runner runs it: no container tool is needed,
 * nothing is contacted, and the step shows the plan and the bake file and sets the images output.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { bundled, copyExample, runNode, runnerEnv } from '../support/run-node.js';

test('dry run with buildx: the plan, the bake file, the images output and the summary', async () => {
  const repo = copyExample('otai-monorepo', { docker: false });
  writeFileSync(join(repo, 'Dockerfile'), 'FROM python:3.13-slim\n');
  appendFileSync(
    join(repo, 'pyproject.toml'),
    '\n[tool.otai-release.docker]\ndefault-variant = "all"\n' +
      '[[tool.otai-release.docker.variants]]\nname = "core"\n' +
      '[[tool.otai-release.docker.variants]]\nname = "all"\npackages = ["open-ticket-ai", "otai-hf-local", "otai-otobo-znuny"]\n',
  );
  const runner = runnerEnv(
    // The index is unreachable: a dry run must not need it.
    { path: repo, 'dry-run': 'true', index: 'http://127.0.0.1:9/' },
    {
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: 'Softoft-Orga/open-ticket-ai',
      GITHUB_SHA: 'abc1234',
      PATH: '/nonexistent',
    },
  );
  const run = await runNode(bundled('docker-variants'), [], { env: runner.env, cwd: repo });
  expect(run.stdout).not.toContain('::error');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('::group::Plan');
  expect(run.stdout).toContain('- all (default variant): open-ticket-ai otai-hf-local otai-otobo-znuny');
  expect(run.stdout).toContain('"cache-from": [\n        "type=gha,scope=open-ticket-ai-all"');
  expect(run.stdout).toContain(
    'Command: docker buildx bake --file docker-bake.json --metadata-file bake-metadata.json --progress plain --push',
  );
  expect(JSON.parse(runner.outputs().images!)).toEqual({
    core: {
      tags: [
        'ghcr.io/softoft-orga/open-ticket-ai:1.4.0-core',
        'ghcr.io/softoft-orga/open-ticket-ai:core-latest',
      ],
      digest: '',
      platforms: ['linux/amd64', 'linux/arm64'],
    },
    all: {
      tags: [
        'ghcr.io/softoft-orga/open-ticket-ai:1.4.0-all',
        'ghcr.io/softoft-orga/open-ticket-ai:all-latest',
        'ghcr.io/softoft-orga/open-ticket-ai:1.4.0',
        'ghcr.io/softoft-orga/open-ticket-ai:latest',
      ],
      digest: '',
      platforms: ['linux/amd64', 'linux/arm64'],
    },
  });
  const summary = runner.summary();
  expect(summary).toContain(
    '### 📝 docker-variants (dry run): 2 variant(s) of 1.4.0 would be built with buildx',
  );
  expect(summary).toContain('<details><summary>What would run</summary>');
});
