/**
 * Source distribution file names: packaging's `parse_sdist_filename` and the PEP 625 form PyPI
 * enforces exactly (`{normalized_name}-{str(Version)}.tar.gz`).
 */
import { distFilenamePrefix } from '../../names/index.js';
import { formatVersion, tryParseVersion } from '../../pep440/index.js';
import { type Finding, finding } from '../findings.js';
import { checkFilenameBasics } from './file-kind.js';
import { pyRepr } from '../python-text.js';
import { NAME_RULES } from './rules.js';

/** The name and version parts of an sdist file name, as written, or packaging's error message. */
export type SdistNameParse =
  { ok: true; name: string; version: string; extension: '.tar.gz' | '.zip' } | { ok: false; error: string };

/** Parses as packaging.utils.parse_sdist_filename: the version follows the last `-`. */
export function parseSdistFilename(filename: string): SdistNameParse {
  let extension: '.tar.gz' | '.zip';
  if (filename.endsWith('.tar.gz')) extension = '.tar.gz';
  else if (filename.endsWith('.zip')) extension = '.zip';
  else {
    return {
      ok: false,
      error: `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pyRepr(filename)}`,
    };
  }
  const stem = filename.slice(0, -extension.length);
  const dash = stem.lastIndexOf('-');
  if (dash === -1) return { ok: false, error: `Invalid sdist filename: ${pyRepr(filename)}` };
  const name = stem.slice(0, dash);
  const version = stem.slice(dash + 1);
  if (name === '')
    return { ok: false, error: `Invalid sdist filename (empty project name): ${pyRepr(filename)}` };
  if (!tryParseVersion(version)) {
    return { ok: false, error: `Invalid sdist filename (invalid version): ${pyRepr(filename)}` };
  }
  return { ok: true, name, version, extension };
}

/**
 * The PEP 625 file name this file name stands for, derived from its own name and version, or
 * undefined when that is ambiguous: in `foo-1.0-1.tar.gz` either `foo-1.0` is the name or `1.0-1`
 * (a post-release) is the version, and only the metadata can tell.
 */
export function expectedSdistFilename(filename: string): string | undefined {
  const parsed = parseSdistFilename(filename);
  if (!parsed.ok) return undefined;
  const dash = parsed.name.lastIndexOf('-');
  if (dash !== -1 && tryParseVersion(`${parsed.name.slice(dash + 1)}-${parsed.version}`)) return undefined;
  return `${distFilenamePrefix(parsed.name)}-${formatVersion(tryParseVersion(parsed.version)!)}.tar.gz`;
}

/** PyPI's PEP 625 message for a file that is not named `expected`. */
export function pep625Message(filename: string, expected: string): string {
  return `Filename ${pyRepr(filename)} is invalid, should be ${pyRepr(expected)}.`;
}

const PEP_625_FIX =
  'build the sdist with a current build backend, which names it {normalized_name}-{version}.tar.gz (PEP 625); ' +
  'never rename a built file by hand';

/** Checks an sdist's file name on its own: PyPI's basics, packaging's parse and the PEP 625 form. */
export function checkSdistFilename(filename: string): {
  parsed?: { name: string; version: string };
  findings: Finding[];
} {
  const findings = checkFilenameBasics(filename, 'sdist');
  const parsed = parseSdistFilename(filename);
  if (!parsed.ok) {
    findings.push(
      finding(
        NAME_RULES.F010,
        `Invalid source distribution filename: ${filename} (${parsed.error})`,
        `name the file {name}-{version}.tar.gz — ${PEP_625_FIX}`,
      ),
    );
    return { findings };
  }
  const expected = expectedSdistFilename(filename);
  if (parsed.extension === '.zip') {
    findings.push(
      finding(
        NAME_RULES.F011,
        `${expected ? pep625Message(filename, expected) : `Filename ${pyRepr(filename)} is invalid.`} ` +
          'PyPI accepts only .tar.gz source distributions (PEP 625).',
        'build the sdist as .tar.gz: `python -m build --sdist` and `uv build --sdist` do; drop `--formats=zip` ' +
          'or [sdist] formats = zip from setup.cfg',
      ),
    );
  } else if (expected !== filename) {
    findings.push(
      finding(
        NAME_RULES.F012,
        expected
          ? pep625Message(filename, expected)
          : `Filename ${pyRepr(filename)} is invalid: a PEP 625 sdist name has exactly one '-', between the ` +
              `normalized name (with '_') and the normalized version`,
        PEP_625_FIX,
      ),
    );
  }
  return { parsed: { name: parsed.name, version: parsed.version }, findings };
}
