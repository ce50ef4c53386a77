/**
 * File name against the file's own metadata, as PyPI checks at upload: the name must be the
 * project's, the version the metadata's. Only what the file name alone cannot show is reported here;
 * `checkWheelFilename` / `checkSdistFilename` report escaping and PEP 625 form, so calling both never
 * gives the same message twice.
 */
import { canonicalizeName, distFilenamePrefix } from '../../names/index.js';
import { formatVersion, isPostrelease, tryParseVersion, versionsEqual } from '../../pep440/index.js';
import { type Finding, finding } from '../findings.js';
import type { DistKind } from './file-kind.js';
import { pyRepr } from '../python-text.js';
import { NAME_RULES } from './rules.js';
import { expectedSdistFilename, parseSdistFilename, pep625Message } from './sdist-filename.js';
import { parseWheelFilename } from './wheel-filename.js';

function startFilename(metadataName: string): Finding {
  const prefix = distFilenamePrefix(metadataName);
  return finding(
    NAME_RULES.F013,
    `Start filename for ${pyRepr(metadataName)} with ${pyRepr(prefix)}.`,
    `the file was built for a different project than its metadata names: rebuild it from the project whose ` +
      `[project] name is ${JSON.stringify(metadataName)}, and never rename a built file by hand`,
  );
}

// Warehouse splits sdist names at the last '-'; when the version is a post-release written with a
// hyphen (`1.0-1`) and the name does not match, it retries at the second-to-last '-', keeping that
// name even when the rest is not a version.
function sdistNameFromFilename(
  filename: string,
  metadataName: string,
  postRelease: boolean,
): string | undefined {
  const parsed = parseSdistFilename(filename);
  if (!parsed.ok) return undefined;
  let name = parsed.name;
  if (
    postRelease &&
    canonicalizeName(name) !== canonicalizeName(metadataName) &&
    filename.split('-').length - 1 >= 2
  ) {
    const beforeLast = filename.slice(0, filename.lastIndexOf('-'));
    name = beforeLast.slice(0, Math.max(0, beforeLast.lastIndexOf('-')));
  }
  return name;
}

/**
 * PyPI's file-name-vs-metadata checks: `Start filename for … with …`, `Version in filename should be
 * … not …` (wheels) and the exact PEP 625 name built from the metadata (sdists). File names that do
 * not parse give no finding here (the file-name checks report them); nor does an invalid metadata
 * version (the metadata checks report it).
 */
export function checkFilenameAgainstMetadata(
  filename: string,
  kind: DistKind,
  metadataName: string,
  metadataVersion: string,
): Finding[] {
  const metaVersion = tryParseVersion(metadataVersion);
  if (kind === 'wheel') {
    const parsed = parseWheelFilename(filename);
    if (!parsed.ok) return [];
    if (canonicalizeName(parsed.wheel.name) !== canonicalizeName(metadataName))
      return [startFilename(metadataName)];
    if (metaVersion && !versionsEqual(metaVersion, parsed.version)) {
      return [
        finding(
          NAME_RULES.F014,
          `Version in filename should be ${pyRepr(formatVersion(metaVersion))} not ${pyRepr(formatVersion(parsed.version))}.`,
          'rebuild the wheel: its file name and METADATA come from one build, so a mismatch means the file was ' +
            'renamed or assembled from different builds',
        ),
      ];
    }
    return [];
  }
  const nameFromFile = sdistNameFromFilename(
    filename,
    metadataName,
    metaVersion ? isPostrelease(metaVersion) : false,
  );
  if (nameFromFile === undefined) return [];
  if (canonicalizeName(nameFromFile) !== canonicalizeName(metadataName)) return [startFilename(metadataName)];
  if (!metaVersion) return [];
  const expected = `${distFilenamePrefix(metadataName)}-${formatVersion(metaVersion)}.tar.gz`;
  // Equal to what the file name alone implies: checkSdistFilename has reported it already.
  if (filename === expected || expected === expectedSdistFilename(filename)) return [];
  return [
    finding(
      NAME_RULES.F012,
      pep625Message(filename, expected),
      'rebuild the sdist from the project at this version; its file name must be the normalized name and ' +
        'version from PKG-INFO (PEP 625), so a mismatch means the file was renamed or built from other sources',
    ),
  ];
}
