/**
 * The file-name rules (F…): what twine, packaging, PyPI (Warehouse) and the wheel/sdist specs
 * require of a distribution's file name, on its own and against the file's metadata.
 */
import { defineRules } from '../findings.js';

/** File-name rules, keyed by code. */
export const NAME_RULES = defineRules({
  F001: {
    severity: 'error',
    source: 'pypi',
    title:
      'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
  },
  F002: { severity: 'error', source: 'pypi', title: "Cannot upload a file with '/' or '\\' in the name." },
  F003: {
    severity: 'error',
    source: 'pypi',
    title: 'Invalid file extension: Use .tar.gz, .whl or .zip extension (twine: Unknown distribution format)',
  },
  F004: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'The wheel file name must parse as {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl',
  },
  F005: {
    severity: 'error',
    source: 'pypi',
    title: 'Filename should contain the normalized project name (lowercase, runs of -_. as _)',
  },
  F006: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'Version numbers should be normalised in wheel file names',
  },
  F007: { severity: 'error', source: 'pypi', title: 'Binary wheel has an unsupported platform tag' },
  F008: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'Compressed tag set components must be in sorted order per PEP 425',
  },
  F009: { severity: 'error', source: 'pypi', title: 'Filename is too long' },
  F010: { severity: 'error', source: 'pypi', title: 'Invalid source distribution filename' },
  F011: {
    severity: 'error',
    source: 'pypi',
    title: 'Source distributions must be .tar.gz files (PEP 625); PyPI rejects .zip sdists',
  },
  F012: {
    severity: 'error',
    source: 'pypi',
    title: 'The sdist file name must be {normalized_name}-{normalized_version}.tar.gz (PEP 625)',
  },
  F013: {
    severity: 'error',
    source: 'pypi',
    title: 'Start filename for the project with its normalized name',
  },
  F014: {
    severity: 'error',
    source: 'pypi',
    title: 'The version in the file name must equal the metadata Version',
  },
});
