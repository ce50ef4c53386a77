/**
 * PEP 639: from Metadata-Version 2.4, every License-File named in METADATA must be in the wheel at
 * `.dist-info/licenses/<path>`; PyPI rejects the upload otherwise.
 */
import { type Finding, finding } from '../findings.js';
import { WHEEL_RULES } from './rules.js';

function atLeast24(metadataVersion: string): boolean {
  const m = /^\s*([0-9]+)\.([0-9]+)/.exec(metadataVersion);
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 2 || (major === 2 && minor >= 4);
}

/**
 * Each License-File exists at `<distInfo>/licenses/<path>` (checked from Metadata-Version 2.4 on;
 * older metadata's License-File is informational). `filename` is the wheel's, for PyPI's message.
 */
export function checkLicenseFiles(
  licenseFiles: string[],
  distInfo: string,
  members: string[],
  metadataVersion: string,
  filename: string,
): Finding[] {
  if (!atLeast24(metadataVersion)) return [];
  const present = new Set(members);
  return licenseFiles
    .filter((path) => !present.has(`${distInfo}/licenses/${path}`))
    .map((path) =>
      finding(
        WHEEL_RULES.R025,
        `License-File ${path} does not exist in distribution file ${filename} at ${distInfo}/licenses/${path}`,
        'list the license files in [project] license-files (globs relative to pyproject.toml) and rebuild with a ' +
          'backend that supports PEP 639, which copies them to .dist-info/licenses/',
        [`${distInfo}/licenses/${path}`],
      ),
    );
}
