/** Rules the orchestrator checks itself: file size and the sdist's own structure. */
import { defineRules } from './findings.js';

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
