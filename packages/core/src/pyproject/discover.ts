/**
 * Finding the publishable packages of a repository without configuration: every pyproject.toml (or
 * setup.cfg) below the root, except in places that never hold a published package (environments,
 * build output, templates), with those below tests/examples/docs folders marked for the evidence
 * repository.ts weighs.
 */
import { type Dirent, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

// Directory names that hold environments, caches or build output: never a package to publish.
const SKIP_DIRS = new Set([
  '.git',
  '.hg',
  'node_modules',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.eggs',
  'site-packages',
  'build',
  'dist',
]);
// Directory names that usually hold tests, examples, docs or templates. A project below one is not
// released unless other evidence says it is (a workspace lists it, a released package requires it):
// opentelemetry-test-utils lives under tests/ and is on PyPI.
const EXAMPLE_DIRS = new Set([
  'tests',
  'test',
  'testing',
  'fixtures',
  'testdata',
  '__fixtures__',
  'templates',
  'examples',
  'example',
  'samples',
  'sample',
  'docs',
  'doc',
  'scripts',
  'benchmarks',
]);
// Markers of a virtualenv or a project template.
const SKIP_MARKERS = ['pyvenv.cfg', 'cookiecutter.json', 'copier.yml', 'copier.yaml'];

/** A directory discovery passed over, and why (reported so nobody wonders where a package went). */
export interface SkippedDir {
  path: string;
  reason: string;
}

/** Turns `examples/*` style globs into a matcher over repo-relative posix paths. */
export function globMatcher(globs: string[]): (path: string) => boolean {
  const res = globs.map((g) => {
    const source = g
      .replace(/\/+$/, '')
      .split('**')
      .map((part) =>
        part
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]'),
      )
      .join('.*');
    return new RegExp(`^${source}(/.*)?$`);
  });
  return (path) => res.some((re) => re.test(path));
}

/** A directory with a pyproject.toml or setup.cfg, and the example/test folder it lies in, if any. */
export interface Candidate {
  dir: string;
  /** The outermost `tests`/`examples`/`docs`/… directory above it (or itself), when there is one. */
  exampleDir?: string;
}

/**
 * Every directory that contains a pyproject.toml or setup.cfg, root first then in path order, with the
 * directories never looked into and why. Candidates below example/test folders are returned marked, so
 * the caller can weigh the evidence that they are released after all.
 */
export function discoverPackageDirs(
  root: string,
  exclude: string[] = [],
): { candidates: Candidate[]; skipped: SkippedDir[]; prunedIn: Set<string> } {
  const excluded = globMatcher(exclude);
  const candidates: Candidate[] = [];
  const skipped: SkippedDir[] = [];
  // Below an example folder, what is passed over is summed up by that folder's own entry.
  const prunedIn = new Set<string>();
  const skip = (entry: SkippedDir, exampleDir: string | undefined) => {
    if (exampleDir) prunedIn.add(exampleDir);
    else skipped.push(entry);
  };
  const walk = (rel: string, exampleDir: string | undefined) => {
    const entries = readdirSync(rel === '.' ? root : join(root, rel), { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name));
    const marker = SKIP_MARKERS.find((m) => names.has(m));
    if (marker && rel !== '.') {
      const reason = marker === 'pyvenv.cfg' ? 'a virtualenv' : `a project template (${marker})`;
      skip({ path: rel, reason }, exampleDir);
      return;
    }
    if (names.has('pyproject.toml') || names.has('setup.cfg')) candidates.push({ dir: rel, exampleDir });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (!entry.isDirectory()) continue;
      const child = rel === '.' ? entry.name : posix.join(rel, entry.name);
      if (SKIP_DIRS.has(entry.name)) {
        if (hasManifestBelow(root, child))
          skip({ path: child, reason: `'${entry.name}' directories are never published` }, exampleDir);
        continue;
      }
      if (entry.name.startsWith('.')) continue;
      if (/\{\{|\{%/.test(entry.name)) {
        if (hasManifestBelow(root, child)) {
          skip({ path: child, reason: 'a project template ({{ }} in its name)' }, exampleDir);
        }
        continue;
      }
      if (excluded(child)) {
        skipped.push({ path: child, reason: 'matches [tool.otai-release] exclude' });
        continue;
      }
      walk(child, exampleDir ?? (EXAMPLE_DIRS.has(entry.name) ? child : undefined));
    }
  };
  walk('.', undefined);
  return { candidates, skipped, prunedIn };
}

/** The folder name that makes `exampleDir` an example/test folder (`tests` of `pkg/tests`). */
export function exampleFolderName(exampleDir: string): string {
  return exampleDir.slice(exampleDir.lastIndexOf('/') + 1);
}

// Only worth reporting a skipped directory when it would otherwise have contributed a package.
function hasManifestBelow(root: string, rel: string, depth = 3): boolean {
  if (depth === 0) return false;
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return false;
  }
  if (entries.some((e) => e.isFile() && e.name === 'pyproject.toml')) return true;
  // Look through nested skip directories too (tests/fixtures/x), only not into the heavy ones.
  return entries.some(
    (e) =>
      e.isDirectory() &&
      e.name !== '.git' &&
      e.name !== 'node_modules' &&
      hasManifestBelow(root, posix.join(rel, e.name), depth - 1),
  );
}
