/**
 * The files in packages-dir, as gh-action-pypi-publish uploads `packages-dir/*` (not recursive):
 * wheels and sdists; signatures and attestations next to them are left out, as twine leaves them out.
 * Anything else is an error naming the file, as twine's "Unknown distribution format" is.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/index.js';

// twine skips these (signatures, attestation files from GHA-PP or earlier runs).
const SIDE_FILES = /\.(asc|attestation)$/;
const DISTRIBUTION = /\.(whl|tar\.gz|zip)$/;

/** The distribution paths in `dir` (`shown` names it in messages), sorted. */
export async function packagesDirFiles(dir: string, shown: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      error.code === 'ENOENT'
        ? `packages-dir '${shown}' does not exist: build the distributions into it first (python -m build writes dist/), or download the build job's artifact there.`
        : `packages-dir '${shown}' cannot be read: ${error.message}.`,
    );
  });
  const files: string[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SIDE_FILES.test(entry.name)) continue;
    if (DISTRIBUTION.test(entry.name)) files.push(join(dir, entry.name));
    else unknown.push(entry.name);
  }
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `packages-dir '${shown}' holds files that are not distributions: ${unknown.sort().join(', ')}. Upload only wheels (.whl) and sdists (.tar.gz): build into an empty directory or move the others out.`,
    );
  }
  if (files.length === 0) {
    throw new ConfigurationError(
      `packages-dir '${shown}' has no distributions (*.whl, *.tar.gz): build them first, or point packages-dir where the build wrote them.`,
    );
  }
  return files.sort();
}
