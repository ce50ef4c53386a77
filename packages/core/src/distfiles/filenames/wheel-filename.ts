/**
 * Wheel file names: packaging's `parse_wheel_filename` (same checks, same messages), the PEP 427
 * escaping PyPI enforces, and PyPI's platform tag allow-list.
 */
import { distFilenamePrefix } from '../../names/index.js';
import { formatVersion, tryParseVersion, type Version } from '../../pep440/index.js';
import { type Finding, finding } from '../findings.js';
import { checkFilenameBasics } from './file-kind.js';
import { isPyPIPlatformTag } from './platform-tags.js';
import { isPyIdentifier, pyRepr } from '../python-text.js';
import { NAME_RULES } from './rules.js';

/** A parsed wheel file name; every part is as written in the file name. */
export interface WheelName {
  /** The distribution part, as written (escaped: `my_pkg`). */
  name: string;
  /** The version part, as written. */
  version: string;
  /** The build tag, when the name has one. */
  build?: string;
  /** The compressed tag set, split at `.` (`py2.py3-none-any` → python ['py2', 'py3']). */
  tags: { python: string[]; abi: string[]; platform: string[] };
}

/** A parse result: the name, or packaging's InvalidWheelFilename message. */
export type WheelNameParse = { ok: true; wheel: WheelName; version: Version } | { ok: false; error: string };

// packaging's `[\w._]+` in Unicode mode: Python's \w is letters, digits (any script) and `_`.
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]+$/u;

/** Python's `str.split(sep, maxsplit)`: at most `maxsplit` splits, the rest kept in the last part. */
function pySplit(text: string, sep: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (parts.length < maxsplit) {
    const at = rest.indexOf(sep);
    if (at === -1) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + sep.length);
  }
  parts.push(rest);
  return parts;
}

function tagSetValid(tag: string): boolean {
  const components = tag.split('-').map((c) => c.split('.'));
  if (components.length !== 3 || components.some((parts) => parts.includes(''))) return false;
  return components[0]!.every(isPyIdentifier);
}

/** Parses a wheel file name exactly as packaging.utils.parse_wheel_filename does (without validate_order). */
export function parseWheelFilename(filename: string): WheelNameParse {
  if (!filename.endsWith('.whl')) {
    return { ok: false, error: `Invalid wheel filename (extension must be '.whl'): ${pyRepr(filename)}` };
  }
  const stem = filename.slice(0, -4);
  const dashes = stem.split('-').length - 1;
  if (dashes !== 4 && dashes !== 5) {
    return { ok: false, error: `Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}` };
  }
  const parts = pySplit(stem, '-', dashes - 2);
  const namePart = parts[0]!;
  if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
    return { ok: false, error: `Invalid project name: ${pyRepr(stem)}` };
  }
  const version = tryParseVersion(parts[1]!);
  if (!version) return { ok: false, error: `Invalid wheel filename (invalid version): ${pyRepr(stem)}` };
  let build: string | undefined;
  if (dashes === 5) {
    build = parts[2]!;
    if (!/^[0-9]/.test(build))
      return { ok: false, error: `Invalid build number: ${build} in ${pyRepr(stem)}` };
  }
  const tag = parts[parts.length - 1]!;
  if (!tagSetValid(tag)) {
    return { ok: false, error: `Invalid wheel filename (invalid tag component): ${pyRepr(stem)}` };
  }
  const [python, abi, platform] = tag.split('-').map((c) => c.split('.'));
  const wheel: WheelName = {
    name: namePart,
    version: parts[1]!,
    tags: { python: python!, abi: abi!, platform: platform! },
  };
  if (build !== undefined) wheel.build = build;
  return { ok: true, wheel, version };
}

/** Every tag of the compressed tag set, in file-name order (`py2.py3-none-any` → two tags). */
export function expandTags(tags: WheelName['tags']): string[] {
  return tags.python.flatMap((py) =>
    tags.abi.flatMap((abi) => tags.platform.map((plat) => `${py}-${abi}-${plat}`)),
  );
}

const REBUILD_NOT_RENAME =
  'rebuild with a current build backend (setuptools, hatchling, flit-core, pdm-backend and poetry-core all write ' +
  'normalised names); never rename a built file by hand';

/**
 * Checks a wheel's file name on its own: PyPI's character and length limits, packaging's parse,
 * the PEP 427 escaping of the name, a normalised version, sorted tag sets and the platform tags.
 */
export function checkWheelFilename(filename: string): { parsed?: WheelName; findings: Finding[] } {
  const findings = checkFilenameBasics(filename, 'wheel');
  const result = parseWheelFilename(filename);
  if (!result.ok) {
    findings.push(
      finding(
        NAME_RULES.F004,
        result.error,
        'name the file {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl — ' +
          REBUILD_NOT_RENAME,
      ),
    );
    return { findings };
  }
  const { wheel, version } = result;
  const normalized = distFilenamePrefix(wheel.name);
  if (wheel.name !== normalized) {
    findings.push(
      finding(
        NAME_RULES.F005,
        `Filename ${pyRepr(filename)} should contain the normalized project name ${pyRepr(normalized)}, not ${pyRepr(wheel.name)}. ` +
          'PyPI refuses such wheels today (it warned from 2025, pypi/warehouse#17378); wheels it accepted before ' +
          'stay on PyPI.',
        REBUILD_NOT_RENAME,
      ),
    );
  }
  const canonical = formatVersion(version);
  if (wheel.version !== canonical) {
    findings.push(
      finding(
        NAME_RULES.F006,
        `Version numbers should be normalised in wheel file names: ${pyRepr(wheel.version)} is written ${pyRepr(canonical)}`,
        `write the version as ${canonical} in pyproject.toml (or let the build backend normalise it) and rebuild`,
      ),
    );
  }
  // Platform sets are left out: auditwheel writes `manylinux_2_17_x86_64.manylinux2014_x86_64` (new
  // tag first), which every installer accepts; warning on it would fail most Linux wheels in strict mode.
  for (const component of [wheel.tags.python, wheel.tags.abi]) {
    const sorted = [...component].sort();
    if (component.some((part, i) => part !== sorted[i])) {
      findings.push(
        finding(
          NAME_RULES.F008,
          `Invalid wheel filename (compressed tag set components must be in sorted order per PEP 425): ` +
            `${pyRepr(filename.slice(0, -4))} (${pyRepr(component.join('.'))} should be ${pyRepr(sorted.join('.'))})`,
          `write the tag set as ${sorted.join('.')} (the build backend's tag setting, e.g. --python-tag or ` +
            `[tool.distutils.bdist_wheel]) and rebuild`,
        ),
      );
    }
  }
  const seen = new Set<string>();
  for (const platform of wheel.tags.platform.map((p) => p.toLowerCase())) {
    if (seen.has(platform) || isPyPIPlatformTag(platform)) continue;
    seen.add(platform);
    findings.push(
      finding(
        NAME_RULES.F007,
        `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`,
        /^linux_/.test(platform)
          ? 'build Linux wheels in a manylinux/musllinux image (cibuildwheel does) or repair them with auditwheel, ' +
              'which retags linux_* wheels as manylinux_X_Y_*'
          : 'build the wheel for a platform PyPI accepts (any, win*, manylinux/musllinux, macOS, iOS, Android, ' +
              'pyemscripten), e.g. with cibuildwheel',
      ),
    );
  }
  return { parsed: wheel, findings };
}
