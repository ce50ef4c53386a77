/**
 * GitHub Releases: one release per tag, found (drafts included), created or updated, with notes from
 * the changelog or GitHub, PEP 440 pre-release and latest decisions, and assets synced by digest.
 * Takes an injected Octokit (GitHubClient); never imports @actions/*.
 */
export {
  type ApiFailure,
  explainFailure,
  isAlreadyExists,
  isApiFailure,
  isNotFound,
  isTransient,
  validationErrors,
} from './api-errors.js';
export {
  type AssetAction,
  type AssetPlan,
  type AssetStep,
  assetNamed,
  assetSha256,
  planAssets,
  sameContent,
} from './asset-plan.js';
export { githubApi } from './api-client.js';
export { DEFAULT_API_URL, githubClientOptions } from './client-options.js';
export {
  type AutoFlag,
  decideLatest,
  decidePrerelease,
  type LatestDecision,
  type LatestRelease,
} from './flags.js';
export { contentTypeFor, fileSha256, type LocalAsset, localAssets, MAX_ASSET_SIZE } from './local-assets.js';
export {
  checkNotesRequest,
  type GenerateNotes,
  NOTES_SOURCES,
  type NotesRequest,
  type NotesSource,
  notesSource,
  type ReleaseNotes,
  releaseNotes,
} from './notes.js';
export { releasePlanText } from './report-text.js';
export { streamingFetch, type StreamingFetchOptions, UPLOAD_IDLE_TIMEOUT_MS } from './stream-upload.js';
export { canonicalRelease, findRelease, hasNextPage, releasesWithTag } from './releases.js';
export {
  type AssetReport,
  CHANGELOG_FILE,
  changedFields,
  type ReleaseReport,
  type ReleaseRequest,
  syncRelease,
} from './sync-release.js';
export {
  formatPrefix,
  previousTag,
  readTagVersion,
  type TagVersion,
  versionUnderFormat,
} from './tag-version.js';
export {
  type AssetRecord,
  type GitHubClient,
  type GitHubContext,
  parseRepositoryName,
  type ReleaseRecord,
  type RepositoryName,
} from './types.js';
export {
  applyAssetStep,
  type UploadOptions,
  type UploadOutcome,
  uploadMismatch,
  uploadTarget,
} from './uploads.js';
