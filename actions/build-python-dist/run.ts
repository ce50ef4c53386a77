/** build-python-dist: resolve the packages, build them, upload the artifact; never reads the runner's env. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ActionOutcome } from '@otai-release/core/action';
import {
  type BuildResult,
  type BuildTarget,
  buildDistributions,
  fileOutputs,
  type FileOutput,
  resolveBuildTargets,
  tagsAtHead,
} from '@otai-release/core/builder';
import { ConfigurationError } from '@otai-release/core/errors';
import type { Logger } from '@otai-release/core/log';
import { tagFromRef } from '@otai-release/core/pyproject';
import { displayPath } from '@otai-release/core/text';
import type { Inputs } from './inputs.js';

/** Uploads files as a workflow artifact (backed by @actions/artifact on a runner). */
export type ArtifactUploader = (
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays?: number,
) => Promise<{ id?: number; size?: number }>;

/** The Actions cache, as far as the download cache needs it. */
export interface DownloadCache {
  available(): boolean;
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** What run() needs from outside. */
export interface RunDeps {
  logger: Logger;
  cwd: string;
  /** The runner's OS: download caches are kept per OS. */
  platform: NodeJS.Platform;
  /** GITHUB_REF: its tag gives versions that come from tags. */
  ref?: string;
  env: NodeJS.ProcessEnv;
  /** RUNNER_TEMP or the system's temp dir, for the download cache. */
  tempDir?: string;
  artifacts?: ArtifactUploader;
  cache?: DownloadCache;
  build?: typeof buildDistributions;
}

/** The action's result and its outputs. */
export interface Result extends ActionOutcome {
  build: BuildResult;
  cacheHit?: string;
  outputs: { files: FileOutput[]; 'dist-dir': string; 'artifact-name': string };
}

function cacheSetup(inputs: Inputs, root: string, targets: BuildTarget[], deps: RunDeps) {
  const dir = join(deps.tempDir ?? tmpdir(), `otai-release-${inputs.frontend}-cache`);
  const hash = createHash('sha256');
  for (const t of targets) {
    const file = join(root, t.path, 'pyproject.toml');
    hash.update(`${t.path}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  const prefix = `otai-release-build-${deps.platform}-${inputs.frontend}-`;
  return {
    dir,
    key: `${prefix}${hash.digest('hex').slice(0, 20)}`,
    prefix,
    env: inputs.frontend === 'uv' ? { UV_CACHE_DIR: dir } : { PIP_CACHE_DIR: dir },
  };
}

/** Builds, verifies and uploads. */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  const { logger } = deps;
  const root = resolve(deps.cwd, inputs.path);
  const outDir = resolve(deps.cwd, inputs['out-dir']);
  const tag = tagFromRef(deps.ref);
  // On a branch or a manual run, a release tag on the checked-out commit is what a tag-deriving package builds.
  const headTags = tag === undefined ? await tagsAtHead(root) : undefined;
  const targets = resolveBuildTargets(root, { packages: inputs.packages, tag, headTags });
  if (targets.length === 0) {
    throw new ConfigurationError(
      `No publishable package under ${root}: add a pyproject.toml with [project], or point path at the repository root.`,
    );
  }

  let env = { ...deps.env };
  let cacheHit: string | undefined;
  const cache = inputs.cache ? cacheSetup(inputs, root, targets, deps) : undefined;
  if (cache) {
    env = { ...env, ...cache.env };
    if (deps.cache?.available()) {
      cacheHit = await deps.cache.restore([cache.dir], cache.key, [cache.prefix]).catch((error: Error) => {
        logger.warning(
          `Restoring the download cache failed (the build goes on without it): ${error.message}`,
        );
        return undefined;
      });
      logger.info(
        cacheHit ? `Download cache restored from ${cacheHit}.` : 'No download cache yet for these packages.',
      );
    } else {
      logger.info('The Actions cache is not available here; building without a download cache.');
    }
  }

  const build = await (deps.build ?? buildDistributions)({
    root,
    targets,
    outDir,
    sdist: inputs.sdist,
    wheel: inputs.wheel,
    isolation: inputs.isolation,
    python: inputs.python,
    frontend: inputs.frontend,
    env,
    logger,
  });

  if (cache && deps.cache?.available() && cacheHit !== cache.key && existsSync(cache.dir)) {
    await deps.cache.save([cache.dir], cache.key).catch((error: Error) => {
      logger.warning(`Saving the download cache failed (the build itself succeeded): ${error.message}`);
    });
  }

  let artifactName = '';
  if (inputs['upload-artifact']) {
    if (!deps.artifacts) throw new Error('upload-artifact is set but no artifact uploader was given');
    try {
      const uploaded = await deps.artifacts(
        inputs['artifact-name'],
        build.files.map((f) => f.path),
        outDir,
        inputs['retention-days'],
      );
      artifactName = inputs['artifact-name'];
      logger.info(`Uploaded artifact ${artifactName}${uploaded.id ? ` (id ${uploaded.id})` : ''}.`);
    } catch (error) {
      const message = (error as Error).message;
      if (/409|already exists|Conflict/i.test(message)) {
        throw new ConfigurationError(
          `An artifact named '${inputs['artifact-name']}' already exists in this workflow run (${message}); give each job its own artifact-name, e.g. dist-\${{ matrix.package }}.`,
        );
      }
      throw error;
    }
  }

  return {
    build,
    cacheHit,
    outputs: {
      files: fileOutputs(build, deps.cwd),
      'dist-dir': displayPath(outDir, deps.cwd),
      'artifact-name': artifactName,
    },
  };
}
