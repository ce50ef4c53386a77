/** Rules the orchestrator checks itself: file size and the sdist's own structure. */
import { type Finding, defineRules, finding } from './findings.js';

/** S001 and the sdist structure rules R101–R102. */
export const CHECK_RULES = defineRules({
  S001: {
    severity: 'error',
    source: 'pypi',
    title: "File too large: over PyPI's upload limit for the project (100 MiB unless PyPI raised it)",
  },
  R101: {
    severity: 'error',
    source: 'pypi',
    title: 'A License-File named in PKG-INFO does not exist in the sdist',
  },
  R102: {
    severity: 'warning',
    source: 'sdist-spec',
    title: 'The sdist has no pyproject.toml at its root (the source distribution format requires one)',
  },
  R103: {
    severity: 'error',
    source: 'twine',
    title: 'No readable METADATA / PKG-INFO: twine and PyPI cannot read the distribution',
  },
});

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

/** S001 for a file of `size` bytes over `limit`. */
export function fileTooLarge(filename: string, size: number, limit: number): Finding {
  return finding(
    CHECK_RULES.S001,
    `File too large: ${filename} is ${mib(size)} MiB; the limit is ${mib(limit)} MiB. PyPI refuses it today ` +
      "unless it raised the project's limit (100 MiB by default, 1 GiB at most); larger files already on PyPI " +
      'were uploaded under a raised limit.',
    'keep test data, docs and build leftovers out of the distribution, or ask PyPI for a larger limit (https://pypi.org/help/#file-size-limit) and raise max-file-size',
  );
}
