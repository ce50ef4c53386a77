/**
 * Reading project and version back out of distribution file names, for indexes that only list files
 * (pypiserver, devpi: PEP 503 HTML, no JSON API) and for comparing what we built with what is there.
 */
import { canonicalizeName, distFilenamePrefix } from '../names/index.js';
import { canonicalizeVersion } from '../pep440/index.js';

/** What a distribution file name says about itself. */
export interface DistFilename {
  filename: string;
  kind: 'wheel' | 'sdist';
  /** The name part as written (`open_ticket_ai`); compare it with canonicalizeName. */
  name: string;
  /** The version part as written; compare it with canonicalizeVersion. */
  version: string;
}

const SDIST_EXTENSIONS = ['.tar.gz', '.zip'];

/**
 * Splits a wheel (`{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`, PEP 427) or sdist
 * (`{name}-{ver}.tar.gz` / `.zip`) file name; undefined for anything else. Old sdists may have `-` in
 * the name (`open-ticket-ai-1.0.tar.gz`): given `project`, the split that reproduces the project's
 * name wins, otherwise the last `-` separates name and version, as packaging does.
 */
export function parseDistFilename(filename: string, project?: string): DistFilename | undefined {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.whl')) {
    const parts = filename.slice(0, -'.whl'.length).split('-');
    if (parts.length !== 5 && parts.length !== 6) return undefined;
    const [name, version] = parts as [string, string];
    if (!name || !version) return undefined;
    return { filename, kind: 'wheel', name, version };
  }
  const extension = SDIST_EXTENSIONS.find((ext) => lower.endsWith(ext));
  if (!extension) return undefined;
  const stem = filename.slice(0, -extension.length);
  const dashes = [...stem.matchAll(/-/g)].map((m) => m.index);
  if (dashes.length === 0) return undefined;
  const wanted = project === undefined ? undefined : canonicalizeName(project);
  const split =
    (wanted !== undefined && dashes.find((i) => canonicalizeName(stem.slice(0, i)) === wanted)) ||
    dashes.at(-1)!;
  const name = stem.slice(0, split);
  const version = stem.slice(split + 1);
  if (!name || !version) return undefined;
  return { filename, kind: 'sdist', name, version };
}

/** True when `filename` is a distribution of `project` at `version` (names and versions canonicalised). */
export function isFileOfRelease(filename: string, project: string, version: string): boolean {
  const parsed = parseDistFilename(filename, project);
  return (
    parsed !== undefined &&
    canonicalizeName(parsed.name) === canonicalizeName(project) &&
    canonicalizeVersion(parsed.version) === canonicalizeVersion(version)
  );
}

/**
 * A key under which two names of the same file compare equal (`Foo_Bar-1.0.0-py3-none-any.whl` and
 * `foo_bar-1.0-py3-none-any.whl`); a name that is no distribution file keys as itself.
 */
export function distFileKey(filename: string, project?: string): string {
  const parsed = parseDistFilename(filename, project);
  if (!parsed) return filename;
  const lower = filename.toLowerCase();
  const rest =
    parsed.kind === 'wheel'
      ? lower.slice(parsed.name.length + parsed.version.length + 2)
      : SDIST_EXTENSIONS.find((ext) => lower.endsWith(ext))!;
  return `${parsed.kind}:${canonicalizeName(parsed.name)}:${canonicalizeVersion(parsed.version)}:${rest}`;
}

/** The sdist file name a build of `project` at `version` produces (`open_ticket_ai-1.0.0.tar.gz`). */
export function sdistFilename(project: string, normalizedVersion: string): string {
  return `${distFilenamePrefix(project)}-${normalizedVersion}.tar.gz`;
}
