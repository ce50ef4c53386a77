/** `otai-release docker`: the docker-variants action as a command. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BACKENDS,
  parseVariantsText,
  processExec,
  releaseImages,
  type SourceFacts,
  validatePlatforms,
  validateTemplates,
  waitTimeout,
} from '@otai-release/core/docker';
import { HttpClient } from '@otai-release/core/http';
import { oneOf, splitList } from '@otai-release/core/text';
import { consoleLogger } from '../logger.js';
import { UsageError } from '../usage.js';

/** Runs the command; returns the exit code. */
export async function dockerCommand(args: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      backend: { type: 'string', default: 'buildx' },
      'no-push': { type: 'boolean', default: false },
      version: { type: 'string' },
      image: { type: 'string', multiple: true },
      variants: { type: 'string' },
      platform: { type: 'string', multiple: true },
      context: { type: 'string' },
      file: { type: 'string' },
      'install-from': { type: 'string', default: 'index' },
      dist: { type: 'string', default: 'dist' },
      index: { type: 'string' },
      'no-wait': { type: 'boolean', default: false },
      'wait-timeout': { type: 'string' },
      'default-variant': { type: 'string' },
      tag: { type: 'string', multiple: true },
      cache: { type: 'string' },
      provenance: { type: 'boolean', default: false },
      sbom: { type: 'boolean', default: false },
      registry: { type: 'string' },
      username: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1)
    throw new UsageError(`docker takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  const backend = oneOf(
    values.backend,
    BACKENDS,
    (use) => new UsageError(`--backend ${values.backend}: ${use}.`),
  );
  const installFrom = oneOf(
    values['install-from'],
    ['index', 'dist'] as const,
    (use) => new UsageError(`--install-from ${values['install-from']}: ${use}.`),
  );
  const cache =
    values.cache === undefined
      ? undefined
      : oneOf(
          values.cache,
          ['gha', 'none'] as const,
          (use) => new UsageError(`--cache ${values.cache}: ${use}.`),
        );
  const platforms = values.platform?.flatMap(splitList);
  if (platforms) validatePlatforms(platforms, '--platform');
  if (values.tag) validateTemplates(values.tag, '--tag');
  if (values['password-stdin'] && values.username === undefined)
    throw new UsageError('--password-stdin needs --username.');
  // The password only ever comes on stdin, as docker login --password-stdin takes it: argv is visible to others.
  const password = values['password-stdin'] ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : undefined;
  const logger = consoleLogger({
    verbose: !values.json && !values.quiet,
    notices: !values.quiet,
    color: process.stderr.isTTY,
  });
  const cwd = process.cwd();
  const tempDir = mkdtempSync(join(tmpdir(), 'otai-release-docker-'));
  try {
    const release = await releaseImages(
      {
        path: positionals[0] ?? '.',
        version: values.version,
        images: values.image?.flatMap(splitList),
        variants: values.variants === undefined ? undefined : parseVariantsText(values.variants),
        platforms,
        context: values.context,
        file: values.file,
        backend,
        push: !values['no-push'],
        waitForIndex: !values['no-wait'],
        index: values.index,
        waitTimeoutMs: waitTimeout(values['wait-timeout'], '--wait-timeout'),
        installFrom,
        dist: values.dist,
        defaultVariant: values['default-variant'],
        tags: values.tag,
        cache,
        provenance: values.provenance,
        sbom: values.sbom,
        registry: values.registry,
        username: values.username,
        password,
        dryRun: values['dry-run'],
        source: sourceFacts(positionals[0] ?? '.', process.env),
      },
      {
        logger,
        exec: processExec,
        http: new HttpClient({ userAgent: 'otai-release/docker' }),
        env: process.env,
        cwd,
        tempDir,
        now: Date.now,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      },
    );
    if (values.json) {
      const images = Object.fromEntries(
        release.variants.map((v) => [
          v.name,
          { tags: v.tags, digest: v.digest ?? '', platforms: v.platforms },
        ]),
      );
      out(`${JSON.stringify({ images, ...(release.failed ? { failed: release.failed } : {}) }, null, 2)}\n`);
    } else if (!values.quiet) {
      for (const v of release.variants)
        out(`${v.name}  ${v.digest ?? '(not pushed)'}  ${v.tags.join(' ')}\n`);
    }
    if (release.failed) {
      logger.error(release.failed);
      return 1;
    }
    return 0;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

/**
 * The facts labels and the ghcr.io login use, outside a runner: the commit and the GitHub repository
 * from git (when it is a GitHub remote), GITHUB_TOKEN and GITHUB_ACTOR when set.
 */
export function sourceFacts(path: string, env: NodeJS.ProcessEnv): SourceFacts {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', ['-C', path, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return undefined;
    }
  };
  const remote = git('remote', 'get-url', 'origin');
  const repository =
    env.GITHUB_REPOSITORY ?? /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(remote ?? '')?.[1];
  return {
    repository,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    sha: env.GITHUB_SHA ?? git('rev-parse', 'HEAD'),
    actor: env.GITHUB_ACTOR,
    token: env.GITHUB_TOKEN,
  };
}
