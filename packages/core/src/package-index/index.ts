/** The read side of a PyPI-compatible index: where it lives, and what it already holds. */
export { authorizationHeader, type IndexEndpoints, resolveIndex } from './endpoints.js';
export {
  type DistFilename,
  distFileKey,
  isFileOfRelease,
  parseDistFilename,
  sdistFilename,
} from './filenames.js';
export { latestRelease, type ReleaseSummary } from './latest.js';
export {
  type CheckReleaseOptions,
  checkRelease,
  DELETED_FILES_NOTE,
  type ReleaseCheck,
} from './release-check.js';
export {
  fetchSimpleProject,
  parseSimpleHtml,
  parseSimpleJson,
  SIMPLE_ACCEPT,
  type SimpleFile,
  type SimpleProject,
} from './simple.js';
