/**
 * Distribution files (wheels and sdists): checking them as twine check, PyPI's upload and
 * check-wheel-contents would, with stable finding codes and a JSON report.
 */
import { ARCHIVE_RULES } from './archive/index.js';
import type { Rule } from './findings.js';
import { METADATA_RULES } from './metadata/index.js';
import { NAME_RULES } from './filenames/index.js';
import { CHECK_RULES } from './own-rules.js';
import { README_RULES } from './readme/index.js';
import { CWC_RULES, WHEEL_RULES } from './wheel/index.js';

export {
  type CheckOptions,
  type CheckReport,
  checkDistributions,
  type FileReport,
  type FileStatus,
  PYPI_MAX_FILE_SIZE,
  type RstRendererReport,
} from './check.js';
export { type CheckDistFilesDeps, type CheckDistFilesOptions, checkDistFiles } from './check-dist-files.js';
export { cwcConfigsOf, type ProjectCwcConfig } from './project-cwc-config.js';
export { expandDistributionPaths } from './files.js';
export { type Finding, type Rule, type RuleSource, type Severity } from './findings.js';
export { type CodeFilter, filterFindings, splitCodes, validateCodeFilter } from './select.js';
export { TROVE_CLASSIFIERS_VERSION } from './metadata/trove-classifiers.generated.js';
export {
  type DocutilsInstaller,
  docutilsCacheDir,
  installedDocutils,
  pipDocutilsInstaller,
  PYPI_DOCUTILS_VERSION,
} from './readme/index.js';
export { findingLine, memberList, rendererText, reportRelativeTo, statusText } from './report.js';
export { parseSize } from './size.js';

/** Every rule the checker has, sorted by code. */
export const ALL_RULES: readonly Rule[] = [
  ARCHIVE_RULES,
  METADATA_RULES,
  NAME_RULES,
  CHECK_RULES,
  README_RULES,
  WHEEL_RULES,
  CWC_RULES,
]
  .flatMap((group) => Object.values(group) as Rule[])
  // Codes are ASCII: a plain comparison, not localeCompare, whose ICU collator costs milliseconds at start-up.
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
