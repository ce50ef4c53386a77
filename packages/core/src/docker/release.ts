/**
 * docker-variants from start to end, shared by the action and the CLI: settings (inputs over
 * `[tool.otai-release.docker]` over defaults) are resolved and checked, the plan is made and shown,
 * the index is waited for, the registries logged in to, and the backend builds and pushes. Everything
 * that can be wrong with the settings fails before the first build, so nothing is half-pushed.
 */
import { existsSync, statSync } from 'node:fs';
import { format, resolve } from 'node:path';
import { resolveExecutable } from '../builder/process.js';
import { ConfigurationError } from '../errors/index.js';
import type { HttpClient } from '../http/index.js';
import type { Logger } from '../log/index.js';
import { type IndexEndpoints, resolveIndex } from '../package-index/index.js';
import { normalizeVersion, tryParseVersion } from '../pep440/index.js';
import {
  declaredVersion,
  type DockerVariantSetting,
  type PythonPackage,
  type ReleaseConfig,
  type Repository,
  readRepository,
} from '../pyproject/index.js';
import { buildahBackend } from './backends/buildah.js';
import { buildxBackend } from './backends/buildx.js';
import type { Backend } from './backends/types.js';
import { findReleaseWheels, stageWheels, unstageWheels, DIST_CONTEXT_DIR } from './dist-context.js';
import type { Exec } from './exec.js';
import { defaultImage, normalizeImage, registryOf } from './images.js';
import type { LabelFacts } from './labels.js';
import { type RegistryLogin, registryLogin } from './login.js';
import { type DockerPlan, type InstallFrom, makePlan, planText, validatePlatforms } from './plan.js';
import { DEFAULT_TAG_TEMPLATES, validateTemplates } from './tags.js';
import { resolveVariants, type Variant } from './variants.js';
import {
  parseDuration,
  type WaitForIndexResult,
  waitForIndex,
  waitTimeoutMessage,
} from './wait-for-index.js';

/** The build tools docker-variants drives. */

/**
 * The Dockerfile's default name. Joined with path.format, not resolve/join: ncc's asset relocator
 * takes `resolve(dir, 'Dockerfile')` for a file of ours and copies every Dockerfile it finds into the bundle.
 */
const DOCKERFILE_NAME = 'Dockerfile';

export type BackendName = 'buildx' | 'buildah' | 'podman';
/** The backend names, for inputs and options. */
export const BACKENDS: readonly BackendName[] = ['buildx', 'buildah', 'podman'];
/** Where the build cache lives. */
export type CacheMode = 'gha' | 'none';

/** The platforms built when neither input nor configuration names any (Open Ticket AI's two). */
export const DEFAULT_PLATFORMS: readonly string[] = ['linux/amd64', 'linux/arm64'];
/** The default of wait-timeout. */
export const DEFAULT_WAIT_TIMEOUT = '20m';

/** The run's GitHub facts (main.ts reads them from the runner's environment; the CLI from git). */
export interface SourceFacts {
  /** owner/repo. */
  repository?: string;
  serverUrl?: string;
  sha?: string;
  /** The user the workflow token logs in to ghcr.io as. */
  actor?: string;
  /** The workflow token: the ghcr.io password when none is given. */
  token?: string;
}

/** Settings from the inputs or CLI options; undefined means "configuration, else default". */
export interface DockerReleaseOptions {
  /** The repository root. */
  path: string;
  version?: string;
  images?: string[];
  /** The `variants` input, parsed (parseVariantsText). */
  variants?: DockerVariantSetting[];
  platforms?: string[];
  context?: string;
  file?: string;
  backend: BackendName;
  push: boolean;
  waitForIndex: boolean;
  index?: string;
  /** Milliseconds. */
  waitTimeoutMs: number;
  installFrom: InstallFrom;
  /** Where this run's wheels are (install-from: dist). */
  dist: string;
  defaultVariant?: string;
  tags?: string[];
  cache?: CacheMode;
  provenance: boolean;
  sbom: boolean;
  registry?: string;
  username?: string;
  password?: string;
  dryRun: boolean;
  source: SourceFacts;
}

