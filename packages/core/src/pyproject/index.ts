/** Reading Python repositories: configuration, discovery, version locations, tag formats. */
export {
  defaultConfig,
  type DockerSettings,
  type DockerVariantSetting,
  loadConfig,
  type PackageSetting,
  type ReleaseConfig,
  type VersionFileSetting,
  type VersionPolicy,
} from './config.js';
export { discoverPackageDirs, type SkippedDir } from './discover.js';
export type { SkippedManifest } from './package.js';
export { RepoFiles } from './repo-files.js';
export { buildLocation, declaredVersion } from './locations.js';
export {
  explainDiscovery,
  type Repository,
  type RepositoryOptions,
  readRepository,
  type UnreadablePackage,
} from './repository.js';
export {
  DEFAULT_INDEPENDENT_TAG_FORMAT,
  DEFAULT_TAG_FORMAT,
  matchTag,
  renderTag,
  type TagMatch,
  tagReleaseVersion,
  tagFromRef,
  UNCONFIGURED_TAG_FORMATS,
  validateTagFormat,
  versionFromTag,
} from './tag-format.js';
export type {
  FileSpan,
  InternalPin,
  LocationKind,
  PythonPackage,
  TagDerivedVersion,
  VersionLocation,
} from './types.js';
