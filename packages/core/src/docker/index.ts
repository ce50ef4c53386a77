/**
 * Container images of a release: variants (sets of packages) × platforms × tags, built from one
 * Dockerfile with buildx bake, buildah or podman, after the index lists the packages.
 */
export { type BakeFile, type BakeTarget, bakeDigests, bakeFile, type Attestations } from './bake.js';
export {
  buildahBackend,
  buildArgs as buildahBuildArgs,
  listPlatforms,
  manifestListName,
  pushArgs as buildahPushArgs,
} from './backends/buildah.js';
export { bakeArgs, buildxBackend } from './backends/buildx.js';
export type { Backend, BackendDeps, BackendOptions } from './backends/types.js';
export {
  DIST_CONTEXT_DIR,
  findReleaseWheels,
  stageWheels,
  type StagedDists,
  unstageWheels,
} from './dist-context.js';
export { type Exec, type ExecOptions, type ExecResult, outputTail, processExec } from './exec.js';
export { DOCKER_HUB, defaultImage, imageBaseName, normalizeImage, registryOf } from './images.js';
export { type LabelFacts, ociLabels } from './labels.js';
export { loginArgs, type LoginTool, pushPermissionHint, type RegistryLogin, registryLogin } from './login.js';
export {
  type DockerPlan,
  type InstallFrom,
  makePlan,
  type PlanInput,
  planText,
  validatePlatforms,
  type VariantPlan,
} from './plan.js';
export {
  BACKENDS,
  type BackendName,
  type CacheMode,
  DEFAULT_PLATFORMS,
  DEFAULT_WAIT_TIMEOUT,
  type DockerRelease,
  type DockerReleaseDeps,
  type DockerReleaseOptions,
  releaseImages,
  type SourceFacts,
  type VariantResult,
  waitTimeout,
} from './release.js';
export {
  DEFAULT_TAG_TEMPLATES,
  DEFAULT_VARIANT_TEMPLATES,
  isPinnedTemplate,
  tagVersion,
  validateTemplates,
  type VariantTagOptions,
  variantTags,
} from './tags.js';
export {
  parseVariantsText,
  RESERVED_BUILD_ARGS,
  resolveVariants,
  type Variant,
  type VariantSource,
} from './variants.js';
export {
  parseDuration,
  type WaitForIndexDeps,
  type WaitForIndexOptions,
  type WaitForIndexResult,
  waitForIndex,
  waitTimeoutMessage,
} from './wait-for-index.js';