/** What the release needs from outside. */
export interface DockerReleaseDeps {
  logger: Logger;
  exec: Exec;
  http: HttpClient;
  /** The environment the tools run with. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** A private scratch directory (bake file, digest files). */
  tempDir: string;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** One variant's outcome. */
export interface VariantResult {
  name: string;
  /** Every image:tag pushed (or, in a dry run or without push, planned). */
  tags: string[];
  platforms: string[];
  /** The pushed index digest; undefined in a dry run or without push. */
  digest?: string;
  isDefault: boolean;
}

/** The whole outcome. */
export interface DockerRelease {
  plan: DockerPlan;
  backend: BackendName;
  variants: VariantResult[];
  dryRun: boolean;
  pushed: boolean;
  /** What the backend runs: the bake file and command, or the buildah commands. */
  described: string;
  /** Registries logged in to. */
  logins: string[];
  wait?: WaitForIndexResult;
  /** Set when the release stopped: nothing was built (index wait) or a build or push failed. */
  failed?: string;
}

/** The duration of the wait-timeout setting, checked. */
export function waitTimeout(text: string | undefined, what = "Input 'wait-timeout'"): number {
  const ms = parseDuration(text ?? DEFAULT_WAIT_TIMEOUT, what);
  if (ms <= 0) throw new ConfigurationError(`${what} must be above zero.`);
  return ms;
}

/** Resolves the settings, shows the plan, then (unless a dry run) waits, logs in, builds and pushes. */
export async function releaseImages(
  options: DockerReleaseOptions,
  deps: DockerReleaseDeps,
): Promise<DockerRelease> {
  const { logger } = deps;
  const root = resolve(deps.cwd, options.path);
  const repo = readRepository(root);
  const config = repo.config;
  const docker = config.docker;
  const version = releaseVersion(options.version, repo);
  const packageNames = repo.packages.map((p) => p.name);

  const imageSource = options.images ? "Input 'image'" : '[tool.otai-release.docker] image';
  const rawImages =
    options.images ??
    docker?.image ??
    [defaultImage(options.source.repository)].filter((x): x is string => !!x);
  if (rawImages.length === 0) {
    throw new ConfigurationError(
      'No image to build: set the image input (e.g. ghcr.io/owner/app) or image in [tool.otai-release.docker].',
    );
  }
  const images = [...new Set(rawImages.map((i) => normalizeImage(i, imageSource)))];

  const variants = resolveVariantSettings(options.variants, config, packageNames);
  const platforms = options.platforms ?? docker?.platforms ?? [...DEFAULT_PLATFORMS];
  validatePlatforms(
    platforms,
    options.platforms ? "Input 'platforms'" : '[tool.otai-release.docker] platforms',
  );
  const templates = options.tags ?? docker?.tags ?? DEFAULT_TAG_TEMPLATES;
  validateTemplates(templates, options.tags ? "Input 'tags'" : '[tool.otai-release.docker] tags');

  const context = resolve(root, options.context ?? docker?.context ?? '.');
  if (!existsSync(context) || !statSync(context).isDirectory()) {
    throw new ConfigurationError(
      `The build context '${context}' is not a directory; set context to the directory the Dockerfile copies from.`,
    );
  }
  const dockerfile = options.file
    ? resolve(root, options.file)
    : docker?.dockerfile
      ? resolve(root, docker.dockerfile)
      : format({ dir: context, base: DOCKERFILE_NAME });
  if (!existsSync(dockerfile)) {
    throw new ConfigurationError(
      `The Dockerfile '${dockerfile}' does not exist; set file (or [tool.otai-release.docker] file) to it.`,
    );
  }

  const cache = options.cache ?? (options.backend === 'buildx' ? 'gha' : 'none');
  if (options.backend !== 'buildx') {
    if (cache === 'gha') {
      throw new ConfigurationError(
        `cache: gha is BuildKit's GitHub Actions cache, which ${options.backend} does not have; set cache: none, or backend: buildx.`,
      );
    }
    if (options.provenance || options.sbom) {
      throw new ConfigurationError(
        `provenance and sbom attestations are made by BuildKit; ${options.backend} cannot attach them: set them to false, or backend: buildx.`,
      );
    }
  }

  let endpoints: IndexEndpoints | undefined;
  if (options.installFrom === 'index') endpoints = resolveIndex(options.index ?? config.index ?? 'pypi');
  let wheels: string[] = [];
  const distDir = resolve(deps.cwd, options.dist);
  if (options.installFrom === 'dist') {
    wheels = await findReleaseWheels(distDir, [...new Set(variants.flatMap((v) => v.projects))], version);
  }

  const logins = registryLogins(options, images);
  // Settings that this run cannot use are said, not silently dropped.
  if (options.installFrom === 'dist' && options.index !== undefined) {
    logger.warning(
      `The index ${options.index} is not used: install-from: dist installs this run's wheels and waits for no index.`,
    );
  }
  if (!options.push && (options.username !== undefined || options.registry !== undefined)) {
    logger.warning(
      'No registry is logged in to: push is off, so username, password and registry are not used.',
    );
  }
  const backend = backendFor(options.backend);
  if (!options.dryRun && !(await resolveExecutable(backend.loginTool, deps.env, deps.cwd))) {
    throw new ConfigurationError(
      `backend: ${options.backend} runs '${backend.loginTool}', which is not installed here: ${
        options.backend === 'buildx'
          ? 'set up Docker with buildx (docker/setup-buildx-action)'
          : `install it (apt-get install ${options.backend})`
      }, or choose another backend.`,
    );
  }

  const plan = makePlan({
    version,
    images,
    variants,
    platforms,
    context,
    dockerfile,
    templates,
    defaultVariant: options.defaultVariant ?? docker?.defaultVariant,
    labels: labelFacts(repo, options.source, createdTime(deps.env, deps.now())),
    installFrom: options.installFrom,
    distDir: options.installFrom === 'dist' ? DIST_CONTEXT_DIR : undefined,
    indexUrl: endpoints?.simpleUrl,
    cache,
  });
  // Last of the checks, first of the commands: a runner without buildx fails now, not after the wait.
  if (!options.dryRun) {
    await backend.preflight?.({ exec: deps.exec, env: deps.env, logger, tempDir: deps.tempDir, cwd: root });
  }
  const backendOptions = { push: options.push, provenance: options.provenance, sbom: options.sbom };
  const described = backend.describe(plan, backendOptions);
  const planned = (digests: Record<string, string> = {}): VariantResult[] =>
    plan.variants.map((v) => ({
      name: v.name,
      tags: v.refs,
      platforms: plan.platforms,
      digest: digests[v.name],
      isDefault: v.isDefault,
    }));
  const outcome = {
    plan,
    backend: options.backend,
    dryRun: options.dryRun,
    described,
    logins: logins.map((l) => l.registry),
  };

  await logger.group('Plan', async () => {
    logger.info(planText(plan));
    if (options.installFrom === 'dist')
      logger.info(`Wheels copied into ${DIST_CONTEXT_DIR}/ of the context: ${wheels.join(', ')}`);
    if (endpoints && options.waitForIndex)
      logger.info(
        `Before building: wait until every package==${version} is listed on ${endpoints.simpleUrl}.`,
      );
    if (options.dryRun) logger.info(described);
    else logger.debug(described);
  });
  if (options.dryRun) return { ...outcome, variants: planned(), pushed: false };

  let wait: WaitForIndexResult | undefined;
  if (endpoints && options.waitForIndex) {
    const projects = [...new Set(variants.flatMap((v) => v.projects))];
    wait = await logger.group('Wait for the index', () =>
      waitForIndex({ endpoints: endpoints!, projects, version, timeoutMs: options.waitTimeoutMs }, deps),
    );
    if (!wait.ready) {
      return {
        ...outcome,
        variants: planned(),
        pushed: false,
        wait,
        failed: waitTimeoutMessage(wait, version, endpoints),
      };
    }
  }

  if (options.push) {
    for (const login of logins)
      await registryLogin(deps.exec, backend.loginTool, login, { env: deps.env, logger });
  }
  const staged = options.installFrom === 'dist' ? await stageWheels(distDir, wheels, context) : undefined;
  try {
    const digests = await backend.build(plan, backendOptions, {
      exec: deps.exec,
      env: deps.env,
      logger,
      tempDir: deps.tempDir,
      cwd: root,
    });
    return { ...outcome, variants: planned(digests), pushed: options.push, wait };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    return { ...outcome, variants: planned(), pushed: false, wait, failed: (error as Error).message };
  } finally {
    if (staged) await unstageWheels(staged);
  }
}

function backendFor(name: BackendName): Backend {
  return name === 'buildx' ? buildxBackend : buildahBackend(name);
}

/** The release version: the input, else the one version every package of the repository declares. */
function releaseVersion(given: string | undefined, repo: Repository): string {
  if (given !== undefined) {
    if (!tryParseVersion(given)) {
      throw new ConfigurationError(
        `Input 'version' is '${given}', which is not a PEP 440 version (e.g. 1.4.0, 1.4.0rc1); pass validate-versions' version output.`,
      );
    }
    return normalizeVersion(given);
  }
  // A package whose version could not be read might disagree with the others: no guessing.
  if (repo.unreadable.length > 0) throw repo.unreadable[0]!.error;
  const declared = repo.packages.map((p) => ({ name: p.name, version: declaredVersion(p) }));
  const unknown = declared.filter((d) => d.version === undefined);
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `The version of ${unknown.map((d) => d.name).join(', ')} is not written in a file (it comes from the git tag or a build hook), so it cannot be read here: pass version: \${{ steps.<validate-versions step>.outputs.version }}.`,
    );
  }
  const distinct = [...new Set(declared.map((d) => d.version!))];
  if (distinct.length > 1) {
    throw new ConfigurationError(
      `The packages are at different versions (${declared.map((d) => `${d.name} ${d.version}`).join(', ')}); the images install one version of each, so pass it as version.`,
    );
  }
  return distinct[0]!;
}

