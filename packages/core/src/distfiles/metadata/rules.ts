/**
 * The core metadata rules: M for what twine 7 (through packaging 26) rejects, P for what only PyPI
 * (Warehouse's forklift/metadata.py) rejects at upload, so `twine check` passing is not the end of it.
 */
import { defineRules } from '../findings.js';

/** Rules M001–M015 and P001–P013. */
export const METADATA_RULES = defineRules({
  M001: {
    severity: 'error',
    source: 'twine',
    title: 'Metadata-Version is missing or not one packaging knows (1.0, 1.1, 1.2, 2.1–2.6; 2.0 is rejected)',
  },
  M002: { severity: 'error', source: 'twine', title: 'Name is missing or not a valid project name' },
  M003: { severity: 'error', source: 'twine', title: 'Version is missing or not a PEP 440 version' },
  M004: {
    severity: 'error',
    source: 'twine',
    title: 'A field was introduced in a later metadata version than the declared Metadata-Version',
  },
  M005: {
    severity: 'error',
    source: 'twine',
    title:
      'Unrecognized or malformed field (unknown, repeated single-use, duplicate Project-URL label, not UTF-8)',
  },
  M006: { severity: 'error', source: 'twine', title: "'summary' must be a single line" },
  M007: {
    severity: 'error',
    source: 'twine',
    title:
      'Description-Content-Type is not text/plain, text/x-rst or text/markdown with UTF-8 and a GFM/CommonMark variant',
  },
  M008: {
    severity: 'error',
    source: 'twine',
    title: 'Dynamic names Name, Version or Metadata-Version, or something that is not a core metadata field',
  },
  M009: {
    severity: 'error',
    source: 'twine',
    title: 'A Requires-Dist entry is not a valid PEP 508 dependency specifier',
  },
  M010: { severity: 'error', source: 'twine', title: 'Requires-Python is not a valid PEP 440 specifier set' },
  M011: { severity: 'error', source: 'twine', title: 'A Provides-Extra entry is not a valid extra name' },
  M012: {
    severity: 'error',
    source: 'twine',
    title: 'License-Expression is not a valid SPDX license expression',
  },
  M013: {
    severity: 'error',
    source: 'twine',
    title: "A License-File path is absolute, has '..' or '*', or does not use '/'",
  },
  M014: { severity: 'error', source: 'twine', title: 'An Import-Name or Import-Namespace entry is invalid' },
  M015: {
    severity: 'notice',
    source: 'sdist-spec',
    title: "The sdist's PKG-INFO is older than Metadata 2.2, which the source distribution format requires",
  },
  P001: {
    severity: 'error',
    source: 'pypi',
    title: 'PyPI does not accept this Metadata-Version yet (it accepts 1.0–2.5)',
  },
  P002: { severity: 'error', source: 'pypi', title: 'PyPI does not allow local versions (`1.0+abc`)' },
  P003: { severity: 'error', source: 'pypi', title: "'summary' field must be 512 characters or less." },
  P004: {
    severity: 'error',
    source: 'pypi',
    title: 'Author-email or Maintainer-email is not a valid email address',
  },
  P005: { severity: 'error', source: 'pypi', title: "A classifier is not one of PyPI's trove classifiers" },
  P006: { severity: 'error', source: 'pypi', title: 'A classifier has been deprecated' },
  P007: {
    severity: 'error',
    source: 'pypi',
    title:
      "A 'Private ::' classifier: PyPI rejects every upload that has one (intended, to block accidental uploads)",
  },
  P008: { severity: 'error', source: 'pypi', title: 'Home-page or Download-URL is not a valid http(s) URL' },
  P009: {
    severity: 'error',
    source: 'pypi',
    title: 'A Project-URL lacks a label, has a label over 32 characters, or lacks a valid http(s) URL',
  },
  P010: {
    severity: 'error',
    source: 'pypi',
    title: 'A Provides-Dist or Obsoletes-Dist entry does not parse or is a direct reference',
  },
  P011: {
    severity: 'error',
    source: 'pypi',
    title: "Can't have direct dependency: a Requires-Dist entry uses `@ URL`",
  },
  P012: {
    severity: 'error',
    source: 'pypi',
    title: 'Dynamic names a field PyPI does not allow to be dynamic',
  },
  P013: {
    severity: 'error',
    source: 'pypi',
    title:
      'License is deprecated when License-Expression is present. Only License-Expression should be present.',
  },
});
