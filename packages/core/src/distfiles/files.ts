/** Turning the user's `files` (paths, globs, directories) into the distribution files to check. */
import { glob, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../errors/index.js';

// What twine also drops: signatures and attestations sit beside distributions but are not ones.
const NOT_DISTRIBUTIONS = /(\.asc|\.attestation|\.sigstore\.json|\.sigstore|\.publish\.attestation)$/;

/**
 * Expands paths, globs and directories (a directory means every file in it, not recursively, but
 * signatures, attestations and dot files) in the order given, without duplicates.
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
    const info = await stat(full).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(full, { withFileTypes: true }))
        .filter((e) => e.isFile() && !e.name.startsWith('.') && !NOT_DISTRIBUTIONS.test(e.name))
        .map((e) => e.name)
        .sort();
      if (names.length === 0) {
        throw new ConfigurationError(
          `No distribution files in '${input}': build first (build-python-dist, or python -m build), or point files at where the build wrote them.`,
        );
      }
      for (const name of names) add(join(full, name));
      continue;
    }
    if (info?.isFile()) {
      add(full);
      continue;
    }
    const matches: string[] = [];
    for await (const match of glob(input, { cwd })) matches.push(match);
    const files = [];
    for (const m of matches.sort()) {
      if (NOT_DISTRIBUTIONS.test(m)) continue;
      if ((await stat(resolve(cwd, m)).catch(() => undefined))?.isFile()) files.push(m);
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
