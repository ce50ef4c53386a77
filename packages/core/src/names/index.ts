/**
 * Python project names: PEP 503 normalisation, validity (the core metadata spec's regex) and the
 * escaped form used in distribution file names (PEP 427 / PEP 625).
 */

const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

/** PEP 503 normal form: runs of `-`, `_`, `.` become one `-`, lower-cased (`Foo.__Bar` → `foo-bar`). */
export function canonicalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** True when `name` is a valid project name (ASCII letters, digits, `.`, `_`, `-`; alphanumeric ends). */
export function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** The name as it starts a wheel or sdist file name: normalised, with `_` for `-` (`my-pkg` → `my_pkg`). */
export function distFilenamePrefix(name: string): string {
  return canonicalizeName(name).replace(/-/g, '_');
}
