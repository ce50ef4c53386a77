/** Which packages a build covers and which version each must come out with. */
import { checkConsistency } from '../consistency/index.js';
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import { readRepository } from '../pyproject/index.js';
import type { BuildTarget } from './build.js';

/** A package asked for by path (and name/version when validate-versions gave them). */
export interface TargetSelection {
  path: string;
  name?: string;
  version?: string;
}

/**
 * The packages of the repository at `root` to build: all of them, or the selection, each with the
 * version it declares (or, for versions taken from tags, the version `tag` gives).
 */
export function resolveBuildTargets(
  root: string,
  options: { packages?: TargetSelection[]; tag?: string } = {},
): BuildTarget[] {
  const repo = readRepository(root);
  // A tag of another format (a branch build, another package's tag) gives no version; files then give it.
  const consistency = checkConsistency(repo, options.tag ? { tag: options.tag } : {});
  const versionOf = new Map(consistency.packages.map((p) => [p.path, p.version]));
  if (!options.packages) {
    return repo.packages.map((p) => ({ name: p.name, path: p.path, version: versionOf.get(p.path) }));
  }
  return options.packages.map((selection) => {
    const path =
      selection.path
        .replace(/\\/g, '/')
        .replace(/^\.\/(?=.)/, '')
        .replace(/\/+$/, '') || '.';
    const byName = selection.name ? canonicalizeName(selection.name) : undefined;
    const found =
      repo.packages.find((p) => p.path === path) ??
      (byName ? repo.packages.find((p) => canonicalizeName(p.name) === byName) : undefined);
    if (!found) {
      throw new ConfigurationError(
        `'${selection.path}' is not a publishable package of ${root} (found: ${repo.packages.map((p) => p.path).join(', ') || 'none'}); give package directories relative to the repository root, or validate-versions' packages output.`,
      );
    }
    return { name: found.name, path: found.path, version: selection.version ?? versionOf.get(found.path) };
  });
}
