/** Finding a package's Python modules on disk, the way setuptools, hatch and flit lay them out. */
import { ConfigurationError, type SourcePosition } from '../errors/index.js';
import { findAssignment } from './python-source.js';
import { joinRel, type RepoFiles } from './repo-files.js';
import type { TextSpan } from './toml.js';

/** The first existing file of a dotted module under the given source roots. */
export function moduleFile(files: RepoFiles, roots: string[], dotted: string): string | undefined {
  const parts = dotted.split('.');
  for (const root of roots) {
    for (const candidate of [joinRel(root, ...parts, '__init__.py'), `${joinRel(root, ...parts)}.py`]) {
      if (files.isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** A string-literal assignment found statically, with the file it ended up in. */
export interface ResolvedAssignment {
  file: string;
  span: TextSpan;
}

/**
 * Reads `name` from a module file statically, following one `from .mod import name` re-export (the
 * common `__init__.py` → `_version.py` split). Errors name the file and say what to write instead.
 */
export function readStringAssignment(
  files: RepoFiles,
  file: string,
  name: string,
  what: string,
  where: SourcePosition,
): ResolvedAssignment {
  const found = findAssignment(files.text(file), name);
  if (!found) {
    throw new ConfigurationError(
      `${what}: ${file} has no top-level assignment of ${name}; add ${name} = "X.Y.Z" to it.`,
      where,
    );
  }
  if (found.string) return { file, span: found.string };
  if (found.importedFrom) {
    const dir = file.replace(/\/?[^/]*$/, '') || '.';
    const dots = /^\.+/.exec(found.importedFrom)![0].length;
    const base = joinRel(dir, ...Array(dots - 1).fill('..'));
    const rest = found.importedFrom.slice(dots);
    const target = rest ? moduleFile(files, [base], rest) : joinRel(base, '__init__.py');
    if (target && target !== file) return readStringAssignment(files, target, name, what, where);
  }
  throw new ConfigurationError(
    `${what}: ${name} in ${file}:${found.line} is \`${found.valueText}\`, not a string literal, so it cannot be read ` +
      `without running the code; assign a plain string such as ${name} = "X.Y.Z".`,
    { file, line: found.line },
  );
}
