/** Checking that a repository's versions, pins, tag and index state allow a release. */
export { type VersionCheckOptions, checkConsistency } from './check.js';
export { checkIndex, type IndexCheckOptions } from './index-check.js';
export type {
  ConsistencyResult,
  VersionFinding,
  FindingCode,
  IndexState,
  LocationReport,
  PackageReport,
} from './types.js';
export {
  errorCount,
  type ValidateDeps,
  type ValidateOptions,
  type ValidationResult,
  validateRelease,
} from './validate.js';
export { independentByEvidence, mayBeIndependent } from './policy-evidence.js';
