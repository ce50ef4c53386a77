/** Turning the user's `files` (paths, globs, directories) into the distribution files to check. */
import { glob, lstat, readdir, readlink, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../errors/index.js';

// What twine also drops: signatures and attestations sit beside distributions but are not ones.
const NOT_DISTRIBUTIONS = /(\.asc|\.attestation|\.sigstore\.json|\.sigstore|\.publish\.attestation)$/;

type PathKind = 'file' | 'directory' | 'other' | 'missing';

// Symbolic links are followed: artifact folders are often assembled from links to the built files.
async function kindOf(path: string, shown: string): Promise<PathKind> {
  const info = await stat(path).catch(() => undefined);
  if (info) return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  const link = await lstat(path).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const target = await readlink(path).catch(() => '?');
    throw new ConfigurationError(
      `'${shown}' is a symbolic link to '${target}', which does not exist: rebuild the distribution it points ` +
        'to, or remove the link.',
    );
  }
  return 'missing';
}

/**
 * Expands paths, globs and directories (a directory means every file in it, not recursively, but
 * signatures, attestations and dot files) in the order given, without duplicates. Symbolic links to
 * files count as the files; a link whose target is missing is an error that names it.
 */
export async function expandDistributionPaths(inputs: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const full = resolve(cwd, path);
    if (!seen.has(full)) {
      seen.add(full);
      out.push(full);
    }
  };
  for (const input of inputs) {
    const full = resolve(cwd, input);
    const kind = await kindOf(full, input);
    if (kind === 'directory') {
      const entries = (await readdir(full, { withFileTypes: true }))
        .filter((e) => !e.name.startsWith('.') && !NOT_DISTRIBUTIONS.test(e.name))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const names: string[] = [];
      for (const e of entries) {
        if (
          e.isFile() ||
          (e.isSymbolicLink() && (await kindOf(join(full, e.name), join(input, e.name))) === 'file')
        )
          names.push(e.name);
      }
      if (names.length === 0) {
        throw new ConfigurationError(
          `No distribution files in '${input}': build first (build-python-dist, or python -m build), or point files at where the build wrote them.`,
        );
      }
      for (const name of names) add(join(full, name));
      continue;
    }
    if (kind === 'file') {
      add(full);
      continue;
    }
    const matches: string[] = [];
    for await (const match of glob(input, { cwd })) matches.push(match);
    const files = [];
    for (const m of matches.sort()) {
      if (NOT_DISTRIBUTIONS.test(m)) continue;
      if ((await kindOf(resolve(cwd, m), m)) === 'file') files.push(m);
    }
    if (files.length === 0) {
      throw new ConfigurationError(
        `Cannot find file (or expand pattern): '${input}'. Check the path (relative to ${cwd}) or build first.`,
      );
    }
    for (const f of files) add(f);
  }
  return out;
}
