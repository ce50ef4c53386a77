/** The description (long_description) rules: what twine check warns or fails on, and PyPI's renderer. */
import { defineRules } from '../findings.js';

/** Rules D001–D004. */
export const README_RULES = defineRules({
  D001: {
    severity: 'warning',
    source: 'twine',
    title: '`long_description` missing (empty or UNKNOWN): PyPI shows no project description',
  },
  D002: {
    severity: 'warning',
    source: 'twine',
    title: '`long_description_content_type` missing: PyPI renders the description as reStructuredText',
  },
  D003: {
    severity: 'error',
    source: 'pypi',
    title:
      'The description has syntax errors in markup and would not be rendered on PyPI (upload is rejected)',
  },
  D004: {
    severity: 'warning',
    source: 'otai-release',
    title: 'reStructuredText description not rendered: readme_renderer is not importable by any Python found',
  },
});
