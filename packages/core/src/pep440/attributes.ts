/** The derived properties of packaging's `Version` (`is_prerelease`, `public`, `base_version`, …). */

import { coerceVersion, formatVersion, type Version } from './version.js';

/** True for pre-releases and also for dev releases (`1.0.dev1`), as packaging's `is_prerelease`. */
export function isPrerelease(v: Version | string): boolean {
  const version = coerceVersion(v);
  return version.pre !== undefined || version.dev !== undefined;
}

/** True when the version has a `.devN` segment. */
export function isDevrelease(v: Version | string): boolean {
  return coerceVersion(v).dev !== undefined;
}

/** True when the version has a `.postN` segment (including `1.0.post1.dev1`). */
export function isPostrelease(v: Version | string): boolean {
  return coerceVersion(v).post !== undefined;
}

/** True when the version has a `+local` label, which PyPI refuses. */
export function hasLocal(v: Version | string): boolean {
  const local = coerceVersion(v).local;
  return local !== undefined && local.length > 0;
}

/** The canonical string without the local label (`1!1.2.3.dev1+abc` → `1!1.2.3.dev1`). */
export function publicVersion(v: Version | string): string {
  const { local: _local, ...rest } = coerceVersion(v);
  return formatVersion(rest);
}

/** Epoch and release only (`1!1.2.3rc1.post2+abc` → `1!1.2.3`). */
export function baseVersion(v: Version | string): string {
  const { epoch, release } = coerceVersion(v);
  return formatVersion({ epoch, release });
}
