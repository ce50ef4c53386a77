/** Which packages a build covers and which version each must come out with. */
import { checkConsistency } from '../consistency/index.js';
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import { type PythonPackage, readRepository, tagReleaseVersion } from '../pyproject/index.js';
import type { BuildTarget } from './build.js';
import type { TagVersion } from './verify.js';

/** A package asked for by path (and name/version when validate-versions gave them). */
export interface TargetSelection {
  path: string;
  name?: string;
  version?: string;
}

// The tags among `tags` that are releases of `pkg` under its tag formats, with their versions.
function releaseTagsOf(pkg: PythonPackage, tags: readonly string[]): TagVersion[] {
  return tags.flatMap((tag) => {
    const version = tagReleaseVersion(pkg.acceptedTagFormats, tag, pkg.name);
    return version === undefined ? [] : [{ tag, version }];
  });
}

/**
 * The packages of the repository at `root` to build: all of them, or the selection, each with the
 * version it declares (or, for versions taken from tags, the version `tag` gives). Without `tag`, a
 * package whose version comes from a git tag is expected to build the version of a release tag among
 * `headTags` (the tags on the commit being built, `tagsAtHead`), which is what its plugin derives.
 */
export function resolveBuildTargets(
  root: string,
  options: { packages?: TargetSelection[]; tag?: string; headTags?: readonly string[] } = {},
): BuildTarget[] {
  const repo = readRepository(root);
  // A tag of another format (a branch build, another package's tag) gives no version; files then give it.
  // In a repository with no policy configured, a per-package tag (`hatch-v1.16.5`) sets its package alone.
  const consistency = checkConsistency(repo, options.tag ? { tag: options.tag } : {});
  const versionOf = new Map(consistency.packages.map((p) => [p.path, p.expected ?? p.version]));
  const target = (p: PythonPackage, explicit?: string): BuildTarget => {
    if (!p.tagDerived) return { name: p.name, path: p.path, version: explicit ?? versionOf.get(p.path) };
    const headTags = options.tag === undefined ? releaseTagsOf(p, options.headTags ?? []) : [];
    return {
      name: p.name,
      path: p.path,
      // A tag on HEAD is what the plugin reads; it outweighs the version the other packages agree on.
      version: explicit ?? (headTags.length > 0 ? undefined : versionOf.get(p.path)),
      versionPlugin: p.tagDerived,
      ...(headTags.length > 0 ? { headTags } : {}),
    };
  };
  if (!options.packages) return repo.packages.map((p) => target(p));
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
    return target(found, selection.version);
  });
}
