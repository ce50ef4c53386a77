/**
 * The wheel's directory layout: one `{name}-{version}.dist-info` named exactly as the file name
 * starts (PyPI looks for WHEEL there and nowhere else), METADATA/WHEEL/RECORD in it, a `.data`
 * directory named to match with only scheme-key subdirectories, and reserved `.dist-info` subdirs.
 */
import { type Finding, finding } from '../findings.js';
import type { WheelName } from '../filenames/wheel-filename.js';
import { pyRepr } from '../python-text.js';
import { WHEEL_RULES } from './rules.js';

/** The members a wheel check needs: the archive's file names (directories left out). */
export interface WheelMembers {
  names: string[];
}

const SCHEME_KEYS = ['data', 'headers', 'platlib', 'purelib', 'scripts'];
const RESERVED_DIST_INFO_SUBDIRS = new Set(['licenses', 'license_files', 'LICENSES', 'sboms']);

const REBUILD_FIX =
  'rebuild the wheel with its build backend and publish it under the name the backend gave it; ' +
  'a renamed wheel no longer matches its .dist-info directory';

function topLevelDirs(members: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const m of members) {
    const slash = m.indexOf('/');
    if (slash > 0) dirs.add(m.slice(0, slash));
  }
  return [...dirs];
}

function checkDataDirs(filename: string, members: readonly string[], expected: string): Finding[] {
  const findings: Finding[] = [];
  // pip treats every top-level directory ending in `.data` as a data directory.
  const dataDirs = topLevelDirs(members).filter((d) => d.endsWith('.data'));
  if (dataDirs.length > 1) {
    findings.push(
      finding(
        WHEEL_RULES.R005,
        `Wheel contains multiple .data directories: ${dataDirs.map(pyRepr).join(', ')}`,
        `keep only ${pyRepr(expected)}: ${REBUILD_FIX}`,
      ),
    );
  }
  for (const dir of dataDirs) {
    if (dir !== expected) {
      findings.push(
        finding(
          WHEEL_RULES.R005,
          `The .data directory ${pyRepr(dir)} is not named as the .dist-info directory: it must be ${pyRepr(expected)}`,
          REBUILD_FIX,
        ),
      );
    }
  }
  const unexpected: string[] = [];
  const unknownKeys = new Map<string, string>();
  const nestedScripts: string[] = [];
  for (const m of members) {
    const parts = m.split('/');
    if (parts.length < 2 || !dataDirs.includes(parts[0]!)) continue;
    if (parts.length < 3) unexpected.push(m);
    else if (!SCHEME_KEYS.includes(parts[1]!)) {
      if (!unknownKeys.has(parts[1]!)) unknownKeys.set(parts[1]!, m);
    } else if (parts[1] === 'scripts' && parts.length > 3) nestedScripts.push(m);
  }
  for (const m of unexpected) {
    findings.push(
      finding(
        WHEEL_RULES.R006,
        `Unexpected file in ${filename}: ${pyRepr(m)}. .data directory contents should be named like: '<scheme key>/<path>'.`,
        `move the file into one of the scheme directories (${SCHEME_KEYS.join(', ')}) in the build backend's ` +
          'shared-data/data-files setting',
        [m],
      ),
    );
  }
  for (const [key, m] of unknownKeys) {
    findings.push(
      finding(
        WHEEL_RULES.R006,
        `Unknown scheme key used in ${filename}: ${key} (for file ${pyRepr(m)}). .data directory contents should be ` +
          `in subdirectories named with a valid scheme key (${SCHEME_KEYS.join(', ')})`,
        `map the files to one of ${SCHEME_KEYS.join(', ')} in the build backend's shared-data/data-files setting ` +
          '(e.g. [tool.hatch.build.targets.wheel.shared-data])',
        [m],
      ),
    );
  }
  if (nestedScripts.length > 0) {
    findings.push(
      finding(
        WHEEL_RULES.R006,
        `The scripts directory may only contain regular files, but ${nestedScripts.map(pyRepr).join(', ')} ` +
          `${nestedScripts.length === 1 ? 'is' : 'are'} in a subdirectory of it`,
        'list each script file directly under scripts/ in the build backend configuration, or ship them as ' +
          '[project.scripts] entry points',
        nestedScripts,
      ),
    );
  }
  return findings;
}

/**
 * The wheel's layout: exactly one `.dist-info` directory, named `{name}-{version}.dist-info` as the
 * file name starts, holding METADATA, WHEEL and RECORD; `.data` named to match, with scheme-key
 * subdirectories; no unreserved `.dist-info` subdirectories. `members` are the archive's file names.
 * Returns the `.dist-info` directory to read metadata from (the expected one, or else the only one).
 */
export function checkWheelLayout(
  filename: string,
  wheelName: WheelName,
  members: string[],
): { distInfo?: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const expected = `${wheelName.name}-${wheelName.version}.dist-info`;
  const distInfos = topLevelDirs(members).filter((d) => d.endsWith('.dist-info'));
  if (distInfos.length > 1) {
    findings.push(
      finding(
        WHEEL_RULES.R002,
        `multiple .dist-info directories found: ${distInfos.join(', ')}`,
        `a wheel has exactly one .dist-info directory; ${REBUILD_FIX}, and with setuptools delete build/ first`,
      ),
    );
  }
  let distInfo: string | undefined;
  if (members.includes(`${expected}/WHEEL`)) distInfo = expected;
  else {
    const others = distInfos.filter((d) => d !== expected);
    const why = distInfos.includes(expected)
      ? 'the .dist-info directory has no WHEEL file'
      : others.length > 0
        ? `the wheel's .dist-info directory is ${others.map(pyRepr).join(', ')}`
        : 'the wheel has no .dist-info directory';
    findings.push(
      finding(
        WHEEL_RULES.R001,
        `Invalid distribution file. WHEEL not found at ${expected}/WHEEL (${why})`,
        REBUILD_FIX,
      ),
    );
    distInfo = distInfos.includes(expected) ? expected : distInfos.length === 1 ? distInfos[0] : undefined;
  }
  if (distInfo !== undefined) {
    for (const [file, rule] of [
      ['METADATA', WHEEL_RULES.R003],
      ['RECORD', WHEEL_RULES.R004],
    ] as const) {
      if (!members.includes(`${distInfo}/${file}`)) {
        findings.push(
          finding(
            rule,
            `Wheel '${filename}' does not contain the required ${file} file: ${distInfo}/${file}`,
            `${REBUILD_FIX}; every backend writes ${file}`,
          ),
        );
      }
    }
    const unreserved = members.filter((m) => {
      const parts = m.split('/');
      return parts[0] === distInfo && parts.length > 2 && !RESERVED_DIST_INFO_SUBDIRS.has(parts[1]!);
    });
    if (unreserved.length > 0) {
      findings.push(
        finding(
          WHEEL_RULES.R007,
          `Subdirectories under .dist-info/ are reserved for future use (only licenses, license_files, LICENSES and ` +
            `sboms have a use): ${unreserved.map(pyRepr).join(', ')}`,
          'put extra files inside the package (as package data), or license files under .dist-info/licenses/ ' +
            '(via [project] license-files)',
          unreserved,
        ),
      );
    }
  }
  findings.push(
    ...checkDataDirs(filename, members, `${(distInfo ?? expected).slice(0, -'.dist-info'.length)}.data`),
  );
  return { distInfo, findings };
}