function resolveVariantSettings(
  given: DockerVariantSetting[] | undefined,
  config: ReleaseConfig,
  packages: string[],
): Variant[] {
  if (given !== undefined) return resolveVariants(given, { what: "Input 'variants'" }, packages);
  const docker = config.docker;
  if (docker?.variants) {
    return resolveVariants(
      docker.variants,
      { what: '[tool.otai-release.docker] variants', position: { file: docker.file, line: docker.line } },
      packages,
    );
  }
  throw new ConfigurationError(
    'No image variants are configured: set the variants input or add them to [tool.otai-release.docker], e.g.\n' +
      '[[tool.otai-release.docker.variants]]\nname = "core"\npackages = ["open-ticket-ai"]',
    { file: config.file },
  );
}

/** Who logs in where: the given credentials (to `registry`, else every image's registry), else ghcr.io with the workflow token. */
function registryLogins(options: DockerReleaseOptions, images: string[]): RegistryLogin[] {
  const { username, password, source } = options;
  if (password !== undefined && username === undefined) {
    throw new ConfigurationError(
      "Input 'password' is set but 'username' is not; set both, or neither to use the workflow token on ghcr.io.",
    );
  }
  if (username !== undefined && password === undefined) {
    throw new ConfigurationError(
      `Input 'username' is set but 'password' is not; pass the registry password or token as a secret.`,
    );
  }
  const registries = options.registry ? [options.registry] : [...new Set(images.map(registryOf))];
  if (options.registry && !images.some((i) => registryOf(i) === options.registry)) {
    throw new ConfigurationError(
      `Input 'registry' is ${options.registry}, but no image is pushed there (${images.join(', ')}); leave it empty to log in to each image's registry.`,
    );
  }
  if (username !== undefined && password !== undefined)
    return registries.map((registry) => ({ registry, username, password }));
  if (source.token && registries.includes('ghcr.io')) {
    return [{ registry: 'ghcr.io', username: source.actor ?? 'github-actions', password: source.token }];
  }
  return [];
}

