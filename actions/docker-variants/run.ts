/** docker-variants: the release of the image variants as a typed result; never reads process.env. */
import type { ActionOutcome } from '@otai-release/core/action';
import {
  type DockerRelease,
  type DockerReleaseDeps,
  releaseImages,
  type SourceFacts,
} from '@otai-release/core/docker';
import type { Inputs } from './inputs.js';

/** What run() needs from outside: the release's machinery and the run's GitHub facts. */
export interface RunDeps extends DockerReleaseDeps {
  /** GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_SHA, GITHUB_ACTOR (main.ts reads them). */
  source: Omit<SourceFacts, 'token'>;
}

/** One variant in the `images` output. */
export interface ImageOutput {
  tags: string[];
  digest: string;
  platforms: string[];
}

/** The action's result: the release, its outputs ready to set, and the failure when one stopped it. */
export interface Result extends ActionOutcome {
  release: DockerRelease;
  outputs: { images: Record<string, ImageOutput> };
}

/** Builds and pushes the variants (or, in a dry run, shows the plan). */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  const release = await releaseImages(
    {
      path: inputs.path,
      version: inputs.version,
      images: inputs.image,
      variants: inputs.variants,
      platforms: inputs.platforms,
      context: inputs.context,
      file: inputs.file,
      backend: inputs.backend,
      push: inputs.push,
      waitForIndex: inputs['wait-for-index'],
      index: inputs.index,
      waitTimeoutMs: inputs['wait-timeout'],
      installFrom: inputs['install-from'],
      dist: inputs.dist,
      defaultVariant: inputs['default-variant'],
      tags: inputs.tags,
      cache: inputs.cache,
      provenance: inputs.provenance,
      sbom: inputs.sbom,
      registry: inputs.registry,
      username: inputs.username,
      password: inputs.password,
      dryRun: inputs['dry-run'],
      source: { ...deps.source, token: inputs['github-token'] },
    },
    deps,
  );
  const images: Record<string, ImageOutput> = {};
  for (const v of release.variants) {
    images[v.name] = { tags: v.tags, digest: v.digest ?? '', platforms: v.platforms };
  }
  return { release, outputs: { images }, failed: release.failed };
}
