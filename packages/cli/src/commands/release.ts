/**
 * `otai-release release [PATH]`: the whole release in one run — validate, build, check, publish,
 * images, GitHub Release — as the all-in-one action does it. `--dry-run` does every reading and
 * checking step for real (including the builds) and writes nothing anywhere; it needs no token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPython } from '@otai-release/core/builder';
import { BACKENDS, processExec, waitTimeout } from '@otai-release/core/docker';
import { ConfigurationError } from '@otai-release/core/errors';
import { githubApi, parseRepositoryName } from '@otai-release/core/github';
import { HttpClient } from '@otai-release/core/http';
import { pipelineSummaryText, runRelease } from '@otai-release/core/pipeline';
import { oneOf } from '@otai-release/core/text';
import { consoleLogger } from '../logger.js';
import { indexSettingsFromEnv, nonEmpty } from '../index-settings.js';
import { UsageError } from '../usage.js';
import { sourceFacts } from './docker.js';

/** Runs the command; returns the exit code (1 when a stage failed). */
export async function releaseCommand(
  args: string[],
  out: (text: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      tag: { type: 'string' },
      index: { type: 'string' },
      'index-check': { type: 'string', default: 'best-effort' },
      'out-dir': { type: 'string' },
      'no-isolation': { type: 'boolean', default: false },
      python: { type: 'string' },
      frontend: { type: 'string', default: 'build' },
      'repository-url': { type: 'string' },
      'skip-existing': { type: 'boolean', default: false },
      backend: { type: 'string', default: 'buildx' },
      'no-images': { type: 'boolean', default: false },
      'no-gh-release': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1)
    throw new UsageError(`release takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  const indexCheck = oneOf(
    values['index-check'],
    ['required', 'best-effort', 'off'] as const,
    (use) => new UsageError(`--index-check ${values['index-check']}: ${use}.`),
  );
  const frontend = oneOf(
    values.frontend,
    ['build', 'uv'] as const,
    (use) => new UsageError(`--frontend ${values.frontend}: ${use}.`),
  );
  const backend = oneOf(
    values.backend,
    BACKENDS,
    (use) => new UsageError(`--backend ${values.backend}: ${use}.`),
  );
  const dryRun = values['dry-run'];
  const { password, user, repositoryUrl } = indexSettingsFromEnv(env);
  if (!dryRun && password === undefined && env.GITHUB_ACTIONS !== 'true') {
    throw new ConfigurationError(
      'No token to publish with: set OTAI_RELEASE_TOKEN (or TWINE_PASSWORD) to an API token of the index, or run with --dry-run. Trusted publishing works only inside a GitHub Actions job with `permissions: id-token: write`.',
    );
  }
  const logger = consoleLogger({ verbose: !values.json, color: process.stderr.isTTY });
  const path = positionals[0] ?? '.';
  const cwd = process.cwd();
  const github = githubContext(env, logger);
  // A dry run builds into a scratch directory, so it leaves nothing behind.
  const scratch =
    dryRun && !values['out-dir'] ? mkdtempSync(join(tmpdir(), 'otai-release-dry-run-')) : undefined;
  try {
    const result = await runRelease(
      {
        path,
        dryRun,
        tag: values.tag,
        index: values.index,
        indexCheck,
        outDir: scratch ?? values['out-dir'] ?? 'dist',
        scratchOutDir: scratch !== undefined,
        isolation: !values['no-isolation'],
        python: values.python ?? defaultPython(),
        frontend,
        publish: {
          repositoryUrl: values['repository-url'] ?? repositoryUrl ?? 'pypi',
          user,
          password,
          skipExisting: values['skip-existing'],
          attestations: true,
          concurrency: 4,
          verifyAuth: false,
        },
        images: values['no-images']
          ? false
          : {
              backend,
              push: true,
              waitForIndex: true,
              waitTimeoutMs: waitTimeout(undefined),
              provenance: false,
              sbom: false,
              source: sourceFacts(path, env as NodeJS.ProcessEnv),
            },
        release: values['no-gh-release']
          ? false
          : { prerelease: 'auto', makeLatest: 'auto', draft: false, github },
      },
      {
        logger,
        cwd,
        http: new HttpClient({ userAgent: 'otai-release-cli', timeoutMs: 15_000, retries: 2 }),
        env,
        // Outside a runner nothing collects masks: the CLI never prints a token.
        mask: () => {},
        docker: {
          exec: processExec,
          env: env as NodeJS.ProcessEnv,
          now: Date.now,
          sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
        },
        progress: values.json ? undefined : (line) => process.stderr.write(`${line}\n`),
      },
    );
    if (values.json) out(`${JSON.stringify(result, null, 2)}\n`);
    else out(`\n${pipelineSummaryText(result)}`);
    return result.failed ? 1 : 0;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The GitHub API when GITHUB_TOKEN and GITHUB_REPOSITORY are set (else the release is shown from the checkout). */
function githubContext(env: Record<string, string | undefined>, logger: ReturnType<typeof consoleLogger>) {
  const token = nonEmpty(env.GITHUB_TOKEN);
  const name = nonEmpty(env.GITHUB_REPOSITORY);
  if (!token || !name) return undefined;
  return {
    ...githubApi(token, env.GITHUB_API_URL, logger),
    repository: parseRepositoryName(name, 'GITHUB_REPOSITORY'),
    tokenSource: 'the token in GITHUB_TOKEN',
  };
}
