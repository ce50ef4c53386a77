/** The description (long_description) rules: what twine check warns or fails on, and PyPI's renderer. */
import { defineRules } from '../findings.js';

/** Rules D001–D005. */
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
    title: 'reStructuredText description not rendered: no Python with docutils was found',
  },
  D005: {
    severity: 'notice',
    source: 'otai-release',
    title:
      "reStructuredText description rejected by a docutils older than PyPI's, the only one available; PyPI's may render it",
  },
});
