/**
 * Archive framing rules: what PyPI (Warehouse's `_is_valid_dist_file` and `utils/zipfiles.py`)
 * rejects in the ZIP or tar container itself, and what installers and the sdist spec's `data`
 * extraction filter refuse, before any metadata is looked at.
 */
import { defineRules } from '../findings.js';

/** Where PyPI explains its archive restrictions; quoted in every ZIP framing message. */
export const PYPI_ARCHIVES_HELP = 'https://docs.pypi.org/archives';

/** Rules Z001–Z016 (ZIP, wheels) and Z020–Z029 (tar.gz, sdists). */
export const ARCHIVE_RULES = defineRules({
  Z001: {
    severity: 'error',
    source: 'pypi',
    title: 'The wheel is not a ZIP archive ("File is not a zipfile")',
  },
  Z002: {
    severity: 'error',
    source: 'pypi',
    title: 'The file reads both as a ZIP and as a tar archive ("File is both a zip and a tar file")',
  },
  Z003: {
    severity: 'error',
    source: 'pypi',
    title: 'A file name appears twice ("ZIP archive not accepted: Duplicate filename in central directory")',
  },
  Z004: {
    severity: 'error',
    source: 'pypi',
    title: 'Data or comments after the ZIP records ("ZIP archive not accepted: Trailing data")',
  },
  Z005: {
    severity: 'error',
    source: 'pypi',
    title:
      'Data before the first local header or between records ("ZIP archive not accepted: Unknown record signature")',
  },
  Z006: {
    severity: 'error',
    source: 'pypi',
    title:
      'Local headers and the central directory list different files ("ZIP archive not accepted: Mis-matched local headers and central directory")',
  },
  Z007: {
    severity: 'warning',
    source: 'otai-release',
    title:
      'A local header and its central directory entry disagree on compression method or flags (readers that stream and readers that seek see different data)',
  },
  Z008: {
    severity: 'error',
    source: 'pypi',
    title:
      'The ZIP was written in streaming mode ("ZIP archive not accepted: ZIP contains a data descriptor")',
  },
  Z009: {
    severity: 'error',
    source: 'pypi',
    title: 'A file name is not UTF-8 ("ZIP archive not accepted: Filename not valid UTF-8")',
  },
  Z010: {
    severity: 'error',
    source: 'pypi',
    title:
      'A file name holds a control character, 0x00–0x1F or 0x7F ("ZIP archive not accepted: Invalid character in filename")',
  },
  Z011: {
    severity: 'error',
    source: 'pypi',
    title: 'A member is neither stored nor deflated ("File does not use a supported compression type")',
  },
  Z012: {
    severity: 'error',
    source: 'pypi',
    title:
      'Over 64 MiB uncompressed at more than 50 times the file size ("File exceeds compression ratio of 50")',
  },
  Z013: {
    severity: 'error',
    source: 'pypi',
    title:
      'The ZIP records are malformed: counts, offsets, ZIP64 records or extra fields ("ZIP archive not accepted: Malformed zip file")',
  },
  Z014: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'A member cannot be read back intact: bad CRC-32, wrong size, truncated or corrupt data',
  },
  Z015: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'A member is encrypted; installers cannot read it',
  },
  Z016: {
    severity: 'error',
    source: 'otai-release',
    title: 'A member that must be inspected is larger than the checker reads',
  },
  Z020: {
    severity: 'error',
    source: 'pypi',
    title: 'The sdist is not a gzip-compressed tar archive ("File is not a tarfile")',
  },
  Z021: {
    severity: 'error',
    source: 'pypi',
    title: 'The sdist has sparse members ("tar archive not accepted: Sparse members are not allowed.")',
  },
  Z022: {
    severity: 'error',
    source: 'pypi',
    title:
      'The sdist has no single top-level directory ("Incorrect number of top-level directories in sdist")',
  },
  Z023: {
    severity: 'error',
    source: 'pypi',
    title: 'The sdist has no PKG-INFO in its top-level directory ("PKG-INFO not found at <root>/PKG-INFO")',
  },
  Z024: { severity: 'error', source: 'sdist-spec', title: '<root>/PKG-INFO is not a regular file' },
  Z025: {
    severity: 'error',
    source: 'sdist-spec',
    title: "A member's path is absolute or leads outside the sdist (refused by the `data` extraction filter)",
  },
  Z026: {
    severity: 'error',
    source: 'sdist-spec',
    title: 'A link points to an absolute path or outside the sdist (refused by the `data` extraction filter)',
  },
  Z027: {
    severity: 'error',
    source: 'sdist-spec',
    title: 'A member is a device, FIFO or other special file (refused by the `data` extraction filter)',
  },
  Z028: {
    severity: 'warning',
    source: 'sdist-spec',
    title: 'A member has the setuid or setgid bit set (cleared by the `data` extraction filter)',
  },
  Z029: {
    severity: 'error',
    source: 'sdist-spec',
    title: "A tar header is damaged: Python's tarfile stops reading there, so later members are invisible",
  },
});
