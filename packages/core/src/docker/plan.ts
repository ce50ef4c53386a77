/**
 * The build plan: variants × platforms × tags, with the build arguments, labels and annotations of
 * each variant. Every backend builds exactly this plan, and a dry run prints it, so what is shown is
 * what would be pushed.
 */
import { ConfigurationError } from '../errors/index.js';
import { isPrerelease, normalizeVersion } from '../pep440/index.js';
import { imageBaseName } from './images.js';
import { type LabelFacts, ociLabels } from './labels.js';
import { variantTags } from './tags.js';
import type { Variant } from './variants.js';

/** Where the Dockerfile installs the packages from. */
export type InstallFrom = 'index' | 'dist';

/** Everything the plan is made from, already checked (see release.ts for where each comes from). */
export interface PlanInput {
  version: string;
  /** Image names without tags, normalised. */
  images: string[];
  variants: Variant[];
  platforms: string[];
  /** Absolute paths. */
  context: string;
  dockerfile: string;
  templates: readonly string[];
  defaultVariant?: string;
  labels: Omit<LabelFacts, 'version'>;
  installFrom: InstallFrom;
  /** With `installFrom: 'dist'`: the directory inside the context the wheels are copied to. */
  distDir?: string;
  /** The simple index the packages are installed from (no credentials), passed as INDEX_URL. */
  indexUrl?: string;
  cache: 'gha' | 'none';
}

/** One variant's part of the plan. */
export interface VariantPlan {
  name: string;
  requirements: string[];
  projects: string[];
  isDefault: boolean;
  /** Bare tags (`1.4.0-core`). */
  tags: string[];
  /** Every image with every tag (`ghcr.io/o/app:1.4.0-core`). */
  refs: string[];
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  /** The same keys as the labels: registries show annotations of manifests and indexes, not labels. */
  annotations: Record<string, string>;
  /** The GitHub Actions cache scope (one per variant, so variants do not overwrite each other's cache). */
  cacheScope?: string;
}

/** The whole plan. */
export interface DockerPlan {
  version: string;
  prerelease: boolean;
  images: string[];
  platforms: string[];
  context: string;
  dockerfile: string;
  installFrom: InstallFrom;
  variants: VariantPlan[];
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/** Checks a platform list (`linux/amd64`, `linux/arm/v7`). */
export function validatePlatforms(platforms: readonly string[], what: string): void {
  if (platforms.length === 0)
    throw new ConfigurationError(`${what} lists no platform; e.g. linux/amd64,linux/arm64.`);
  for (const platform of platforms) {
    if (!PLATFORM.test(platform)) {
      throw new ConfigurationError(
        `${what}: '${platform}' is not a platform; write os/arch[/variant] in lower case, e.g. linux/amd64 or linux/arm/v7.`,
      );
    }
  }
  const twice = platforms.find((p, i) => platforms.indexOf(p) !== i);
  if (twice) throw new ConfigurationError(`${what} lists ${twice} twice.`);
}

/** Makes the plan. */
export function makePlan(input: PlanInput): DockerPlan {
  const version = normalizeVersion(input.version);
  if (input.defaultVariant !== undefined && !input.variants.some((v) => v.name === input.defaultVariant)) {
    throw new ConfigurationError(
      `The default variant '${input.defaultVariant}' is not one of the variants (${input.variants.map((v) => v.name).join(', ')}); name one of them or leave default-variant empty.`,
    );
  }
  const variants = input.variants.map((variant): VariantPlan => {
    const isDefault = variant.name === input.defaultVariant;
    const tags = variantTags({ version, variant: variant.name, templates: input.templates, isDefault });
    const labels = ociLabels({ ...input.labels, version }, variant.name);
    const buildArgs: Record<string, string> = {
      ...variant.buildArgs,
      PACKAGES: variant.requirements.join(' '),
      VERSION: version,
      INSTALL_FROM: input.installFrom,
    };
    if (input.installFrom === 'dist' && input.distDir) buildArgs.DIST_DIR = input.distDir;
    if (input.installFrom === 'index' && input.indexUrl) buildArgs.INDEX_URL = input.indexUrl;
    return {
      name: variant.name,
      requirements: variant.requirements,
      projects: variant.projects,
      isDefault,
      tags,
      refs: input.images.flatMap((image) => tags.map((tag) => `${image}:${tag}`)),
      buildArgs,
      labels,
      annotations: { ...labels },
      cacheScope: input.cache === 'gha' ? `${imageBaseName(input.images[0]!)}-${variant.name}` : undefined,
    };
  });
  return {
    version,
    prerelease: isPrerelease(version),
    images: input.images,
    platforms: input.platforms,
    context: input.context,
    dockerfile: input.dockerfile,
    installFrom: input.installFrom,
    variants,
  };
}

/** The plan as people read it in a log or a dry run: variants × platforms × tags and build arguments. */
export function planText(plan: DockerPlan): string {
  const lines = [
    `Version ${plan.version}${plan.prerelease ? ' (a pre-release: no tag that moves, such as -latest or latest)' : ''}; ` +
      `${plan.variants.length} variant(s) × ${plan.platforms.length} platform(s) (${plan.platforms.join(', ')}); ` +
      `installing from ${plan.installFrom === 'dist' ? "this run's wheels" : 'the index'}.`,
    `Dockerfile ${plan.dockerfile}, context ${plan.context}.`,
  ];
  for (const v of plan.variants) {
    lines.push(`- ${v.name}${v.isDefault ? ' (default variant)' : ''}: ${v.requirements.join(' ')}`);
    for (const ref of v.refs) lines.push(`    tag   ${ref}`);
    for (const [k, value] of Object.entries(v.buildArgs)) lines.push(`    arg   ${k}=${value}`);
    if (v.cacheScope) lines.push(`    cache type=gha,scope=${v.cacheScope}`);
  }
  return lines.join('\n');
}