// A reproducible build (SOURCE_DATE_EPOCH, as build-python-dist sets from the last commit) gets
// that time as its creation time, so rebuilding the same commit gives the same labels.
function createdTime(env: NodeJS.ProcessEnv, now: number): number {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  return epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now;
}

function labelFacts(repo: Repository, source: SourceFacts, now: number): Omit<LabelFacts, 'version'> {
  const core: PythonPackage | undefined = repo.packages[0];
  let description: string | undefined;
  let licenses: string | undefined;
  if (core && core.manifest.endsWith('pyproject.toml')) {
    const project = repo.files.toml(core.manifest).project as Record<string, unknown> | undefined;
    if (typeof project?.description === 'string') description = project.description;
    const license = project?.license;
    // PEP 639: a string is an SPDX expression; the older {text} table is used when it is one word (an id).
    if (typeof license === 'string') licenses = license;
    else if (
      license &&
      typeof license === 'object' &&
      typeof (license as { text?: unknown }).text === 'string'
    ) {
      const text = (license as { text: string }).text.trim();
      if (/^[A-Za-z0-9.+-]+$/.test(text)) licenses = text;
    }
  }
  return {
    title: core?.name,
    description,
    licenses,
    revision: source.sha,
    source: source.repository
      ? `${source.serverUrl ?? 'https://github.com'}/${source.repository}`
      : undefined,
    created: new Date(now).toISOString(),
  };
}
