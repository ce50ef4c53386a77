/** Turning the user's `files` (paths, globs, directories) into the files to check or release. */
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

/** What expandPaths leaves out, and what it says when an input names no file. */
export interface ExpandOptions {
  /** Names left out of directories and glob matches. */
  skip?: RegExp;
  /** The error for a directory with no file in it (after `skip`). */
  emptyDirectory(input: string): string;
  /** The error for a path or glob that names no file (after `skip`). */
  noMatch(input: string): string;
}

/**
 * Expands paths, globs and directories (a directory means every file in it but dot files, not
 * recursively) in the order given, without duplicates. Symbolic links to files count as the files;
 * a link whose target is missing is an error that names it.
 */
export async function expandPaths(
  inputs: readonly string[],
  cwd: string,
  options: ExpandOptions,
): Promise<string[]> {
  const skipped = (name: string) => options.skip?.test(name) ?? false;
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
        .filter((e) => !e.name.startsWith('.') && !skipped(e.name))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const names: string[] = [];
      for (const e of entries) {
        if (
          e.isFile() ||
          (e.isSymbolicLink() && (await kindOf(join(full, e.name), join(input, e.name))) === 'file')
        )
          names.push(e.name);
      }
      if (names.length === 0) throw new ConfigurationError(options.emptyDirectory(input));
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
      if (skipped(m)) continue;
      if ((await kindOf(resolve(cwd, m), m)) === 'file') files.push(m);
    }
    if (files.length === 0) throw new ConfigurationError(options.noMatch(input));
    for (const f of files) add(f);
  }
  return out;
}

/**
 * The distribution files the inputs name: expandPaths without the signatures and attestations that
 * sit beside distributions.
 */
export function expandDistributionPaths(inputs: readonly string[], cwd: string): Promise<string[]> {
  return expandPaths(inputs, cwd, {
    skip: NOT_DISTRIBUTIONS,
    emptyDirectory: (input) =>
      `No distribution files in '${input}': build first (build-python-dist, or python -m build), or point files at where the build wrote them.`,
    noMatch: (input) =>
      `Cannot find file (or expand pattern): '${input}'. Check the path (relative to ${cwd}) or build first.`,
  });
}
