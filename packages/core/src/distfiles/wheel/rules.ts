/**
 * The wheel structure rules (R…: dist-info layout, WHEEL, RECORD, License-File, entry points) and
 * check-wheel-contents' checks (W…, with cwc's own numbers and titles).
 */
import { defineRules } from '../findings.js';

/** Wheel structure rules, keyed by code. */
export const WHEEL_RULES = defineRules({
  R001: {
    severity: 'error',
    source: 'pypi',
    title: 'The wheel must have WHEEL at {name}-{version}.dist-info/WHEEL, named as the file name starts',
  },
  R002: { severity: 'error', source: 'wheel-spec', title: 'A wheel has exactly one .dist-info directory' },
  R003: { severity: 'error', source: 'pypi', title: 'Wheel does not contain the required METADATA file' },
  R004: { severity: 'error', source: 'pypi', title: 'Wheel does not contain the required RECORD file' },
  R005: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'The .data directory is named as the .dist-info directory, with the .data extension',
  },
  R006: {
    severity: 'error',
    source: 'wheel-spec',
    title: '.data directory contents should be in subdirectories named with a valid scheme key',
  },
  R007: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'Subdirectories under .dist-info/ are reserved (licenses, license_files, LICENSES, sboms)',
  },
  R008: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'WHEEL is in email header format (Name: value lines)',
  },
  R009: { severity: 'error', source: 'wheel-spec', title: 'WHEEL has a Wheel-Version with major version 1' },
  R010: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'Installers warn on a Wheel-Version newer than 1.0',
  },
  R011: { severity: 'error', source: 'wheel-spec', title: 'WHEEL has Root-Is-Purelib: true or false' },
  R012: {
    severity: 'warning',
    source: 'wheel-spec',
    title: "WHEEL's Tag lines are the expanded compatibility tags of the file name",
  },
  R013: { severity: 'warning', source: 'wheel-spec', title: "WHEEL's Build is the file name's build tag" },
  R014: { severity: 'error', source: 'wheel-spec', title: 'Each RECORD row is path,hash,size' },
  R015: {
    severity: 'error',
    source: 'check-wheel-contents',
    title: 'RECORD paths are relative, non-empty and normalized',
  },
  R016: { severity: 'error', source: 'check-wheel-contents', title: 'Each path occurs once in RECORD' },
  R017: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'Installation will fail if any file in the archive is not mentioned in RECORD',
  },
  R018: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'RECORD lists the files in the wheel (no missing files, no directories)',
  },
  R019: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'Every file except RECORD must include its hash in RECORD',
  },
  R020: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'The hash algorithm must be sha256 or better; md5 and sha1 are not permitted',
  },
  R021: {
    severity: 'error',
    source: 'wheel-spec',
    title: 'Installation will fail if any file in the archive is not correctly hashed in RECORD',
  },
  R022: { severity: 'error', source: 'wheel-spec', title: "RECORD's size is the file's size in bytes" },
  R023: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'RECORD lists itself (with empty hash and size)',
  },
  R024: {
    severity: 'warning',
    source: 'wheel-spec',
    title: 'RECORD.jws and RECORD.p7s are deprecated and never mentioned in RECORD',
  },
  R025: {
    severity: 'error',
    source: 'pypi',
    title: 'Each License-File exists at {name}-{version}.dist-info/licenses/<path>',
  },
  R026: {
    severity: 'error',
    source: 'pypi',
    title: 'Wheel has invalid entry points defined in the entry_points.txt file',
  },
  R027: {
    severity: 'error',
    source: 'check-wheel-contents',
    title: 'check-wheel-contents: invalid wheel (RECORD structure)',
  },
  R028: {
    severity: 'warning',
    source: 'wheel-spec',
    title:
      'RECORD digests are urlsafe base64 without padding; hex digests install with pip and uv but fail `wheel unpack`',
  },
});

/** check-wheel-contents' checks, keyed by code; titles are cwc's messages. */
export const CWC_RULES = defineRules({
  W001: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel contains .pyc/.pyo files' },
  W002: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel contains duplicate files' },
  W003: {
    severity: 'warning',
    source: 'check-wheel-contents',
    title: 'Wheel contains non-module at library toplevel',
  },
  W004: {
    severity: 'warning',
    source: 'check-wheel-contents',
    title: 'Module is not located at importable path',
  },
  W005: {
    severity: 'warning',
    source: 'check-wheel-contents',
    title: 'Wheel contains common toplevel name in library',
  },
  W006: { severity: 'warning', source: 'check-wheel-contents', title: '__init__.py at top level of library' },
  W007: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel library is empty' },
  W008: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel is empty' },
  W009: {
    severity: 'warning',
    source: 'check-wheel-contents',
    title: 'Wheel contains multiple toplevel library entries',
  },
  W010: {
    severity: 'warning',
    source: 'check-wheel-contents',
    title: 'Toplevel library directory contains no Python modules',
  },
  W101: {
    severity: 'error',
    source: 'check-wheel-contents',
    title: 'Wheel library is missing files in package tree',
  },
  W102: {
    severity: 'error',
    source: 'check-wheel-contents',
    title: 'Wheel library contains files not in package tree',
  },
  W201: {
    severity: 'error',
    source: 'check-wheel-contents',
    title: 'Wheel library is missing specified toplevel entry',
  },
  W202: {
    severity: 'error',
    source: 'check-wheel-contents',
    title: 'Wheel library has undeclared toplevel entry',
  },
});

/** Every check-wheel-contents code, in cwc's order (what `select`/`ignore` prefixes expand over). */
export const CWC_CODES = Object.keys(CWC_RULES) as (keyof typeof CWC_RULES)[];
